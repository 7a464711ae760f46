import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { BadUserInputError, ParseIdPipe } from '@kennis/errors';
import { AuditLog } from '../services/audit-log.service';
import { PersonalDataService } from '../services/personal-data.service';
import { AuditEntryModel, AuditLogFilter } from './audit.model';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly log: AuditLog,
    private readonly personalData: PersonalDataService,
  ) {}

  @Query(() => String, { description: 'Everything Kennis holds about you, as one JSON document to download.' })
  async myPersonalData(@CurrentActor() actor: Actor): Promise<string> {
    return JSON.stringify(await this.personalData.export(actor, new Date()), null, 2);
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
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => ID, nullable: true, description: 'The id of the last entry of the previous page.' }) before: string | null,
  ): Promise<AuditEntryModel[]> {
    if (first < 1 || first > 200) throw new BadUserInputError('first', 'first must be from 1 to 200');
    if (before && !/^\d{1,18}$/.test(before)) throw new BadUserInputError('before', 'before must be the id of an audit entry.');
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
