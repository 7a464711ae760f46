import { readdirSync, readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

/** USER_HZ: /proc counts CPU time in ticks of 10 ms on Linux. */
const TICK_MS = 10;

/** CPU time (user + system) a process has used so far, from /proc; 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

function parentPid(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/**
 * This process's children running `script` (the api, the worker, a baseline), by their /proc entries,
 * with their own children: an API of several processes (API_PROCESSES) is its primary and its workers.
 */
export function childPids(script: string): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      parents.set(Number(entry), parentPid(entry));
    } catch {
      // gone meanwhile
    }
  }
  const found = [...parents.keys()].filter((pid) => {
    if (parents.get(pid) !== process.pid) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script);
    } catch {
      return false;
    }
  });
  for (const [pid, parent] of parents) if (found.includes(parent) && !found.includes(pid)) found.push(pid);
  return found;
}

/** The PostgreSQL backends serving the benchmark's database, except the one asking. */
export async function backendPids(dataSource: DataSource): Promise<number[]> {
  const rows: { pid: number }[] = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  return rows.map((row) => row.pid);
}

export type ProcessGroups = () => Promise<Record<string, number[]>>;

/**
 * CPU used by named groups of processes, plus this process ("bench"), over one piece of work. CPU per
 * request is the figure a shared machine's load bends least: wall-clock throughput is what the goals
 * are set in, CPU says where it goes.
 */
export async function measureCpu<T>(groups: ProcessGroups, work: () => Promise<T>): Promise<{ result: T; cpuMs: Record<string, number> }> {
  const before = Object.entries(await groups()).map(([name, pids]) => [name, new Map(pids.map((pid) => [pid, processCpuMs(pid)]))] as const);
  const benchBefore = process.cpuUsage();
  const result = await work();
  const bench = process.cpuUsage(benchBefore);
  const cpuMs: Record<string, number> = {};
  for (const [name, started] of before) {
    cpuMs[name] = [...started].reduce((sum, [pid, atStart]) => sum + Math.max(0, processCpuMs(pid) - atStart), 0);
  }
  cpuMs.bench = (bench.user + bench.system) / 1000;
  return { result, cpuMs };
}

/** Adds one measurement's CPU into a running total per group. */
export function addCpu(total: Record<string, number>, more: Record<string, number>): void {
  for (const [name, used] of Object.entries(more)) total[name] = (total[name] ?? 0) + used;
}

/** "api 4.10 ms, PostgreSQL 1.20 ms, bench 0.90 ms, all 6.20 ms" per unit of work. */
export function describeCpuPer(cpuMs: Record<string, number>, units: number): string {
  const entries = Object.entries(cpuMs);
  const all = entries.reduce((sum, [, used]) => sum + used, 0);
  return [...entries, ['all', all] as const].map(([name, used]) => `${name} ${(used / units).toFixed(2)} ms`).join(', ');
}
