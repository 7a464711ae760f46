// The cost of the sign-in checks per request: the same GraphQL API answering a request that needs no
// check ({ __typename } runs no guard), and { me { id } } signed in by a cookie session, a development
// HS256 token, and a provider access token verified against the JWKS of a real OpenID provider in this
// process (oidc-provider, keys made here). Measured in turns so that load from elsewhere falls on all alike.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';
import { createPeople, buildPerson } from '@kennis/testing';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys, tokenFor, withApiPort } from './support/bench-environment';
import { BenchChild } from './support/child-process';
import { onCleanup } from './support/cleanup';
import { ms, type Print, rate, type SummaryRow, table } from './support/figures';
import { ClosedLoop, combine, type HttpAnswer, type PhaseResult } from './support/http-load';

const CONCURRENCY = 8;
const WARM_UP_MS = 1500;
const PHASE_MS = 2500;
const ROUNDS = 3;
const MAX_REQUESTS_PER_PHASE = 50_000;
const ME = JSON.stringify({ query: '{ me { id } }' });
const NO_CHECK = JSON.stringify({ query: '{ __typename }' });

async function startProvider(): Promise<{ issuer: string; sign: (sub: string) => Promise<string> }> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'bench-key', alg: 'RS256', use: 'sig' };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'kennis-bench', client_secret: 'bench-secret', redirect_uris: [`${issuer}/unused`] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ['kennis-bench-cookie-key'] },
  });
  server.on('request', provider.callback());
  onCleanup('oidc provider', async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const sign = (sub: string) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sub, aud: 'kennis-api', iss: issuer, iat: now, exp: now + 3600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'bench-key' })
      .sign(privateKey);
  };
  return { issuer, sign };
}

export async function runSignInChecksBench(print: Print): Promise<SummaryRow[]> {
  const database = await createBenchDatabase('sign_in');
  const [person] = await createPeople(database.dataSource, [buildPerson({ name: 'Bench Person', email: 'bench@example.test' })]);
  await database.dataSource.query(`UPDATE person SET external_id = 'provider-bench' WHERE id = $1`, [person.id]);
  const provider = await startProvider();

  // Development scheme (cookie sessions, HS256 tokens); NODE_ENV=production refuses it, so this one runs as test.
  const development = appEnvironment(database.url, { NODE_ENV: 'test', AUTH_MODE: 'development' });
  const oidc = appEnvironment(database.url, {
    NODE_ENV: 'test',
    AUTH_MODE: 'oidc',
    OIDC_ISSUER_URL: provider.issuer,
    OIDC_CLIENT_ID: 'kennis-bench',
    OIDC_CLIENT_SECRET: 'bench-secret',
    OIDC_AUDIENCE: 'kennis-api',
  });
  const undo = [cleanUpRedisKeys(development.queuePrefix), cleanUpRedisKeys(oidc.queuePrefix)];
  const developmentUrl = await withApiPort(development);
  const oidcUrl = await withApiPort(oidc);
  development.variables.PUBLIC_URL = developmentUrl.baseUrl;
  oidc.variables.PUBLIC_URL = oidcUrl.baseUrl;
  const developmentApi = new BenchChild('api (development sign-in)', 'apps/api/src/main.js', development.variables).start();
  const oidcApi = new BenchChild('api (oidc)', 'apps/api/src/main.js', oidc.variables).start();
  try {
    await developmentApi.waitForHealth(`${developmentUrl.baseUrl}/health`, 90_000);
    await oidcApi.waitForHealth(`${oidcUrl.baseUrl}/health`, 90_000);
    const signIn = await fetch(`${developmentUrl.baseUrl}/auth/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: person.id }),
    });
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0];
    if (signIn.status !== 204 || !cookie) throw new Error(`development sign-in failed: HTTP ${signIn.status}`);
    const accessToken = await provider.sign('provider-bench');

    const isMe = (answer: HttpAnswer) => answer.status === 200 && answer.body.includes(person.id);
    const isTypename = (answer: HttpAnswer) => answer.status === 200 && answer.body.includes('"__typename":"Query"');
    const loop = (url: string, headers: Record<string, string>, body: string, check: (answer: HttpAnswer) => boolean) =>
      new ClosedLoop({ concurrency: CONCURRENCY, maxRequests: MAX_REQUESTS_PER_PHASE, target: () => ({ url: `${url}/graphql`, headers, body }), check });
    const loops = {
      'no check ({ __typename }, anonymous)': loop(developmentUrl.baseUrl, {}, NO_CHECK, isTypename),
      'cookie session ({ me { id } })': loop(developmentUrl.baseUrl, { cookie }, ME, isMe),
      'development HS256 bearer ({ me { id } })': loop(developmentUrl.baseUrl, { authorization: `Bearer ${tokenFor(person.id)}` }, ME, isMe),
      'provider bearer, JWKS ({ me { id } })': loop(oidcUrl.baseUrl, { authorization: `Bearer ${accessToken}` }, ME, isMe),
    };
    type Side = keyof typeof loops;
    const sides = Object.keys(loops) as Side[];
    const phases = Object.fromEntries(sides.map((side) => [side, [] as PhaseResult[]])) as Record<Side, PhaseResult[]>;
    for (const side of sides) {
      const warm = await loops[side].phase(WARM_UP_MS);
      if (warm.errors > 0) throw new Error(`${side}: ${warm.firstError}`);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) phases[side].push(await loops[side].phase(PHASE_MS));
    }
    for (const side of sides) loops[side].close();

    const results = Object.fromEntries(sides.map((side) => [side, combine(phases[side])])) as Record<Side, ReturnType<typeof combine>>;
    print(`  ${CONCURRENCY} clients in a closed loop, ${ROUNDS} rounds of ${PHASE_MS / 1000} s per kind, in turns; one person, one API process per mode`);
    print('  { me { id } } also loads the person for the answer (one more query than the check alone); { __typename } runs no resolver.');
    for (const line of table([
      ['request', 'requests/s', 'p50', 'p90', 'p99', 'errors'],
      ...sides.map((side) => {
        const result = results[side];
        return [side, rate(result.perSecond, '/s'), ms(result.p50), ms(result.p90), ms(result.p99), String(result.errors)];
      }),
    ])) {
      print(`  ${line}`);
    }
    const baseline = results[sides[0]];
    return sides.slice(1).map((side) => ({
      benchmark: 'sign-in checks',
      measure: `p50, ${side}`,
      kennis: ms(results[side].p50),
      baseline: `${ms(baseline.p50)} (no check)`,
      comparison: `+${ms(results[side].p50 - baseline.p50)}`,
    }));
  } finally {
    await developmentApi.stop();
    await oidcApi.stop();
    for (const step of undo) await step();
    await database.drop();
  }
}
