import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoLoggerService, readAppConfig, readGraphqlConfig } from '@kennis/config';
import { ApiModule } from './app.module';
import { applyHttpHardening } from './graphql/http-hardening';
import { DEFAULT_OPERATION_LIMITS } from './graphql/operation-limits';
import { createValidationPipe } from './graphql/validation.pipe';

/** Builds the API application; main.ts listens, tests listen on a free port. */
export async function createApiApplication(): Promise<INestApplication> {
  const config = readAppConfig();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    logger: new PinoLoggerService('kennis-api', config.logLevel),
    bodyParser: false,
  });
  applyHttpHardening(app, {
    limits: DEFAULT_OPERATION_LIMITS,
    bodyLimit: '1mb',
    explorerRedirect: readGraphqlConfig().landingPage,
    upgradeInsecureRequests: new URL(config.publicUrl).protocol === 'https:',
  });
  app.useGlobalPipes(createValidationPipe());
  return app;
}
