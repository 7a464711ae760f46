import { auditEntities } from '@kennis/audit';
import { authEntities } from '@kennis/auth';
import { mentoringEntities } from '@kennis/mentoring';
import { outboxEntities } from '@kennis/outbox';
import { peopleEntities } from '@kennis/people';
import { roomsEntities } from '@kennis/rooms';
import { sessionsEntities } from '@kennis/sessions';

/** Every entity of every library, each library naming its own: what the migrations must agree with. */
export const allEntities = [
  ...peopleEntities,
  ...roomsEntities,
  ...sessionsEntities,
  ...outboxEntities,
  ...mentoringEntities,
  ...authEntities,
  ...auditEntities,
];
