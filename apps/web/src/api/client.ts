import { cacheExchange, Client, type CombinedError, fetchExchange, mapExchange } from 'urql';

/** The API's error code of a failed operation (extensions.code of the first GraphQL error). */
export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * One client for the app. Requests carry the session cookie (same origin) and are always JSON, which is
 * what the API's CSRF protection asks. Any UNAUTHENTICATED answer calls onUnauthenticated, which asks the
 * person to sign in and brings them back to the same page; `expired` says whether an earlier answer of this
 * page load was signed in (then the session ended, rather than never began).
 */
export function createApiClient(onUnauthenticated: (expired: boolean) => void): Client {
  let signedIn = false;
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/graphql-response+json, application/json' } },
    exchanges: [
      mapExchange({
        onResult(result) {
          if (result.data && !result.error) signedIn = true;
        },
        onError(error) {
          if (error.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401) {
            onUnauthenticated(signedIn);
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
