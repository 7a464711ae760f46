import type { EntityMetadata } from 'typeorm';

/** An entity from to_jsonb(row): keys are column names, timestamps are ISO strings, bigints numbers. */
export function fromJson<T>(metadata: EntityMetadata, json: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    const raw = json[column.databaseName];
    entity[column.propertyName] =
      raw === null || raw === undefined
        ? (raw ?? null)
        : column.type === 'timestamptz' || column.type === 'timestamp'
          ? new Date(raw as string)
          : column.type === 'bigint'
            ? String(raw)
            : raw;
  }
  return entity as T;
}
