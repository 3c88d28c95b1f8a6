import fs from 'node:fs';
import path from 'node:path';
import { BENCH_DATA_DIR, writeSieiCsv } from '../siei-csv.js';
import type { ScaleOption } from '../generate.js';

/** The SIEI list of `rows` rows for the data set's largest platform, written once into bench/data/ (deterministic). */
export async function sieiCsvFor(
  seed: number,
  scale: ScaleOption,
  rows: number,
  platformId: string,
  log: (m: string) => void,
): Promise<string> {
  const scaleName = typeof scale === 'string' ? scale : `custom-${scale.platforms}-${scale.cases}`;
  const file = path.join(BENCH_DATA_DIR, `siei-${rows}-seed${seed}-${scaleName}.csv`);
  if (!fs.existsSync(file)) {
    const started = performance.now();
    const written = await writeSieiCsv({ seed, scale, rows, file });
    if (written.platformId !== platformId)
      throw new Error(`the SIEI list targets ${written.platformId}, not the benchmark platform ${platformId}`);
    log(`${path.basename(file)} written in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }
  return file;
}
