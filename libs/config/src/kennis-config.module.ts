import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, authConfig, calendarConfig, databaseConfig, inboundConfig, mailConfig, redisConfig } from './kennis.config';

/**
 * Loads every namespace at start. Each namespace factory validates its variables, so a wrong or
 * missing value stops start-up with a message that names the variable.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, redisConfig, authConfig, mailConfig, calendarConfig, inboundConfig],
    }),
  ],
  exports: [ConfigModule],
})
export class KennisConfigModule {}
