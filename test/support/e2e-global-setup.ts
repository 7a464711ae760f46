import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { migrateTestTemplate } from '@kennis/schema';

/** End-to-end tests run the built api and worker as real processes: build them, then migrate the template. */
export default async function e2eGlobalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  await migrateTestTemplate();
}
