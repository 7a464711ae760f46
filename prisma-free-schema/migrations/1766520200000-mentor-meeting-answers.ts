import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentor's and mentee's own calendar answers to the first meeting's invite (an iTIP REPLY), for its
 * current time: a move clears them, as the invite asks again.
 */
export class MentorMeetingAnswers1766520200000 implements MigrationInterface {
  name = 'MentorMeetingAnswers1766520200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mentor_match
        ADD COLUMN mentor_meeting_answer varchar(10),
        ADD COLUMN mentee_meeting_answer varchar(10),
        ADD CONSTRAINT mentor_match_mentor_meeting_answer_check CHECK (mentor_meeting_answer IN ('ACCEPTED', 'TENTATIVE', 'DECLINED')),
        ADD CONSTRAINT mentor_match_mentee_meeting_answer_check CHECK (mentee_meeting_answer IN ('ACCEPTED', 'TENTATIVE', 'DECLINED'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mentor_match
        DROP CONSTRAINT mentor_match_mentee_meeting_answer_check, DROP CONSTRAINT mentor_match_mentor_meeting_answer_check,
        DROP COLUMN mentee_meeting_answer, DROP COLUMN mentor_meeting_answer`);
  }
}
