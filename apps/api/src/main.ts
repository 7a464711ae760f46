import cluster from 'node:cluster';
import { readAppConfig } from '@kennis/config';

const config = readAppConfig();
if (cluster.isPrimary && config.apiProcesses > 1) {
  const { superviseApiProcesses } = await import('./api-processes');
  superviseApiProcesses(config);
} else {
  const { serveApi } = await import('./api-server');
  await serveApi(config);
}
