import { isPageRequest } from './web-app.module';

describe('isPageRequest', () => {
  it.each([
    ['a browser opening the start page', 'GET', '/', 'text/html,application/xhtml+xml,*/*;q=0.8'],
    ['a browser opening an app route', 'GET', '/sessions/0b7c6f2e-4a2d-4d8e-9a51-0c1d2e3f4a5b', 'text/html'],
    ['curl with its default Accept', 'GET', '/', '*/*'],
    ['a load balancer check with no Accept', 'HEAD', '/', undefined],
  ])('serves the page to %s', (_name, method, requestPath, accept) => {
    expect(isPageRequest(method, requestPath, accept)).toBe(true);
  });

  it.each([
    ['an API path', 'GET', '/graphql', 'text/html'],
    ['a path under an API prefix', 'GET', '/scim/v2/Users', '*/*'],
    ['a calendar feed file', 'GET', '/calendar/abc.ics', '*/*'],
    ['a missing file', 'GET', '/favicon.ico', 'image/avif,image/webp,*/*;q=0.8'],
    ['a client that wants JSON only', 'GET', '/', 'application/json'],
    ['a POST', 'POST', '/', 'text/html'],
  ])('leaves %s to the API', (_name, method, requestPath, accept) => {
    expect(isPageRequest(method, requestPath, accept)).toBe(false);
  });
});
