import { BadUserInputError } from '@kennis/errors';
import { safeReturnTo } from './oidc-sign-in.service';

describe('returnTo after sign-in', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('/sessions/123?tab=hosts#top')).toBe('/sessions/123?tab=hosts#top');
  });

  it('refuses anything a browser would take to another origin', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'evil', '/ spaces', '/\nheader', ['/a']]) {
      expect(() => safeReturnTo(value)).toThrow(BadUserInputError);
    }
  });
});
