import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a session's room answered in its own calendar (a room mailbox in the company's Exchange or
 * Google that replied to Kennis's invite), so the session shows a room that declined.
 */
export class SessionRoomAnswers1766100200000 implements MigrationInterface {
  name = 'SessionRoomAnswers1766100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session_room_answer (
        session_id uuid NOT NULL,
        room_id uuid NOT NULL,
        partstat varchar(20) NOT NULL,
        comment text,
        sequence integer NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_room_answer_pkey PRIMARY KEY (session_id, room_id),
        CONSTRAINT session_room_answer_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_room_answer_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT session_room_answer_partstat_check CHECK (partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE session_room_answer`);
  }
}
