import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@kennis/config';
import { type Actor, CurrentActor } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import { DiversityService } from '../services/diversity.service';
import { MenteeRequestService } from '../services/mentee-request.service';
import { MentorProfileService } from '../services/mentor-profile.service';
import { ClearDiversityAttributeArgs } from './mentoring.args';
import { MentoringViews } from './mentoring.views';
import { DiversityAttributeInput, MenteeRequestInput, MentorProfileInput } from './mentoring.inputs';
import { MenteeRequestModel, MentorProfileModel, MyDiversityAttributeModel } from './mentoring.model';

const RoundIdArgs = ['roundId', { type: () => ID }, ParseIdPipe] as const;

/** What each person keeps for themself: a mentor profile, a mentee request, their own diversity attributes. */
@Resolver()
export class MentoringProfileResolver {
  constructor(
    private readonly profiles: MentorProfileService,
    private readonly requests: MenteeRequestService,
    private readonly diversity: DiversityService,
    private readonly views: MentoringViews,
    private readonly clock: Clock,
  ) {}

  @Query(() => MentorProfileModel, { nullable: true })
  async myMentorProfile(@CurrentActor() actor: Actor): Promise<MentorProfileModel | null> {
    const view = await this.profiles.myProfile(actor);
    return view && this.views.mentorProfile(view);
  }

  @Mutation(() => MentorProfileModel, { description: 'Opt in as a mentor, or change or pause your mentor profile.' })
  async upsertMyMentorProfile(@CurrentActor() actor: Actor, @Args('input') input: MentorProfileInput): Promise<MentorProfileModel> {
    return this.views.mentorProfile(await this.profiles.upsertMyProfile(actor, input));
  }

  @Query(() => MenteeRequestModel, { nullable: true })
  async myMenteeRequest(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<MenteeRequestModel | null> {
    const view = await this.requests.myRequest(actor, roundId);
    return view && this.views.menteeRequest(view);
  }

  @Mutation(() => MenteeRequestModel, { description: 'Ask for a mentor in an open round.' })
  async createMyMenteeRequest(
    @CurrentActor() actor: Actor,
    @Args(...RoundIdArgs) roundId: string,
    @Args('input') input: MenteeRequestInput,
  ): Promise<MenteeRequestModel> {
    return this.views.menteeRequest(await this.requests.createMyRequest(actor, roundId, input, this.clock.now()));
  }

  @Mutation(() => MenteeRequestModel, { description: 'Change your request until the round is closed to requests.' })
  async updateMyMenteeRequest(
    @CurrentActor() actor: Actor,
    @Args(...RoundIdArgs) roundId: string,
    @Args('input') input: MenteeRequestInput,
  ): Promise<MenteeRequestModel> {
    return this.views.menteeRequest(await this.requests.updateMyRequest(actor, roundId, input, this.clock.now()));
  }

  @Mutation(() => Boolean, { description: 'Withdraw your request until the round is closed to requests.' })
  withdrawMyMenteeRequest(@CurrentActor() actor: Actor, @Args(...RoundIdArgs) roundId: string): Promise<boolean> {
    return this.requests.withdrawMyRequest(actor, roundId, this.clock.now());
  }

  @Query(() => [MyDiversityAttributeModel], { description: 'Your own diversity attributes; nobody else can read them.' })
  myDiversityAttributes(@CurrentActor() actor: Actor): Promise<MyDiversityAttributeModel[]> {
    return this.diversity.myAttributes(actor);
  }

  @Mutation(() => [MyDiversityAttributeModel], { description: 'Declare one attribute, with your consent that the matching uses it.' })
  setMyDiversityAttribute(@CurrentActor() actor: Actor, @Args('input') input: DiversityAttributeInput): Promise<MyDiversityAttributeModel[]> {
    return this.diversity.setMyAttribute(actor, input.attribute, input.value, input.consent, this.clock.now());
  }

  @Mutation(() => [MyDiversityAttributeModel], { description: 'Withdraw one attribute; the matching stops using it.' })
  clearMyDiversityAttribute(@CurrentActor() actor: Actor, @Args() { attribute }: ClearDiversityAttributeArgs): Promise<MyDiversityAttributeModel[]> {
    return this.diversity.clearMyAttribute(actor, attribute);
  }
}
