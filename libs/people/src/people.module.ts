import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonEntity } from './entities/person.entity';
import { PersonSkillEntity } from './entities/person-skill.entity';
import { SkillEntity } from './entities/skill.entity';
import { PersonSkillRepository } from './repositories/person-skill.repository';
import { PersonRepository } from './repositories/person.repository';
import { SkillRepository } from './repositories/skill.repository';
import { PeopleService } from './services/people.service';
import { PersonSignInDirectory } from './services/person-sign-in.directory';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const peopleEntities = [PersonEntity, SkillEntity, PersonSkillEntity];

@Module({
  imports: [TypeOrmModule.forFeature(peopleEntities)],
  providers: [PersonRepository, SkillRepository, PersonSkillRepository, PeopleService, PersonSignInDirectory],
  exports: [PeopleService, PersonSignInDirectory, PersonRepository],
})
export class PeopleModule {}
