import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@kennis/auth';
import { SkillKind } from '../entities/person-skill.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(SkillKind, { name: 'SkillKind', description: 'HAS: a skill the person has; WANTS: one they want to learn.' });

@ObjectType('Skill')
export class SkillModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('PersonSkill')
export class PersonSkillModel {
  @Field(() => SkillModel)
  skill: SkillModel;

  @Field(() => SkillKind)
  kind: SkillKind;

  @Field(() => Int, { description: '1 (novice) to 5 (expert).' })
  level: number;
}

@ObjectType('WorkingDay')
export class WorkingDayModel {
  @Field(() => Int, { description: '1 Monday ... 7 Sunday.' })
  weekday: number;

  @Field({ description: 'Local time in the person\'s zone.' })
  start: string;

  @Field()
  end: string;
}

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  department: string;

  @Field()
  site: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Amsterdam.' })
  timeZone: string;

  @Field({ description: 'nl or en.' })
  language: string;

  @Field()
  jobTitle: string;

  @Field(() => ID, { nullable: true })
  managerId: string | null;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => String, { nullable: true, description: 'Their own online meeting link, used for their online mentoring meetings.' })
  meetingUrl: string | null;
}
