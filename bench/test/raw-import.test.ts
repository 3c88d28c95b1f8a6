/**
 * The raw import floor of `pnpm bench` (src/baselines/raw-import.ts) on a tiny generated data set
 * (PGlite, or PostgreSQL with DATABASE_URL): a SIEI list of the bench's format becomes one young
 * person, one case A_TRAITER and one CREATED event per row, committed, except the rows whose INE
 * the platform already has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawImport, type FloorDb } from '../src/baselines/raw-import.js';
import type { Summary } from '../src/generate.js';
import { sieiCsv } from '../src/siei-csv.js';
import { generatedDatabase, TINY, type GeneratedDatabase } from './smoke-setup.js';

const SEED = 11;
const ROWS = 60;

describe('raw import floor', () => {
  let db: GeneratedDatabase;
  let floor: FloorDb;
  let summary: Summary;

  beforeAll(async () => {
    db = await generatedDatabase(SEED);
    ({ floor, summary } = db);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await floor.query<{ n: string | number }>(sql, params))[0]!.n);

  it('writes a person, a case and its CREATED event per new row of the list, and commits', async () => {
    const csv = sieiCsv({ seed: SEED, scale: TINY, rows: ROWS });
    expect(csv.platformId).toBe(summary.platforms[0]!.id);
    const lines = csv.content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(';'));
    expect(lines).toHaveLength(ROWS);
    const knownInes = new Set(
      (
        await floor.query<{ ine: string }>('select ine from young_person where platform_id = $1 and ine is not null', [
          csv.platformId,
        ])
      ).map((r) => r.ine),
    );
    const skipped = lines.filter((f) => f[0] !== '' && knownInes.has(f[0]!)).length;
    expect(skipped).toBeGreaterThan(0);
    const before = {
      people: await count('select count(*) as n from young_person'),
      cases: await count('select count(*) as n from psad_case'),
      events: await count('select count(*) as n from case_event'),
    };

    const r = await rawImport(floor, {
      content: csv.content,
      file: 'tiny.csv',
      platformId: csv.platformId,
      campaign: 'TEST-FLOOR',
    });

    expect(r.rows).toBe(ROWS);
    expect(r.skipped).toBe(skipped);
    expect(r.written).toEqual({ young_person: ROWS - skipped, psad_case: ROWS - skipped, case_event: ROWS - skipped });
    expect(Object.keys(r.seconds)).toEqual(['lookup', 'read', 'young_person', 'psad_case', 'case_event', 'commit']);
    expect(r.rowsPerSecond).toBeGreaterThan(0);
    // Committed: visible from the database's own counts, on top of what was there.
    expect(await count('select count(*) as n from young_person')).toBe(before.people + ROWS - skipped);
    expect(await count('select count(*) as n from psad_case')).toBe(before.cases + ROWS - skipped);
    expect(await count('select count(*) as n from case_event')).toBe(before.events + ROWS - skipped);
    expect(
      await count(
        `select count(*) as n from psad_case where campaign = 'TEST-FLOOR' and status = 'A_TRAITER' and source = 'SIEI' and platform_id = $1 and import_id is not null`,
        [csv.platformId],
      ),
    ).toBe(ROWS - skipped);
    // One CREATED event per new case, carrying the case's import.
    expect(
      await count(`select count(*) as n from psad_case c join case_event e on e.case_id = c.id
        where c.campaign = 'TEST-FLOOR' and e.kind = 'CREATED' and e.data->>'importId' = c.import_id::text and e.data->>'campaign' = 'TEST-FLOOR'`),
    ).toBe(ROWS - skipped);

    // A new row as the floor writes it: dates in ISO, empty cells null, a search text of the app's length.
    const row = lines.find((f) => f[0] !== '' && !knownInes.has(f[0]!) && f[9] === '')!;
    const [person] = await floor.query<{
      last_name: string;
      birth_date: string;
      email: string | null;
      search_text: string;
      match_key: string;
      cases: string;
    }>(
      `select y.last_name, to_char(y.birth_date, 'YYYY-MM-DD') as birth_date, y.email, y.search_text, y.match_key,
         (select count(*) from psad_case c where c.young_person_id = y.id) as cases
       from young_person y where y.platform_id = $1 and y.ine = $2`,
      [csv.platformId, row[0]],
    );
    const [dd, mm, yyyy] = row[3]!.split('/');
    expect(person).toMatchObject({ last_name: row[1], birth_date: `${yyyy}-${mm}-${dd}`, email: null });
    expect(Number(person!.cases)).toBe(1);
    expect(person!.search_text).toBe(`${row[1]} ${row[2]} ${row[0]}`.toLowerCase());
    expect(person!.match_key).toBe(`${row[1]!.toLowerCase()}|${row[2]!.toLowerCase()}|${yyyy}-${mm}-${dd}`);
  }, 30_000);
});
