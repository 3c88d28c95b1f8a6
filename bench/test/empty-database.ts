import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../server/src/core/db/driver.js';
import { withDatabase } from '../../server/test/template-database.js';

/**
 * A migrated database of its own with no data (the generator wants no users), copied from the run's
 * template (global-setup.ts): in-memory PGlite, or with DATABASE_URL a new database on that server,
 * dropped after.
 */
export async function emptyDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(inject('benchPgliteTemplate'))]) });
    return { database, drop: () => database.close() };
  }
  const runPrefix = inject('benchRunPrefix');
  const name = `${runPrefix}_${randomBytes(6).toString('hex')}`;
  const run = async (query: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(query);
    } finally {
      await admin.end();
    }
  };
  await run(`create database "${name}" template "${runPrefix}_template"`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
  return {
    database,
    drop: async () => {
      await database.close();
      await run(`drop database if exists "${name}" with (force)`);
    },
  };
}
