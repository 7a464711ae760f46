import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A facility team's own IANA time zone: its mail and its requests page read in it. Existing teams take
 * the zone most of their site's rooms have (rooms carry their site's zone); a team of every site, or of a
 * site without rooms, keeps the organisation's default that its mail used so far. The API validates a
 * zone against the IANA database before it is written, as it does for rooms and people.
 */
export class FacilityTeamTimeZone1766630000000 implements MigrationInterface {
  name = 'FacilityTeamTimeZone1766630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE facility_team ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'Europe/Amsterdam'`);
    await queryRunner.query(`
      UPDATE facility_team team SET time_zone = site_zone.time_zone
      FROM (
        SELECT DISTINCT ON (site) site, time_zone
        FROM room
        WHERE active
        GROUP BY site, time_zone
        ORDER BY site, count(*) DESC, time_zone
      ) site_zone
      WHERE site_zone.site = team.site`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE facility_team DROP COLUMN time_zone`);
  }
}
