import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Everything Kennis holds about one person, across the domain tables, for a download (GDPR art. 15) and
 * for erasure (art. 17). It reads other libraries' tables on purpose: this is the one place that has to
 * know all of them, and the permission test's table list keeps it honest.
 */
const PERSON_ROWS: { name: string; sql: string }[] = [
  { name: 'profile', sql: `SELECT id, email, name, department, site, time_zone, language, job_title, manager_id, roles, working_hours, meeting_url, created_at FROM person WHERE id = $1` },
  { name: 'skills', sql: `SELECT s.name, ps.kind, ps.level FROM person_skill ps JOIN skill s ON s.id = ps.skill_id WHERE ps.person_id = $1` },
  { name: 'sessionsHosted', sql: `SELECT s.id, s.title, s.status, s.starts_at FROM session_host h JOIN session s ON s.id = h.session_id WHERE h.person_id = $1` },
  { name: 'registrations', sql: `SELECT r.* FROM registration r WHERE r.person_id = $1` },
  { name: 'interests', sql: `SELECT i.* FROM session_interest i WHERE i.person_id = $1` },
  { name: 'mentorProfile', sql: `SELECT * FROM mentor_profile WHERE person_id = $1` },
  { name: 'mentorSkills', sql: `SELECT s.name, ms.level FROM mentor_skill ms JOIN skill s ON s.id = ms.skill_id WHERE ms.mentor_id = $1` },
  { name: 'menteeRequests', sql: `SELECT * FROM mentee_request WHERE person_id = $1` },
  { name: 'diversityAttributes', sql: `SELECT attribute, value, consent_given_at FROM diversity_attribute WHERE person_id = $1` },
  { name: 'mentorMatches', sql: `SELECT id, round_id, mentor_id, mentee_id, status, decline_reason, published_at, decided_at, meeting_starts_at FROM mentor_match WHERE mentor_id = $1 OR mentee_id = $1` },
  { name: 'mentoringMeetingsLogged', sql: `SELECT match_id, held_at, duration_minutes, note FROM mentoring_meeting_log WHERE logged_by_id = $1` },
  { name: 'mentoringFeedback', sql: `SELECT match_id, rating, comment, created_at FROM mentoring_feedback WHERE person_id = $1` },
  { name: 'messages', sql: `SELECT id, job_name, status, created_at, processed_at FROM outbox_message WHERE payload->>'personId' = $1::text` },
  { name: 'actionsInAuditLog', sql: `SELECT occurred_at, action, target_type, target_id FROM audit_entry WHERE actor_id = $1 ORDER BY id` },
];

@Injectable()
export class PersonalDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async collect(personId: string): Promise<Record<string, unknown[]>> {
    const result: Record<string, unknown[]> = {};
    for (const { name, sql } of PERSON_ROWS) result[name] = await this.dataSource.query(sql, [personId]);
    return result;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Removes what identifies the person and keeps what others rely on: the person row stays (as "Erased
   * person", deactivated, so sessions they hosted, seats they held and counts stay right), their address becomes one at
   * the reserved .invalid domain that no mail can reach, and mail still waiting for them is skipped.
   */
  async erase(personId: string, manager: EntityManager): Promise<boolean> {
    const [found] = await manager.query(`SELECT id FROM person WHERE id = $1 FOR UPDATE`, [personId]);
    if (!found) return false;
    await manager.query(
      `UPDATE person SET name = 'Erased person', email = 'erased-' || id || '@erased.invalid', department = '', site = '',
         job_title = '', manager_id = NULL, roles = '{EMPLOYEE}', calendar_feed_token_hash = NULL, external_id = NULL,
         deactivated_at = coalesce(deactivated_at, now()), working_hours = NULL, meeting_url = NULL
       WHERE id = $1`,
      [personId],
    );
    // Deactivated, so a token or session they still hold no longer acts (every request looks the person up);
    // their sessions end now as well, and without the provider's id their provider tokens find nobody.
    await manager.query(`DELETE FROM sign_in_session WHERE person_id = $1`, [personId]);
    await manager.query(`UPDATE person SET manager_id = NULL WHERE manager_id = $1`, [personId]);
    await manager.query(`DELETE FROM person_skill WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM diversity_attribute WHERE person_id = $1`, [personId]);
    await manager.query(`DELETE FROM mentor_profile WHERE person_id = $1`, [personId]);
    await manager.query(`UPDATE mentee_request SET goals = '' WHERE person_id = $1`, [personId]);
    await manager.query(`UPDATE mentor_match SET decline_reason = NULL WHERE mentor_id = $1`, [personId]);
    // Round outcomes keep the counts and ratings; the person's own words go.
    await manager.query(`UPDATE mentoring_meeting_log SET note = '' WHERE logged_by_id = $1`, [personId]);
    await manager.query(`UPDATE mentoring_feedback SET comment = '' WHERE person_id = $1`, [personId]);
    await manager.query(
      `UPDATE outbox_message SET status = 'SKIPPED', processed_at = now(), last_error = 'recipient erased'
       WHERE status = 'PENDING' AND payload->>'personId' = $1::text`,
      [personId],
    );
    return true;
  }
}
