import { Injectable } from '@nestjs/common';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { SessionEntity, SessionFormat, SessionLevel, SessionStatus } from '../entities/session.entity';
import { CapacityBelowSeatsError, HostOfSessionError, SessionStateError } from '../errors/sessions.errors';
import { SessionMembershipRepository } from '../repositories/session-membership.repository';
import { SessionRepository } from '../repositories/session.repository';
import { SessionAccess } from './session-access';
import { SessionEnrolmentService } from './session-enrolment.service';

export interface SessionDetails {
  title: string;
  description: string;
  format: SessionFormat;
  level: SessionLevel;
  language: 'nl' | 'en';
  capacity: number;
  durationMinutes: number;
  onlineUrl: string | null;
  skills: string[];
  coHostIds: string[];
}

export type SessionDetailChanges = Partial<Omit<SessionDetails, 'coHostIds' | 'durationMinutes'>>;

/** Proposing sessions, editing their details, hosts and interest. */
@Injectable()
export class SessionProposalService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly sessions: SessionRepository,
    private readonly membership: SessionMembershipRepository,
    private readonly access: SessionAccess,
    private readonly people: PeopleService,
    private readonly bookings: RoomBookingService,
    private readonly enrolment: SessionEnrolmentService,
  ) {}

  /** The proposer becomes its first host; co-hosts are added with them. */
  async propose(actor: Actor, details: SessionDetails): Promise<SessionEntity> {
    const hostIds = [...new Set([actor.personId, ...details.coHostIds])];
    await this.assertPeopleExist(hostIds, 'coHostIds');
    const skills = await this.people.resolveSkills(details.skills);
    return this.outbox.transaction(async (manager) => {
      const session = await this.sessions.insertSession(manager, {
        title: details.title,
        description: details.description,
        format: details.format,
        level: details.level,
        language: details.language,
        capacity: details.capacity,
        durationMinutes: details.durationMinutes,
        onlineUrl: details.onlineUrl,
        proposedById: actor.personId,
      });
      await this.membership.insertHosts(manager, session.id, hostIds);
      await this.membership.replaceSkills(manager, session.id, skills.map((skill) => skill.id));
      return session;
    });
  }

  /**
   * Edits what the session is about. A larger capacity gives waiting people seats; a smaller one
   * may not drop below the seats already taken, nor may it outgrow the booked room.
   */
  async updateDetails(actor: Actor, sessionId: string, changes: SessionDetailChanges): Promise<SessionEntity> {
    const skills = changes.skills ? await this.people.resolveSkills(changes.skills) : null;
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'edit this session');
      if (session.status === SessionStatus.COMPLETED || session.status === SessionStatus.CANCELLED) {
        throw new SessionStateError('edit', session.status, 'Propose a new session instead.');
      }
      const { skills: _skills, ...fields } = changes;
      if (fields.capacity !== undefined) {
        if (fields.capacity < session.seatsTaken) throw new CapacityBelowSeatsError(fields.capacity, session.seatsTaken);
        if (session.roomId && fields.capacity > session.capacity) {
          await this.bookings.assertSeats(manager, session.roomId, fields.capacity);
        }
      }
      if (session.status === SessionStatus.SCHEDULED && fields.onlineUrl === null && !session.roomId) {
        throw new BadUserInputError('onlineUrl', 'An online-only scheduled session needs its online link.');
      }
      await this.sessions.updateSession(manager, sessionId, fields);
      if (fields.title && session.roomBookingId) await this.bookings.relabel(manager, session.roomBookingId, fields.title);
      if (skills) await this.membership.replaceSkills(manager, sessionId, skills.map((skill) => skill.id));
      const updated = { ...session, ...fields };
      if (fields.capacity !== undefined && fields.capacity > session.capacity) {
        await this.enrolment.fillFreedSeats(manager, batch, updated);
      }
      return (await this.sessions.lockForUpdate(manager, sessionId))!;
    });
  }

  async addHost(actor: Actor, sessionId: string, personId: string): Promise<void> {
    await this.assertPeopleExist([personId], 'personId');
    await this.outbox.transaction(async (manager) => {
      await this.access.lockAsHost(manager, actor, sessionId, 'add a host');
      await this.membership.insertHosts(manager, sessionId, [personId]);
    });
  }

  async showInterest(actor: Actor, sessionId: string): Promise<SessionEntity> {
    const session = await this.requireProposal(sessionId, 'show interest in');
    if (await this.membership.isHost(sessionId, actor.personId)) throw new HostOfSessionError('show interest in');
    await this.membership.addInterest(sessionId, actor.personId);
    return session;
  }

  async withdrawInterest(actor: Actor, sessionId: string): Promise<SessionEntity> {
    const session = await this.requireProposal(sessionId, 'withdraw interest from');
    await this.membership.removeInterest(sessionId, actor.personId);
    return session;
  }

  private async requireProposal(sessionId: string, action: string): Promise<SessionEntity> {
    const session = await this.access.assertExists(sessionId);
    if (session.status !== SessionStatus.PROPOSED) {
      throw new SessionStateError(action, session.status, 'Interest is for proposals; join a scheduled session instead.');
    }
    return session;
  }

  private async assertPeopleExist(personIds: readonly string[], field: string): Promise<void> {
    const found = await this.people.findPeople(personIds);
    const missing = personIds.filter((id) => !found.some((person) => person.id === id));
    if (missing.length) throw new BadUserInputError(field, `There is no person with id ${missing.join(', ')}.`);
  }
}
