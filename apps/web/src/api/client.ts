import { cacheExchange, Client, type CombinedError, fetchExchange, mapExchange } from 'urql';

/** The API's error code of a failed operation (extensions.code of the first GraphQL error). */
export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * One client for the app. Requests carry the session cookie (same origin) and are always JSON, which is
 * what the API's CSRF protection asks. Any UNAUTHENTICATED answer (a session that expired) calls
 * onUnauthenticated, which asks the person to sign in again and brings them back to the same page.
 */
export function createApiClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/graphql-response+json, application/json' } },
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401) {
            onUnauthenticated();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
