import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import { SessionProposalService } from '../services/session-proposal.service';
import { SessionQueryService } from '../services/session-query.service';
import { SessionIdArgs } from './session-args';
import { SessionModel } from './session.model';
import { ProposeSessionInput, UpdateSessionDetailsInput } from './sessions.inputs';

/** Hosting a session before it has a time: proposing it, its details, its hosts, and the interest it draws. */
@Resolver(() => SessionModel)
export class SessionProposalsResolver {
  constructor(
    private readonly proposals: SessionProposalService,
    private readonly queries: SessionQueryService,
  ) {}

  @Mutation(() => SessionModel, { description: 'Propose a session; you become its first host.' })
  proposeSession(@CurrentActor() actor: Actor, @Args('input') input: ProposeSessionInput): Promise<SessionModel> {
    return this.proposals.propose(actor, { ...input, onlineUrl: input.onlineUrl ?? null });
  }

  @Mutation(() => SessionModel)
  updateSessionDetails(@CurrentActor() actor: Actor, @Args('input') input: UpdateSessionDetailsInput): Promise<SessionModel> {
    const { sessionId, ...changes } = input;
    return this.proposals.updateDetails(actor, sessionId, changes);
  }

  @Mutation(() => SessionModel)
  addSessionHost(
    @CurrentActor() actor: Actor,
    @Args(...SessionIdArgs) sessionId: string,
    @Args('personId', { type: () => ID }, ParseIdPipe) personId: string,
  ): Promise<SessionModel> {
    return this.proposals.addHost(actor, sessionId, personId).then(() => this.queries.getSession(sessionId));
  }

  @Mutation(() => SessionModel)
  showInterest(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.proposals.showInterest(actor, sessionId);
  }

  @Mutation(() => SessionModel)
  withdrawInterest(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.proposals.withdrawInterest(actor, sessionId);
  }
}
