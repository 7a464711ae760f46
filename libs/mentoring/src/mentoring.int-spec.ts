import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, Role } from '@kennis/auth';
import { Clock, KennisConfigModule, TestClock } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { DomainError, ErrorCode } from '@kennis/errors';
import { OutboxJobRunner, OutboxModule } from '@kennis/outbox';
import { QueuesModule } from '@kennis/queues';
import {
  buildPerson,
  createPeople,
  createPerson,
  createProposedSession,
  createRoom,
  createTestDatabase,
  type PersonFixture,
  type TestDatabase,
  useTestEnvironment,
} from '@kennis/testing';
import { MatchStatus } from './entities/mentor-match.entity';
import { RoundStatus } from './entities/mentoring-round.entity';
import { MatchingRunHandler } from './jobs/matching-run.handler';
import { MentoringMailKind } from './jobs/mentoring.jobs';
import { MentoringModule } from './mentoring.module';
import { DiversityService } from './services/diversity.service';
import { MenteeRequestService } from './services/mentee-request.service';
import { MentorMatchService } from './services/mentor-match.service';
import { MentorProfileService } from './services/mentor-profile.service';
import { FOLDED_GROUP, MentoringInsightsService, UNDECLARED_GROUP } from './services/mentoring-insights.service';
import { VISIBLE_CRITERIA, visibleExplanation } from './services/visible-breakdown';
import type { ScoreLine } from './matching/matching.types';
import { MentoringRoundService } from './services/mentoring-round.service';
import { earliestMeetingStart, firstSharedSlots, slotsOutside } from './services/first-meeting-slot';

const DAY = 86_400_000;

function actorOf(person: PersonFixture): Actor {
  return { personId: person.id, roles: person.roles as Role[] };
}

async function expectDomainError(promise: Promise<unknown>, code: ErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

describe('mentoring rounds, matches and privacy (real PostgreSQL)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let profiles: MentorProfileService;
  let requests: MenteeRequestService;
  let diversity: DiversityService;
  let rounds: MentoringRoundService;
  let matches: MentorMatchService;
  let insights: MentoringInsightsService;
  let runs: MatchingRunHandler;
  let runner: OutboxJobRunner;
  let admin: Actor;
  let departmentCounter = 0;
  // The matching run's handler asks the Clock; the services take `now` from the test.
  const clock = new TestClock();

  beforeAll(async () => {
    database = await createTestDatabase();
    useTestEnvironment(database.url);
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'mentoring' }), QueuesModule.forRoot(), OutboxModule, MentoringModule],
      providers: [MatchingRunHandler],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    profiles = moduleRef.get(MentorProfileService);
    requests = moduleRef.get(MenteeRequestService);
    diversity = moduleRef.get(DiversityService);
    rounds = moduleRef.get(MentoringRoundService);
    matches = moduleRef.get(MentorMatchService);
    insights = moduleRef.get(MentoringInsightsService);
    runs = moduleRef.get(MatchingRunHandler);
    runner = moduleRef.get(OutboxJobRunner);
    const adminPerson = await createPerson(dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    admin = { personId: adminPerson.id, roles: [Role.EMPLOYEE, Role.ADMIN] };
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  /** People of a department of their own, so each test's round sees only its own mentors. */
  async function team(mentorCount: number, menteeCount: number, overrides: Partial<PersonFixture> = {}) {
    const department = `Team ${++departmentCounter}`;
    const people = await createPeople(
      dataSource,
      Array.from({ length: mentorCount + menteeCount }, () => buildPerson({ department, ...overrides })),
    );
    const mentors = people.slice(0, mentorCount);
    const mentees = people.slice(mentorCount);
    for (const mentor of mentors) {
      await profiles.upsertMyProfile(actorOf(mentor), {
        capacity: 1,
        languages: ['en'],
        seniorityYears: 12,
        active: true,
        skillsOffered: [{ name: 'TypeScript', level: 5 }],
      });
    }
    const round = await rounds.openRound(
      admin,
      { name: `${department} round`, deadline: new Date(Date.now() + DAY), participants: { departments: [department], sites: [] }, autoPublish: false, responseDays: 7 },
      new Date(),
    );
    for (const mentee of mentees) {
      await requests.createMyRequest(
        actorOf(mentee),
        round.id,
        {
          goals: 'Write better types',
          languages: ['en'],
          seniorityYears: 1,
          skillsWanted: [{ name: 'TypeScript', level: 1 }],
          prefersOtherDepartment: false,
          prefersOtherSite: false,
          prefersSameGender: false,
        },
        new Date(),
      );
    }
    return { department, mentors, mentees, round };
  }

  /** What the worker does: the run's outbox row, handled in this process. */
  async function runRound(roundId: string): Promise<void> {
    await rounds.runRound(admin, roundId);
    const [row] = await dataSource.query(
      `SELECT id FROM outbox_message WHERE job_name = 'matching-run' AND payload->>'roundId' = $1 AND status = 'PENDING'`,
      [roundId],
    );
    expect(await runner.runRow(String(row.id), true, runs)).toBe('done');
  }

  async function matchesOf(roundId: string): Promise<{ id: string; mentor_id: string; mentee_id: string; status: string }[]> {
    return dataSource.query(`SELECT id, mentor_id, mentee_id, status FROM mentor_match WHERE round_id = $1 ORDER BY created_at, id`, [roundId]);
  }

  it('lets only the proposed mentor accept; a mentee gets FORBIDDEN, and acceptance plans a first meeting in a room', async () => {
    const { mentors, mentees, round } = await team(1, 1);
    await createRoom(dataSource, { site: 'Amsterdam', capacity: 4 });
    await runRound(round.id);
    expect((await rounds.getRound(admin, round.id)).status).toBe(RoundStatus.PROPOSED);
    // Unpublished proposals are invisible to the mentor.
    expect(await matches.myProposedMatches(actorOf(mentors[0]))).toEqual([]);
    await rounds.publishRound(admin, round.id, new Date());
    const [proposal] = await matches.myProposedMatches(actorOf(mentors[0]));
    expect(proposal.menteeId).toBe(mentees[0].id);
    expect(proposal.breakdown[0].criterion).toBe('skillFit');

    await expectDomainError(matches.accept(actorOf(mentees[0]), proposal.id, new Date()), ErrorCode.Forbidden);
    const outsider = await createPerson(dataSource);
    await expectDomainError(matches.accept(actorOf(outsider), proposal.id, new Date()), ErrorCode.Forbidden);
    expect((await matches.myMentorMatch(actorOf(mentees[0])))!.status).toBe(MatchStatus.PROPOSED);

    const accepted = await matches.accept(actorOf(mentors[0]), proposal.id, new Date());
    expect(accepted.status).toBe(MatchStatus.ACCEPTED);
    expect(accepted.meetingStartsAt).not.toBeNull();
    expect(accepted.meetingRoomBookingId).not.toBeNull();
    const mails: { kind: string; person_id: string }[] = await dataSource.query(
      `SELECT payload->>'kind' AS kind, payload->>'personId' AS person_id FROM outbox_message WHERE queue = 'mentoring-mail' AND payload->>'matchId' = $1`,
      [proposal.id],
    );
    // Both people, and the booked room's mailbox (a mail with no person).
    expect(mails.filter((mail) => mail.kind === MentoringMailKind.Accepted).map((mail) => mail.person_id).sort()).toEqual([mentors[0].id, mentees[0].id].sort());
    // The first check-in of each, due one interval on.
    expect(mails.filter((mail) => mail.kind === MentoringMailKind.CheckIn).map((mail) => mail.person_id).sort()).toEqual([mentors[0].id, mentees[0].id].sort());
    expect(mails.filter((mail) => mail.person_id === null).map((mail) => mail.kind)).toEqual([MentoringMailKind.MeetingRoom]);
    await expectDomainError(matches.accept(actorOf(mentors[0]), proposal.id, new Date()), ErrorCode.Conflict);
  });

  it('plans the first meeting around the sessions the mentee hosts that day', async () => {
    const { mentors, mentees, round } = await team(1, 1);
    await runRound(round.id);
    await rounds.publishRound(admin, round.id, new Date());
    const [proposal] = await matches.myProposedMatches(actorOf(mentors[0]));
    const now = new Date();
    // Fill the first two hours both would otherwise meet in with a session the mentee hosts.
    const shared = firstSharedSlots(earliestMeetingStart(now, 24), [{ timeZone: 'Europe/Amsterdam', workingHours: null }]);
    const [first] = shared;
    const session = await createProposedSession(dataSource, mentees[0].id);
    await dataSource.query(
      `UPDATE session SET status = 'SCHEDULED', starts_at = $2, ends_at = $3, online_url = 'https://meet.example.test/s' WHERE id = $1`,
      [session.id, first, new Date(first.getTime() + 2 * 3_600_000)],
    );
    const accepted = await matches.accept(actorOf(mentors[0]), proposal.id, now);
    // The first shared half hour after the session (the next morning when the session fills the rest of the day).
    const [after] = slotsOutside(shared, [{ startsAt: first, endsAt: new Date(first.getTime() + 2 * 3_600_000) }]);
    expect(accepted.meetingStartsAt!.getTime()).toBe(after.getTime());
    expect(after.getTime()).toBeGreaterThanOrEqual(first.getTime() + 2 * 3_600_000);
  });

  it('keeps diversity attributes to their owner, and only with consent', async () => {
    const [ada, bo] = await createPeople(dataSource, [buildPerson(), buildPerson()]);
    await diversity.setMyAttribute(actorOf(ada), 'gender', 'woman', true, new Date());
    await expectDomainError(diversity.setMyAttribute(actorOf(bo), 'gender', 'man', false, new Date()), ErrorCode.BadUserInput);
    await expectDomainError(diversity.setMyAttribute(actorOf(bo), 'shoe_size', '44', true, new Date()), ErrorCode.BadUserInput);
    expect((await diversity.myAttributes(actorOf(ada))).map((a) => [a.attribute, a.value])).toEqual([['gender', 'woman']]);
    expect(await diversity.myAttributes(actorOf(bo))).toEqual([]);
    // An admin asking for their own attributes still sees only their own.
    expect(await diversity.myAttributes(admin)).toEqual([]);
    expect(await diversity.clearMyAttribute(actorOf(ada), 'gender')).toEqual([]);
  });

  it('frees a declined mentee for the next run, which re-matches them and leaves the accepted match as it is', async () => {
    const { mentors, mentees, round } = await team(3, 2);
    await runRound(round.id);
    await rounds.publishRound(admin, round.id, new Date());
    const first = await matchesOf(round.id);
    expect(first).toHaveLength(2);
    const [keep, decline] = first;
    await matches.accept(actorOf(mentors.find((m) => m.id === keep.mentor_id)!), keep.id, new Date());
    await matches.decline(actorOf(mentors.find((m) => m.id === decline.mentor_id)!), decline.id, 'No time this quarter', new Date());
    expect(await matches.myMentorMatch(actorOf(mentees.find((m) => m.id === decline.mentee_id)!))).toBeNull();

    await runRound(round.id);
    const second = await matchesOf(round.id);
    expect(second.find((m) => m.id === keep.id)!.status).toBe(MatchStatus.ACCEPTED);
    expect(second.find((m) => m.id === decline.id)!.status).toBe(MatchStatus.DECLINED);
    const rematch = second.find((m) => m.status === MatchStatus.PROPOSED)!;
    expect(rematch.mentee_id).toBe(decline.mentee_id);
    expect([keep.mentor_id, decline.mentor_id]).not.toContain(rematch.mentor_id);
    expect((await rounds.getRound(admin, round.id)).resultSummary).toMatchObject({ proposedCount: 1, keptAcceptedCount: 1 });
  });

  it('expires proposals past their answer date, counts them as declined, and never proposes the pair again', async () => {
    const { mentors, mentees, round } = await team(1, 1);
    await runRound(round.id);
    clock.set(new Date());
    await rounds.publishRound(admin, round.id, clock.now());
    const [proposal] = await matchesOf(round.id);
    // The round answers in 7 days: to the millisecond from publishing.
    const respondBy = new Date(clock.now().getTime() + 7 * DAY);
    const [{ respond_by: stored }] = await dataSource.query(`SELECT respond_by FROM mentor_match WHERE id = $1`, [proposal.id]);
    expect(new Date(stored)).toEqual(respondBy);
    clock.set(new Date(respondBy.getTime() - 1));
    await matches.expireOverdue(clock.now());
    expect((await matchesOf(round.id))[0].status).toBe(MatchStatus.PROPOSED);
    clock.set(respondBy);
    await expectDomainError(matches.accept(actorOf(mentors[0]), proposal.id, clock.now()), ErrorCode.Conflict);
    clock.advance(1);
    expect(await matches.expireOverdue(clock.now())).toBeGreaterThanOrEqual(1);
    expect((await matchesOf(round.id))[0].status).toBe(MatchStatus.EXPIRED);
    expect(await matches.myMentorMatch(actorOf(mentees[0]))).toBeNull();
    clock.advance(60_000);
    await runRound(round.id);
    expect((await matchesOf(round.id)).filter((m) => m.status === MatchStatus.PROPOSED)).toEqual([]);
    // The run's summary carries the handler's time, which is the Clock's.
    expect((await rounds.getRound(admin, round.id)).resultSummary).toMatchObject({ proposedCount: 0, unmatchedCount: 1, finishedAt: clock.now().toISOString() });
  });

  it('never proposes a mentee their own manager', async () => {
    const department = `Team ${++departmentCounter}`;
    const [boss] = await createPeople(dataSource, [buildPerson({ department })]);
    const [report] = await createPeople(dataSource, [buildPerson({ department, managerId: boss.id })]);
    await profiles.upsertMyProfile(actorOf(boss), { capacity: 3, languages: ['en'], seniorityYears: 20, active: true, skillsOffered: [{ name: 'TypeScript', level: 5 }] });
    const round = await rounds.openRound(
      admin,
      { name: 'Reporting line', deadline: new Date(Date.now() + DAY), participants: { departments: [department], sites: [] }, autoPublish: false, responseDays: 7 },
      new Date(),
    );
    await requests.createMyRequest(
      actorOf(report),
      round.id,
      { goals: '', languages: ['en'], seniorityYears: 1, skillsWanted: [{ name: 'TypeScript', level: 1 }], prefersOtherDepartment: false, prefersOtherSite: false, prefersSameGender: false },
      new Date(),
    );
    await runRound(round.id);
    expect(await matchesOf(round.id)).toEqual([]);
  });

  it('shows admins match rates only for diversity groups of at least five', async () => {
    const { mentors, mentees, round } = await team(1, 7);
    await profiles.upsertMyProfile(actorOf(mentors[0]), { capacity: 20, languages: ['en'], seniorityYears: 12, active: true, skillsOffered: [{ name: 'TypeScript', level: 5 }] });
    for (const [index, mentee] of mentees.entries()) {
      await diversity.setMyAttribute(actorOf(mentee), 'gender', index < 5 ? 'group-five' : 'group-two', true, new Date());
    }
    await runRound(round.id);
    await expectDomainError(insights.roundInsights(actorOf(mentees[0]), round.id), ErrorCode.Forbidden);
    const result = await insights.roundInsights(admin, round.id);
    expect(result.matchedCount).toBe(7);
    expect(result.meanScore).toBeGreaterThan(0);
    expect(result.criteria.find((c) => c.criterion === 'skillFit')).toMatchObject({ metCount: 7 });
    const gender = result.groups.filter((group) => group.attribute === 'gender');
    // group-two (2 people) cannot stand alone, and showing group-five would let its 2 be derived from the
    // totals: both fold into one group of 7.
    expect(gender).toEqual([{ attribute: 'gender', group: FOLDED_GROUP, mentees: 7, matched: 7, matchRate: 1 }]);
    expect(JSON.stringify(result)).not.toContain('group-two');
    expect(JSON.stringify(result)).not.toContain('group-five');
    expect(result.groups.find((group) => group.attribute === 'age_band')).toMatchObject({ group: UNDECLARED_GROUP, mentees: 7 });
  });

  it('tells admins nothing of single pairs\' diversity points: no mean or hidden criteria below five matches, distribution in visible points', async () => {
    const { mentors, mentees, round } = await team(2, 2);
    // Different backgrounds on both pairs: the hidden differentBackground line earns points.
    for (const [index, person] of [...mentors, ...mentees].entries()) {
      await diversity.setMyAttribute(actorOf(person), 'background', index < 2 ? 'background-a' : 'background-b', true, new Date());
    }
    await runRound(round.id);
    const stored: { score: number; breakdown: ScoreLine[] }[] = await dataSource.query(`SELECT score, breakdown FROM mentor_match WHERE round_id = $1`, [round.id]);
    expect(stored).toHaveLength(2);
    const hidden = (match: (typeof stored)[number]) => match.breakdown.filter((line) => !VISIBLE_CRITERIA.has(line.criterion));
    expect(stored.every((match) => hidden(match).some((line) => line.points > 0))).toBe(true);

    const result = await insights.roundInsights(admin, round.id);
    expect(result.matchedCount).toBe(2);
    expect(result.meanScore).toBeNull();
    expect(result.criteria.map((criterion) => criterion.criterion).every((name) => VISIBLE_CRITERIA.has(name as never))).toBe(true);
    expect(result.criteria.map((criterion) => criterion.criterion)).toContain('skillFit');

    const distribution = await insights.scoreDistribution(admin, round.id, 1);
    const visibleScores = stored.map((match) => visibleExplanation(match.breakdown).score).sort((a, b) => a - b);
    expect(distribution.buckets.filter((bucket) => bucket.count > 0).flatMap((bucket) => Array(bucket.count).fill(bucket.from))).toEqual(visibleScores);
    expect(visibleScores).not.toContain(stored[0].score);
  });
});
