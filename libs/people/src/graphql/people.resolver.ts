import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, isAdmin, RequireRoles, Role } from '@kennis/auth';
import { BadUserInputError, ParseIdPipe } from '@kennis/errors';
import { PeopleService } from '../services/people.service';
import { SearchArgs } from './people.args';
import { PeopleLoaders } from './people.loaders';
import { workingHoursOf } from '../services/working-hours';
import { CreatePersonInput, RemoveSkillInput, SetManagerInput, SetRolesInput, SetSkillInput, UpdateProfileInput, WorkingDayInput } from './people.inputs';
import { PersonModel, PersonSkillModel, SkillModel, WorkingDayModel } from './person.model';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Query(() => PersonModel, { description: 'The authenticated person.' })
  me(@CurrentActor() actor: Actor): Promise<PersonModel> {
    return this.peopleService.getPerson(actor.personId);
  }

  @Query(() => PersonModel)
  person(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<PersonModel> {
    return this.peopleService.getPerson(id);
  }

  @Query(() => [PersonModel], { description: 'People whose name or email contains the text.' })
  people(
    @Args() { search, limit }: SearchArgs,
  ): Promise<PersonModel[]> {
    return this.peopleService.searchPeople(search, limit);
  }

  @Query(() => [SkillModel], {
    name: 'skills',
    description: 'Skills of the shared list matching the text, whatever its case or spelling.',
  })
  searchSkills(
    @Args() { search, limit }: SearchArgs,
  ): Promise<SkillModel[]> {
    return this.peopleService.searchSkills(search, limit);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => PersonModel, { description: 'Admins add people.' })
  createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput): Promise<PersonModel> {
    return this.peopleService.createPerson(actor, { ...input, managerId: input.managerId ?? null });
  }

  @Mutation(() => PersonModel)
  updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<PersonModel> {
    return this.peopleService.updateMyProfile(actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => PersonModel, { description: 'Admins set who a person reports to; a reporting cycle is refused.' })
  setPersonManager(@CurrentActor() actor: Actor, @Args('input') input: SetManagerInput): Promise<PersonModel> {
    return this.peopleService.setManager(actor, input.personId, input.managerId ?? null);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => PersonModel, { description: 'Admins grant and take roles. EMPLOYEE is always kept.' })
  setPersonRoles(@CurrentActor() actor: Actor, @Args('input') input: SetRolesInput): Promise<PersonModel> {
    return this.peopleService.setRoles(actor, input.personId, input.roles);
  }

  @Mutation(() => [PersonSkillModel], { description: 'Add a skill you have or want, or change its level.' })
  setMySkill(@CurrentActor() actor: Actor, @Args('input') input: SetSkillInput): Promise<PersonSkillModel[]> {
    return this.peopleService.setMySkill(actor, input.skillName, input.kind, input.level) as Promise<PersonSkillModel[]>;
  }

  @Mutation(() => [PersonSkillModel])
  removeMySkill(@CurrentActor() actor: Actor, @Args('input') input: RemoveSkillInput): Promise<PersonSkillModel[]> {
    return this.peopleService.removeMySkill(actor, input.skillName, input.kind) as Promise<PersonSkillModel[]>;
  }

  @Mutation(() => PersonModel, { description: 'Your working hours per weekday, in your time zone; mentoring meetings are planned inside them.' })
  setMyWorkingHours(
    @CurrentActor() actor: Actor,
    @Args('hours', { type: () => [WorkingDayInput] }) hours: WorkingDayInput[],
  ): Promise<PersonModel> {
    if (hours.length > 7) throw new BadUserInputError('hours', 'hours takes at most 7 days, one per weekday.');
    return this.peopleService.setMyWorkingHours(actor, hours);
  }

  @Mutation(() => PersonModel, { description: 'Your own online meeting link (null removes it); your online mentoring meetings use it.' })
  setMyMeetingUrl(@CurrentActor() actor: Actor, @Args('url', { type: () => String, nullable: true }) url: string | null): Promise<PersonModel> {
    return this.peopleService.setMyMeetingUrl(actor, url);
  }

  @ResolveField('workingHours', () => [WorkingDayModel], { description: 'Per weekday in their zone; the default is 09:00-17:00 Monday to Friday.' })
  workingHoursOfPerson(@Parent() person: PersonModel & { workingHours?: WorkingDayModel[] | null }): readonly WorkingDayModel[] {
    return workingHoursOf({ workingHours: person.workingHours ?? null });
  }

  @ResolveField('managerId', () => ID, { nullable: true, description: "Your own manager; admins see everyone's. null otherwise." })
  managerIdOfPerson(@Parent() person: PersonModel, @CurrentActor() actor: Actor): string | null {
    return person.id === actor.personId || isAdmin(actor) ? person.managerId : null;
  }

  @ResolveField('skills', () => [PersonSkillModel])
  skillsOfPerson(@Parent() person: PersonModel, @Context() context: object): Promise<PersonSkillModel[]> {
    return this.loaders.forRequest(context).skillsOfPerson.load(person.id) as Promise<PersonSkillModel[]>;
  }
}
