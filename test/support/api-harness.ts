import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { createTestDatabase, TEST_JWT_SECRET, TestClockFile, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { createMigrationDataSource } from '@kennis/schema';
import { AppProcess, freePort } from './app-process';

export interface GraphqlResponse<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; [key: string]: unknown } }[];
}

/**
 * The built API as a real process on a free port of 127.0.0.1, over a database cloned for this test
 * file and a BullMQ prefix of its own. The test reads and arranges data through its own connection.
 */
export class ApiHarness {
  api!: AppProcess;
  database!: TestDatabase;
  dataSource!: DataSource;
  url!: string;
  baseUrl!: string;
  environment!: Record<string, string>;
  /** The time of the api (and worker) process: advance it instead of sleeping. */
  readonly clock = new TestClockFile();

  async start(overrides: Record<string, string> = {}): Promise<this> {
    this.database = await createTestDatabase();
    // A test that must know the address before start (an OpenID client's redirect URI) passes API_PORT.
    const port = overrides.API_PORT ? Number(overrides.API_PORT) : await freePort();
    this.environment = useTestEnvironment(this.database.url, { API_PORT: String(port), CLOCK_OFFSET_FILE: this.clock.path, ...overrides });
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.url = `${this.baseUrl}/graphql`;
    this.dataSource = createMigrationDataSource(this.database.url);
    await this.dataSource.initialize();
    this.api = new AppProcess('api', this.environment);
    this.api.start();
    await this.api.waitForHealth(`${this.baseUrl}/health`);
    return this;
  }

  async stop(): Promise<void> {
    await this.api?.stop();
    await this.dataSource?.destroy();
    await this.database?.drop();
    this.clock.remove();
  }

  tokenFor(personId: string): string {
    return jwt.sign({}, TEST_JWT_SECRET, { algorithm: 'HS256', subject: personId, issuer: 'kennis', expiresIn: 600 });
  }

  async graphql<T = Record<string, any>>(
    personIdOrToken: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (personIdOrToken) {
      const token = personIdOrToken.includes('.') ? personIdOrToken : this.tokenFor(personIdOrToken);
      headers.authorization = `Bearer ${token}`;
    }
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** The data of an operation that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, any>>(personId: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.graphql<T>(personId, query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /**
   * The data of an operation that must succeed, with the number of SQL statements its request sent, as
   * the API counts them in `x-sql-statements` (needs DATABASE_LOG_QUERIES=true).
   */
  async okCountingStatements<T = Record<string, any>>(personId: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; statements: number }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokenFor(personId)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphqlResponse<T>;
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    const statements = response.headers.get('x-sql-statements');
    if (statements === null) throw new Error('The API sent no x-sql-statements header: start it with DATABASE_LOG_QUERIES=true.');
    return { data: body.data, statements: Number(statements) };
  }
}
