import { WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * Closes every BullMQ worker before anything else shuts down. Nest closes the workers and the
 * database in the same shutdown phase, in no set order; a job still running would then lose its
 * database mid-delivery. Closing the workers first lets running jobs finish against a live database.
 */
@Injectable()
export class WorkerDrain implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerDrain.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(): Promise<void> {
    const workers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => workerOf(host))
      .filter((worker) => worker !== undefined);
    await Promise.all(workers.map((worker) => worker.close()));
    this.logger.log(`Closed ${workers.length} queue worker(s) after their running jobs`);
  }
}

/** A host's worker, or undefined when it never started (the boot check stopped the start). */
function workerOf(host: WorkerHost): WorkerHost['worker'] | undefined {
  try {
    return host.worker;
  } catch {
    return undefined;
  }
}
