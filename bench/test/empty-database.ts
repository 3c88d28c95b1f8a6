import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/src/core/db/driver.js';

/** An empty database of its own on the PostgreSQL server of `url` (the generator wants an empty one), dropped after. */
export async function emptyPostgresDatabase(
  url: string,
  prefix: string,
): Promise<{ database: Database; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (query: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(query);
    } finally {
      await admin.end();
    }
  };
  await run(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      await run(`drop database if exists "${name}" with (force)`);
    },
  };
}
