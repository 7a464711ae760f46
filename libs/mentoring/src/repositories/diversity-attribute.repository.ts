import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DiversityAttributeEntity, type DiversityAttributeName } from '../entities/diversity-attribute.entity';

/**
 * The only place that reads diversity attributes. findForPerson serves the person themself;
 * findForPeople serves the matching run alone. Values are never logged.
 */
@Injectable()
export class DiversityAttributeRepository {
  constructor(@InjectRepository(DiversityAttributeEntity) private readonly attributes: Repository<DiversityAttributeEntity>) {}

  findForPerson(personId: string): Promise<DiversityAttributeEntity[]> {
    return this.attributes.find({ where: { personId }, order: { attribute: 'ASC' } });
  }

  async upsert(personId: string, attribute: DiversityAttributeName, value: string, consentGivenAt: Date): Promise<void> {
    await this.attributes.query(
      `INSERT INTO diversity_attribute (person_id, attribute, value, consent_given_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id, attribute) DO UPDATE SET value = EXCLUDED.value, consent_given_at = EXCLUDED.consent_given_at`,
      [personId, attribute, value, consentGivenAt],
    );
  }

  async remove(personId: string, attribute: DiversityAttributeName): Promise<void> {
    await this.attributes.delete({ personId, attribute });
  }

  /** Attributes by person id, for the matching run only. */
  async findForPeople(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const byPerson = new Map<string, Record<string, string>>();
    if (personIds.length === 0) return byPerson;
    const rows: { person_id: string; attribute: string; value: string }[] = await manager.query(
      `SELECT person_id, attribute, value FROM diversity_attribute WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    for (const row of rows) byPerson.set(row.person_id, { ...byPerson.get(row.person_id), [row.attribute]: row.value });
    return byPerson;
  }

  /**
   * Mentees of a round per declared value of one attribute, with how many of them are matched
   * (a proposed or accepted match). Counts only: the caller folds groups too small to show.
   */
  async groupCounts(roundId: string, attribute: DiversityAttributeName): Promise<{ value: string | null; mentees: number; matched: number }[]> {
    return this.attributes.query(
      `SELECT d.value, count(*)::int AS mentees,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mentor_match m WHERE m.round_id = r.round_id
                AND m.mentee_id = r.person_id AND m.status IN ('PROPOSED', 'ACCEPTED')))::int AS matched
       FROM mentee_request r
       LEFT JOIN diversity_attribute d ON d.person_id = r.person_id AND d.attribute = $2
       WHERE r.round_id = $1
       GROUP BY d.value`,
      [roundId, attribute],
    );
  }
}
