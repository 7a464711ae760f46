export { AuditGraphqlModule } from './audit-graphql.module';
export { AuditModule, auditEntities } from './audit.module';
export { AuditEntryEntity } from './entities/audit-entry.entity';
export { AuditEntryModel } from './graphql/audit.model';
export { AuditLog } from './services/audit-log.service';
export { AuditSignInRecorder } from './services/audit-sign-in.recorder';
export type { AuditRecord } from './services/audit-log.service';
