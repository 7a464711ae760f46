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

/** Every column of an entity, each under its property name: s.starts_at AS "startsAt", … */
export function columnsAsPropertiesSql(metadata: EntityMetadata, alias: string): string {
  return jsonColumns(metadata).map((column) => `${alias}.${column.databaseName} AS "${column.propertyName}"`).join(', ');
}

/** The entity's properties from a row selected with columnsAsPropertiesSql, copied by name (not a rest spread, which V8 copies the slow way). */
export function propertiesFrom<T>(metadata: EntityMetadata, row: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const column of jsonColumns(metadata)) entity[column.propertyName] = row[column.propertyName];
  return entity as T;
}

/**
 * The SQL of a JSON array of some of an entity's columns, in the order of `propertyNames` (all of
 * them without): json_build_array(p.id, p.name, …). Positional and only what is needed, because
 * PostgreSQL spends its time in a JSON answer per column (row_to_json of a whole person row cost a
 * fifth of a page).
 */
export function jsonArraySql(metadata: EntityMetadata, alias: string, propertyNames?: readonly string[]): string {
  return `json_build_array(${columnsNamed(metadata, propertyNames).map((column) => `${alias}.${column.databaseName}`).join(', ')})`;
}

/** An object of the named properties from the array jsonArraySql built with the same names. */
export function fromJsonArray<T>(metadata: EntityMetadata, propertyNames: readonly string[] | undefined, values: readonly unknown[]): T {
  const columns = columnsNamed(metadata, propertyNames);
  const entity: Record<string, unknown> = {};
  for (let index = 0; index < columns.length; index += 1) entity[columns[index].propertyName] = fromJsonValue(columns[index], values[index]);
  return entity as T;
}

const columnsByNames = new WeakMap<EntityMetadata, Map<readonly string[], JsonColumn[]>>();

function columnsNamed(metadata: EntityMetadata, propertyNames: readonly string[] | undefined): JsonColumn[] {
  if (!propertyNames) return jsonColumns(metadata);
  let byNames = columnsByNames.get(metadata);
  if (!byNames) columnsByNames.set(metadata, (byNames = new Map()));
  let columns = byNames.get(propertyNames);
  if (!columns) {
    const all = jsonColumns(metadata);
    columns = propertyNames.map((name) => {
      const column = all.find((candidate) => candidate.propertyName === name);
      if (!column) throw new Error(`${metadata.name} has no column for the property ${name}`);
      return column;
    });
    byNames.set(propertyNames, columns);
  }
  return columns;
}

function fromJsonValue(column: JsonColumn, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (column.kind === 'timestamp') return new Date(raw as string);
  if (column.kind === 'bigint') return String(raw);
  return raw;
}

/** An entity from to_jsonb(row): keys are column names, timestamps are ISO strings, bigints numbers. */
export function fromJson<T>(metadata: EntityMetadata, json: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const column of jsonColumns(metadata)) entity[column.propertyName] = fromJsonValue(column, json[column.databaseName]);
  return entity as T;
}
