import DataLoader from 'dataloader';
import { Context, Field, GraphQLISODateTime, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SessionModel } from '@kennis/sessions';
import { type CurrentRoomAnswer, SessionRoomAnswerRepository } from '../repositories/session-room-answer.repository';

@ObjectType('SessionRoomAnswer', { description: 'What the session\'s room answered in its own calendar (an Exchange or Google room mailbox).' })
export class SessionRoomAnswerModel {
  @Field({ description: 'ACCEPTED, TENTATIVE or DECLINED.' })
  partstat: string;

  @Field(() => String, { nullable: true, description: 'The room\'s COMMENT, e.g. why it declined.' })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  answeredAt: Date;
}

/**
 * Session.roomAnswer: a room that declined in its own calendar shows as declined on the session until
 * the session moves to another room or time (a new SEQUENCE). One query per request for all sessions listed.
 */
@Resolver(() => SessionModel)
export class SessionRoomAnswerResolver {
  private readonly perRequest = new WeakMap<object, DataLoader<string, CurrentRoomAnswer | null>>();

  constructor(private readonly answers: SessionRoomAnswerRepository) {}

  @ResolveField(() => SessionRoomAnswerModel, { nullable: true, description: 'The room\'s own calendar answer to the current time and room; null before any.' })
  roomAnswer(@Parent() session: SessionModel, @Context() context: object): Promise<SessionRoomAnswerModel | null> {
    if (!session.roomId) return Promise.resolve(null);
    let loader = this.perRequest.get(context);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = new Map((await this.answers.findCurrent(ids)).map((answer) => [answer.sessionId, answer]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.perRequest.set(context, loader);
    }
    return loader.load(session.id);
  }
}
