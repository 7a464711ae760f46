import { parseStrictDateTime } from './strict-date-time.scalar';

describe('the strict DateTime', () => {
  it('takes ISO 8601 with a zone offset', () => {
    expect(parseStrictDateTime('2030-03-02T14:00:00+01:00').toISOString()).toBe('2030-03-02T13:00:00.000Z');
    expect(parseStrictDateTime('2032-02-29T10:00Z').toISOString()).toBe('2032-02-29T10:00:00.000Z');
    expect(parseStrictDateTime('2030-03-02T13:00:00.123Z').toISOString()).toBe('2030-03-02T13:00:00.123Z');
  });

  it.each([
    ['2031-02-30T10:00:00Z', /not a date in the calendar/],
    ['2031-02-29T10:00:00Z', /not a date in the calendar/],
    ['2031-13-01T10:00:00Z', /not a date in the calendar/],
    ['2031-03-02T10:00:00', /zone offset/],
    ['2031-03-02', /zone offset/],
    ['March 2, 2031', /zone offset/],
    ['2031-03-02T25:00:00Z', /time of day/],
    ['2031-03-02T10:00:00+15:00', /zone offset/],
    ['1999-12-31T23:59:59Z', /2000 to 2099/],
    ['2100-01-01T00:00:00Z', /2000 to 2099/],
  ])('refuses %s', (value, message) => {
    expect(() => parseStrictDateTime(value)).toThrow(message);
  });
});
