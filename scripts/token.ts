/**
 * `npm run token -- <email>`: a bearer token for that person, signed like the API's TokenService.
 * With no configuration it uses what `npm start` keeps in .data/: the JWT secret and the embedded database
 * (the running one, or started for the lookup and stopped again).
 */
import pg from 'pg';
import { ConfigurationError, type Environment, readAuthConfig, readDatabaseConfig } from '@kennis/config';
import { TokenService } from '@kennis/auth';
import { EmbeddedDatabase, isEmbeddedDatabaseInitialised } from './embedded-database';
import { findFreePort, localPaths, range, readLiveRuntimeInfo, readSecret } from './local-data';

class TokenError extends Error {}

interface PersonRow {
  id: string;
  name: string;
  roles: string[];
}

const info = (message: string) => console.error(message);

function resolveSecret(env: Environment): Environment {
  if (env.JWT_SECRET?.trim()) return env;
  if (readLiveRuntimeInfo()?.jwtSecretFrom === 'environment') {
    throw new TokenError('The running npm start signs with a JWT_SECRET from its environment: run npm run token with the same JWT_SECRET.');
  }
  const secret = readSecret(localPaths.jwtSecret);
  if (!secret) {
    throw new TokenError('JWT_SECRET is not set and .data/jwt-secret does not exist yet. Run `npm start` once (it makes one), or set JWT_SECRET as the API has it.');
  }
  return { ...env, JWT_SECRET: secret };
}

async function findPerson(url: string, email: string): Promise<{ person: PersonRow | null; known: string[] }> {
  const client = new pg.Client({ connectionString: url, application_name: 'kennis-token' });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(url);
    throw new TokenError(`Cannot connect to the database at ${where.host}${where.pathname}: ${(error as Error).message}`);
  }
  try {
    const found = await client.query<PersonRow>('SELECT id, name, roles FROM person WHERE email = $1', [email]);
    if (found.rows[0]) return { person: found.rows[0], known: [] };
    const known = await client.query<{ email: string; roles: string[] }>('SELECT email, roles FROM person ORDER BY email LIMIT 15');
    return { person: null, known: known.rows.map((row) => `${row.email}${row.roles.length > 1 ? ` (${row.roles.filter((role) => role !== 'EMPLOYEE').join(', ')})` : ''}`) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withDatabase<T>(env: Environment, work: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL?.trim()) return work(readDatabaseConfig(env).url);
  const running = readLiveRuntimeInfo();
  if (running?.embeddedDatabaseUrl) return work(running.embeddedDatabaseUrl);
  if (running) {
    throw new TokenError('The running npm start uses a DATABASE_URL of its own: run npm run token with the same DATABASE_URL.');
  }
  if (!isEmbeddedDatabaseInitialised()) {
    throw new TokenError('No database: DATABASE_URL is not set and there is no embedded database yet. Run `npm start` once, or set DATABASE_URL.');
  }
  const database = new EmbeddedDatabase({ log: (line) => info(`postgres: ${line}`), env });
  const url = await database.start(await findFreePort(range(5433, 10)), { adoptRunning: true });
  try {
    return await work(url);
  } finally {
    await database.stop();
  }
}

async function main(args: string[], baseEnv: Environment): Promise<void> {
  const email = args.find((arg) => !arg.startsWith('-'))?.trim();
  if (!email || args.includes('--help') || args.includes('-h')) {
    throw new TokenError('Usage: npm run token -- <email>   (for example: npm run token -- ada@demo.kennis.local)');
  }
  const env = resolveSecret(baseEnv);
  if (readAuthConfig(env).mode !== 'development') {
    throw new TokenError('AUTH_MODE is oidc: the API accepts only the identity provider\'s access tokens, so npm run token has nothing to offer. Get a token from the provider.');
  }
  const tokens = new TokenService(readAuthConfig(env));
  const { person, known } = await withDatabase(env, (url) => findPerson(url, email));
  if (!person) {
    const hint = known.length > 0 ? `\nPeople in this database:\n  ${known.join('\n  ')}` : '\nThis database has no people yet.';
    throw new TokenError(`No person with email ${email}.${hint}`);
  }
  const { tokenLifetimeSeconds } = readAuthConfig(env);
  info(`Bearer token for ${person.name} (${person.roles.join(', ')}), valid for ${Math.round(tokenLifetimeSeconds / 60)} minutes:`);
  console.log(tokens.issue(person.id));
}

try {
  await main(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof TokenError || error instanceof ConfigurationError) console.error(error.message);
  else console.error('Could not make a token:', error);
  process.exitCode = 1;
}
