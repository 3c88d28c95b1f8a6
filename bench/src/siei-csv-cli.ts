/** pnpm --filter @maillage/bench csv -- --seed 42 [--scale small]: writes bench/data/siei-10000-seed42.csv and siei-100000-seed42.csv. */
import { parseArgs } from 'node:util';
import { writeBenchCsvFiles } from './siei-csv.js';

/** A line on stdout: a CLI's output (console.log is for debugging, and linted out). */
const say = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seed: { type: 'string', default: '42' }, scale: { type: 'string', default: 'national' } },
});
const started = performance.now();
for (const f of await writeBenchCsvFiles(Number(values.seed), values.scale as 'national' | 'small')) {
  say(
    `${f.file}: ${f.expected.total} rows, ${f.expected.merged} merge with platform ${f.platformId} (${(f.content.length / 1e6).toFixed(1)} MB)`,
  );
}
say(`in ${((performance.now() - started) / 1000).toFixed(1)}s`);
