import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { type DeclaredJobs, type DiscoveredProcessor, type JobProcessor, jobHandlerProblems } from './job-handlers';

// @nestjs/bullmq keeps @Processor's queue under this key and does not export the constant.
const PROCESSOR_METADATA = 'bullmq:processor_metadata';

export const DECLARED_JOBS = Symbol('DECLARED_JOBS');

/**
 * The worker refuses to boot when a declared job has no handler or two. BullMQ workers are registered
 * by hand (manualRegistration) right after this check, so no worker takes a job before it passed.
 */
@Injectable()
export class JobHandlerCheck implements OnModuleInit {
  constructor(
    @Inject(DECLARED_JOBS) private readonly declared: readonly DeclaredJobs[],
    private readonly discovery: DiscoveryService,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const processors: DiscoveredProcessor[] = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost & Partial<JobProcessor> => instance instanceof WorkerHost)
      .map((instance) => ({
        name: instance.constructor.name,
        queue: (Reflect.getMetadata(PROCESSOR_METADATA, instance.constructor) as { name: string }).name,
        jobs: instance.handlers ? Object.keys(instance.handlers) : null,
      }));
    const problems = jobHandlerProblems(this.declared, processors);
    if (problems.length > 0) {
      throw new Error(`The worker will not start: ${problems.join('; ')}.`);
    }
    this.moduleRef.get(BullRegistrar, { strict: false }).register();
  }
}
