import type { Agent } from 'node:http';
import { tokenFor } from './bench-environment';
import { post } from './http-load';

export interface GraphqlResponse<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** GraphQL over HTTP to the API, acting as a person (a bearer token signed for them). */
export class GraphqlClient {
  constructor(
    private readonly agent: Agent,
    private readonly baseUrl: string,
  ) {}

  /** Sends with a token signed beforehand, so that timed calls do not pay for signing. */
  async call<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
    const answer = await post(this.agent, {
      url: `${this.baseUrl}/graphql`,
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    try {
      return JSON.parse(answer.body) as GraphqlResponse<T>;
    } catch {
      throw new Error(`HTTP ${answer.status}, not JSON: ${answer.body.slice(0, 300)}`);
    }
  }

  /** The data of an operation that must succeed. */
  async ok<T = Record<string, any>>(personId: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.call<T>(tokenFor(personId), query, variables);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  }
}
