import os from 'node:os';
import { Worker } from 'node:worker_threads';

// A fixed piece of CPU work (allocation and arithmetic), timed inside its thread; an ES module by its data: URL.
const WORK = `
import { parentPort } from 'node:worker_threads';
const started = performance.now();
let kept = [];
for (let i = 0; i < 2e6; i += 1) { kept.push({ i, text: 'x' + i }); if (kept.length > 1000) kept = []; }
let sum = 0;
for (let i = 0; i < 5e8; i += 1) sum += i % 7;
parentPort.postMessage({ ms: performance.now() - started, sum });
`;

function timedWork(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORK)}`));
    worker.once('message', (message: { ms: number }) => resolve(message.ms));
    worker.once('error', reject);
  });
}

/**
 * How much more work the machine does with every core busy than with one: two-core VMs often share a
 * physical core or its caches with their neighbours, so two busy processes each run slower than one
 * alone. Kennis's api, worker and PostgreSQL keep both cores busy where a one-process baseline keeps
 * one; this figure says how far "two cores" is from twice one core on the machine of this run.
 */
export async function describeMachineParallelism(): Promise<string> {
  const cores = os.availableParallelism();
  const alone = Math.min(await timedWork(), await timedWork());
  const together = await Promise.all(Array.from({ length: cores }, () => timedWork()));
  const slowest = Math.max(...together);
  const speedUp = (cores * alone) / slowest;
  return (
    `machine: the same CPU work took ${alone.toFixed(0)} ms alone and ${together.map((ms) => ms.toFixed(0)).join(' / ')} ms ` +
    `on ${cores} threads at once: ${cores} busy cores do ${speedUp.toFixed(2)}x the work of one`
  );
}
