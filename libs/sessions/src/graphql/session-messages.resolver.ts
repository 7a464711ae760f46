import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { SessionMessageService } from '../services/session-message.service';
import { MessagePageArgs, SessionIdArgs } from './session-args';
import { SessionMessageModel } from './session.model';

/** Message admin: what was sent for a session, what failed, and sending it again. */
@Resolver(() => SessionMessageModel)
export class SessionMessagesResolver {
  constructor(private readonly messages: SessionMessageService) {}

  @Query(() => [SessionMessageModel], { description: 'What was sent about a session, to whom, and its delivery state.' })
  sessionMessages(@CurrentActor() actor: Actor, @Args(...SessionIdArgs) sessionId: string): Promise<SessionMessageModel[]> {
    return this.messages.sessionMessages(actor, sessionId);
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [SessionMessageModel], { description: 'Messages that failed for good. Admins only.' })
  failedMessages(
    @CurrentActor() actor: Actor,
    @Args() { first }: MessagePageArgs,
  ): Promise<SessionMessageModel[]> {
    return this.messages.failedMessages(actor, first);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Send a failed message again. Admins only.' })
  async retryMessage(@CurrentActor() actor: Actor, @Args('messageId', { type: () => ID }) messageId: string): Promise<boolean> {
    await this.messages.retryMessage(actor, messageId);
    return true;
  }
}
