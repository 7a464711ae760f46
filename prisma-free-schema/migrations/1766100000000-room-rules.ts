import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room rules set by facility managers, evaluated in the room's time zone (existing rooms get
 * Europe/Amsterdam, where the demo organisation and the first customers are). One row per room with
 * rules; a room without a row takes any booking. Bookable hours and blackouts are replaced as a whole
 * by setRoomRules and read only with the rest of the rules, so they are jsonb arrays (checked to be arrays)
 * rather than tables of their own.
 */
export class RoomRules1766100000000 implements MigrationInterface {
  name = 'RoomRules1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE room ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'Europe/Amsterdam'`);
    await queryRunner.query(`
      CREATE TABLE room_rules (
        room_id uuid NOT NULL,
        bookable_hours jsonb NOT NULL,
        blackouts jsonb NOT NULL,
        max_booking_minutes integer,
        min_notice_minutes integer,
        max_days_ahead integer,
        recurring_allowed boolean NOT NULL DEFAULT true,
        requires_approval boolean NOT NULL DEFAULT false,
        recurring_conflicts varchar(20) NOT NULL DEFAULT 'DECLINE_ALL',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_rules_pkey PRIMARY KEY (room_id),
        CONSTRAINT room_rules_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT room_rules_bookable_hours_check CHECK (jsonb_typeof(bookable_hours) = 'array'),
        CONSTRAINT room_rules_blackouts_check CHECK (jsonb_typeof(blackouts) = 'array'),
        CONSTRAINT room_rules_max_booking_check CHECK (max_booking_minutes IS NULL OR max_booking_minutes BETWEEN 1 AND 10080),
        CONSTRAINT room_rules_min_notice_check CHECK (min_notice_minutes IS NULL OR min_notice_minutes BETWEEN 0 AND 525600),
        CONSTRAINT room_rules_max_days_ahead_check CHECK (max_days_ahead IS NULL OR max_days_ahead BETWEEN 1 AND 3650),
        CONSTRAINT room_rules_recurring_conflicts_check CHECK (recurring_conflicts IN ('DECLINE_ALL', 'ACCEPT_FREE'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE room_rules`);
    await queryRunner.query(`ALTER TABLE room DROP COLUMN time_zone`);
  }
}
