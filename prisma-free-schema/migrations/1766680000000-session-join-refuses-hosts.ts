import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SESSION_JOIN } from './1766500000000-session-mail-outbox-helper';

/** Where the check goes: after the status check, before a seat is counted. */
const SEAT_COUNT = '        seated := s.seats_taken < s.capacity;\n';

const HOST_CHECK = `        IF EXISTS (SELECT 1 FROM session_host h WHERE h.session_id = p_session_id AND h.person_id = p_person_id) THEN
          RETURN QUERY SELECT 'IS_HOST', s.status, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
`;

/**
 * A host cannot join their own session: they run it, and a seat they took would be one a colleague
 * does not get. session_join answers a new outcome, IS_HOST, checked under the same row lock as the
 * seat count (a primary-key lookup in session_host, so the lock is held no longer to speak of). The
 * function is otherwise the one migration 1766500000000 wrote, signature and outcomes unchanged.
 */
export class SessionJoinRefusesHosts1766680000000 implements MigrationInterface {
  name = 'SessionJoinRefusesHosts1766680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!SESSION_JOIN.includes(SEAT_COUNT)) throw new Error('session_join no longer counts seats where this migration expects it.');
    await queryRunner.query(SESSION_JOIN.replace(SEAT_COUNT, HOST_CHECK + SEAT_COUNT));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SESSION_JOIN);
  }
}
