import type { Job } from 'bullmq';

/** A processor's jobs by name: what its queue's worker runs, and what the boot check compares with the declared jobs. */
export type JobHandlers = Readonly<Record<string, (job: Job) => Promise<unknown>>>;

/** Implemented by every @Processor: its handlers, keyed by job name. */
export interface JobProcessor {
  readonly handlers: JobHandlers;
}

/** Runs the job's handler; a job nobody handles fails loudly instead of being dropped. */
export async function dispatchJob(queue: string, handlers: JobHandlers, job: Job): Promise<unknown> {
  const handler = Object.hasOwn(handlers, job.name) ? handlers[job.name] : undefined;
  if (!handler) throw new Error(`The ${queue} queue has no handler for job ${job.name}`);
  return handler(job);
}

/** Where each declared job runs: every library declares its jobs once, as job name -> queue. */
export type DeclaredJobs = Readonly<Record<string, string>>;

export interface DiscoveredProcessor {
  name: string;
  queue: string;
  jobs: readonly string[] | null;
}

/**
 * Why the worker must not start: a declared job that no processor of its queue handles or that two
 * handle, a handled job nobody declared, or a processor that does not say which jobs it handles.
 */
export function jobHandlerProblems(declared: readonly DeclaredJobs[], processors: readonly DiscoveredProcessor[]): string[] {
  const problems: string[] = [];
  const queueOf = new Map<string, string>();
  for (const jobs of declared) {
    for (const [job, queue] of Object.entries(jobs)) {
      if (queueOf.has(job) && queueOf.get(job) !== queue) problems.push(`job ${job} is declared on two queues`);
      queueOf.set(job, queue);
    }
  }
  for (const processor of processors) {
    if (processor.jobs === null) problems.push(`processor ${processor.name} does not list its job handlers`);
  }
  for (const [job, queue] of queueOf) {
    const handling = processors.filter((processor) => processor.queue === queue && processor.jobs?.includes(job));
    if (handling.length === 0) problems.push(`job ${job} on queue ${queue} has no handler`);
    if (handling.length > 1) problems.push(`job ${job} on queue ${queue} has ${handling.length} handlers (${handling.map((p) => p.name).join(', ')})`);
  }
  for (const processor of processors) {
    for (const job of processor.jobs ?? []) {
      if (queueOf.get(job) !== processor.queue) problems.push(`processor ${processor.name} handles ${job}, which is not declared on queue ${processor.queue}`);
    }
  }
  return problems;
}
