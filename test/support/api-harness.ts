import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TokenService } from '@kennis/auth';
import { QueryCounter } from '@kennis/database';
import { createTestDatabase, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { createApiApplication } from '../../apps/api/src/api.application';

export interface GraphqlResponse<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; [key: string]: unknown } }[];
}

/** The real API on a free port of 127.0.0.1, over its own cloned database and BullMQ prefix. */
export class ApiHarness {
  readonly queryCounter = new QueryCounter();
  app!: INestApplication;
  database!: TestDatabase;
  dataSource!: DataSource;
  url!: string;
  environment!: Record<string, string>;

  async start(overrides: Record<string, string> = {}): Promise<this> {
    this.database = await createTestDatabase();
    this.environment = useTestEnvironment(this.database.url, overrides);
    this.app = await createApiApplication({ databaseLogger: this.queryCounter });
    await this.app.listen(0, '127.0.0.1');
    this.url = `${(await this.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    this.dataSource = this.app.get(getDataSourceToken());
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.database?.drop();
  }

  tokenFor(personId: string): string {
    return this.app.get(TokenService).issue(personId);
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
}
