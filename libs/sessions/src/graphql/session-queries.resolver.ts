import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { ParseIdPipe } from '@kennis/errors';
import type { PersonModel } from '@kennis/people';
import { encodeSessionCursor, SessionQueryService } from '../services/session-query.service';
import { SessionIdArgs, SessionPageArgs, UpcomingSessionsArgs } from './session-args';
import { SessionLoaders } from './session.loaders';
import { AttendeeModel, SessionConnectionModel, type SessionEdgeModel, SessionModel } from './session.model';

/** An edge whose cursor is encoded only when a client asks for it: the session list asks for none. */
class SessionEdge implements SessionEdgeModel {
  constructor(readonly node: SessionModel) {}

  get cursor(): string {
    return encodeSessionCursor(this.node);
  }
}

/** Reading sessions: one, the discovery list, the proposals, your own, and who comes. */
@Resolver(() => SessionModel)
export class SessionQueriesResolver {
  constructor(
    private readonly queries: SessionQueryService,
    private readonly loaders: SessionLoaders,
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
      edges: page.sessions.map((node) => new SessionEdge(node)),
      pageInfo: { endCursor: page.sessions.length ? encodeSessionCursor(page.sessions.at(-1)!) : null, hasNextPage: page.hasNextPage },
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
}
