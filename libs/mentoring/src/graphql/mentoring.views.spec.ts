import { MentoringRoundEntity, RoundStatus, type RoundResultSummary } from '../entities/mentoring-round.entity';
import { DEFAULT_ROUND_CRITERIA } from '../matching/matching-engine';
import { MentoringViews } from './mentoring.views';

function roundWith(summary: Partial<RoundResultSummary>): MentoringRoundEntity {
  return Object.assign(new MentoringRoundEntity(), {
    id: 'round-1',
    name: 'Spring',
    status: RoundStatus.PROPOSED,
    deadline: new Date('2030-03-01T17:00:00Z'),
    criteria: DEFAULT_ROUND_CRITERIA,
    participants: { departments: [], sites: [] },
    autoPublish: false,
    responseDays: 7,
    matchDurationDays: 90,
    progress: 100,
    requestsClosedAt: null,
    lastError: null,
    resultSummary: {
      runNumber: 1,
      finishedAt: '2030-02-01T10:00:00.000Z',
      mentorCount: 5,
      menteeCount: 5,
      proposedCount: 5,
      keptAcceptedCount: 0,
      unmatchedCount: 0,
      totalScore: 400,
      totalScoreWithoutTargets: 430,
      candidatePairCount: 25,
      targetStatus: 'met',
      targetReport: 'Targets met, at a cost in score.',
      ...summary,
    },
  });
}

describe('MentoringViews.round', () => {
  // round() reads no people and no rooms.
  const views = new MentoringViews(null as never, null as never);

  it('shows the run total and what the targets cost from five pairs on', () => {
    expect(views.round(roundWith({})).result).toMatchObject({ totalScore: 400, targetCost: 30 });
    expect(views.round(roundWith({ proposedCount: 3, keptAcceptedCount: 2 })).result).toMatchObject({ totalScore: 400, targetCost: 30 });
  });

  it('shows neither below five pairs, where they would tell single pairs hidden points', () => {
    expect(views.round(roundWith({ proposedCount: 4 })).result).toMatchObject({ totalScore: null, targetCost: null });
  });

  it('has no target cost without targets, or for a run from before the cost was kept', () => {
    expect(views.round(roundWith({ targetStatus: 'not-requested', totalScoreWithoutTargets: 400 })).result?.targetCost).toBeNull();
    expect(views.round(roundWith({ totalScoreWithoutTargets: undefined })).result?.targetCost).toBeNull();
  });
});
