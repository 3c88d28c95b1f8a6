/**
 * pnpm --filter @maillage/bench generate -- --seed 42 [--scale national|small] [--data-dir DIR]
 * Loads into DATABASE_URL (PostgreSQL), or without it into a PGlite directory (default
 * bench/data/pglite-<scale>-<seed>), then prints the rows, the times and the known logins.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/src/core/db/driver.js';
import { generate } from './generate.js';

/** A line on stdout: a CLI's output (console.log is for debugging, and linted out). */
const say = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    seed: { type: 'string', default: '42' },
    scale: { type: 'string', default: 'national' },
    'data-dir': { type: 'string' },
  },
});
const seed = Number(values.seed);
const scale = values.scale as 'national' | 'small';
if (!Number.isInteger(seed) || !['national', 'small'].includes(scale)) {
  console.error('usage: generate -- --seed <integer> [--scale national|small] [--data-dir DIR]');
  process.exit(2);
}
const url = process.env.DATABASE_URL;
const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = values['data-dir'] ?? path.join(here, '..', 'data', `pglite-${scale}-${seed}`);
const database = url ? undefined : await openDatabase({ dataDir });
const summary = await generate({ ...(url ? { databaseUrl: url } : { database: database! }), seed, scale, log: say });
await database?.close();
say(
  `\nloaded into ${url ? new URL(url).pathname.slice(1) : dataDir} (${summary.kind}) in ${summary.seconds.total}s (COPY ${summary.seconds.load}s, ANALYZE ${summary.seconds.analyze}s)`,
);
for (const [table, n] of Object.entries(summary.rows)) say(`  ${table.padEnd(18)} ${String(n).padStart(9)}`);
const largest = summary.platforms[0]!;
say(`\nlogins (password ${summary.users.password}):`);
say(`  referent   ${summary.users.referent}  (${largest.name}, ${largest.cases} cases)`);
say(`  counsellor ${summary.users.counsellor}  (its Mission Locale)`);
say(`  viewer     ${summary.users.viewer}`);
if (summary.users.multiPlatformReferent) say(`  referent of two platforms ${summary.users.multiPlatformReferent}`);
