import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { ParseIdPipe } from '@kennis/errors';
import { AuditLog } from '../services/audit-log.service';
import { PersonalDataService } from '../services/personal-data.service';
import { AuditLogArgs } from './audit.args';
import { AuditEntryModel } from './audit.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly log: AuditLog,
    private readonly personalData: PersonalDataService,
    private readonly clock: Clock,
  ) {}

  @Query(() => String, { description: 'Everything Kennis holds about you, as one JSON document to download.' })
  async myPersonalData(@CurrentActor() actor: Actor): Promise<string> {
    return JSON.stringify(await this.personalData.export(actor, this.clock.now()), null, 2);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: "Erase a person on request: personal data removed, others' sessions and counts intact, no more mail to them. Admins only.",
  })
  async erasePerson(@CurrentActor() actor: Actor, @Args('personId', { type: () => ID }, ParseIdPipe) personId: string): Promise<boolean> {
    await this.personalData.erase(actor, personId);
    return true;
  }

  @RequireRoles(Role.ADMIN)
  @Query(() => [AuditEntryModel], { description: 'Who did what to whom, newest first. Admins only.' })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, before }: AuditLogArgs,
  ): Promise<AuditEntryModel[]> {
    const entries = await this.log.read(actor, {
      actorId: filter?.actorId ?? null,
      action: filter?.action ?? null,
      targetType: filter?.targetType ?? null,
      targetId: filter?.targetId ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      before: before ?? null,
      first,
    });
    return entries.map((entry) => ({ ...entry, id: String(entry.id), details: JSON.stringify(entry.details) }));
  }
}
