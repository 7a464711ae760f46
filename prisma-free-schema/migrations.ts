import { Foundation1764000000000 } from './migrations/1764000000000-foundation';
import { Outbox1764000100000 } from './migrations/1764000100000-outbox';
import { CalendarFeed1764000200000 } from './migrations/1764000200000-calendar-feed';
import { Mentoring1764000300000 } from './migrations/1764000300000-mentoring';
import { FacilityRequests1764000400000 } from './migrations/1764000400000-facility-requests';
import { InboundMail1765400000000 } from './migrations/1765400000000-inbound-mail';

/** The one ordered history of the schema. Never edit a migration that landed: add a new one. */
export const allMigrations = [
  Foundation1764000000000,
  Outbox1764000100000,
  CalendarFeed1764000200000,
  Mentoring1764000300000,
  FacilityRequests1764000400000,
  InboundMail1765400000000,
];
