import { Foundation1764000000000 } from './migrations/1764000000000-foundation';
import { Outbox1764000100000 } from './migrations/1764000100000-outbox';
import { CalendarFeed1764000200000 } from './migrations/1764000200000-calendar-feed';
import { Mentoring1764000300000 } from './migrations/1764000300000-mentoring';
import { FacilityRequests1764000400000 } from './migrations/1764000400000-facility-requests';
import { SignInSessions1765200000000 } from './migrations/1765200000000-sign-in-sessions';
import { PeopleIdentity1765200100000 } from './migrations/1765200100000-people-identity';
import { SignInAttempts1765200200000 } from './migrations/1765200200000-sign-in-attempts';
import { AuditLog1765300000000 } from './migrations/1765300000000-audit-log';
import { InboundMail1765400000000 } from './migrations/1765400000000-inbound-mail';
import { SessionJoinFunctions1765500000000 } from './migrations/1765500000000-session-join-functions';
import { MentoringProgramme1765600000000 } from './migrations/1765600000000-mentoring-programme';
import { MentoringAfterTheMatch1766200000000 } from './migrations/1766200000000-mentoring-after-the-match';
import { RoomRules1766100000000 } from './migrations/1766100000000-room-rules';
import { RoomApprovals1766100100000 } from './migrations/1766100100000-room-approvals';
import { SessionRoomAnswers1766100200000 } from './migrations/1766100200000-session-room-answers';
import { OutboxBatches1766400000000 } from './migrations/1766400000000-outbox-batches';
import { SessionMailOutboxHelper1766500000000 } from './migrations/1766500000000-session-mail-outbox-helper';
import { OutboxPendingBatchIndex1766510000000 } from './migrations/1766510000000-outbox-pending-batch-index';
import { FacilityRequestsByInvite1766520000000 } from './migrations/1766520000000-facility-requests-by-invite';
import { SessionRoomApproval1766520100000 } from './migrations/1766520100000-session-room-approval';
import { MentorMeetingAnswers1766520200000 } from './migrations/1766520200000-mentor-meeting-answers';
import { RoomBookFunction1766610000000 } from './migrations/1766610000000-room-book-function';
import { FacilityTeamTimeZone1766630000000 } from './migrations/1766630000000-facility-team-time-zone';
import { FacilityRequestOccurrences1766630100000 } from './migrations/1766630100000-facility-request-occurrences';
import { SessionScheduleClash1766640000000 } from './migrations/1766640000000-session-schedule-clash';
import { OutboxMessageLeanUpdates1766650000000 } from './migrations/1766650000000-outbox-message-lean-updates';
import { KennisMailboxUnique1766660000000 } from './migrations/1766660000000-kennis-mailbox-unique';
import { SessionMailOutboxHelperPlpgsql1766670000000 } from './migrations/1766670000000-session-mail-outbox-helper-plpgsql';
import { SessionJoinRefusesHosts1766680000000 } from './migrations/1766680000000-session-join-refuses-hosts';
import { MentoringRoundNameUnique1766690000000 } from './migrations/1766690000000-mentoring-round-name-unique';

/** The one ordered history of the schema. Never edit a migration that landed: add a new one. */
export const allMigrations = [
  Foundation1764000000000,
  Outbox1764000100000,
  CalendarFeed1764000200000,
  Mentoring1764000300000,
  FacilityRequests1764000400000,
  SignInSessions1765200000000,
  PeopleIdentity1765200100000,
  SignInAttempts1765200200000,
  AuditLog1765300000000,
  InboundMail1765400000000,
  SessionJoinFunctions1765500000000,
  MentoringProgramme1765600000000,
  RoomRules1766100000000,
  RoomApprovals1766100100000,
  SessionRoomAnswers1766100200000,
  MentoringAfterTheMatch1766200000000,
  OutboxBatches1766400000000,
  SessionMailOutboxHelper1766500000000,
  OutboxPendingBatchIndex1766510000000,
  FacilityRequestsByInvite1766520000000,
  SessionRoomApproval1766520100000,
  MentorMeetingAnswers1766520200000,
  RoomBookFunction1766610000000,
  FacilityTeamTimeZone1766630000000,
  FacilityRequestOccurrences1766630100000,
  SessionScheduleClash1766640000000,
  OutboxMessageLeanUpdates1766650000000,
  KennisMailboxUnique1766660000000,
  SessionMailOutboxHelperPlpgsql1766670000000,
  SessionJoinRefusesHosts1766680000000,
  MentoringRoundNameUnique1766690000000,
];
