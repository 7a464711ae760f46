/**
 * The one place that reads process.env. Each reader validates its variables and throws a
 * ConfigurationError naming the variable, so a bad value stops start-up with a message saying what to fix.
 */
export type Environment = Record<string, string | undefined>;

export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error in ${variable}: ${message}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads settings at a process's start; a bad value ends the process with the setting's own message
 * (what to fix) on stderr and exit code 1, not a stack trace around it. Other errors are thrown as they are.
 */
export function readOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

export function processEnvironment(): Environment {
  return process.env;
}

export function readString(env: Environment, variable: string, fallback?: string): string {
  const value = env[variable]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigurationError(variable, 'is required but not set.');
}

export function readOptionalString(env: Environment, variable: string): string | null {
  const value = env[variable]?.trim();
  return value ? value : null;
}

export function readInteger(env: Environment, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigurationError(variable, `must be a whole number, got "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigurationError(variable, `must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

export function readUrl(env: Environment, variable: string, protocols: string[], fallback?: string): string {
  const value = readString(env, variable, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigurationError(variable, `must be a URL such as ${protocols[0]}//host:port, got "${value}".`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigurationError(variable, `must use ${protocols.join(' or ')}, got "${parsed.protocol}".`);
  }
  return value;
}

export function readOneOf<T extends string>(env: Environment, variable: string, allowed: readonly T[], fallback: T): T {
  const value = (env[variable]?.trim() || fallback) as T;
  if (!allowed.includes(value)) {
    throw new ConfigurationError(variable, `must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  return value;
}

/** A PostgreSQL database name that is safe to interpolate into CREATE DATABASE. */
export function readDatabaseName(env: Environment, variable: string, fallback: string): string {
  const value = readString(env, variable, fallback);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new ConfigurationError(variable, `must be lower-case letters, digits and underscores, got "${value}".`);
  }
  return value;
}
