import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The web app's operations are typed from apps/web/schema.graphql; this fails when the API's schema moved on.
// The built script prints the schema of the built API (the e2e setup has just built both).
describe('the web app schema file', () => {
  it('is the SDL of the API schema as it is now (run `npm run web:schema` when not)', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kennis-schema-'));
    try {
      const printed = path.join(folder, 'schema.graphql');
      execFileSync(process.execPath, [path.join(ROOT, 'dist/scripts/print-graphql-schema.js'), `--out=${printed}`], { cwd: ROOT, stdio: 'pipe' });
      expect(await readFile(printed, 'utf8')).toBe(await readFile(path.join(ROOT, 'apps/web/schema.graphql'), 'utf8'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
