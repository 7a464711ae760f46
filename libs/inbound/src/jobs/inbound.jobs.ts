import { QueueName } from '@kennis/queues';

/** The jobs of the inbound library, declared once with their payloads; both run on the inbound-mail queue. */
export const InboundJob = {
  MessageProcess: 'inbound-message-process',
  AnswerDeliver: 'inbound-answer-deliver',
  /** A facility manager's decision on a room that requires approval: the organizer's final REPLY. */
  ApprovalAnswerDeliver: 'room-approval-answer-deliver',
  /** The invite or cancellation of a room meeting booked in Kennis, to its organizer or to the room. */
  RoomMeetingMailDeliver: 'room-meeting-mail-deliver',
  /** A facility team's answer to an invited meeting's organizer, or a notice to the team that it changed. */
  FacilityRequestMailDeliver: 'facility-request-mail-deliver',
} as const;
export type InboundJob = (typeof InboundJob)[keyof typeof InboundJob];

export const inboundJobQueue: Record<InboundJob, QueueName> = {
  [InboundJob.MessageProcess]: QueueName.InboundMail,
  [InboundJob.AnswerDeliver]: QueueName.InboundMail,
  [InboundJob.ApprovalAnswerDeliver]: QueueName.InboundMail,
  [InboundJob.RoomMeetingMailDeliver]: QueueName.InboundMail,
  [InboundJob.FacilityRequestMailDeliver]: QueueName.InboundMail,
};

/** Ids only: the raw message stays in inbound_message. */
export interface InboundMessagePayload {
  inboundMessageId: string;
}

export interface RoomApprovalPayload {
  roomApprovalId: string;
}

export interface RoomMeetingMailPayload {
  roomInviteBookingId: string;
  method: 'REQUEST' | 'CANCEL';
  /** The SEQUENCE the mail was written for: a later change makes it stale. */
  sequence: number;
  recipient: 'ORGANIZER' | 'ROOM';
}

export interface FacilityRequestMailPayload {
  facilityRequestId: string;
  /** The request's version the mail was written for: a later change makes it stale. */
  version: number;
  /** ORGANIZER: the team's REPLY to an invited meeting's organizer; TEAM: a notice that it changed. */
  recipient: 'ORGANIZER' | 'TEAM';
}
