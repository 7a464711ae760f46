import { Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { AuditResolver } from './graphql/audit.resolver';

/** The audit part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [AuditModule],
  providers: [AuditResolver],
})
export class AuditGraphqlModule {}
