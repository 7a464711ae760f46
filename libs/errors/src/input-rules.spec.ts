import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { ChangeSet, findChangeSetProblem, IsAtLeastField, isMailAddress, stringProblem } from './input-rules';

class Range {
  min?: unknown;

  @IsAtLeastField('min')
  max?: unknown;
}

function rangeErrors(min: unknown, max: unknown): string[] {
  return validateSync(Object.assign(new Range(), { min, max })).flatMap((error) => Object.values(error.constraints ?? {}));
}

@ChangeSet({ identifiedBy: ['roomId'] })
class RoomChanges {}

@ChangeSet({ identifiedBy: [] })
class ProfileChanges {}

describe('the input rules', () => {
  it('takes plain mail addresses and refuses quoted, folded, literal and malformed ones', () => {
    for (const good of ['ada@example.com', "o'brien+rooms@rooms.example.co.uk", 'x_y-z@a-b.example']) expect(isMailAddress(good)).toBe(true);
    for (const bad of ['"a\r\nb"@example.com', 'ada@example.com\r\n', 'ada@[10.0.0.1]', 'a..b@example.com', '.a@example.com', 'ada@localhost', 'ada@exa_mple.com', 'ada@-x.com', 'adá@example.com', `${'a'.repeat(65)}@example.com`]) {
      expect(isMailAddress(bad)).toBe(false);
    }
  });

  it('refuses NUL, control characters, lone surrogates, blank and over-long strings; keeps tabs, new lines and emoji', () => {
    expect(stringProblem('a\u0000b')).toMatch(/U\+0000/);
    expect(stringProblem('\u001b[31m')).toMatch(/U\+001B/);
    expect(stringProblem('\ud83d')).toMatch(/surrogate/);
    expect(stringProblem('\udc00x')).toMatch(/surrogate/);
    expect(stringProblem(' \t ')).toMatch(/blank/);
    expect(stringProblem('x'.repeat(10_001))).toMatch(/at most 10000/);
    expect(stringProblem('Line one\r\n\tLine two 🎉')).toBeNull();
    expect(stringProblem('')).toBeNull();
  });

  it('checks a number against another field: equal or more passes, less names both, a missing one is left to its own rules', () => {
    expect(rangeErrors(2, 2)).toEqual([]);
    expect(rangeErrors(2, 15)).toEqual([]);
    expect(rangeErrors(10, 5)).toEqual(['max must be at least min.']);
    expect(rangeErrors(undefined, 5)).toEqual([]);
    expect(rangeErrors(10, undefined)).toEqual([]);
  });

  it('names the fields that only identify what to change when nothing else is given, and none when there are none', () => {
    expect(findChangeSetProblem(RoomChanges, { roomId: 'r' })).toEqual({ field: 'input', message: 'Nothing to change: give at least one field besides roomId.' });
    expect(findChangeSetProblem(ProfileChanges, {})).toEqual({ field: 'input', message: 'Nothing to change: give at least one field.' });
    expect(findChangeSetProblem(ProfileChanges, { name: 'Ada' })).toBeNull();
  });
});
