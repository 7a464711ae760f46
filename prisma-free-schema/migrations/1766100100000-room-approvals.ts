import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting held TENTATIVE in a room that requires approval, until a facility manager approves or
 * refuses it in Kennis. The room stays booked while the decision is pending (Exchange holds it too),
 * so nobody else takes the time meanwhile. At most one pending approval per meeting and room.
 */
export class RoomApprovals1766100100000 implements MigrationInterface {
  name = 'RoomApprovals1766100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE room_approval (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        calendar_uid varchar(255) NOT NULL,
        sequence integer NOT NULL,
        organizer_address citext NOT NULL,
        summary varchar(200) NOT NULL,
        in_reply_to varchar(998),
        status varchar(10) NOT NULL DEFAULT 'PENDING',
        decided_by_id uuid,
        decided_at timestamptz,
        reason text,
        answer jsonb,
        requested_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_approval_pkey PRIMARY KEY (id),
        CONSTRAINT room_approval_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT room_approval_decided_by_fkey FOREIGN KEY (decided_by_id) REFERENCES person (id),
        CONSTRAINT room_approval_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX room_approval_one_pending ON room_approval (room_id, calendar_uid) WHERE status = 'PENDING'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE room_approval`);
  }
}
