import { createPerson, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;

/** The header block of a raw message, unfolded, one header a line: what a mail client reads as headers. */
function headerLines(raw: string): string[] {
  return raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

/** What users type reaches PostgreSQL, mail headers, invites and HTML only as data, read back from what was stored and sent. */
describe('injection through every text a person types', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;
  let facility: PersonFixture;

  beforeAll(async () => {
    await platform.start();
    // Names come from the identity provider, so they reach us unchecked: a hostile one is stored as it is.
    host = await createPerson(platform.dataSource, { name: 'Hanna\r\nBcc: everyone@example.test', email: 'hanna@example.test' });
    facility = await createPerson(platform.dataSource, { name: 'Fay', roles: ['EMPLOYEE', 'FACILITY_MANAGER'] });
  });

  afterAll(() => platform.stop());

  it('stores SQL as text and finds nothing with SQL in filters', async () => {
    const title = "Robert'); DROP TABLE session; --";
    const { proposeSession } = await platform.ok(host.id, 'mutation($t: String!) { proposeSession(input: { title: $t, description: "x\' OR 1=1 --", format: TALK, language: "en", capacity: 3, durationMinutes: 30 }) { id title } }', { t: title });
    const [row] = await platform.dataSource.query(`SELECT title, description FROM session WHERE id = $1`, [proposeSession.id]);
    expect(row).toEqual({ title, description: "x' OR 1=1 --" });
    const { createRoom } = await platform.ok(facility.id, 'mutation { createRoom(input: { site: "Delft", name: "Lovelace", capacity: 8 }) { id } }');
    await platform.ok(host.id, 'mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }', {
      input: { sessionId: proposeSession.id, startsAt: new Date(Date.now() + 96 * HOUR).toISOString(), roomId: createRoom.id },
    });
    const SEARCH = 'query($f: UpcomingSessionsFilter) { upcomingSessions(filter: $f) { edges { node { id } } } }';
    expect((await platform.ok(host.id, SEARCH, { f: { text: 'Robert' } })).upcomingSessions.edges).toHaveLength(1);
    for (const text of ["%' OR '1'='1", '%', '_', "'; SELECT pg_sleep(5); --", '\\']) {
      const found = await platform.ok(host.id, SEARCH, { f: { text } });
      expect(found.upcomingSessions.edges).toEqual([]);
      const people = await platform.ok(host.id, 'query($s: String!) { people(search: $s) { id } }', { s: text });
      expect(people.people).toEqual([]);
      const skills = await platform.ok(host.id, 'query($s: String!) { skills(search: $s) { id } }', { s: text });
      expect(skills.skills).toEqual([]);
    }
    const [{ count }] = await platform.dataSource.query(`SELECT count(*)::int AS count FROM session`);
    expect(count).toBe(1);
  });

  it('keeps headers, iCalendar properties and HTML out of what names and texts can reach', async () => {
    const { createRoom } = await platform.ok(facility.id, 'mutation { createRoom(input: { site: "Utrecht", name: "Turing\\r\\nX-Evil: 1", capacity: 8, resourceMailbox: "turing@rooms.example.test" }) { id } }');
    const title = 'Talk\r\nBcc: all@example.test\r\nATTENDEE:mailto:evil@example.test <script>alert(1)</script>';
    const description = 'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\n<img src=x onerror=alert(1)>';
    const { proposeSession } = await platform.ok(host.id, 'mutation($t: String!, $d: String!) { proposeSession(input: { title: $t, description: $d, format: TALK, language: "en", capacity: 3, durationMinutes: 30 }) { id } }', {
      t: title,
      d: description,
    });
    const startsAt = new Date(Date.now() + 72 * HOUR);
    startsAt.setUTCSeconds(0, 0);
    await platform.ok(host.id, 'mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }', {
      input: { sessionId: proposeSession.id, startsAt: startsAt.toISOString(), roomId: createRoom.id },
    });
    await platform.sink.waitFor('invites to host and room', () => platform.sink.to('hanna@example.test').length >= 2 && platform.sink.to('turing@rooms.example.test').length >= 1);
    expect(platform.sink.to('everyone@example.test')).toEqual([]);
    expect(platform.sink.to('all@example.test')).toEqual([]);
    expect(platform.sink.to('evil@example.test')).toEqual([]);

    const mails = [...platform.sink.to('hanna@example.test'), ...platform.sink.to('turing@rooms.example.test')].filter((mail) =>
      String(mail.parsed.subject).includes('Talk'),
    );
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(headerLines(mail.raw).filter((line) => /^(bcc|x-evil|attendee):/i.test(line))).toEqual([]);
      const ics = mail.ics!;
      expect(ics.split(/\r\n/).filter((line) => /^(ATTENDEE:mailto:evil|SUMMARY:forged|BEGIN:VEVENT)/.test(line))).toEqual(['BEGIN:VEVENT']);
      expect(mail.calendar!.attendees.join('\n')).not.toMatch(/evil@example\.test/);
      expect(String(mail.parsed.html)).not.toMatch(/<script>|<img src=x/);
      expect(String(mail.parsed.html)).toMatch(/&lt;script&gt;/);
    }
  });
});
