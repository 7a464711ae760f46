import { Module } from '@nestjs/common';
import { AuditModule } from '@kennis/audit';
import { PeopleModule } from './people.module';
import { ScimController } from './scim/scim.controller';
import { ScimUsersService } from './scim/scim-users.service';

/**
 * /scim/v2/Users for the identity provider: imported by apps/api only, next to AuthModule.forRoot (global),
 * whose sign-in sessions a deactivation ends.
 */
@Module({
  imports: [PeopleModule, AuditModule],
  controllers: [ScimController],
  providers: [ScimUsersService],
})
export class PeopleScimModule {}
