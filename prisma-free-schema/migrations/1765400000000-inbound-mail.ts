import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail coming in: the raw message first (one row per message and recipient), then what Kennis made
 * of it; the answers people gave to Kennis's invites; rooms booked by inviting their mailbox.
 */
export class InboundMail1765400000000 implements MigrationInterface {
  name = 'InboundMail1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inbound_message (
        id bigserial NOT NULL,
        message_id varchar(998) NOT NULL,
        recipient citext NOT NULL,
        envelope_sender citext,
        channel varchar(10) NOT NULL,
        raw bytea NOT NULL,
        size_bytes integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        status varchar(12) NOT NULL DEFAULT 'RECEIVED',
        outcome text,
        from_address citext,
        subject varchar(998),
        itip_method varchar(20),
        calendar_uid varchar(255),
        answer jsonb,
        processed_at timestamptz,
        CONSTRAINT inbound_message_pkey PRIMARY KEY (id),
        CONSTRAINT inbound_message_message_recipient_unique UNIQUE (message_id, recipient),
        CONSTRAINT inbound_message_channel_check CHECK (channel IN ('SMTP', 'IMAP')),
        CONSTRAINT inbound_message_status_check CHECK (status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'))
      )`);
    await queryRunner.query(`CREATE INDEX inbound_message_received_index ON inbound_message (received_at)`);
    await queryRunner.query(`
      CREATE TABLE session_calendar_reply (
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        partstat varchar(20) NOT NULL,
        sequence integer NOT NULL,
        replied_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_calendar_reply_pkey PRIMARY KEY (session_id, person_id),
        CONSTRAINT session_calendar_reply_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_calendar_reply_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT session_calendar_reply_partstat_check CHECK (partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED'))
      )`);
    await queryRunner.query(`
      CREATE TABLE room_invite_booking (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        calendar_uid varchar(255) NOT NULL,
        recurrence_id varchar(40) NOT NULL DEFAULT '',
        sequence integer NOT NULL,
        organizer_address citext NOT NULL,
        summary varchar(200) NOT NULL,
        room_booking_id uuid,
        partstat varchar(20) NOT NULL,
        reason text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_invite_booking_pkey PRIMARY KEY (id),
        CONSTRAINT room_invite_booking_occurrence_unique UNIQUE (room_id, calendar_uid, recurrence_id),
        CONSTRAINT room_invite_booking_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT room_invite_booking_booking_fkey FOREIGN KEY (room_booking_id) REFERENCES room_booking (id),
        CONSTRAINT room_invite_booking_partstat_check CHECK (partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED', 'CANCELLED'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE room_invite_booking`);
    await queryRunner.query(`DROP TABLE session_calendar_reply`);
    await queryRunner.query(`DROP TABLE inbound_message`);
  }
}
