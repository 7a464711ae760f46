import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoLoggerService, readAppConfig } from '@kennis/config';
import { ApiModule } from './app.module';
import { createValidationPipe } from './graphql/validation.pipe';

/** Builds the API application; main.ts listens, tests listen on a free port. */
export async function createApiApplication(): Promise<INestApplication> {
  const config = readAppConfig();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    logger: new PinoLoggerService('kennis-api', config.logLevel),
    bodyParser: true,
  });
  // SCIM clients (Entra ID, Okta) send application/scim+json.
  app.useBodyParser('json', { limit: '1mb', type: ['application/json', 'application/scim+json'] });
  app.useGlobalPipes(createValidationPipe());
  return app;
}
