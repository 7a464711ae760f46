import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { Clock, remindersConfig } from '@kennis/config';
import { OutboxBatch, type OutboxDraft } from '@kennis/outbox';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity } from '../entities/session.entity';
import {
  SessionJob,
  sessionJobQueue,
  SessionMailKind,
  sessionMailDraft,
  type SessionMailPreviousSlot,
  type SessionMailRecipient,
  sessionReminderDraft,
} from '../jobs/sessions.jobs';
import { type EnrolmentMail, RegistrationRepository } from '../repositories/registration.repository';
import { SessionFacilityRequestRepository } from '../repositories/session-facility-request.repository';
import { SessionMembershipRepository } from '../repositories/session-membership.repository';

/**
 * Decides who hears about a change and records one outbox row per recipient, inside the change's
 * transaction. Rows hold ids only; the worker renders the invite from the session as it is at send time.
 */
@Injectable()
export class SessionNotifier {
  constructor(
    private readonly membership: SessionMembershipRepository,
    private readonly facilityRequests: SessionFacilityRequestRepository,
    private readonly registrations: RegistrationRepository,
    @Inject(remindersConfig.KEY) private readonly reminders: ConfigType<typeof remindersConfig>,
    private readonly clock: Clock,
  ) {}

  /** Invites for hosts, everyone with a seat and the room; a reminder before the start. */
  async scheduled(manager: EntityManager, batch: OutboxBatch, session: SessionEntity): Promise<void> {
    const people = await this.peopleInvolved(manager, session.id);
    batch.add(...people.map((personId) => this.mail(SessionMailKind.Invite, session, { personId })));
    if (session.roomId) batch.add(this.mail(SessionMailKind.Invite, session, { roomId: session.roomId }));
    await this.toFacilityTeams(manager, batch, session, SessionMailKind.Invite);
    this.reminder(batch, session);
  }

  /**
   * Updates for everyone in it, each naming the old time and room; the old room hears its slot is off,
   * the new room is invited.
   */
  async changed(manager: EntityManager, batch: OutboxBatch, session: SessionEntity, previous: SessionMailPreviousSlot): Promise<void> {
    const people = await this.peopleInvolved(manager, session.id);
    batch.add(...people.map((personId) => this.mail(SessionMailKind.Update, session, { personId }, previous)));
    const previousRoomId = previous.roomId;
    if (previousRoomId && previousRoomId !== session.roomId) {
      batch.add(this.mail(SessionMailKind.Cancellation, session, { roomId: previousRoomId }, previous));
    }
    if (session.roomId) {
      const kind = previousRoomId === session.roomId ? SessionMailKind.Update : SessionMailKind.Invite;
      batch.add(this.mail(kind, session, { roomId: session.roomId }, kind === SessionMailKind.Update ? previous : undefined));
    }
    const teamIds = await this.facilityRequests.facilityTeamIds(manager, session.id);
    batch.add(...teamIds.map((facilityTeamId) => this.mail(SessionMailKind.Update, session, { facilityTeamId }, previous)));
    this.reminder(batch, session);
  }

  /** A cancellation to everyone who was in, the room included; the waitlist hears it too. */
  async cancelled(manager: EntityManager, batch: OutboxBatch, session: SessionEntity, previousRoomId: string | null): Promise<void> {
    const hosts = await this.membership.findHostIds(manager, session.id);
    const registrations = await this.registrations.findActiveForSession(manager, session.id);
    const personIds = new Set([...hosts.map((host) => host.personId), ...registrations.map((r) => r.personId)]);
    batch.add(...[...personIds].map((personId) => this.mail(SessionMailKind.Cancellation, session, { personId })));
    if (previousRoomId) batch.add(this.mail(SessionMailKind.Cancellation, session, { roomId: previousRoomId }));
    await this.toFacilityTeams(manager, batch, session, SessionMailKind.Cancellation);
  }

  /** The note of a facility team's request changed on a scheduled session: the team gets an update with it. */
  /** The team's update quotes the note it had beside the new one, so what changed is plain. */
  facilityNoteChanged(batch: OutboxBatch, session: SessionEntity, facilityTeamId: string, previousNote: string): void {
    batch.add(sessionMailDraft(SessionMailKind.Update, session, { facilityTeamId }, null, undefined, previousNote));
  }

  /** The hosts hear that the room waits for a facility manager; nobody else is invited yet. */
  async roomAwaitingApproval(manager: EntityManager, batch: OutboxBatch, session: SessionEntity): Promise<void> {
    const hosts = await this.membership.findHostIds(manager, session.id);
    batch.add(...hosts.map((host) => this.mail(SessionMailKind.RoomPending, session, { personId: host.personId })));
  }

  /** The hosts hear the room was refused, with the reason; `previous` names the room and time that were asked. */
  async roomRefused(manager: EntityManager, batch: OutboxBatch, session: SessionEntity, previous: SessionMailPreviousSlot, reason: string | null): Promise<void> {
    const hosts = await this.membership.findHostIds(manager, session.id);
    batch.add(
      ...hosts.map((host) => sessionMailDraft(SessionMailKind.RoomRefused, session, { personId: host.personId }, null, previous, undefined, reason ?? '')),
    );
  }

  /** A facility team asked for (or no longer needed) on a scheduled session gets the invite (or its cancellation). */
  facilityRequestChanged(batch: OutboxBatch, session: SessionEntity, facilityTeamId: string, requested: boolean): void {
    const kind = requested ? SessionMailKind.Invite : SessionMailKind.Cancellation;
    batch.add(this.mail(kind, session, { facilityTeamId }));
  }

  joined(batch: OutboxBatch, session: SessionEntity, registration: RegistrationEntity): void {
    const kind = registration.status === RegistrationStatus.SEATED ? SessionMailKind.Invite : SessionMailKind.Waitlisted;
    batch.add(this.mail(kind, session, { personId: registration.personId }));
  }

  left(batch: OutboxBatch, session: SessionEntity, personId: string): void {
    batch.add(this.mail(SessionMailKind.Left, session, { personId }));
  }

  /** The first on the waitlist got a seat: an invite, with a mail that says they are in. */
  promoted(batch: OutboxBatch, session: SessionEntity, registrations: readonly RegistrationEntity[]): void {
    batch.add(...registrations.map((r) => this.mail(SessionMailKind.SeatGranted, session, { personId: r.personId })));
  }

  /** The mail of a join, which session_join writes itself: an invite with a seat, a note with a waitlist place. */
  joinMail(): EnrolmentMail {
    return { queue: sessionJobQueue[SessionJob.MailDeliver], jobName: SessionJob.MailDeliver, kinds: [SessionMailKind.Invite, SessionMailKind.Waitlisted] };
  }

  /** The mails of a leave, which session_leave writes itself: a cancellation to the leaver, a seat to the first waiting. */
  leaveMail(): EnrolmentMail {
    return { queue: sessionJobQueue[SessionJob.MailDeliver], jobName: SessionJob.MailDeliver, kinds: [SessionMailKind.Left, SessionMailKind.SeatGranted] };
  }

  private async toFacilityTeams(manager: EntityManager, batch: OutboxBatch, session: SessionEntity, kind: SessionMailKind): Promise<void> {
    const teamIds = await this.facilityRequests.facilityTeamIds(manager, session.id);
    batch.add(...teamIds.map((facilityTeamId) => this.mail(kind, session, { facilityTeamId })));
  }

  private async peopleInvolved(manager: EntityManager, sessionId: string): Promise<string[]> {
    const hosts = await this.membership.findHostIds(manager, sessionId);
    const registrations = await this.registrations.findActiveForSession(manager, sessionId);
    const seated = registrations.filter((r) => r.status === RegistrationStatus.SEATED).map((r) => r.personId);
    return [...new Set([...hosts.map((host) => host.personId), ...seated])];
  }

  private mail(kind: SessionMailKind, session: SessionEntity, recipient: SessionMailRecipient, previous?: SessionMailPreviousSlot): OutboxDraft {
    return sessionMailDraft(kind, session, recipient, null, previous);
  }

  /** One reminder per schedule of the session; a moved session gets a new one and the old one goes stale. */
  private reminder(batch: OutboxBatch, session: SessionEntity): void {
    if (!session.startsAt) return;
    const dueAt = new Date(session.startsAt.getTime() - this.reminders.leadMinutes * 60_000);
    // Scheduled within the lead time: the invite that goes out now is the reminder.
    if (dueAt.getTime() <= this.clock.now().getTime()) return;
    batch.add(sessionReminderDraft(session, dueAt));
  }
}
