import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import type { InboundStatus } from '../entities/inbound-message.entity';
import { InboundAdminService } from '../services/inbound-admin.service';
import { InboundMessageModel, InboundStatusValue } from './inbound-message.model';

@Resolver(() => InboundMessageModel)
export class InboundResolver {
  constructor(private readonly admin: InboundAdminService) {}

  @Query(() => [InboundMessageModel], { description: 'Received mail, newest first, with its outcome. Admins only.' })
  inboundMessages(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('status', { type: () => InboundStatusValue, nullable: true }) status: InboundStatusValue | null,
  ): Promise<InboundMessageModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new BadUserInputError('first', 'first must be from 1 to 500.');
    return this.admin.listMessages(actor, first, (status ?? null) as InboundStatus | null) as unknown as Promise<InboundMessageModel[]>;
  }
}

