import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCalendarFeed, renderEventInvite } from './index';
import type { FeedEvent, EventInvite } from './index';

// Node reads TZ once at start-up, so changing process.env.TZ inside jest proves nothing: each zone
// gets its own node process, which compiles this library with swc on the fly and renders the input.
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const childScript = `
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const root = process.env.KENNIS_ROOT;
const options = {
  swcrc: false,
  sourceMaps: false,
  module: { type: 'commonjs' },
  jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true } },
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@kennis\\/([a-z-]+)$/.exec(request);
  return resolve.call(this, alias ? path.join(root, 'libs', alias[1], 'src', 'index.ts') : request, ...rest);
};
const calendar = require(path.join(root, 'libs/calendar/src/index.ts'));
const input = JSON.parse(process.env.KENNIS_INPUT, (key, value) =>
  ['startsAt', 'endsAt', 'stamp', 'feedStamp'].includes(key) ? new Date(value) : value);
process.stdout.write(JSON.stringify({
  offsetMinutes: input.invite.startsAt.getTimezoneOffset(),
  invite: calendar.renderEventInvite(input.invite),
  feed: calendar.renderCalendarFeed('Feed', input.events, input.feedStamp),
}));
`;

// Across the US change to daylight saving time (2026-03-08 07:00 UTC).
const invite: EventInvite = {
  uid: 'kennis-session-7@kennis.example.org',
  sequence: 5,
  method: 'REQUEST',
  title: 'Early talk',
  description: 'Across a DST change in New York.',
  location: 'Room Ada',
  url: null,
  startsAt: new Date('2026-03-08T06:30:00Z'),
  endsAt: new Date('2026-03-08T08:15:00Z'),
  organizer: { name: 'Hanna Host', email: 'hanna@example.org' },
  sentBy: 'kennis@kennis.example.org',
  attendees: [{ email: 'piet@example.org', name: 'Piet', kind: 'PERSON', role: 'REQ-PARTICIPANT' }],
  stamp: new Date('2026-03-01T23:59:59Z'),
};
const events: FeedEvent[] = [
  {
    uid: 'kennis-session-7@kennis.example.org',
    sequence: 5,
    title: 'Early talk',
    description: '',
    location: null,
    url: null,
    startsAt: invite.startsAt,
    endsAt: invite.endsAt,
    cancelled: false,
  },
];
const feedStamp = new Date('2026-03-02T00:00:00Z');

function renderUnder(timeZone: string): { offsetMinutes: number; invite: string; feed: string } {
  const output = execFileSync(process.execPath, ['-e', childScript], {
    cwd: repositoryRoot,
    env: {
      PATH: process.env.PATH,
      TZ: timeZone,
      KENNIS_ROOT: repositoryRoot,
      KENNIS_INPUT: JSON.stringify({ invite, events, feedStamp }),
    },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { offsetMinutes: number; invite: string; feed: string };
}

describe('calendar output and the process time zone', () => {
  it('is byte-identical under TZ=UTC, America/New_York, Asia/Kathmandu and Pacific/Chatham', () => {
    const zones = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];
    const results = zones.map(renderUnder);

    // The children really ran in different zones, or this test would prove nothing.
    expect(new Set(results.map((result) => result.offsetMinutes)).size).toBe(zones.length);

    const expectedInvite = renderEventInvite(invite);
    const expectedFeed = renderCalendarFeed('Feed', events, feedStamp);
    expect(expectedInvite).toContain('DTSTART:20260308T063000Z\r\n');
    expect(expectedInvite).toContain('DTEND:20260308T081500Z\r\n');
    expect(expectedInvite).toContain('DTSTAMP:20260301T235959Z\r\n');
    expect(expectedInvite).not.toMatch(/TZID|VTIMEZONE/);
    for (const result of results) {
      expect(result.invite).toBe(expectedInvite);
      expect(result.feed).toBe(expectedFeed);
    }
  }, 30_000);
});
