import cluster from 'node:cluster';
import { readAppConfig, readOrExit } from '@kennis/config';

const config = readOrExit(readAppConfig);
if (cluster.isPrimary && config.apiProcesses > 1) {
  const { superviseApiProcesses } = await import('./api-processes');
  superviseApiProcesses(config);
} else {
  const { serveApi } = await import('./api-server');
  await serveApi(config);
}
