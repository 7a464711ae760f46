import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, actorOf, CurrentActor, hasAnyRole, RequireRoles, Role } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { BadUserInputError, ParseIdPipe } from '@kennis/errors';
import { PersonModel, SkillModel } from '@kennis/people';
import { RoomModel } from '@kennis/rooms';
import { CalendarFeedService } from '../services/calendar-feed.service';
import { SessionEnrolmentService } from '../services/session-enrolment.service';
import { SessionProposalService } from '../services/session-proposal.service';
import { SessionQueryService } from '../services/session-query.service';
import { SessionSchedulingService } from '../services/session-scheduling.service';
import { SessionLoaders } from './session.loaders';
import {
  AttendeeModel,
  FacilityRequestModel,
  JoinResultModel,
  RegistrationModel,
  SessionConnectionModel,
  SessionModel,
} from './session.model';
import {
  MoveSessionInput,
  ProposeSessionInput,
  ScheduleSessionInput,
  UpdateSessionDetailsInput,
} from './sessions.inputs';

import { SessionIdArgs, SessionPageArgs, UpcomingSessionsArgs } from './session-args';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly queries: SessionQueryService,
    private readonly proposalService: SessionProposalService,
    private readonly scheduling: SessionSchedulingService,
    private readonly enrolment: SessionEnrolmentService,
    private readonly loaders: SessionLoaders,
    private readonly feeds: CalendarFeedService,
    private readonly clock: Clock,
  ) {}

  @Query(() => SessionModel)
  session(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<SessionModel> {
    return this.queries.getSession(id);
  }

  @Query(() => SessionConnectionModel, { description: 'Sessions with a time, soonest first, filtered, by cursor.' })
  async upcomingSessions(
    @Args() { filter, first, after }: UpcomingSessionsArgs,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<SessionConnectionModel> {
    const page = await this.queries.upcoming(
      {
        statuses: filter?.statuses ?? [],
        from: filter?.from ?? null,
        to: filter?.to ?? null,
        formats: filter?.formats ?? [],
        languages: filter?.languages ?? [],
        site: filter?.site ?? null,
        skill: filter?.skill ?? null,
        text: filter?.text ?? null,
        first,
        after: after ?? null,
      },
      this.clock.now(),
    );
    this.loaders.prime(context, actor.personId, page);
    return {
      edges: page.sessions.map((node, index) => ({ node, cursor: page.cursors[index] })),
      pageInfo: { endCursor: page.cursors.at(-1) ?? null, hasNextPage: page.hasNextPage },
    };
  }

  @Query(() => [SessionModel], { description: 'Proposed sessions, most wanted first.' })
  proposals(@Args() { first }: SessionPageArgs): Promise<SessionModel[]> {
    return this.queries.proposals(first);
  }

  @Query(() => [SessionModel], { description: 'Sessions you host, or hold a seat or waitlist place in.' })
  mySessions(
    @CurrentActor() actor: Actor,
    @Args('includePast', { defaultValue: false }) includePast: boolean,
  ): Promise<SessionModel[]> {
    return this.queries.mine(actor, includePast, this.clock.now());
  }

  @Query(() => [AttendeeModel], { description: 'Who comes: seats, then the waitlist in order. Hosts and admins only.' })
  async sessionAttendees(
    @CurrentActor() actor: Actor,
    @Args(...SessionIdArgs) sessionId: string,
    @Context() context: object,
  ): Promise<AttendeeModel[]> {
    const registrations = await this.queries.attendees(actor, sessionId);
    const persons = await this.loaders.people(context).person.loadMany(registrations.map((r) => r.personId));
    return registrations.map((registration, index) => ({
      registration,
      person: persons[index] as PersonModel,
    }));
  }

  @Mutation(() => String, {
    description: 'A new private calendar feed URL with the sessions you host or attend; the previous URL stops working.',
  })
  rotateMyCalendarFeed(@CurrentActor() actor: Actor): Promise<string> {
    return this.feeds.rotateFeedUrl(actor);
  }

  @Mutation(() => SessionModel, { description: 'Propose a session; you become its first host.' })
  proposeSession(@CurrentActor() actor: Actor, @Args('input') input: ProposeSessionInput): Promise<SessionModel> {
    return this.proposalService.propose(actor, { ...input, onlineUrl: input.onlineUrl ?? null });
  }

  @Mutation(() => SessionModel)
  updateSessionDetails(@CurrentActor() actor: Actor, @Args('input') input: UpdateSessionDetailsInput): Promise<SessionModel> {
    const { sessionId, ...changes } = input;
    return this.proposalService.updateDetails(actor, sessionId, changes);
  }

  @Mutation(() => SessionModel)
  addSessionHost(
    @CurrentActor() actor: Actor,
    @Args(...SessionIdArgs) sessionId: string,
    @Args('personId', { type: () => ID }, ParseIdPipe) personId: string,
  ): Promise<SessionModel> {
    return this.proposalService.addHost(actor, sessionId, personId).then(() => this.queries.getSession(sessionId));
  }

  @Mutation(() => SessionModel)
  showInterest(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.proposalService.showInterest(actor, sessionId);
  }

  @Mutation(() => SessionModel)
  withdrawInterest(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.proposalService.withdrawInterest(actor, sessionId);
  }

  @Mutation(() => SessionModel, { description: 'Give a proposed session its time and a room (or an online link).' })
  scheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<SessionModel> {
    return this.scheduling.schedule(actor, input.sessionId, this.placement(input), this.clock.now());
  }

  @Mutation(() => SessionModel, { description: 'A new time and/or room for a scheduled session.' })
  rescheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<SessionModel> {
    return this.scheduling.reschedule(actor, input.sessionId, this.placement(input), this.clock.now());
  }

  @Mutation(() => SessionModel, { description: 'Another room at the same time.' })
  moveSession(@CurrentActor() actor: Actor, @Args('input') input: MoveSessionInput): Promise<SessionModel> {
    return this.scheduling.move(actor, input.sessionId, input.roomId, this.clock.now());
  }

  @Mutation(() => SessionModel)
  cancelSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.scheduling.cancel(actor, sessionId);
  }

  @Mutation(() => SessionModel)
  completeSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.scheduling.complete(actor, sessionId, this.clock.now());
  }

  @Mutation(() => JoinResultModel, { description: 'A seat while seats are left, otherwise a place on the waitlist.' })
  async joinSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<JoinResultModel> {
    const result = await this.enrolment.join(actor, sessionId);
    return { session: result.session, registration: { ...result.registration, waitlistPosition: result.waitlistPosition } };
  }

  @Mutation(() => SessionModel, { description: 'Give up your seat or waitlist place.' })
  leaveSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.enrolment.leave(actor, sessionId);
  }

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

  private placement(input: ScheduleSessionInput) {
    return { startsAt: input.startsAt, roomId: input.roomId ?? null, onlineUrl: input.onlineUrl };
  }
}
