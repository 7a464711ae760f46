// npm run bench: builds, then runs each benchmark in turn and prints every figure beside a baseline
// measured in the same run, then a summary. Everything runs on 127.0.0.1; each benchmark makes its own
// database and BullMQ prefix and removes them, and stops the processes it started, even on Ctrl-C.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { runInboundBench } from './inbound.bench';
import { runInvitesBench } from './invites.bench';
import { runRacesBench } from './races.bench';
import { runSignInChecksBench } from './sign-in-checks.bench';
import { cleanUpEverything } from './support/cleanup';
import { type Print, type SummaryRow, table } from './support/figures';
import { describeMachineParallelism } from './support/machine-parallelism';
import { runUpcomingSessionsBench } from './upcoming-sessions.bench';
import { runWebBench } from './web.bench';

const print: Print = (line) => console.log(line);

interface Benchmark {
  name: string;
  run: (print: Print) => Promise<SummaryRow[] | void>;
}

/** Another engineer's benchmark: run when its file is there, skipped with a note when it is not. */
async function mentoringMatching(): Promise<Benchmark | string> {
  // A specifier in a variable: the file is optional, so neither the build nor tsc should depend on it.
  const specifier: string = './mentoring-matching.bench.js';
  if (!existsSync(new URL(specifier, import.meta.url))) return 'bench/mentoring-matching.bench.ts does not exist (yet)';
  const module = (await import(specifier)) as { runMentoringMatchingBench?: unknown };
  if (typeof module.runMentoringMatchingBench !== 'function') return 'bench/mentoring-matching.bench.ts exports no runMentoringMatchingBench';
  return { name: 'mentoring matching', run: module.runMentoringMatchingBench as Benchmark['run'] };
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    print(`\n${signal}: stopping children, dropping databases, deleting Redis keys…`);
    void cleanUpEverything(print).finally(() => process.exit(130));
  });
}

const cpus = os.cpus();
print(`Kennis benchmarks, ${new Date().toISOString()}: node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
print('Every figure stands beside a baseline measured in this run, the same way; warm-up is never counted.');
print(await describeMachineParallelism());

const allBenchmarks: Benchmark[] = [
  { name: 'upcoming sessions', run: runUpcomingSessionsBench },
  { name: 'races', run: runRacesBench },
  { name: 'invites', run: runInvitesBench },
  { name: 'inbound mail', run: runInboundBench },
  { name: 'sign-in checks', run: runSignInChecksBench },
  { name: 'web app', run: runWebBench },
];
const mentoring = await mentoringMatching();
if (typeof mentoring !== 'string') allBenchmarks.push(mentoring);

// `npm run bench -- races invites` runs only those (by the start of their name); none runs them all.
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const benchmarks = wanted.length === 0 ? allBenchmarks : allBenchmarks.filter((benchmark) => wanted.some((word) => benchmark.name.startsWith(word)));
if (benchmarks.length === 0) {
  print(`no benchmark is called ${wanted.join(' or ')}; there are: ${allBenchmarks.map((benchmark) => benchmark.name).join(', ')}`);
  process.exit(2);
}

const summary: SummaryRow[] = [];
const notes: string[] = [];
const started = performance.now();
for (const benchmark of benchmarks) {
  print(`\n=== ${benchmark.name} ${'='.repeat(Math.max(0, 90 - benchmark.name.length))}`);
  const benchmarkStarted = performance.now();
  try {
    const rows = await benchmark.run(print);
    if (rows) summary.push(...rows);
    else notes.push(`${benchmark.name}: figures printed above (it has no summary rows)`);
  } catch (error) {
    print(`FAILED: ${(error as Error).stack ?? String(error)}`);
    notes.push(`${benchmark.name}: FAILED, ${(error as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  } finally {
    await cleanUpEverything(print);
  }
  print(`--- ${benchmark.name} took ${((performance.now() - benchmarkStarted) / 1000).toFixed(1)} s`);
}
if (typeof mentoring === 'string' && wanted.length === 0) notes.push(`mentoring matching: skipped, ${mentoring}`);

print(`\n=== summary ${'='.repeat(82)}`);
for (const line of table([
  ['benchmark', 'measure', 'Kennis', 'baseline', 'Kennis / baseline', 'goal', ''],
  ...summary.map((row) => [
    row.benchmark,
    row.measure,
    row.kennis,
    row.baseline,
    row.comparison,
    row.goal ?? '',
    row.met === undefined ? '' : row.met ? 'met' : 'NOT MET',
  ]),
])) {
  print(line);
}
for (const note of notes) print(note);
print(`all benchmarks took ${((performance.now() - started) / 1000).toFixed(1)} s`);
