import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail to a Kennis mailbox goes to the one active room or facility team that has it (inbound booking,
 * replies, resource invites), so two active rooms or two active teams with one address would leave it
 * to chance which of them is booked. The indexes hold that per table; RoomsService checks rooms against
 * teams. Existing duplicates stop the migration with the names, rather than be changed unasked.
 */
export class KennisMailboxUnique1766660000000 implements MigrationInterface {
  name = 'KennisMailboxUnique1766660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE clash text;
      BEGIN
        SELECT string_agg(format('%s (%s)', mailbox, owners), '; ') INTO clash FROM (
          SELECT resource_mailbox AS mailbox, string_agg(format('room %s / %s', site, name), ', ' ORDER BY site, name) AS owners
          FROM room WHERE active AND resource_mailbox IS NOT NULL GROUP BY resource_mailbox HAVING count(*) > 1
          UNION ALL
          SELECT mailbox, string_agg(format('facility team %s', name), ', ' ORDER BY name)
          FROM facility_team WHERE active GROUP BY mailbox HAVING count(*) > 1
        ) duplicates;
        IF clash IS NOT NULL THEN
          RAISE EXCEPTION 'Active rooms or facility teams share a mailbox: %. Give each its own address (updateRoom) or retire one, then migrate again.', clash;
        END IF;
      END $$`);
    await queryRunner.query(`CREATE UNIQUE INDEX room_resource_mailbox_unique ON room (resource_mailbox) WHERE active AND resource_mailbox IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX facility_team_mailbox_unique ON facility_team (mailbox) WHERE active`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX facility_team_mailbox_unique`);
    await queryRunner.query(`DROP INDEX room_resource_mailbox_unique`);
  }
}
