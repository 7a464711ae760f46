import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { SessionSchedulingService } from '../services/session-scheduling.service';
import { SessionIdArgs } from './session-args';
import { SessionModel } from './session.model';
import { MoveSessionInput, ScheduleSessionInput } from './sessions.inputs';

/** A session's time and room, and the transitions of its life: scheduled, moved, cancelled, completed. */
@Resolver(() => SessionModel)
export class SessionSchedulingResolver {
  constructor(
    private readonly scheduling: SessionSchedulingService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => SessionModel, { description: 'Give a proposed session its time and a room (or an online link).' })
  scheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<SessionModel> {
    return this.scheduling.schedule(actor, input.sessionId, placement(input), this.clock.now());
  }

  @Mutation(() => SessionModel, { description: 'A new time and/or room for a scheduled session.' })
  rescheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<SessionModel> {
    return this.scheduling.reschedule(actor, input.sessionId, placement(input), this.clock.now());
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
}

function placement(input: ScheduleSessionInput) {
  return { startsAt: input.startsAt, roomId: input.roomId ?? null, onlineUrl: input.onlineUrl };
}
