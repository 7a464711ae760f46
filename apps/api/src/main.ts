import { Logger } from '@nestjs/common';
import { readAppConfig } from '@kennis/config';
import { createApiApplication } from './api.application';

const app = await createApiApplication();
const { apiPort, publicUrl } = readAppConfig();
await app.listen(apiPort);
new Logger('Main').log(`Kennis API listening on port ${apiPort}: GraphQL at ${publicUrl}/graphql`);
