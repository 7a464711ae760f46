import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoLoggerService, readAppConfig } from '@kennis/config';
import { ApiModule, type ApiModuleOptions } from './app.module';
import { createValidationPipe } from './graphql/validation.pipe';

/** Builds the API application; main.ts listens, tests listen on a free port. */
export async function createApiApplication(options: ApiModuleOptions = {}): Promise<INestApplication> {
  const config = readAppConfig();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), {
    logger: new PinoLoggerService('kennis-api', config.logLevel),
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(createValidationPipe());
  return app;
}
