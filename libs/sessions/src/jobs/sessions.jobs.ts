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
}

/** What an outbox row of a session mail holds: ids, never rendered content. */
export type SessionMailRecipient = { personId: string } | { roomId: string } | { facilityTeamId: string };
export type SessionMailPayload = { kind: SessionMailKind; sessionId: string; sequence: number } & SessionMailRecipient;

/** One row per session and schedule: at its due time it becomes a reminder mail to each seated person. */
export interface SessionReminderPayload {
  sessionId: string;
  sequence: number;
}
