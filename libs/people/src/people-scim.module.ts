import { Module } from '@nestjs/common';
import { PeopleModule } from './people.module';
import { ScimController } from './scim/scim.controller';
import { ScimUsersService } from './scim/scim-users.service';

/** /scim/v2/Users for the identity provider: imported by apps/api only. */
@Module({
  imports: [PeopleModule],
  controllers: [ScimController],
  providers: [ScimUsersService],
})
export class PeopleScimModule {}
