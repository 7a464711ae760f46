import type { OutboxDraft } from '@kennis/outbox';
import { QueueName } from '@kennis/queues';

/** The jobs of the sessions library, declared once with their payloads. */
export const SessionJob = {
  MailDeliver: 'session-mail-deliver',
  ReminderSend: 'session-reminder-send',
} as const;
export type SessionJob = (typeof SessionJob)[keyof typeof SessionJob];

export const sessionJobQueue: Record<SessionJob, QueueName> = {
  [SessionJob.MailDeliver]: QueueName.SessionMail,
  [SessionJob.ReminderSend]: QueueName.Reminders,
};

export enum SessionMailKind {
  Invite = 'INVITE',
  Update = 'UPDATE',
  Cancellation = 'CANCELLATION',
  SeatGranted = 'SEAT_GRANTED',
  Waitlisted = 'WAITLISTED',
  Reminder = 'REMINDER',
  Left = 'LEFT',
  /** To hosts: the session is held in a room that waits for a facility manager's approval. */
  RoomPending = 'ROOM_PENDING',
  /** To hosts: the facility manager refused the room; it is released, the session is a proposal again. */
  RoomRefused = 'ROOM_REFUSED',
}

/** What an outbox row of a session mail holds: ids, never rendered content. */
export type SessionMailRecipient = { personId: string } | { roomId: string } | { facilityTeamId: string };
/**
 * The time and room a session had before a move, as facts (ISO instants, a room id): the update says
 * what changed and the old room's cancellation names the slot it had, even after later moves.
 */
export interface SessionMailPreviousSlot {
  startsAt: string;
  endsAt: string;
  roomId: string | null;
}
export type SessionMailPayload = {
  kind: SessionMailKind;
  sessionId: string;
  sequence: number;
  previous?: SessionMailPreviousSlot;
  /** A facility team's note-change update: the note as it was, a fact like `previous`. */
  previousNote?: string;
  /** A refused room: the facility manager's reason, as they gave it. */
  refusalReason?: string;
} & SessionMailRecipient;

/** One row per session and schedule: at its due time it becomes a reminder mail to each seated person. */
export interface SessionReminderPayload {
  sessionId: string;
  sequence: number;
}

/** The outbox row of one session mail; `sequence` is the session's SEQUENCE when the change was made. */
export function sessionMailDraft(
  kind: SessionMailKind,
  session: { id: string; calendarSequence: number },
  recipient: SessionMailRecipient,
  dedupeKey: string | null = null,
  previous?: SessionMailPreviousSlot,
  previousNote?: string,
  refusalReason?: string,
): OutboxDraft {
  const payload: SessionMailPayload = {
    kind,
    sessionId: session.id,
    sequence: session.calendarSequence,
    ...recipient,
    ...(previous ? { previous } : {}),
    ...(previousNote !== undefined ? { previousNote } : {}),
    ...(refusalReason !== undefined ? { refusalReason } : {}),
  };
  return { queue: sessionJobQueue[SessionJob.MailDeliver], jobName: SessionJob.MailDeliver, payload, sessionId: session.id, dedupeKey };
}

/** The reminder row of one schedule of a session: a moved session gets a new one and the old one goes stale. */
export function sessionReminderDraft(session: { id: string; calendarSequence: number }, dueAt: Date): OutboxDraft {
  const payload: SessionReminderPayload = { sessionId: session.id, sequence: session.calendarSequence };
  return {
    queue: sessionJobQueue[SessionJob.ReminderSend],
    jobName: SessionJob.ReminderSend,
    payload,
    sessionId: session.id,
    dueAt,
    dedupeKey: `reminder:${session.id}:${session.calendarSequence}`,
  };
}
