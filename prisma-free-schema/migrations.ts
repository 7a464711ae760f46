import { Foundation1764000000000 } from './migrations/1764000000000-foundation';

/** The one ordered history of the schema. Never edit a migration that landed: add a new one. */
export const allMigrations = [Foundation1764000000000];
