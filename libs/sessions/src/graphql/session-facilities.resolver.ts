import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import { SessionFacilityService } from '../services/session-facility.service';
import { SessionIdArgs } from './session-args';
import { SessionModel } from './session.model';
import { RequestFacilityInput } from './sessions.inputs';

/** Facility teams (catering, AV) asked to serve a session, and withdrawn again. */
@Resolver(() => SessionModel)
export class SessionFacilitiesResolver {
  constructor(private readonly facilities: SessionFacilityService) {}

  @Mutation(() => SessionModel, { description: 'Ask a facility team (catering, AV) to serve the session. Hosts and admins.' })
  requestFacility(@CurrentActor() actor: Actor, @Args('input') input: RequestFacilityInput): Promise<SessionModel> {
    return this.facilities.requestFacility(actor, input.sessionId, input.facilityTeamId, input.note);
  }

  @Mutation(() => SessionModel, { description: 'The team is no longer needed; a scheduled session sends it a cancellation.' })
  withdrawFacilityRequest(
    @CurrentActor() actor: Actor,
    @Args(...SessionIdArgs) sessionId: string,
    @Args('facilityTeamId', { type: () => ID }, ParseIdPipe) facilityTeamId: string,
  ): Promise<SessionModel> {
    return this.facilities.withdrawFacilityRequest(actor, sessionId, facilityTeamId);
  }
}
