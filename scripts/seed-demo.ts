/**
 * `node dist/scripts/seed-demo.js`: adds the demo organisation to the (migrated) database at DATABASE_URL
 * when it has no people yet, as `npm start` does for its embedded one. For trying Kennis out with
 * docker/compose.yml; it refuses NODE_ENV=production, where people come from the identity provider.
 */
import { readAppConfig, readDatabaseConfig } from '@kennis/config';
import { createMigrationDataSource } from '@kennis/schema';
import { hasPeople, seedDemoData } from './demo-seed';

async function main(): Promise<number> {
  if (readAppConfig().environment === 'production') {
    console.error('seed-demo refuses NODE_ENV=production: people come from the identity provider (OIDC, SCIM) there.');
    return 1;
  }
  const dataSource = createMigrationDataSource(readDatabaseConfig().url);
  await dataSource.initialize();
  try {
    if (await hasPeople(dataSource)) {
      console.log('the database already has people: no demo data added');
      return 0;
    }
    const seeded = await seedDemoData(dataSource);
    console.log(`added a demo organisation (${seeded.people} people, ${seeded.rooms} rooms, ${seeded.sessions} sessions); sign in as ${seeded.adminEmail} (admin)`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`seed-demo failed: ${error.message}`);
    process.exit(1);
  },
);
