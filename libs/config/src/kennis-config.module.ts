import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, authConfig, calendarConfig, databaseConfig, mailConfig, mentoringConfig, redisConfig } from './kennis.config';

/**
 * Loads every namespace at start. Each namespace factory validates its variables, so a wrong or
 * missing value stops start-up with a message that names the variable.
 */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, redisConfig, authConfig, mailConfig, calendarConfig, mentoringConfig],
    }),
  ],
  exports: [ConfigModule],
})
export class KennisConfigModule {}
