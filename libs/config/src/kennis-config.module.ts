import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import {
  appConfig,
  authConfig,
  databaseConfig,
  graphqlConfig,
  mailConfig,
  outboxConfig,
  rateLimitConfig,
  redisConfig,
  remindersConfig,
} from './kennis.config';

/**
 * Loads every namespace at start. Each namespace factory validates its variables, so a wrong or
 * missing value stops start-up with a message that names the variable.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, redisConfig, outboxConfig, authConfig, mailConfig, remindersConfig, graphqlConfig, rateLimitConfig],
    }),
  ],
  exports: [ConfigModule],
})
export class KennisConfigModule {}
