import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { MentoringFeedbackEntity } from '../entities/mentoring-feedback.entity';
import { MentoringMeetingLogEntity } from '../entities/mentoring-meeting-log.entity';
import { FeedbackGivenError } from '../errors/mentoring.errors';

export interface NewMeetingLog {
  matchId: string;
  loggedById: string;
  heldAt: Date;
  durationMinutes: number;
  note: string;
}

export interface FeedbackAggregate {
  responses: number;
  averageRating: number | null;
}

/** What happens in a match after the acceptance: the meetings they log and their feedback at the end. */
@Injectable()
export class MatchFollowUpRepository {
  constructor(
    @InjectRepository(MentoringMeetingLogEntity) private readonly logs: Repository<MentoringMeetingLogEntity>,
    @InjectRepository(MentoringFeedbackEntity) private readonly feedback: Repository<MentoringFeedbackEntity>,
  ) {}

  insertMeetingLog(log: NewMeetingLog): Promise<MentoringMeetingLogEntity> {
    return this.logs.save(this.logs.create(log));
  }

  findMeetingLogs(matchId: string): Promise<MentoringMeetingLogEntity[]> {
    return this.logs.find({ where: { matchId }, order: { heldAt: 'ASC', id: 'ASC' } });
  }

  async insertFeedback(matchId: string, personId: string, rating: number, comment: string): Promise<MentoringFeedbackEntity> {
    try {
      await this.feedback.insert({ matchId, personId, rating, comment });
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'mentoring_feedback_pkey')) throw new FeedbackGivenError();
      throw error;
    }
    return (await this.feedback.findOneBy({ matchId, personId }))!;
  }

  findFeedback(matchId: string, personId: string): Promise<MentoringFeedbackEntity | null> {
    return this.feedback.findOneBy({ matchId, personId });
  }

  /** Feedback of the round's matches from one side (mentors or mentees), or from both when side is null. */
  async feedbackAggregate(roundId: string, side: 'mentor' | 'mentee' | null): Promise<FeedbackAggregate> {
    const [row]: { responses: number; average_rating: number | null }[] = await this.feedback.query(
      `SELECT count(*)::int AS responses, avg(f.rating)::float AS average_rating
       FROM mentoring_feedback f JOIN mentor_match m ON m.id = f.match_id
       WHERE m.round_id = $1 AND ($2::text IS NULL OR ($2 = 'mentor' AND f.person_id = m.mentor_id) OR ($2 = 'mentee' AND f.person_id = m.mentee_id))`,
      [roundId, side],
    );
    return { responses: row.responses, averageRating: row.average_rating };
  }

  async countMeetingLogs(roundId: string): Promise<number> {
    const [row]: { logged: number }[] = await this.logs.query(
      `SELECT count(*)::int AS logged FROM mentoring_meeting_log l JOIN mentor_match m ON m.id = l.match_id WHERE m.round_id = $1`,
      [roundId],
    );
    return row.logged;
  }
}
