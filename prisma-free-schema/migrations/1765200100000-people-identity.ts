import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People from the identity provider: deactivation (SCIM) and the provider's id for them; and a reporting
 * line without cycles. A CHECK cannot see other rows, so a trigger walks the chain upward, under one
 * transaction-wide advisory lock: two concurrent changes (A reports to B, B reports to A) would each
 * find no cycle in their own snapshot; with the lock the second waits, then reads the first one's commit
 * (READ COMMITTED takes a new snapshot per statement in the trigger) and refuses.
 */
export class PeopleIdentity1765200100000 implements MigrationInterface {
  name = 'PeopleIdentity1765200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN deactivated_at timestamptz`);
    await queryRunner.query(`ALTER TABLE person ADD COLUMN external_id varchar(200)`);
    await queryRunner.query(`ALTER TABLE person ADD CONSTRAINT person_external_id_unique UNIQUE (external_id)`);
    await queryRunner.query(`
      CREATE FUNCTION person_manager_no_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        found boolean;
      BEGIN
        IF NEW.manager_id IS NULL THEN
          RETURN NEW;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('person_manager_chain'));
        WITH RECURSIVE chain(id, depth) AS (
          SELECT NEW.manager_id, 1
          UNION ALL
          SELECT p.manager_id, c.depth + 1 FROM person p JOIN chain c ON p.id = c.id
          WHERE p.manager_id IS NOT NULL AND c.depth < 1000
        )
        SELECT EXISTS (SELECT 1 FROM chain WHERE id = NEW.id) INTO found;
        IF found THEN
          RAISE EXCEPTION 'person % cannot report to %: that would make a reporting cycle', NEW.id, NEW.manager_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'person_manager_no_cycle';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER person_manager_no_cycle BEFORE INSERT OR UPDATE OF manager_id ON person
      FOR EACH ROW EXECUTE FUNCTION person_manager_no_cycle()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER person_manager_no_cycle ON person`);
    await queryRunner.query(`DROP FUNCTION person_manager_no_cycle()`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN external_id`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN deactivated_at`);
  }
}
