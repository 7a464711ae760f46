import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { AuditEntryRepository } from './repositories/audit-entry.repository';
import { AuditLog } from './services/audit-log.service';

/** The audit log for any library or app: record with AuditLog.record (in the change's transaction when there is one). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditEntryRepository, AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
