import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@kennis/config';
import { type Actor, CurrentActor } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import { MatchFollowUpService } from '../services/match-follow-up.service';
import { MentorMatchService } from '../services/mentor-match.service';
import { MentorMeetingService } from '../services/mentor-meeting.service';
import { DeclineMentorMatchArgs } from './mentoring.args';
import { GiveMentoringFeedbackInput, LogMentoringMeetingInput, MoveMentorMeetingInput } from './mentoring.inputs';
import { MentoringFeedbackModel, MentoringMeetingLogEntryModel, MentorMatchModel } from './mentoring.model';
import { MentoringViews } from './mentoring.views';

const MatchIdArgs = ['matchId', { type: () => ID }, ParseIdPipe] as const;

/** Mentors answer proposals; mentees see their match. */
@Resolver(() => MentorMatchModel)
export class MentorMatchesResolver {
  constructor(
    private readonly matches: MentorMatchService,
    private readonly views: MentoringViews,
    private readonly meetings: MentorMeetingService,
    private readonly followUp: MatchFollowUpService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => MentorMatchModel, {
    description: 'Mentor or mentee moves the first meeting of a running match; both, and the room, get the updated invite.',
  })
  async moveMentorMeeting(@CurrentActor() actor: Actor, @Args('input') input: MoveMentorMeetingInput): Promise<MentorMatchModel> {
    return (await this.views.matches([await this.meetings.move(actor, input.matchId, input.startsAt, this.clock.now())]))[0];
  }

  @Mutation(() => MentoringMeetingLogEntryModel, { description: 'Mentor or mentee logs a meeting they held.' })
  logMentoringMeeting(@CurrentActor() actor: Actor, @Args('input') input: LogMentoringMeetingInput): Promise<MentoringMeetingLogEntryModel> {
    return this.followUp.logMeeting(actor, input.matchId, { heldAt: input.heldAt, durationMinutes: input.durationMinutes, note: input.note }, this.clock.now());
  }

  @Query(() => [MentoringMeetingLogEntryModel], { description: 'The meetings mentor and mentee logged, oldest first (the two of them and admins).' })
  mentoringMeetingLog(@CurrentActor() actor: Actor, @Args(...MatchIdArgs) matchId: string): Promise<MentoringMeetingLogEntryModel[]> {
    return this.followUp.meetingLog(actor, matchId);
  }

  @Mutation(() => MentoringFeedbackModel, { description: 'Your rating (1-5) and comment on a completed match, once.' })
  giveMentoringFeedback(@CurrentActor() actor: Actor, @Args('input') input: GiveMentoringFeedbackInput): Promise<MentoringFeedbackModel> {
    return this.followUp.giveFeedback(actor, input.matchId, input.rating, input.comment);
  }

  @Query(() => MentoringFeedbackModel, { nullable: true, description: 'Your own feedback on the match, if you gave it.' })
  myMentoringFeedback(@CurrentActor() actor: Actor, @Args(...MatchIdArgs) matchId: string): Promise<MentoringFeedbackModel | null> {
    return this.followUp.myFeedback(actor, matchId);
  }

  @Query(() => [MentorMatchModel], { description: 'Proposals waiting for your answer as a mentor.' })
  async myProposedMatches(@CurrentActor() actor: Actor): Promise<MentorMatchModel[]> {
    return this.views.matches(await this.matches.myProposedMatches(actor));
  }

  @Query(() => MentorMatchModel, { nullable: true, description: 'Your mentor as a mentee: accepted, or proposed and awaiting the answer.' })
  async myMentorMatch(@CurrentActor() actor: Actor): Promise<MentorMatchModel | null> {
    const match = await this.matches.myMentorMatch(actor);
    return match && (await this.views.matches([match]))[0];
  }

  @Query(() => [MentorMatchModel], {
    description: 'Your matches as mentor and as mentee, newest first: current, completed, ended, declined and expired.',
  })
  async myMentoringHistory(@CurrentActor() actor: Actor): Promise<MentorMatchModel[]> {
    return this.views.matches(await this.matches.myHistory(actor));
  }

  @Mutation(() => MentorMatchModel, { description: 'The proposed mentor accepts: both get a mail and a first-meeting invite.' })
  async acceptMentorMatch(@CurrentActor() actor: Actor, @Args(...MatchIdArgs) matchId: string): Promise<MentorMatchModel> {
    return (await this.views.matches([await this.matches.accept(actor, matchId, this.clock.now())]))[0];
  }

  @Mutation(() => MentorMatchModel, { description: 'The proposed mentor declines; the mentee is free for the next run.' })
  async declineMentorMatch(@CurrentActor() actor: Actor, @Args() { matchId, reason }: DeclineMentorMatchArgs): Promise<MentorMatchModel> {
    return (await this.views.matches([await this.matches.decline(actor, matchId, reason ?? null, this.clock.now())]))[0];
  }

  @Mutation(() => MentorMatchModel, { description: 'Ends an accepted match (mentor, mentee or admin); it stays in the history.' })
  async endMentorMatch(@CurrentActor() actor: Actor, @Args(...MatchIdArgs) matchId: string): Promise<MentorMatchModel> {
    return (await this.views.matches([await this.matches.end(actor, matchId, this.clock.now())]))[0];
  }
}
