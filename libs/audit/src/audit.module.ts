import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { AuditEntryRepository } from './repositories/audit-entry.repository';
import { PersonalDataRepository } from './repositories/personal-data.repository';
import { AuditLog } from './services/audit-log.service';
import { AuditSignInRecorder } from './services/audit-sign-in.recorder';
import { PersonalDataService } from './services/personal-data.service';

/**
 * The audit log for any library or app: record with AuditLog.record (in the change's transaction when there
 * is one). Also a person's data download and erasure, which must know every table and be audited.
 */
/** The tables of this library, for its module and for the schema check of the migrations. */
export const auditEntities = [AuditEntryEntity];

@Module({
  imports: [TypeOrmModule.forFeature(auditEntities)],
  providers: [AuditEntryRepository, AuditLog, AuditSignInRecorder, PersonalDataRepository, PersonalDataService],
  exports: [AuditLog, AuditSignInRecorder, PersonalDataService],
})
export class AuditModule {}
