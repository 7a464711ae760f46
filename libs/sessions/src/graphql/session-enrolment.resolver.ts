import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { SessionEnrolmentService } from '../services/session-enrolment.service';
import { SessionIdArgs } from './session-args';
import { JoinResultModel, SessionModel } from './session.model';

/** Taking and giving up a seat or a waitlist place. */
@Resolver(() => SessionModel)
export class SessionEnrolmentResolver {
  constructor(private readonly enrolment: SessionEnrolmentService) {}

  @Mutation(() => JoinResultModel, { description: 'A seat while seats are left, otherwise a place on the waitlist.' })
  async joinSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<JoinResultModel> {
    const result = await this.enrolment.join(actor, sessionId);
    return { session: result.session, registration: { ...result.registration, waitlistPosition: result.waitlistPosition } };
  }

  @Mutation(() => SessionModel, { description: 'Give up your seat or waitlist place.' })
  leaveSession(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionModel> {
    return this.enrolment.leave(actor, sessionId);
  }
}
