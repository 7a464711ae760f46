import cluster from 'node:cluster';
import { readAppConfig, readOrExit, superviseProcesses } from '@kennis/config';

const config = readOrExit(readAppConfig);
if (cluster.isPrimary && config.apiProcesses > 1) {
  superviseProcesses({
    label: 'API process',
    service: 'kennis-api',
    count: config.apiProcesses,
    logLevel: config.logLevel,
    startedMessage: `Kennis API: ${config.apiProcesses} processes on port ${config.apiPort}`,
  });
} else {
  const { serveApi } = await import('./api-server');
  await serveApi(config);
}
