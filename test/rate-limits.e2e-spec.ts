import { createPerson, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

describe('rate limits on mutations, per person and per address, in Redis', () => {
  const api = new ApiHarness();
  let ada: PersonFixture;
  let bo: PersonFixture;

  beforeAll(async () => {
    await api.start({ RATE_LIMIT_MUTATIONS_PER_PERSON: '3', RATE_LIMIT_MUTATIONS_PER_ADDRESS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    ada = await createPerson(api.dataSource, { name: 'Ada' });
    bo = await createPerson(api.dataSource, { name: 'Bo' });
  });

  afterAll(() => api.stop());

  async function rotate(personId: string) {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokenFor(personId)}` },
      body: JSON.stringify({ query: 'mutation { rotateMyCalendarFeed }' }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  }

  const feedHash = async (personId: string) =>
    (await api.dataSource.query(`SELECT calendar_feed_token_hash AS hash FROM person WHERE id = $1`, [personId]))[0].hash;

  it('refuses the person past the limit with TOO_MANY_REQUESTS and Retry-After, changing nothing; queries still answer', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const ok = await rotate(ada.id);
      expect(ok.status).toBe(200);
      expect(ok.body.data.rotateMyCalendarFeed).toMatch(/^http/);
    }
    const before = await feedHash(ada.id);
    const refused = await rotate(ada.id);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Too many changes from you\. Try again in \d+ seconds?\.$/),
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: Number(refused.retryAfter) },
    });
    expect(await feedHash(ada.id)).toBe(before);
    const query = await api.graphql(ada.id, '{ me { id } }');
    expect(query.data?.me.id).toBe(ada.id);
  });

  it('refuses a colleague from the same address once the address is over its limit', async () => {
    const results = [await rotate(bo.id), await rotate(bo.id), await rotate(bo.id)];
    const firstRefused = results.findIndex((result) => result.status === 429);
    expect(firstRefused).toBeGreaterThanOrEqual(0);
    expect(firstRefused).toBeLessThanOrEqual(2);
    expect(results[firstRefused].body.errors[0].message).toMatch(/from your address/);
  });
});
