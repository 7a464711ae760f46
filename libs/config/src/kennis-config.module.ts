import { Global, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { Clock, createClock } from './clock';
import {
  appConfig,
  authConfig,
  databaseConfig,
  graphqlConfig,
  inboundConfig,
  mailConfig,
  mentoringConfig,
  outboxConfig,
  rateLimitConfig,
  redisConfig,
  remindersConfig,
} from './kennis.config';

/**
 * Loads every namespace at start, and provides the Clock to every module. Each namespace factory validates its variables, so a wrong or
 * missing value stops start-up with a message that names the variable.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, redisConfig, outboxConfig, authConfig, mailConfig, remindersConfig, graphqlConfig, rateLimitConfig, mentoringConfig, inboundConfig],
    }),
  ],
  providers: [{ provide: Clock, inject: [appConfig.KEY], useFactory: (app: ConfigType<typeof appConfig>) => createClock(app.clockOffsetFile) }],
  exports: [ConfigModule, Clock],
})
export class KennisConfigModule {}
