import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session scheduled into a room that requires approval is held: it stays PROPOSED with its time and
 * the room's booking (so nobody takes the room meanwhile), and room_approval_requested_at says since
 * when it waits for a facility manager. Approval schedules it (the invites go out then); refusal
 * releases the room.
 */
export class SessionRoomApproval1766520100000 implements MigrationInterface {
  name = 'SessionRoomApproval1766520100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE session
        ADD COLUMN room_approval_requested_at timestamptz,
        ADD CONSTRAINT session_room_approval_check CHECK (room_approval_requested_at IS NULL OR (status = 'PROPOSED' AND room_id IS NOT NULL AND starts_at IS NOT NULL))`);
    await queryRunner.query(
      `CREATE INDEX session_awaiting_room_approval_index ON session (room_approval_requested_at) WHERE room_approval_requested_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX session_awaiting_room_approval_index`);
    await queryRunner.query(`ALTER TABLE session DROP CONSTRAINT session_room_approval_check, DROP COLUMN room_approval_requested_at`);
  }
}
