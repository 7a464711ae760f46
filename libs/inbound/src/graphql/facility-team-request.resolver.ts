import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import type { FacilityTeamModel } from '@kennis/rooms';
import type { FacilityRequestStatusValue } from '@kennis/sessions';
import { FacilityRequestDecisionService, type FacilityRequestView } from '../services/facility-request-decision.service';
import { ConfirmFacilityRequestInput, DeclineFacilityRequestInput } from './facility-team-request.input';
import { FacilityTeamRequestModel } from './facility-team-request.model';

function model({ request, team, occurrences }: FacilityRequestView): FacilityTeamRequestModel {
  return {
    id: request.id,
    team: team as FacilityTeamModel,
    status: request.status as FacilityRequestStatusValue,
    sessionId: request.sessionId,
    summary: request.summary ?? request.session?.title ?? '',
    startsAt: request.startsAt ?? request.session?.startsAt ?? null,
    endsAt: request.endsAt ?? request.session?.endsAt ?? null,
    occurrences: occurrences.map(({ recurrenceId, startsAt, endsAt, declinedReason }) => ({ recurrenceId, startsAt, endsAt, declinedReason })),
    location: request.location,
    note: request.note,
    organizer: request.organizerAddress,
    calendarUid: request.calendarUid,
    lastChange: request.lastChange,
    decisionReason: request.decisionReason,
    decidedAt: request.decidedAt,
  };
}

@Resolver(() => FacilityTeamRequestModel)
export class FacilityTeamRequestResolver {
  constructor(private readonly decisions: FacilityRequestDecisionService) {}

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Query(() => [FacilityTeamRequestModel], { description: 'What a facility team is asked to serve and is not over: sessions and invited meetings, soonest first.' })
  async facilityTeamRequests(
    @CurrentActor() actor: Actor,
    @Args('facilityTeamId', { type: () => ID }, ParseIdPipe) facilityTeamId: string,
  ): Promise<FacilityTeamRequestModel[]> {
    return (await this.decisions.listForTeam(actor, facilityTeamId)).map(model);
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => FacilityTeamRequestModel, { description: 'The team will serve it; an invited meeting\'s organizer gets the team\'s REPLY ACCEPTED.' })
  async confirmFacilityRequest(@CurrentActor() actor: Actor, @Args('input') input: ConfirmFacilityRequestInput): Promise<FacilityTeamRequestModel> {
    return model(await this.decisions.confirm(actor, input.requestId, input.message ?? null, input.declinedOccurrences ?? []));
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => FacilityTeamRequestModel, { description: 'The team cannot serve it; an invited meeting\'s organizer gets REPLY DECLINED with the reason as COMMENT.' })
  async declineFacilityRequest(@CurrentActor() actor: Actor, @Args('input') input: DeclineFacilityRequestInput): Promise<FacilityTeamRequestModel> {
    return model(await this.decisions.decline(actor, input.requestId, input.reason));
  }
}
