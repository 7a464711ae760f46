import type { FacilityTeamEntity } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { FacilityRequestOccurrenceEntity } from '../entities/facility-request-occurrence.entity';
import { facilityTeamNotice, facilityTeamReply } from './facility-request-answers';

const team = { id: 't', name: 'AV New York', mailbox: 'av@ny.example.test', timeZone: 'America/New_York' } as FacilityTeamEntity;

function request(overrides: Partial<SessionFacilityRequestEntity>): SessionFacilityRequestEntity {
  return {
    id: 'r',
    calendarUid: 'series@example.test',
    sequence: 2,
    organizerAddress: 'ann@example.test',
    summary: 'Weekly sync',
    startsAt: new Date('2030-01-07T14:00:00Z'),
    endsAt: new Date('2030-01-21T15:00:00Z'),
    location: null,
    note: '',
    status: 'REQUESTED',
    decisionReason: null,
    lastChange: null,
    ...overrides,
  } as SessionFacilityRequestEntity;
}

const week = (n: number, declinedReason: string | null = null): FacilityRequestOccurrenceEntity => {
  const startsAt = new Date(Date.UTC(2030, 0, 7 + 7 * n, 14));
  return { facilityRequestId: 'r', recurrenceId: startsAt, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), declinedReason };
};

describe('facility team answers', () => {
  it('read a single meeting in the team\'s zone, naming it', () => {
    const answer = facilityTeamReply(team, request({ startsAt: new Date('2030-01-07T14:00:00Z'), endsAt: new Date('2030-01-07T15:00:00Z') }), []);
    // 14:00 UTC in January is 09:00 in New York (EST).
    expect(answer.comment).toContain('7 Jan 2030, 09:00 - 7 Jan 2030, 10:00 (America/New_York)');
    expect(answer.timeZone).toBe('America/New_York');
    expect(answer.occurrences).toEqual([{ startsAt: '2030-01-07T14:00:00.000Z', endsAt: '2030-01-07T15:00:00.000Z', recurrenceId: null, partstat: 'TENTATIVE', reason: null }]);
  });

  it('answer a confirmed series ACCEPTED with the declined occurrence DECLINED by its RECURRENCE-ID, and say which date', () => {
    const answer = facilityTeamReply(team, request({ status: 'CONFIRMED' }), [week(0), week(1, 'No technician that day'), week(2)]);
    expect(answer.partstat).toBe('ACCEPTED');
    expect(answer.occurrences.map(({ recurrenceId, partstat, reason }) => ({ recurrenceId, partstat, reason }))).toEqual([
      { recurrenceId: '2030-01-07T14:00:00.000Z', partstat: 'ACCEPTED', reason: null },
      { recurrenceId: '2030-01-14T14:00:00.000Z', partstat: 'DECLINED', reason: 'No technician that day' },
      { recurrenceId: '2030-01-21T14:00:00.000Z', partstat: 'ACCEPTED', reason: null },
    ]);
    expect(answer.comment).toBe(
      'AV New York confirmed "Weekly sync" (3 occurrences, 7 Jan 2030, 09:00 to 21 Jan 2030, 09:00 (America/New_York)). Except 14 Jan 2030, 09:00: No technician that day',
    );
  });

  it('decline a declined series whole: no occurrence is told apart', () => {
    const answer = facilityTeamReply(team, request({ status: 'DECLINED', decisionReason: 'Out of projectors' }), [week(0), week(1, 'stale'), week(2)]);
    expect(new Set(answer.occurrences.map((occurrence) => occurrence.partstat))).toEqual(new Set(['DECLINED']));
    expect(answer.comment).toBe('Out of projectors');
  });

  it('tell the team its decision stands when one occurrence of a confirmed series is cancelled', () => {
    const notice = facilityTeamNotice(team, request({ status: 'CONFIRMED', lastChange: 'occurrence 7 Jan cancelled' }), [week(1), week(2)], 'sessions@kennis.test');
    expect(notice.comment).toContain('Your decision on the rest stands (confirmed).');
    expect(notice.occurrences.map((occurrence) => occurrence.partstat)).toEqual(['ACCEPTED', 'ACCEPTED']);
    const reopened = facilityTeamNotice(team, request({ lastChange: 'note changed' }), [week(0)], 'sessions@kennis.test');
    expect(reopened.comment).toContain('It waits for your confirmation in Kennis again.');
  });
});
