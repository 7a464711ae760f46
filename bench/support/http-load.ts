import { Agent, request } from 'node:http';
import { percentile } from './figures';

/**
 * A keep-alive agent that never reuses a socket the server may be closing. Node's agent honours the
 * server's "Keep-Alive: timeout=N" hint (it drops an idle socket 1 s before N) only when the agent has
 * a timeout of its own: with none, an idle socket stays in the pool past the server's keepAliveTimeout,
 * and the next request written on it meets the server's FIN: "socket hang up". So every bench agent
 * has one, longer than the API's keep-alive (65 s), so the server's hint is what decides.
 */
export function benchAgent(maxSockets: number): Agent {
  // maxFreeSockets too: Node keeps only 256 idle sockets by default, so a 300-way storm would open 44
  // new connections in every round after the first, as no client that stays connected does.
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 120_000 });
}

export interface HttpTarget {
  /** http://127.0.0.1:<port><path> */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** One POST over a keep-alive agent, with the whole answer read; bounded by a timeout. */
export function post(agent: Agent, target: HttpTarget, timeoutMs = 120_000): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(target.url);
    if (url.hostname !== '127.0.0.1') throw new Error(`benchmarks talk only to 127.0.0.1, not ${url.hostname}`);
    const outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(target.body);
  });
}

export interface LoadOptions {
  concurrency: number;
  /** A hard cap on requests per phase, so a very fast target cannot run away. */
  maxRequests: number;
  /** Picks the request of client `client`; `check` rejects a wrong answer (counted as an error). */
  target: (client: number) => HttpTarget;
  check: (answer: HttpAnswer) => boolean;
}

export interface PhaseResult {
  latencies: number[];
  errors: number;
  elapsedMs: number;
  firstError: string | null;
}

export interface LoadResult {
  requests: number;
  errors: number;
  elapsedMs: number;
  perSecond: number;
  /** Requests per second of each phase, to show the spread. */
  phases: number[];
  p50: number;
  p90: number;
  p99: number;
  max: number;
  firstError: string | null;
}

/**
 * A closed loop: `concurrency` clients each send a request, wait for the answer and send the next,
 * over keep-alive connections that stay open between phases. No request starts after a phase's time.
 */
export class ClosedLoop {
  private readonly agent: Agent;

  constructor(private readonly options: LoadOptions) {
    this.agent = benchAgent(options.concurrency);
  }

  async phase(durationMs: number): Promise<PhaseResult> {
    const latencies: number[] = [];
    let errors = 0;
    let started = 0;
    let firstError: string | null = null;
    const begin = performance.now();
    const deadline = begin + durationMs;
    const client = async (index: number) => {
      const target = this.options.target(index);
      while (performance.now() < deadline && started < this.options.maxRequests) {
        started += 1;
        const sent = performance.now();
        try {
          const answer = await post(this.agent, target);
          if (this.options.check(answer)) latencies.push(performance.now() - sent);
          else {
            errors += 1;
            firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
          }
        } catch (error) {
          errors += 1;
          firstError ??= (error as Error).message;
        }
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, (_, index) => client(index)));
    return { latencies, errors, elapsedMs: performance.now() - begin, firstError };
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface OpenLoopOptions {
  /** Requests started per second, whatever the answers do: an open loop, as real users arrive. */
  perSecond: number;
  target: (index: number) => HttpTarget;
  check: (answer: HttpAnswer) => boolean;
}

/**
 * An open loop: request i is due at begin + i / perSecond and is sent then, however many are still
 * unanswered. Latency counts from the time it was due, not from when it went out, so a server (or a
 * load generator) that falls behind shows it in the figures instead of slowing the arrivals down
 * (the coordinated omission of a closed loop).
 */
export class OpenLoop {
  private readonly agent = benchAgent(1024);

  constructor(private readonly options: OpenLoopOptions) {}

  async phase(durationMs: number): Promise<PhaseResult> {
    const latencies: number[] = [];
    let errors = 0;
    let firstError: string | null = null;
    const interval = 1000 / this.options.perSecond;
    const total = Math.floor(durationMs / interval);
    const pending: Promise<void>[] = [];
    const begin = performance.now();
    for (let index = 0; index < total; index += 1) {
      const due = begin + index * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const target = this.options.target(index);
      pending.push(
        post(this.agent, target).then(
          (answer) => {
            if (this.options.check(answer)) latencies.push(performance.now() - due);
            else {
              errors += 1;
              firstError ??= `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
            }
          },
          (error: Error) => {
            errors += 1;
            firstError ??= error.message;
          },
        ),
      );
    }
    await Promise.all(pending);
    return { latencies, errors, elapsedMs: performance.now() - begin, firstError };
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The measured phases taken together: all their requests over all their time. */
export function combine(phases: readonly PhaseResult[]): LoadResult {
  const latencies = phases.flatMap((phase) => phase.latencies).sort((a, b) => a - b);
  const elapsedMs = phases.reduce((sum, phase) => sum + phase.elapsedMs, 0);
  return {
    requests: latencies.length,
    errors: phases.reduce((sum, phase) => sum + phase.errors, 0),
    elapsedMs,
    perSecond: (latencies.length * 1000) / elapsedMs,
    phases: phases.map((phase) => (phase.latencies.length * 1000) / phase.elapsedMs),
    p50: percentile(latencies, 0.5),
    p90: percentile(latencies, 0.9),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    firstError: phases.find((phase) => phase.firstError)?.firstError ?? null,
  };
}
