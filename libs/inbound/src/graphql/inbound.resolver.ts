import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import type { InboundStatus } from '../entities/inbound-message.entity';
import { InboundAdminService } from '../services/inbound-admin.service';
import { InboundMessagesArgs } from './inbound.args';
import { InboundMessageModel } from './inbound-message.model';

@Resolver(() => InboundMessageModel)
export class InboundResolver {
  constructor(private readonly admin: InboundAdminService) {}

  @Query(() => [InboundMessageModel], { description: 'Received mail, newest first, with its outcome. Admins only.' })
  inboundMessages(@CurrentActor() actor: Actor, @Args() { first, status }: InboundMessagesArgs): Promise<InboundMessageModel[]> {
    return this.admin.listMessages(actor, first, (status ?? null) as InboundStatus | null) as unknown as Promise<InboundMessageModel[]>;
  }
}

