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

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, SkillEntity, PersonSkillEntity])],
  providers: [PersonRepository, SkillRepository, PersonSkillRepository, PeopleService, PersonSignInDirectory],
  exports: [PeopleService, PersonSignInDirectory],
})
export class PeopleModule {}
