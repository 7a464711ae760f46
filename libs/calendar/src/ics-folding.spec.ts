import fc from 'fast-check';
import { foldIcsLines } from './ics-folding';
import type { EventInvite } from './calendar.types';
import { buildEventCalendar, renderEventInvite } from './event-invite.renderer';

const CRLF = '\r\n';

function invite(title: string, description: string, location: string | null = 'Utrecht / Zaal één'): EventInvite {
  return {
    uid: 'kennis-session-3f1c2a9e-0000-4000-8000-000000000001@kennis.example.org',
    sequence: 3,
    method: 'REQUEST',
    title,
    description,
    location,
    url: 'https://meet.example.org/sessions/3f1c2a9e-0000-4000-8000-000000000001?with=a-long-query-string-that-must-fold',
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T10:30:00Z'),
    organizer: { name: 'Zoë Ångström-Ñúñez 山田', email: 'zoe@example.org' },
    sentBy: 'kennis@kennis.example.org',
    attendees: [
      { email: 'zoe@example.org', name: 'Zoë Ångström-Ñúñez 山田', kind: 'PERSON', role: 'CHAIR' },
      { email: 'piet@example.org', name: 'Piet de Vries 🎉 with a name long enough to need folding', kind: 'PERSON', role: 'REQ-PARTICIPANT' },
    ],
    stamp: new Date('2026-03-01T12:00:00Z'),
  };
}

/** RFC 5545 3.1: every physical line at most 75 octets, continuations start with one space, unfolding restores the text. */
function expectValidFolding(folded: string, unfolded: string): void {
  const lines = folded.split(CRLF);
  for (const [index, line] of lines.entries()) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // No UTF-8 character is cut: no surrogate pair is split by a fold (the unfolded lines never start with a space).
    const next = lines[index + 1];
    if (next?.startsWith(' ')) {
      expect(/[\ud800-\udbff]$/.test(line) && /^ [\udc00-\udfff]/.test(next)).toBe(false);
    }
  }
  expect(folded.replace(/\r\n /g, '')).toBe(unfolded);
}

describe('RFC 5545 line folding', () => {
  it('folds long lines of one-, two-, three- and four-octet characters at 75 octets, never inside a character', () => {
    for (const character of ['a', 'é', '日', '🎉']) {
      const line = `SUMMARY:${character.repeat(200)}`;
      const folded = foldIcsLines(line);
      expect(folded).not.toBe(line);
      expectValidFolding(folded, line);
    }
  });

  it('leaves short lines alone, however many', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'SUMMARY:Zaal één', 'END:VCALENDAR'].join(CRLF);
    expect(foldIcsLines(text)).toBe(text);
  });

  it('folds any text validly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.map((line) => line.replace(/\r\n/g, '').replace(/^ +/, '')).join(CRLF);
        expectValidFolding(foldIcsLines(text), text);
      }),
    );
  });

  it('writes an invite byte for byte as ical-generator would, multi-byte text included (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', 'ñ', '日', '本', '🎉', '👩‍💻', ',', ';', '\n'), maxLength: 400 });
    fc.assert(
      fc.property(text, text, (title, description) => {
        const input = invite(title.trim() || 'Untitled', description);
        const ours = renderEventInvite(input);
        expect(ours).toBe(buildEventCalendar(input).calendar.toString());
        expectValidFolding(ours, ours.replace(/\r\n /g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('is the same invite for a cancellation without a location', () => {
    const input = { ...invite('Kennissessie: één keer per maand 日本語 '.repeat(4), 'Over '.repeat(40), null), method: 'CANCEL' as const };
    expect(renderEventInvite(input)).toBe(buildEventCalendar(input).calendar.toString());
  });
});
