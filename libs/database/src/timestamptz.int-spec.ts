import pg from 'pg';
import { readTestConfig } from '@kennis/config';
import { kennisPgTypes } from './timestamptz';

// What a real PostgreSQL writes, in time zones with odd offsets and history (local mean time with
// seconds before 1900-ish), read by Kennis's pools and by the driver's own parser: the same instants.
describe('timestamptz from a real PostgreSQL', () => {
  const ours = new pg.Client({ connectionString: readTestConfig().adminDatabaseUrl, types: kennisPgTypes });
  const driver = new pg.Client({ connectionString: readTestConfig().adminDatabaseUrl });
  beforeAll(() => Promise.all([ours.connect(), driver.connect()]));
  afterAll(() => Promise.all([ours.end(), driver.end()]));

  const VALUES = `SELECT v FROM (VALUES
      ('2026-12-09 10:00:00+00'::timestamptz), ('2026-03-29 01:59:59.999999+00'), ('2026-10-25 01:00:00.5+00'),
      ('1890-06-01 12:00:00+00'), ('1937-06-30 12:00:00+00'), ('2000-02-29 23:59:59.001+00'), ('1001-01-01 00:00:00+00'),
      ('0099-06-01 12:00:00+00'), ('0044-03-15 12:00:00+00 BC'), ('infinity'), ('-infinity'), (NULL)
    ) AS t(v)
    UNION ALL SELECT '2026-12-02 23:30:01.987654+00'::timestamptz
    UNION ALL SELECT g FROM generate_series('2020-01-01 00:00:00.123456+00'::timestamptz, '2030-01-01', '7 days 3 hours 17 minutes 0.000917 seconds') AS g`;

  it.each(['UTC', 'Europe/Amsterdam', 'Asia/Kolkata', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Los_Angeles'])(
    'reads every value in %s as the driver does',
    async (zone) => {
      await Promise.all([ours.query(`SET TIME ZONE '${zone}'`), driver.query(`SET TIME ZONE '${zone}'`)]);
      const [mine, theirs] = await Promise.all([ours.query(VALUES), driver.query(VALUES)]);
      expect(mine.rows.length).toBeGreaterThan(500);
      const instant = (value: unknown) => (value instanceof Date ? value.getTime() : value);
      expect(mine.rows.map((row) => instant(row.v))).toEqual(theirs.rows.map((row) => instant(row.v)));
      expect(mine.rows.filter((row) => row.v instanceof Date).length).toBe(mine.rows.length - 3);
    },
  );
});
