import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, actorOf, CurrentActor, hasAnyRole, Role } from '@kennis/auth';
import { PersonModel, SkillModel } from '@kennis/people';
import { RoomModel } from '@kennis/rooms';
import { SessionLoaders } from './session.loaders';
import { FacilityRequestModel, RegistrationModel, SessionModel } from './session.model';

/** The fields of a session that are loaded, batched per request, or depend on who asks. */
@Resolver(() => SessionModel)
export class SessionFieldsResolver {
  constructor(private readonly loaders: SessionLoaders) {}

  // The fields of every session in a list are plain resolvers (no parameter decorators): Nest calls
  // them with GraphQL's (parent, args, context), see actorOf in @kennis/auth.
  @ResolveField(() => Int)
  seatsLeft(session: SessionModel): number {
    return Math.max(0, session.capacity - session.seatsTaken);
  }

  @ResolveField(() => [PersonModel])
  hosts(session: SessionModel, _args: unknown, context: object): PersonModel[] | Promise<PersonModel[]> {
    return this.loaders.hostsOf(context, actorOf(context).personId, session.id);
  }

  @ResolveField(() => RoomModel, { nullable: true })
  room(session: SessionModel, _args: unknown, context: object): RoomModel | null | Promise<RoomModel | null> {
    if (!session.roomId) return null;
    return this.loaders.roomOf(context, actorOf(context).personId, session.roomId) as RoomModel | null | Promise<RoomModel | null>;
  }

  @ResolveField(() => [SkillModel])
  skills(session: SessionModel, _args: unknown, context: object): Promise<SkillModel[]> {
    return this.loaders.forRequest(context, actorOf(context).personId).skills.load(session.id);
  }

  @ResolveField(() => Int)
  waitlistLength(session: SessionModel, _args: unknown, context: object): Promise<number> {
    return this.loaders.forRequest(context, actorOf(context).personId).waitlistLength.load(session.id);
  }

  @ResolveField(() => Int)
  interestCount(session: SessionModel, _args: unknown, context: object): Promise<number> {
    return this.loaders.forRequest(context, actorOf(context).personId).interestCount.load(session.id);
  }

  @ResolveField(() => [FacilityRequestModel])
  async facilityRequests(
    @Parent() session: SessionModel,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<FacilityRequestModel[]> {
    const loaders = this.loaders.forRequest(context, actor.personId);
    const [requests, hosts] = await Promise.all([loaders.facilityRequests.load(session.id), this.loaders.hostsOf(context, actor.personId, session.id)]);
    // A note may say who eats what or needs which aid: for the hosts, the facility people and admins only.
    const seesNotes = hasAnyRole(actor, [Role.ADMIN, Role.FACILITY_MANAGER]) || hosts.some((host) => host.id === actor.personId);
    return seesNotes ? requests : requests.map((request) => ({ ...request, note: null }));
  }

  @ResolveField(() => RegistrationModel, { nullable: true, description: 'Your own seat or waitlist place, if any.' })
  myRegistration(
    @Parent() session: SessionModel,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<RegistrationModel | null> {
    return this.loaders.forRequest(context, actor.personId).myRegistration.load(session.id);
  }
}
