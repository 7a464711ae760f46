import { applyPatch, ENTERPRISE_SCHEMA, readFilter, readScimUser } from './scim-user.mapping';
import { ScimError } from './scim.errors';

const user = { userName: 'Ada@Example.com', name: { givenName: 'Ada', familyName: 'Lovelace' }, active: true };

describe('SCIM User mapping', () => {
  it('reads a User: email lower-cased, a name from its parts, Entra ID string booleans', () => {
    expect(readScimUser(user)).toMatchObject({ userName: 'ada@example.com', displayName: 'Ada Lovelace', active: true, managerId: undefined });
    expect(readScimUser({ ...user, active: 'False' }).active).toBe(false);
  });

  it('refuses bad values with invalidValue', () => {
    for (const body of [{ ...user, userName: 'nope' }, { ...user, active: 'maybe' }, { ...user, title: 'x'.repeat(151) }, { ...user, [ENTERPRISE_SCHEMA]: { manager: { value: 'boss' } } }]) {
      expect(() => readScimUser(body)).toThrow(ScimError);
    }
  });

  it('patches paths, enterprise attributes, emails and pathless values', () => {
    const patched = applyPatch({ ...user, title: 'Analyst', [ENTERPRISE_SCHEMA]: { department: 'Math', manager: { value: 'x' } } }, {
      Operations: [
        { op: 'Replace', path: 'title', value: 'Engineer' },
        { op: 'replace', path: `${ENTERPRISE_SCHEMA}:department`, value: 'Engines' },
        { op: 'remove', path: `${ENTERPRISE_SCHEMA}:manager` },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'ada@engines.example' },
        { op: 'replace', value: { active: false } },
      ],
    });
    expect(patched).toMatchObject({ title: 'Engineer', userName: 'ada@engines.example', active: false, [ENTERPRISE_SCHEMA]: { department: 'Engines', manager: null } });
    expect(() => applyPatch(user, { Operations: [{ op: 'move', path: 'title' }] })).toThrow(ScimError);
    expect(() => applyPatch(user, { Operations: [] })).toThrow(ScimError);
  });

  it('filters by userName or externalId eq only', () => {
    expect(readFilter('userName eq "ada@example.com"')).toEqual({ attribute: 'userName', value: 'ada@example.com' });
    expect(readFilter('externalId eq "a\\"b"')).toEqual({ attribute: 'externalId', value: 'a"b' });
    expect(readFilter(undefined)).toBeNull();
    expect(() => readFilter('userName co "ada"')).toThrow(ScimError);
  });
});
