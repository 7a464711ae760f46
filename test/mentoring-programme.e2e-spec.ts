import { buildPerson, createPeople, createPerson, type PersonFixture, waitFor, waitUntil } from '@kennis/testing';
import { demoEmail, seedDemoData } from '../scripts/demo-seed';
import { expectNothingTelling, visibleTextOf } from './support/mentoring-privacy';
import { PlatformHarness } from './support/platform-harness';

const DAY = 86_400_000;
const PERSON = `id name department site`;
const MATCH = `id status score respondBy decidedAt declineReason meetingStartsAt breakdown { criterion points explanation } mentor { ${PERSON} } mentee { ${PERSON} }`;
/** Every mentoring read a mentor or a mentee can make about their matches. */
const PERSON_READS = `{ myProposedMatches { ${MATCH} } myMentorMatch { ${MATCH} } myMentoringHistory { ${MATCH} } }`;
const REVIEW = `round { id status requestsClosedAt result { proposedCount unmatchedCount } }
  pairs { published pinned match { ${MATCH} } } unmatched { reason mentee { id } } excluded { mentor { id } mentee { id } }`;

describe('a whole mentoring programme over GraphQL: preview, review, pins, publish, answers, and privacy', () => {
  const platform = new PlatformHarness();
  let admin: PersonFixture;
  let mentors: PersonFixture[];
  let eva: PersonFixture;
  let eli: PersonFixture;
  let zoe: PersonFixture;
  let lou: PersonFixture;
  /** Everything each person read over GraphQL, as text. */
  const seen = new Map<string, string[]>();

  beforeAll(async () => {
    await platform.start({ PUBLIC_URL: 'https://kennis.example.test', MENTORING_MEETING_LINK_TEMPLATE: 'https://meet.example.test/kennis-{matchId}' });
    admin = await createPerson(platform.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    mentors = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Mila Mentor', email: 'mila@programme.test', language: 'nl' }),
      buildPerson({ name: 'Max Mentor', email: 'max@programme.test', language: 'nl' }),
      buildPerson({ name: 'Mo Mentor', email: 'mo@programme.test', department: 'Sales' }),
    ]);
    [eva, eli, zoe, lou] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Eva Mentee', email: 'eva@programme.test', department: 'Finance' }),
      buildPerson({ name: 'Eli Mentee', email: 'eli@programme.test', department: 'Finance' }),
      buildPerson({ name: 'Zoe Mentee', email: 'zoe@programme.test', language: 'nl' }),
      buildPerson({ name: 'Lou Mentee', email: 'lou@programme.test' }),
    ]);
  });

  afterAll(() => platform.stop());

  async function read(person: PersonFixture, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const data = await platform.ok(person.id, query, variables);
    seen.set(person.id, [...(seen.get(person.id) ?? []), JSON.stringify(data)]);
    return data;
  }

  async function waitForRound(roundId: string, status: string): Promise<void> {
    await waitUntil(
      `round ${roundId} to reach ${status}`,
      async () => {
        const { mentoringRound } = await platform.ok(admin.id, `query($id: ID!) { mentoringRound(id: $id) { status lastError } }`, { id: roundId });
        expect(mentoringRound.lastError).toBeNull();
        return mentoringRound.status === status;
      },
      60_000,
    );
  }

  const request = (languages: string[], goals = 'Grow in Kotlin') => ({
    goals,
    languages,
    seniorityYears: 1,
    skillsWanted: [{ name: 'Kotlin', level: 1 }],
  });

  it('runs a round from preview to answers, and nobody but the admin sees a trace of a diversity attribute', async () => {
    for (const mentor of mentors) {
      await platform.ok(mentor.id, `mutation($input: MentorProfileInput!) { upsertMyMentorProfile(input: $input) { capacity } }`, {
        input: { capacity: 1, languages: ['en', 'nl'], seniorityYears: 15, skillsOffered: [{ name: 'Kotlin', level: 5 }] },
      });
    }
    const declare = (person: PersonFixture, attribute: string, value: string) =>
      platform.ok(person.id, `mutation($a: String!, $v: String!) { setMyDiversityAttribute(input: { attribute: $a, value: $v, consent: true }) { attribute } }`, {
        a: attribute,
        v: value,
      });
    await declare(eva, 'gender', 'zq-gender-one');
    await declare(eva, 'background', 'zq-background-one');
    await declare(eli, 'age_band', 'zq-age-one');
    await declare(mentors[0], 'gender', 'zq-gender-one');
    await declare(mentors[0], 'background', 'zq-background-two');
    await declare(mentors[1], 'gender', 'zq-gender-two');
    await declare(mentors[2], 'background', 'zq-background-one');

    const { openMentoringRound: round } = await platform.ok(
      admin.id,
      `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id status } }`,
      { input: { name: 'Autumn programme', deadline: new Date(Date.now() + 14 * DAY).toISOString(), responseDays: 5 } },
    );
    const twin = await platform.graphql(admin.id, `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id } }`, {
      input: { name: 'AUTUMN programme', deadline: new Date(Date.now() + 14 * DAY).toISOString(), responseDays: 5 },
    });
    expect(twin.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'name' }, message: expect.stringContaining('already a round named AUTUMN programme') });
    const ask = `mutation($roundId: ID!, $input: MenteeRequestInput!) { createMyMenteeRequest(roundId: $roundId, input: $input) { id } }`;
    await platform.ok(eva.id, ask, { roundId: round.id, input: { ...request(['en']), prefersSameGender: true } });
    await platform.ok(eli.id, ask, { roundId: round.id, input: request(['en']) });
    await platform.ok(zoe.id, ask, { roundId: round.id, input: request(['de']) });

    // A preview run: the round keeps taking requests.
    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    await waitForRound(round.id, 'PROPOSED');
    expect((await platform.ok(lou.id, `{ openMentoringRounds { id } }`)).openMentoringRounds).toContainEqual({ id: round.id });
    await platform.ok(lou.id, ask, { roundId: round.id, input: request(['en']) });

    const { mentoringRounds } = await platform.ok(admin.id, `{ mentoringRounds { id status deadline requests unpublished accepted declined } }`);
    expect(mentoringRounds).toContainEqual(expect.objectContaining({ id: round.id, status: 'PROPOSED', requests: 4, unpublished: 2, accepted: 0 }));
    const forbidden = await platform.graphql(eva.id, `{ mentoringRounds { id } }`);
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { mentoringRoundReview: first } = await platform.ok(admin.id, `query($id: ID!) { mentoringRoundReview(roundId: $id) { ${REVIEW} } }`, {
      id: round.id,
    });
    expect(first.pairs).toHaveLength(2);
    expect(first.unmatched).toEqual([{ reason: 'NO_SHARED_LANGUAGE', mentee: { id: zoe.id } }]);
    for (const pair of first.pairs) {
      expect(pair.published).toBe(false);
      expect(pair.match.breakdown.map((line: { criterion: string }) => line.criterion)).toEqual(['skillFit', 'acrossDepartments', 'acrossSites', 'seniorityGap']);
    }
    // No per-pair total: with the hidden criteria's points in it, it would tell whether two people share a diversity attribute.
    const total = await platform.graphql(admin.id, `query($id: ID!) { mentoringRoundReview(roundId: $id) { pairs { totalScore } } }`, { id: round.id });
    expect(total.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const evaFirst = first.pairs.find((pair: any) => pair.match.mentee.id === eva.id).match;
    const eliFirst = first.pairs.find((pair: any) => pair.match.mentee.id === eli.id).match;
    // Nothing is visible to mentors before publishing.
    for (const mentor of mentors) expect((await read(mentor, PERSON_READS)).myProposedMatches).toEqual([]);

    const pairArgs = (match: any) => ({ roundId: round.id, mentorId: match.mentor.id, menteeId: match.mentee.id });
    const pinned = await platform.ok(admin.id, `mutation($roundId: ID!, $mentorId: ID!, $menteeId: ID!) { pinMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) { pairs { pinned match { mentee { id } } } } }`, pairArgs(evaFirst));
    expect(pinned.pinMentorPair.pairs).toContainEqual({ pinned: true, match: { mentee: { id: eva.id } } });
    const excluded = await platform.ok(admin.id, `mutation($roundId: ID!, $mentorId: ID!, $menteeId: ID!) { excludeMentorPair(roundId: $roundId, mentorId: $mentorId, menteeId: $menteeId) { excluded { mentor { id } mentee { id } } } }`, pairArgs(eliFirst));
    expect(excluded.excludeMentorPair.excluded).toEqual([{ mentor: { id: eliFirst.mentor.id }, mentee: { id: eli.id } }]);

    // Mentees change or withdraw their request until the round closes to requests.
    await platform.ok(zoe.id, `mutation($roundId: ID!, $input: MenteeRequestInput!) { updateMyMenteeRequest(roundId: $roundId, input: $input) { goals } }`, {
      roundId: round.id,
      input: request(['de'], 'Lead a Kotlin team'),
    });
    expect((await platform.ok(lou.id, `mutation($id: ID!) { withdrawMyMenteeRequest(roundId: $id) }`, { id: round.id })).withdrawMyMenteeRequest).toBe(true);

    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    await waitForRound(round.id, 'PROPOSED');
    const { mentoringRoundReview: second } = await platform.ok(admin.id, `query($id: ID!) { mentoringRoundReview(roundId: $id) { ${REVIEW} } }`, {
      id: round.id,
    });
    const evaSecond = second.pairs.find((pair: any) => pair.match.mentee.id === eva.id);
    const eliSecond = second.pairs.find((pair: any) => pair.match.mentee.id === eli.id);
    expect(evaSecond).toMatchObject({ pinned: true, match: { mentor: { id: evaFirst.mentor.id } } });
    expect(eliSecond.match.mentor.id).not.toBe(eliFirst.mentor.id);
    expect(second.pairs.map((pair: any) => pair.match.mentee.id)).not.toContain(lou.id);

    // The score distribution: counts per bucket of the points the review shows, and no one in it.
    const distribution = `query($id: ID!, $width: Int) { mentoringRoundScoreDistribution(roundId: $id, bucketWidth: $width) { roundId bucketWidth matchCount buckets { from to count } } }`;
    const scores: number[] = second.pairs.map((pair: any) => pair.match.score);
    const { mentoringRoundScoreDistribution: perPoint } = await platform.ok(admin.id, distribution, { id: round.id, width: 1 });
    expect(perPoint.matchCount).toBe(scores.length);
    expect(perPoint.buckets[0].from).toBe(Math.min(...scores));
    expect(perPoint.buckets.at(-1).to).toBe(Math.max(...scores));
    for (const bucket of perPoint.buckets) expect(bucket.count).toBe(scores.filter((score) => score === bucket.from).length);
    const { mentoringRoundScoreDistribution: perHundred } = await platform.ok(admin.id, distribution, { id: round.id });
    expect(perHundred.bucketWidth).toBe(100);
    expect(perHundred.buckets.reduce((sum: number, bucket: any) => sum + bucket.count, 0)).toBe(scores.length);
    for (const bucket of perHundred.buckets) {
      expect(bucket.from % 100).toBe(0);
      expect(bucket.count).toBe(scores.filter((score) => score >= bucket.from && score <= bucket.to).length);
    }
    const people = [admin, ...mentors, eva, eli, zoe, lou];
    for (const person of people) expect(JSON.stringify(perPoint)).not.toContain(person.id);
    const badWidth = await platform.graphql(admin.id, distribution, { id: round.id, width: 0 });
    expect(badWidth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bucketWidth' });
    expect((await platform.graphql(eva.id, distribution, { id: round.id })).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { closeMentoringRoundRequests } = await platform.ok(admin.id, `mutation($id: ID!) { closeMentoringRoundRequests(roundId: $id) { requestsClosedAt } }`, { id: round.id });
    expect(closeMentoringRoundRequests.requestsClosedAt).not.toBeNull();
    const late = await platform.graphql(lou.id, ask, { roundId: round.id, input: request(['en']) });
    expect(late.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'The round no longer takes requests or changes to them: it was closed to requests; ask in the next round.',
    });
    const lateEdit = await platform.graphql(zoe.id, `mutation($roundId: ID!, $input: MenteeRequestInput!) { updateMyMenteeRequest(roundId: $roundId, input: $input) { goals } }`, {
      roundId: round.id,
      input: request(['en']),
    });
    expect(lateEdit.errors?.[0].extensions.code).toBe('CONFLICT');

    await platform.ok(admin.id, `mutation($id: ID!) { publishMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const evaMentor = mentors.find((mentor) => mentor.id === evaFirst.mentor.id)!;
    const eliMentor = mentors.find((mentor) => mentor.id === eliSecond.match.mentor.id)!;
    await platform.sink.waitFor('proposal mails to both mentors and the unmatched mail to Zoe', () =>
      [evaMentor.email, eliMentor.email, zoe.email].every((address) => platform.sink.to(address).length === 1),
    );
    for (const mentor of [evaMentor, eliMentor]) {
      const mail = platform.sink.to(mentor.email)[0];
      expect(mail.parsed.text).toContain('https://kennis.example.test/mentoring');
      if (mentor.email !== 'mo@programme.test') {
        // Dutch through and through: no English engine explanation in a Dutch mail.
        expect(mail.parsed.subject).toContain('voorgestelde mentees');
        expect(mail.parsed.text).not.toMatch(/Mentor offers|Across|Same department|Same site|years of experience|Accept or decline/);
      }
    }
    const zoeMail = platform.sink.to(zoe.email)[0];
    expect(zoeMail.parsed.subject).toBe('Mentoring: nog geen mentor in Autumn programme');
    expect(zoeMail.parsed.text).toContain('spreken geen van jouw talen');
    expect(zoeMail.parsed.text).toContain('volgende koppeling');

    const evaProposal = (await read(evaMentor, PERSON_READS)).myProposedMatches[0];
    const eliProposal = (await read(eliMentor, PERSON_READS)).myProposedMatches[0];
    await read(evaMentor, `mutation($id: ID!) { acceptMentorMatch(matchId: $id) { ${MATCH} } }`, { id: evaProposal.id });
    await read(eliMentor, `mutation($id: ID!) { declineMentorMatch(matchId: $id, reason: "Full") { ${MATCH} } }`, { id: eliProposal.id });
    await platform.sink.waitFor('the acceptance to both and the decline to Eli', () =>
      platform.sink.to(eva.email).length === 1 && platform.sink.to(evaMentor.email).length === 2 && platform.sink.to(eli.email).length === 1,
    );
    // No room in this organisation: the first meeting is online, with the configured link in mail and invite.
    const evaAccepted = platform.sink.to(eva.email)[0];
    expect(evaAccepted.parsed.text).toContain(`https://meet.example.test/kennis-${evaProposal.id}`);
    // RFC 5545 3.1: long lines are folded; unfold before reading the property.
    expect(evaAccepted.ics!.replace(/\r?\n[ \t]/g, '')).toContain(`URL;VALUE=URI:https://meet.example.test/kennis-${evaProposal.id}`);
    const eliMail = platform.sink.to(eli.email)[0];
    expect(eliMail.parsed.subject).toBe('Mentoring: your proposed mentor declined');
    expect(eliMail.parsed.text).toContain('matched again in its next run');

    const { myMentoringHistory: eliHistory } = await read(eli, PERSON_READS);
    expect(eliHistory.map((match: any) => match.status)).toEqual(['DECLINED']);
    // A declined match leaves the distribution; the accepted one stays in it.
    const { mentoringRoundScoreDistribution: afterAnswers } = await platform.ok(admin.id, distribution, { id: round.id, width: 1 });
    expect(afterAnswers.matchCount).toBe(1);
    expect(afterAnswers.buckets).toEqual([{ from: evaSecond.match.score, to: evaSecond.match.score, count: 1 }]);
    const { myMentoringHistory: evaHistory } = await read(eva, PERSON_READS);
    expect(evaHistory.map((match: any) => match.status)).toEqual(['ACCEPTED']);
    for (const person of [...mentors, zoe, lou]) await read(person, PERSON_READS);

    await platform.waitForOutboxDrained();
    // The privacy promise: every text each mentor and mentee could see, searched for attribute values,
    // names and any phrase that compares them.
    for (const person of [...mentors, eva, eli, zoe, lou]) {
      expectNothingTelling(person.email, [...(seen.get(person.id) ?? []), ...platform.sink.to(person.email).map(visibleTextOf)]);
    }
    expect(platform.sink.duplicates).toBe(0);
  });

  it('gives the demo organisation mentors, mentees and an open round that an admin can run at once', async () => {
    await seedDemoData(platform.dataSource);
    const [{ id: adaId }]: { id: string }[] = await platform.dataSource.query(`SELECT id FROM person WHERE email = $1`, [demoEmail('ada')]);
    const [{ id: emreId }]: { id: string }[] = await platform.dataSource.query(`SELECT id FROM person WHERE email = $1`, [demoEmail('emre')]);
    const { openMentoringRounds } = await platform.ok(emreId, `{ openMentoringRounds { id name } }`);
    const demoRound = openMentoringRounds.find((round: { name: string }) => round.name === 'Mentoring autumn');
    expect(demoRound).toBeDefined();
    const { mentoringRounds } = await platform.ok(adaId, `{ mentoringRounds { id requests } }`);
    expect(mentoringRounds).toContainEqual({ id: demoRound.id, requests: 4 });
    await platform.ok(adaId, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: demoRound.id });
    const result = await waitFor(
      'the demo round to be proposed',
      async () => {
        const { mentoringRound } = await platform.ok(adaId, `query($id: ID!) { mentoringRound(id: $id) { status result { proposedCount unmatchedCount } } }`, { id: demoRound.id });
        return mentoringRound.status === 'PROPOSED' ? (mentoringRound.result as Record<string, number>) : null;
      },
      60_000,
    );
    expect(result).toEqual({ proposedCount: 4, unmatchedCount: 0 });
  });
});
