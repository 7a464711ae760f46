import fc from 'fast-check';
import pg from 'pg';
import { kennisPgTypes, parseTimestamptz } from './timestamptz';

const driverParse = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number | null;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** How PostgreSQL writes a timestamptz with DateStyle ISO at a given UTC offset (in seconds). */
function postgresText(utcMs: number, micros: number, offsetSeconds: number): string {
  const local = new Date(utcMs + offsetSeconds * 1000);
  const fraction = micros === 0 ? '' : `.${pad(micros, 6)}`.replace(/0+$/, '');
  const size = Math.abs(offsetSeconds);
  const hours = Math.floor(size / 3600);
  const minutes = Math.floor((size % 3600) / 60);
  const seconds = size % 60;
  const offset = `${offsetSeconds < 0 ? '-' : '+'}${pad(hours, 2)}${minutes || seconds ? `:${pad(minutes, 2)}` : ''}${seconds ? `:${pad(seconds, 2)}` : ''}`;
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)} ` +
    `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}${fraction}${offset}`
  );
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes exactly as the pg driver does, offsets and fractions included', () => {
    const offsets = fc.oneof(
      fc.constantFrom(0, 3600, 7200, -18000, 19800, 20700, -12600, 45900, -34200, 50400, -43200, 1172, 4772),
      fc.integer({ min: -15 * 3600, max: 15 * 3600 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1001, 0, 2), max: Date.UTC(9998, 11, 30) }),
        fc.integer({ min: 0, max: 999_999 }),
        offsets,
        (wholeSeconds, micros, offset) => {
          const utcMs = wholeSeconds - (wholeSeconds % 1000);
          const text = postgresText(utcMs, micros, offset);
          const ours = parseTimestamptz(text) as Date;
          expect(ours).toBeInstanceOf(Date);
          expect(ours.getTime()).toBe((driverParse(text) as Date).getTime());
          expect(ours.getTime()).toBe(utcMs + Math.floor(micros / 1000));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-12-09 10:00:00+00', Date.UTC(2026, 11, 9, 10)],
    ['2026-12-09 11:00:00+01', Date.UTC(2026, 11, 9, 10)],
    ['2026-12-09 15:30:00.5+05:30', Date.UTC(2026, 11, 9, 10, 0, 0, 500)],
    ['2026-12-09 06:30:00.123456-03:30', Date.UTC(2026, 11, 9, 10, 0, 0, 123)],
    ['1900-01-01 00:19:32+00:19:32', Date.UTC(1900, 0, 1)],
  ])('reads %s', (text, expected) => {
    expect((parseTimestamptz(text) as Date).getTime()).toBe(expected);
  });

  it.each(['infinity', '-infinity', '0099-06-01 12:00:00+00', '0044-03-15 12:00:00+00 BC', '12026-01-01 00:00:00+00', '2026-12-09T10:00:00Z'])(
    'leaves %s to the pg driver, with the same result',
    (text) => {
      const ours = parseTimestamptz(text);
      const driver = driverParse(text);
      if (driver instanceof Date) expect((ours as Date).getTime()).toBe(driver.getTime());
      else expect(ours).toBe(driver);
    },
  );

  it('is the parser the pools use for timestamptz, and only for it', () => {
    expect(kennisPgTypes.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(kennisPgTypes.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(kennisPgTypes.getTypeParser(23, 'text')).toBe(pg.types.getTypeParser(23, 'text'));
    expect(kennisPgTypes.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
  });
});
