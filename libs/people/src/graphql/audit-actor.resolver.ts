import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntryModel } from '@kennis/audit';
import { PeopleLoaders } from './people.loaders';
import { PersonModel } from './person.model';

/**
 * Who acted, as a person, beside the audit entry's actorId: the log reads as names, not ids. Here, not
 * in the audit library, because people already records into the audit log (SCIM). One query for all
 * the actors of a page; reachable only through auditLog, which lets admins alone in.
 */
@Resolver(() => AuditEntryModel)
export class AuditActorResolver {
  constructor(private readonly loaders: PeopleLoaders) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person who acted; null for the system, SCIM or someone not signed in.' })
  async actor(@Parent() entry: AuditEntryModel, @Context() context: object): Promise<PersonModel | null> {
    if (entry.actorId === null) return null;
    return (await this.loaders.forRequest(context).person.load(entry.actorId)) as PersonModel | null;
  }
}
