import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MentorMenteePair, SkillLevel } from '../matching/matching.types';
import type { RoundParticipants } from '../entities/mentoring-round.entity';
import { openMatch } from './open-match.predicate';

export interface MentorRow {
  personId: string;
  department: string;
  site: string;
  capacity: number;
  languages: string[];
  seniorityYears: number;
  /** Accepted or awaited matches of other rounds: they take capacity too. */
  openElsewhere: number;
}

export interface MenteeRow {
  personId: string;
  department: string;
  site: string;
  languages: string[];
  seniorityYears: number;
  prefersOtherDepartment: boolean;
  prefersOtherSite: boolean;
  prefersSameGender: boolean;
}

/** Everything a matching run reads about its people, in a few set-based queries. */
@Injectable()
export class MatchingParticipantsRepository {
  async findMentors(manager: EntityManager, roundId: string, participants: RoundParticipants): Promise<MentorRow[]> {
    const rows: {
      person_id: string;
      department: string;
      site: string;
      capacity: number;
      languages: string[];
      seniority_years: number;
      open_elsewhere: number;
    }[] = await manager.query(
      `SELECT mp.person_id, p.department, p.site, mp.capacity, mp.languages, mp.seniority_years,
              (SELECT count(*)::int FROM mentor_match m WHERE m.mentor_id = mp.person_id AND m.round_id <> $1
                 AND ${openMatch('m')}) AS open_elsewhere
       FROM mentor_profile mp JOIN person p ON p.id = mp.person_id
       WHERE (mp.active OR EXISTS (SELECT 1 FROM mentor_match m WHERE m.mentor_id = mp.person_id AND m.round_id = $1
                AND ${openMatch('m')}))
         AND (cardinality($2::text[]) = 0 OR p.department = ANY($2::text[]))
         AND (cardinality($3::text[]) = 0 OR p.site = ANY($3::text[]))
       ORDER BY mp.person_id`,
      [roundId, participants.departments, participants.sites],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      department: row.department,
      site: row.site,
      capacity: row.capacity,
      languages: row.languages,
      seniorityYears: row.seniority_years,
      openElsewhere: row.open_elsewhere,
    }));
  }

  async findMentees(manager: EntityManager, roundId: string): Promise<MenteeRow[]> {
    const rows: {
      person_id: string;
      department: string;
      site: string;
      languages: string[];
      seniority_years: number;
      prefers_other_department: boolean;
      prefers_other_site: boolean;
      prefers_same_gender: boolean;
    }[] = await manager.query(
      `SELECT r.person_id, p.department, p.site, r.languages, r.seniority_years,
              r.prefers_other_department, r.prefers_other_site, r.prefers_same_gender
       FROM mentee_request r JOIN person p ON p.id = r.person_id
       WHERE r.round_id = $1 ORDER BY r.person_id`,
      [roundId],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      department: row.department,
      site: row.site,
      languages: row.languages,
      seniorityYears: row.seniority_years,
      prefersOtherDepartment: row.prefers_other_department,
      prefersOtherSite: row.prefers_other_site,
      prefersSameGender: row.prefers_same_gender,
    }));
  }

  async findMentorSkills(manager: EntityManager, mentorIds: readonly string[]): Promise<Map<string, SkillLevel[]>> {
    const rows: { owner: string; skill_id: string; level: number }[] = await manager.query(
      `SELECT mentor_id AS owner, skill_id, level FROM mentor_skill WHERE mentor_id = ANY($1::uuid[])`,
      [mentorIds],
    );
    return groupSkills(rows);
  }

  async findWantedSkills(manager: EntityManager, roundId: string): Promise<Map<string, SkillLevel[]>> {
    const rows: { owner: string; skill_id: string; level: number }[] = await manager.query(
      `SELECT r.person_id AS owner, rs.skill_id, rs.level
       FROM mentee_request_skill rs JOIN mentee_request r ON r.id = rs.request_id WHERE r.round_id = $1`,
      [roundId],
    );
    return groupSkills(rows);
  }

  async findSkillNames(manager: EntityManager, roundId: string): Promise<Record<string, string>> {
    const rows: { id: string; name: string }[] = await manager.query(
      `SELECT s.id, s.name FROM skill s WHERE s.id IN (
         SELECT rs.skill_id FROM mentee_request_skill rs JOIN mentee_request r ON r.id = rs.request_id WHERE r.round_id = $1)`,
      [roundId],
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.name]));
  }

  /** Every person's managers, nearest first, in one recursive query over the whole reporting line. */
  async findManagerChains(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { person_id: string; manager_id: string }[] = await manager.query(
      `WITH RECURSIVE chain(person_id, manager_id, depth) AS (
         SELECT id, manager_id, 1 FROM person WHERE id = ANY($1::uuid[]) AND manager_id IS NOT NULL
         UNION ALL
         SELECT c.person_id, p.manager_id, c.depth + 1 FROM chain c JOIN person p ON p.id = c.manager_id
         WHERE p.manager_id IS NOT NULL AND c.depth < 50
       )
       SELECT person_id, manager_id FROM chain ORDER BY person_id, depth`,
      [personIds],
    );
    const chains = new Map<string, string[]>();
    for (const row of rows) chains.set(row.person_id, [...(chains.get(row.person_id) ?? []), row.manager_id]);
    return chains;
  }

  /**
   * Pairs among these people that may not be proposed: declined or expired in any round, or matched
   * in another round and not ended (a pair is proposed once).
   */
  async findExcludedPairs(
    manager: EntityManager,
    roundId: string,
    mentorIds: readonly string[],
    menteeIds: readonly string[],
  ): Promise<MentorMenteePair[]> {
    const rows: { mentor_id: string; mentee_id: string }[] = await manager.query(
      `SELECT DISTINCT mentor_id, mentee_id FROM mentor_match
       WHERE (status IN ('DECLINED', 'EXPIRED') OR (status IN ('PROPOSED', 'ACCEPTED') AND round_id <> $1))
         AND mentor_id = ANY($2::uuid[]) AND mentee_id = ANY($3::uuid[])`,
      [roundId, mentorIds, menteeIds],
    );
    return rows.map((row) => [row.mentor_id, row.mentee_id] as const);
  }

  /** This round's accepted matches and published proposals still awaiting an answer: they stay as they are. */
  async findFixedMatches(manager: EntityManager, roundId: string): Promise<MentorMenteePair[]> {
    const rows: { mentor_id: string; mentee_id: string }[] = await manager.query(
      `SELECT mentor_id, mentee_id FROM mentor_match m WHERE m.round_id = $1 AND ${openMatch('m')}`,
      [roundId],
    );
    return rows.map((row) => [row.mentor_id, row.mentee_id] as const);
  }
}

function groupSkills(rows: readonly { owner: string; skill_id: string; level: number }[]): Map<string, SkillLevel[]> {
  const byOwner = new Map<string, SkillLevel[]>();
  for (const row of rows) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), { skillId: row.skill_id, level: row.level }]);
  return byOwner;
}
