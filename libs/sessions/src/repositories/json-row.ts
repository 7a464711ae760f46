import type { EntityMetadata } from 'typeorm';

type ColumnKind = 'timestamp' | 'bigint' | 'plain';

interface JsonColumn {
  databaseName: string;
  propertyName: string;
  kind: ColumnKind;
}

/** The columns of each entity as fromJson reads them, worked out once: a page reads hundreds of rows. */
const columnsByMetadata = new WeakMap<EntityMetadata, JsonColumn[]>();

function jsonColumns(metadata: EntityMetadata): JsonColumn[] {
  let columns = columnsByMetadata.get(metadata);
  if (!columns) {
    columns = metadata.columns.map((column) => ({
      databaseName: column.databaseName,
      propertyName: column.propertyName,
      kind: column.type === 'timestamptz' || column.type === 'timestamp' ? 'timestamp' : column.type === 'bigint' ? 'bigint' : 'plain',
    }));
    columnsByMetadata.set(metadata, columns);
  }
  return columns;
}

/** An entity from to_jsonb(row): keys are column names, timestamps are ISO strings, bigints numbers. */
export function fromJson<T>(metadata: EntityMetadata, json: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const column of jsonColumns(metadata)) {
    const raw = json[column.databaseName];
    entity[column.propertyName] =
      raw === null || raw === undefined
        ? null
        : column.kind === 'timestamp'
          ? new Date(raw as string)
          : column.kind === 'bigint'
            ? String(raw)
            : raw;
  }
  return entity as T;
}
