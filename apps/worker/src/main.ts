import cluster from 'node:cluster';
import { readAppConfig, readOrExit, superviseProcesses } from '@kennis/config';

const config = readOrExit(readAppConfig);
if (cluster.isPrimary && config.workerProcesses > 1) {
  superviseProcesses({
    label: 'worker process',
    service: 'kennis-worker',
    count: config.workerProcesses,
    logLevel: config.logLevel,
    startedMessage: `Kennis worker: ${config.workerProcesses} processes; health on port ${config.workerHealthPort}`,
  });
} else {
  const { runWorker } = await import('./worker-process');
  await runWorker(config);
}
