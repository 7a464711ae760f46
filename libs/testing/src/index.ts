export {
  buildPerson,
  buildRoom,
  createPeople,
  createPerson,
  createProposedSession,
  createRoom,
} from './factories';
export type { PersonFixture, RoomFixture, SessionFixture } from './factories';
export { createTestDatabase, recreateDatabase, templateDatabaseName, templateDatabaseUrl } from './test-database';
export type { TestDatabase } from './test-database';
export { TEST_JWT_SECRET, useTestEnvironment } from './test-environment';
export { freePort } from './free-port';
export { sendRawMail } from './send-raw-mail';
export { buildEventInvite } from './calendar-fixtures';
export { inviteCalendar, inviteMail } from './client-invites';
export type { CalendarClient, InviteShape } from './client-invites';
export { waitFor, waitForOutboxDrained, waitUntil } from './wait-for';
export { TestClockFile } from './test-clock-file';
