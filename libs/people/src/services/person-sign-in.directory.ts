import { Injectable, Logger } from '@nestjs/common';
import { type Actor, type ProviderIdentity, Role, type SignInCandidate, SignInDirectory, SignInFailedError, SignInFailureReason } from '@kennis/auth';
import { UnitOfWork } from '@kennis/database';
import type { PersonEntity } from '../entities/person.entity';
import { EmailTakenError, ExternalIdTakenError, InvalidManagerError } from '../errors/people.errors';
import { PersonRepository, type ProviderChanges } from '../repositories/person.repository';
import { isIanaTimeZone } from './time-zone';

/** The development sign-in page is for the demo organisation, not for a directory of thousands. */
const SIGN_IN_LIST_LIMIT = 200;
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

function actorOf(person: PersonEntity): Actor | null {
  return person.deactivatedAt ? null : { personId: person.id, roles: person.roles };
}

/** The people who may sign in, for libs/auth (which knows no domain tables); people from the identity provider. */
@Injectable()
export class PersonSignInDirectory implements SignInDirectory {
  private readonly logger = new Logger('PersonSignIn');

  constructor(
    private readonly people: PersonRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async listSignInCandidates(): Promise<SignInCandidate[]> {
    const people = await this.people.listForSignIn(SIGN_IN_LIST_LIMIT);
    return people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles,
      department: person.department || null,
      jobTitle: person.jobTitle || null,
    }));
  }

  async findActorByExternalId(externalId: string): Promise<Actor | null> {
    const person = await this.people.findByExternalId(externalId);
    return person ? actorOf(person) : null;
  }

  async signInFromProvider(identity: ProviderIdentity): Promise<Actor | null> {
    let person = (await this.people.findByExternalId(identity.externalId)) ?? (await this.people.findByEmail(identity.email));
    if (person?.externalId && person.externalId !== identity.externalId) {
      // The same address at another provider account: taking it over would hand one person's data to another.
      throw new SignInFailedError(SignInFailureReason.AccountConflict, `${identity.email} belongs to another account at the identity provider. Ask an admin.`);
    }
    if (!person) person = await this.createFromProvider(identity);
    else if (!person.deactivatedAt) {
      const changes = this.changesFrom(person, identity);
      await this.unitOfWork.run((manager) => this.people.updateFromProvider(manager, person!.id, changes));
    }
    if (person.deactivatedAt) return null;
    await this.followManager(person.id, identity.managerEmail);
    const current = await this.people.findById(person.id);
    return current ? actorOf(current) : null;
  }

  private async createFromProvider(identity: ProviderIdentity): Promise<PersonEntity> {
    try {
      return await this.unitOfWork.run((manager) => this.people.insertPerson(manager, {
        email: identity.email,
        externalId: identity.externalId,
        name: identity.name ?? identity.email,
        department: identity.department ?? '',
        site: identity.site ?? '',
        jobTitle: identity.jobTitle ?? '',
        timeZone: identity.timeZone && isIanaTimeZone(identity.timeZone) ? identity.timeZone : DEFAULT_TIME_ZONE,
        language: identity.language ?? 'en',
        managerId: null,
        roles: this.rolesFor([Role.EMPLOYEE], identity),
      }));
    } catch (error) {
      // Two first sign-ins at once (two tabs): the other one created the person.
      if (error instanceof EmailTakenError || error instanceof ExternalIdTakenError) {
        const existing = await this.people.findByExternalId(identity.externalId);
        if (existing) return existing;
      }
      throw error;
    }
  }

  private changesFrom(person: PersonEntity, identity: ProviderIdentity): ProviderChanges {
    const changes: ProviderChanges = {};
    if (!person.externalId) changes.externalId = identity.externalId;
    if (identity.email !== person.email.toLowerCase()) changes.email = identity.email;
    if (identity.name && identity.name !== person.name) changes.name = identity.name;
    if (identity.department && identity.department !== person.department) changes.department = identity.department;
    if (identity.site && identity.site !== person.site) changes.site = identity.site;
    if (identity.jobTitle && identity.jobTitle !== person.jobTitle) changes.jobTitle = identity.jobTitle;
    const roles = this.rolesFor(person.roles, identity);
    if ([...roles].sort().join() !== [...person.roles].sort().join()) changes.roles = roles;
    return changes;
  }

  /** Mapped roles replace Kennis's; without a mapping admins set roles in Kennis. ADMIN_EMAILS only ever adds ADMIN. */
  private rolesFor(current: Role[], identity: ProviderIdentity): Role[] {
    const roles = new Set<Role>(identity.roles ?? current);
    roles.add(Role.EMPLOYEE);
    if (identity.grantAdmin) roles.add(Role.ADMIN);
    return [...roles];
  }

  private async followManager(personId: string, managerEmail: string | null): Promise<void> {
    if (!managerEmail) return;
    const manager = await this.people.findByEmail(managerEmail);
    if (!manager || manager.id === personId) return;
    try {
      await this.unitOfWork.run((transaction) => this.people.updateManager(transaction, personId, manager.id));
    } catch (error) {
      // A circle in the provider's data must not lock a person out; the line stays as it was.
      if (!(error instanceof InvalidManagerError)) throw error;
      this.logger.warn(`Manager ${manager.id} from the identity provider for ${personId} refused: ${error.message}`);
    }
  }
}
