/** PostgreSQL SQLSTATE codes that repositories turn into domain errors. */
export const PostgresErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  ExclusionViolation: '23P01',
  DeadlockDetected: '40P01',
  SerializationFailure: '40001',
} as const;

export interface PostgresError {
  code: string;
  constraint?: string;
  detail?: string;
}

/** TypeORM wraps driver errors in QueryFailedError; the pg fields sit on it and on driverError. */
export function asPostgresError(error: unknown): PostgresError | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  const code = (candidate as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return candidate as PostgresError;
}

export function isPostgresError(error: unknown, code: string, constraint?: string): boolean {
  const pgError = asPostgresError(error);
  if (!pgError || pgError.code !== code) return false;
  return constraint === undefined || pgError.constraint === constraint;
}

/** TypeORM's query() gives [rows, affected] for UPDATE/DELETE ... RETURNING and rows otherwise. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
