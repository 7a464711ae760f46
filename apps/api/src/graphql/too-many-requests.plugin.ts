import type { ApolloServerPlugin } from '@apollo/server';

/** A rate-limited operation is answered 429 with Retry-After, as HTTP clients and proxies expect. */
export function tooManyRequestsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const limited = response.body.singleResult.errors?.find((error) => error.extensions?.code === 'TOO_MANY_REQUESTS');
          if (!limited) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(limited.extensions?.retryAfterSeconds ?? 60));
        },
      };
    },
  };
}
