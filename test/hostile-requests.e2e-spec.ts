import { getIntrospectionQuery } from 'graphql';
import { createPerson, createProposedSession, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

/** ~1.3 KB: each fragment spreads the next one twice, so expanding it would walk 2^32 paths. */
function fragmentBomb(levels = 32): string {
  const fragments = Array.from({ length: levels }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
  return `query Bomb { ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { proposals { id } }`;
}

function aliasBomb(field: string, count = 1000, kind = 'query'): string {
  return `${kind} { ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
}

async function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: JSON.parse(text), text, ms: performance.now() - started };
}

describe('hostile requests at the HTTP edge', () => {
  const api = new ApiHarness();
  let person: PersonFixture;
  let token: string;

  beforeAll(async () => {
    await api.start();
    person = await createPerson(api.dataSource, { name: 'Pat' });
    token = api.tokenFor(person.id);
    await createProposedSession(api.dataSource, person.id);
  });

  afterAll(() => api.stop());

  /** The median time of a trivial query now: on a busy machine every time is longer, refused or not. */
  async function baselineMs(): Promise<number> {
    const times: number[] = [];
    for (let index = 0; index < 5; index += 1) times.push((await send('{ me { id } }')).ms);
    return times.sort((a, b) => a - b)[2];
  }

  const send = (query: string, variables: Record<string, unknown> = {}, authorised = true) =>
    post(api.url, JSON.stringify({ query, variables }), {
      'content-type': 'application/json',
      ...(authorised ? { authorization: `Bearer ${token}` } : {}),
    });

  it('refuses a fragment bomb in milliseconds, anonymous or not', async () => {
    const bomb = fragmentBomb();
    expect(bomb.length).toBeLessThan(1400);
    const baseline = await baselineMs();
    for (const authorised of [false, true]) {
      const response = await send(bomb, {}, authorised);
      expect(response.status).toBe(400);
      expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.json.errors[0].message).toMatch(/fields once its fragments are expanded/);
      expect(response.ms).toBeLessThan(Math.max(200, 3 * baseline));
    }
  });

  it('refuses 1,000 aliased upcomingSessions(first: 100) and 1,000 aliased rotateMyCalendarFeed, changing nothing', async () => {
    const [before] = await api.dataSource.query(`SELECT calendar_feed_token_hash FROM person WHERE id = $1`, [person.id]);
    const baseline = await baselineMs();
    const reads = await send(aliasBomb('upcomingSessions(first: 100) { edges { node { id title hosts { name } } } }'));
    expect(reads.status).toBe(400);
    expect(reads.json.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(reads.json.errors[0].message).toMatch(/more th\w+ 5000 tokens/);
    const fewerReads = await send(aliasBomb('upcomingSessions(first: 100) { edges { node { id } } }', 100));
    expect(fewerReads.json.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(fewerReads.json.errors[0].message).toMatch(/100 aliases; the limit is 30/);
    const writes = await send(aliasBomb('rotateMyCalendarFeed', 1000, 'mutation'));
    expect(writes.status).toBe(400);
    expect(writes.json.errors[0].message).toMatch(/1000 aliases; the limit is 30/);
    const fewWrites = await send(aliasBomb('rotateMyCalendarFeed', 6, 'mutation'));
    expect(fewWrites.json.errors[0].message).toMatch(/6 top-level mutation fields; the limit is 5/);
    const [after] = await api.dataSource.query(`SELECT calendar_feed_token_hash FROM person WHERE id = $1`, [person.id]);
    expect(after).toEqual(before);
    expect(reads.ms + writes.ms).toBeLessThan(Math.max(500, 6 * baseline));
  });

  it('refuses too deep an operation and too costly a one, also when the cost comes from a variable', async () => {
    const depthQuery = `{ ${'me { skills { skill { '.repeat(4)} name ${'} } } '.repeat(4)} }`;
    const depth = await send(depthQuery);
    expect(depth.json.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(depth.json.errors[0].message).toMatch(/nested 13 levels deep; the limit is 10/);

    const page = 'edges { cursor node { id title startsAt seatsLeft hosts { name } room { name site } } } pageInfo { endCursor hasNextPage }';
    const costly = await send(
      `query Costly($n: Int!) { ${[1, 2, 3, 4, 5].map((index) => `p${index}: upcomingSessions(first: $n) { ${page} }`).join(' ')} }`,
      { n: 100 },
    );
    expect(costly.status).toBe(400);
    expect(costly.json.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(costly.json.errors[0].message).toMatch(/would cost \d+ .*the limit is 10000/);
    const cheap = await send(`query Cheap($n: Int!) { upcomingSessions(first: $n) { ${page} } }`, { n: 10 });
    expect(cheap.json.errors).toBeUndefined();
  });

  it('keeps answering others in well under a second while bombs arrive', async () => {
    const baseline = await baselineMs();
    const kinds = [
      { count: 20, bomb: () => send(fragmentBomb(), {}, false) },
      { count: 20, bomb: () => send(aliasBomb('upcomingSessions(first: 100) { edges { node { id } } }')) },
      { count: 10, bomb: () => send(aliasBomb('rotateMyCalendarFeed', 1000, 'mutation')) },
    ];
    // What the 50 bombs cost the server one after another: a colleague behind them waits at most that.
    let queueMs = 0;
    for (const { count, bomb } of kinds) queueMs += count * (await bomb()).ms;
    const started = performance.now();
    const allRefused = Promise.all(kinds.flatMap(({ count, bomb }) => Array.from({ length: count }, bomb)));
    const colleague = await send('{ me { id name } }');
    const colleagueMs = performance.now() - started;
    const refused = await allRefused;
    console.log(`a colleague's query answered in ${colleagueMs.toFixed(0)} ms while 50 bombs arrived (${baseline.toFixed(0)} ms without; the 50 cost ${queueMs.toFixed(0)} ms one by one)`);
    expect(colleague.json.data.me.id).toBe(person.id);
    // Well under a second on a machine of its own (each bomb is refused in about a millisecond); on a
    // loaded one, never more than the bombs' own linear cost: no bomb makes the server do exponential work.
    expect(colleagueMs).toBeLessThan(Math.max(1000, 2 * queueMs + 4 * baseline));
    expect(refused.every((response) => response.status === 400)).toBe(true);
  });

  it('answers the standard introspection query of GraphiQL and code generators', async () => {
    const response = await send(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }), {}, false);
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('refuses circular introspection', async () => {
    const response = await send('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }', {}, false);
    expect(response.json.errors[0].message).toMatch(/introspection lists/);
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await send('{ me { id } }');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a browser that opens /graphql to the bundled explorer, and lets nothing load from a CDN', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/explorer');
    expect(page.headers.get('content-security-policy')).not.toMatch(/https:\/\/(?!fonts)/);
    const query = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(query.status).not.toBe(302);
  });

  it('serves the app to a browser, curl and a load balancer check alike, and a plain 404 to JSON clients and missing files', async () => {
    const origin = new URL(api.url).origin;
    for (const accept of ['text/html', '*/*', undefined]) {
      const page = await fetch(`${origin}/sessions`, { headers: accept ? { accept } : {} });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
    expect((await fetch(origin, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(origin, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${origin}/health/nope`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('writes no bearer token into its log', () => {
    expect(api.api.lines.filter((line) => line.includes(token.split('.')[2]))).toEqual([]);
  });

  it('answers a too large body, malformed JSON and a wrong content type with the GraphQL error shape', async () => {
    const large = await post(api.url, JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(large.status).toBe(413);
    expect(large.json).toEqual({ errors: [{ message: expect.stringMatching(/over 1mb/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const malformed = await post(api.url, '{"query": "{ me { id } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ errors: [{ message: expect.stringMatching(/^The request body is not valid JSON\. Send a JSON object, like \{"query"/), extensions: { code: 'BAD_REQUEST' } }] });
    const notAnObject = await post(api.url, '"hello"');
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.json.errors[0].message).toMatch(/^The request body must be a JSON object, like \{"query"/);
    const plain = await post(api.url, '{ me { id } }', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const empty = await post(api.url, '{}');
    expect(empty.status).toBe(400);
    expect(empty.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/^The request has no query\. POST a JSON object/) });
    const noBody = await post(api.url, '');
    expect(noBody.status).toBe(400);
    expect(noBody.json.errors[0].message).toMatch(/^The request has no query/);
    const numberQuery = await post(api.url, '{"query": 42}');
    expect(numberQuery.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/^query must be a string/) });
    const bareGet = await fetch(api.url);
    expect(bareGet.status).toBe(400);
    expect(((await bareGet.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/^The request has no query/);
    const getQuery = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await getQuery.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    for (const response of [large, malformed, notAnObject, plain, empty, noBody, numberQuery]) expect(response.text).not.toMatch(/at .*\.js:\d+|node_modules/);
  });
});

describe('introspection and the landing page switched off (as in production)', () => {
  const api = new ApiHarness();
  beforeAll(() => api.start({ GRAPHQL_INTROSPECTION: 'false', GRAPHQL_LANDING_PAGE: 'false' }));
  afterAll(() => api.stop());

  it('refuses introspection and serves no landing page', async () => {
    const response = await post(api.url, JSON.stringify({ query: getIntrospectionQuery() }));
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json.errors[0].message).toMatch(/introspection/i);
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/apollographql|<html/i);
  });
});
