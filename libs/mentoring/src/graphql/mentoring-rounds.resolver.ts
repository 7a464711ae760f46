import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@kennis/config';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import type { CriterionWeights } from '../matching/matching.types';
import { MatchFollowUpService } from '../services/match-follow-up.service';
import { MentoringInsightsService } from '../services/mentoring-insights.service';
import { MentoringRoundService } from '../services/mentoring-round.service';
import { OpenRoundInput } from './mentoring.inputs';
import { MentoringRoundListItemModel, MentoringRoundModel, OpenMentoringRoundModel, RoundInsightsModel, RoundOutcomesModel, RoundReviewModel, ScoreDistributionModel } from './mentoring.model';
import { PairRuleKind } from '../entities/mentoring-pair-rule.entity';
import { RoundReviewService } from '../services/round-review.service';
import { MentoringViews } from './mentoring.views';

const RoundIdArgs = ['roundId', { type: () => ID }, ParseIdPipe] as const;
const MentorIdArgs = ['mentorId', { type: () => ID }, ParseIdPipe] as const;
const MenteeIdArgs = ['menteeId', { type: () => ID }, ParseIdPipe] as const;

/** The admin's rounds: open, run, follow, publish, close, and the insights. */
@Resolver(() => MentoringRoundModel)
export class MentoringRoundsResolver {
  constructor(
    private readonly rounds: MentoringRoundService,
    private readonly insights: MentoringInsightsService,
    private readonly views: MentoringViews,
    private readonly review: RoundReviewService,
    private readonly followUp: MatchFollowUpService,
    private readonly clock: Clock,
  ) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => RoundOutcomesModel, {
    description: 'How the round\'s matches went: completion and feedback, as figures over at least 5 matches or answers (null below that). Admins only.',
  })
  mentoringRoundOutcomes(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<RoundOutcomesModel> {
    return this.followUp.roundOutcomes(actor, roundId);
  }

  @Query(() => [OpenMentoringRoundModel], { description: 'Rounds you can ask for a mentor in (createMyMenteeRequest).' })
  async openMentoringRounds(): Promise<OpenMentoringRoundModel[]> {
    return (await this.rounds.openRounds(this.clock.now())).map(({ id, name, deadline }) => ({ id, name, deadline }));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => MentoringRoundModel, { description: 'A round with its status, progress and result. Admins only.' })
  async mentoringRound(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<MentoringRoundModel> {
    return this.views.round(await this.rounds.getRound(actor, id));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => MentoringRoundModel, { description: 'Admins only.' })
  async openMentoringRound(@CurrentActor() actor: Actor, @Args('input') input: OpenRoundInput): Promise<MentoringRoundModel> {
    const round = await this.rounds.openRound(
      actor,
      {
        name: input.name,
        deadline: input.deadline,
        weights: (input.weights ?? {}) as Partial<CriterionWeights>,
        seniorityGap: { min: input.seniorityGapMin, max: input.seniorityGapMax },
        targets: input.targets,
        participants: { departments: input.departments, sites: input.sites },
        autoPublish: input.autoPublish,
        responseDays: input.responseDays,
        matchDurationDays: input.matchDurationDays,
      },
      this.clock.now(),
    );
    return this.views.round(round);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => MentoringRoundModel, { description: 'Matches the round in the worker; follow it with mentoringRound. Admins only.' })
  async runMentoringRound(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<MentoringRoundModel> {
    return this.views.round(await this.rounds.runRound(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => MentoringRoundModel, { description: 'Sends the proposals to the mentors. Admins only.' })
  async publishMentoringRound(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<MentoringRoundModel> {
    return this.views.round(await this.rounds.publishRound(actor, roundId, this.clock.now()));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => MentoringRoundModel, { description: 'Admins only.' })
  async closeMentoringRound(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<MentoringRoundModel> {
    return this.views.round(await this.rounds.closeRound(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [MentoringRoundListItemModel], { description: 'Every round, newest first, with its counts. Admins only.' })
  async mentoringRounds(@CurrentActor() actor: Actor): Promise<MentoringRoundListItemModel[]> {
    return (await this.review.listRounds(actor)).map((item) => this.views.roundListItem(item));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => RoundReviewModel, { description: 'The proposed pairs before and after publishing, who is unmatched and why. Admins only.' })
  async mentoringRoundReview(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<RoundReviewModel> {
    return this.views.review(await this.review.review(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => RoundReviewModel, { description: 'Every later run of the round proposes this pair again. Admins only.' })
  async pinMentorPair(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string, @Args(...MentorIdArgs) mentorId: string, @Args(...MenteeIdArgs) menteeId: string): Promise<RoundReviewModel> {
    await this.review.setPairRule(actor, roundId, mentorId, menteeId, PairRuleKind.PIN);
    return this.views.review(await this.review.review(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => RoundReviewModel, { description: 'No later run of the round proposes this pair. Admins only.' })
  async excludeMentorPair(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string, @Args(...MentorIdArgs) mentorId: string, @Args(...MenteeIdArgs) menteeId: string): Promise<RoundReviewModel> {
    await this.review.setPairRule(actor, roundId, mentorId, menteeId, PairRuleKind.EXCLUDE);
    return this.views.review(await this.review.review(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => RoundReviewModel, { description: 'Removes a pin or an exclusion. Admins only.' })
  async clearMentorPairRule(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string, @Args(...MentorIdArgs) mentorId: string, @Args(...MenteeIdArgs) menteeId: string): Promise<RoundReviewModel> {
    await this.review.clearPairRule(actor, roundId, mentorId, menteeId);
    return this.views.review(await this.review.review(actor, roundId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => MentoringRoundModel, { description: 'No new, changed or withdrawn requests from now on; runs before this are previews. Admins only.' })
  async closeMentoringRoundRequests(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<MentoringRoundModel> {
    return this.views.round(await this.rounds.closeRequests(actor, roundId, this.clock.now()));
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => RoundInsightsModel, { description: 'Aggregates only; groups under 5 people are never shown on their own. Admins only.' })
  roundInsights(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<RoundInsightsModel> {
    return this.insights.roundInsights(actor, roundId);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => ScoreDistributionModel, { description: 'How the match scores of a round spread, as counts per bucket of points. Admins only.' })
  mentoringRoundScoreDistribution(
    @CurrentActor() actor: Actor,
    @Args(...RoundIdArgs) roundId: string,
    @Args('bucketWidth', { type: () => Int, defaultValue: 100, description: 'Points per bucket, 1 to 1000 (a skill fit alone is worth hundreds).' }) bucketWidth: number,
  ): Promise<ScoreDistributionModel> {
    return this.insights.scoreDistribution(actor, roundId, bucketWidth);
  }
}
