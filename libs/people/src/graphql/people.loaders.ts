import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { PersonEntity } from '../entities/person.entity';
import { PersonSkillEntity } from '../entities/person-skill.entity';
import { PeopleService } from '../services/people.service';

export interface PeopleRequestLoaders {
  person: DataLoader<string, PersonEntity | null>;
  skillsOfPerson: DataLoader<string, PersonSkillEntity[]>;
}

/** Batches per GraphQL request: one query for all people or skills a response needs. */
@Injectable()
export class PeopleLoaders {
  private readonly byRequest = new WeakMap<object, PeopleRequestLoaders>();

  constructor(private readonly people: PeopleService) {}

  forRequest(context: object): PeopleRequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      loaders = {
        person: new DataLoader(async (ids) => {
          const byId = new Map((await this.people.findPeople(ids)).map((person) => [person.id, person]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
        skillsOfPerson: new DataLoader(async (ids) => {
          const skills = await this.people.skillsOfPeople(ids);
          return ids.map((id) => skills.filter((skill) => skill.personId === id));
        }),
      };
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }
}
