import { RegistrationStatus } from '../entities/registration.entity';
import { SessionStatus } from '../entities/session.entity';
import { SessionMailKind, type SessionMailPayload } from '../jobs/sessions.jobs';
import type { SessionMailSnapshot } from './session-mail.snapshot';

/**
 * Why a session mail no longer fits what the database holds now (the person left again, the session
 * moved back, the room changed), or null when it still does: a stale mail is skipped, never sent.
 */
export function sessionMailStaleness(payload: SessionMailPayload, snapshot: SessionMailSnapshot): string | null {
  const { session, hosts, addressee } = snapshot;
  if (!session) return 'the session no longer exists';
  if (hosts.length === 0) return 'the session has no hosts';
  const scheduled = session.status === SessionStatus.SCHEDULED;
  const cancellation = payload.kind === SessionMailKind.Cancellation;
  let reason: string | null;
  switch (addressee.kind) {
    case 'person': {
      if (!addressee.person) return 'the person no longer exists';
      const isIn = addressee.registrationStatus === RegistrationStatus.SEATED || hosts.some((host) => host.id === addressee.person!.id);
      const isHost = hosts.some((host) => host.id === addressee.person!.id);
      reason = personStaleness(payload, session.calendarSequence, session.status, scheduled, isIn, addressee.registrationStatus, {
        isHost,
        awaitingApproval: session.roomApprovalRequestedAt !== null && session.roomApprovalRequestedAt !== undefined,
      });
      break;
    }
    case 'facility': {
      if (!addressee.team) return 'the facility team no longer exists';
      const serving = scheduled && addressee.requested;
      reason = (cancellation ? serving : !serving) ? 'the facility request changed since' : null;
      break;
    }
    case 'room': {
      if (!addressee.room?.resourceMailbox) return 'the room has no resource mailbox';
      const isCurrentRoom = scheduled && session.roomId === addressee.room.id;
      reason = (cancellation ? isCurrentRoom : !isCurrentRoom) ? 'the room booking changed since' : null;
      break;
    }
  }
  if (reason) return reason;
  return session.startsAt && session.endsAt ? null : 'the session has no time';
}

function personStaleness(
  payload: SessionMailPayload,
  currentSequence: number,
  status: SessionStatus,
  scheduled: boolean,
  isIn: boolean,
  registrationStatus: RegistrationStatus | null,
  room: { isHost: boolean; awaitingApproval: boolean },
): string | null {
  switch (payload.kind) {
    case SessionMailKind.Invite:
    case SessionMailKind.Update:
    case SessionMailKind.SeatGranted:
      return scheduled && isIn ? null : 'the person is no longer in this scheduled session';
    case SessionMailKind.Reminder:
      if (payload.sequence !== currentSequence) return 'the session moved after this reminder was planned';
      return scheduled && isIn ? null : 'the person is no longer in this scheduled session';
    case SessionMailKind.Waitlisted:
      return scheduled && registrationStatus === RegistrationStatus.WAITLISTED ? null : 'the person is no longer waiting';
    case SessionMailKind.Left:
      return scheduled && isIn ? 'the person joined again' : null;
    case SessionMailKind.Cancellation:
      return status === SessionStatus.CANCELLED ? null : 'the session is not cancelled';
    case SessionMailKind.RoomPending:
      if (!room.isHost) return 'the person no longer hosts this session';
      return room.awaitingApproval ? null : 'the room was decided on since';
    case SessionMailKind.RoomRefused:
      // Told even when the host has moved on (scheduled elsewhere): the refusal and its reason still stand.
      return room.isHost ? null : 'the person no longer hosts this session';
  }
}
