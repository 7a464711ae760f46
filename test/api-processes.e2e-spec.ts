import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { createPerson, waitFor, waitUntil } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';
import { childrenOf, isRunning } from './support/processes';

const ME = `{ me { id } }`;

function listeningPid(line: string): number {
  return Number(/\(process (\d+)\)/.exec(line)?.[1]);
}

/**
 * \`me\` over a connection of its own: a kept-alive connection belongs to one process, and a client
 * whose process died must reconnect (as a load balancer does); a new connection goes to a live one.
 */
function meOnNewConnection(api: ApiHarness, personId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: ME });
    const outgoing = request(
      api.url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokenFor(personId)}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { me: { id: string } } }).data.me.id));
      },
    );
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('no answer within 10 s')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

// One Node.js process runs JavaScript on one core: API_PROCESSES lets the API use more of its machine.
describe('the API in several processes (API_PROCESSES)', () => {
  const api = new ApiHarness();
  let personId: string;
  beforeAll(async () => {
    await api.start({ API_PROCESSES: '2', LOG_LEVEL: 'info' });
    personId = (await createPerson(api.dataSource)).id;
  });
  afterAll(() => api.stop());

  it('runs that many processes on one port, each answering', async () => {
    const processes = await waitFor('two API processes listening', () => {
      const listening = api.api.lines.filter((line) => line.includes('Kennis API listening'));
      return listening.length === 2 && listening;
    });
    const children = childrenOf(api.api.pid!);
    expect(children).toHaveLength(2);
    expect(processes.map(listeningPid).sort()).toEqual(children.sort());
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.ok(personId, ME)));
    expect(answers.every((answer) => answer.me.id === personId)).toBe(true);
  });

  it('replaces a process that dies, and keeps answering meanwhile', async () => {
    const [victim, survivor] = childrenOf(api.api.pid!);
    process.kill(victim, 'SIGKILL');
    // Once the supervisor knows (it says so), it hands new connections to the survivor alone.
    await waitUntil('the supervisor noticing', () => api.api.lines.some((line) => line.includes(`API process ${victim} stopped (SIGKILL)`)));
    expect(await meOnNewConnection(api, personId)).toBe(personId);
    const replacement = await waitFor('a new API process', () => {
      const children = childrenOf(api.api.pid!);
      return children.length === 2 && !children.includes(victim) && children.find((pid) => pid !== survivor);
    });
    await waitUntil('the new process listening', () => api.api.lines.some((line) => line.includes('Kennis API listening') && listeningPid(line) === replacement));
    const answers = await Promise.all(Array.from({ length: 20 }, () => meOnNewConnection(api, personId)));
    expect(answers.every((id) => id === personId)).toBe(true);
  });

  it('stops every process on SIGTERM, and exits 0', async () => {
    const children = childrenOf(api.api.pid!);
    expect(await api.api.stop('SIGTERM')).toBe(0);
    await waitUntil('the API processes gone', () => children.every((pid) => !isRunning(pid)));
  });
});

describe('an API process that cannot start (API_PROCESSES)', () => {
  it('stops the whole API with a failing exit code instead of starting it again and again', async () => {
    const api = new ApiHarness();
    // The supervisor reads only the app settings; each process then refuses the short secret.
    await expect(api.start({ API_PROCESSES: '2', JWT_SECRET: 'too-short' })).rejects.toThrow(/api exited/);
    expect(api.api.lines.join('\n')).toMatch(/Configuration error in JWT_SECRET: must be at least 32 characters long/);
    expect(api.api.lines.join('\n')).toMatch(/stopped before it listened/);
    expect(await api.api.stop()).not.toBe(0);
    await api.stop();
  });
});

describe('a setting the api or the worker cannot use', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const start = (app: 'api' | 'worker', variables: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(root, `dist/apps/${app}/src/main.js`)], {
      env: { PATH: process.env.PATH ?? '', ...variables },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it.each([
    ['api', { API_PORT: 'abc' }, 'Configuration error in API_PORT: must be a whole number, got "abc".'],
    ['worker', { WORKER_NICE: '40' }, 'Configuration error in WORKER_NICE: must be between 0 and 19, got 40.'],
  ] as const)('stops the %s with the setting and what to fix, and no stack trace', (app, variables, message) => {
    const result = start(app, variables);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(message);
    expect(result.stdout).toBe('');
  });
});
