/**
 * SIEI-shaped lists for the import benchmark, in the format of shared/fixtures/siei-2026-S2-bourges.csv
 * (UTF-8 with BOM, `;`, CRLF, dates dd/mm/yyyy, the same 14 columns).
 *
 *   sieiCsv(options: SieiCsvOptions): SieiCsv                      the file in memory
 *   writeSieiCsv(options: SieiCsvOptions & { file?: string }): Promise<SieiCsv & { file: string }>
 *     default file: bench/data/siei-<rows>-seed<seed>.csv
 *   writeBenchCsvFiles(seed, scale?): the 10,000- and 100,000-row files for the largest platform.
 *
 * `mergeRatio` (default 0.1) of the rows are young people the generator put on the target
 * platform (same INE, or same name and birth date when they have none), up to as many as it
 * has: the national platform 0 has ~2,000, so a 100,000-row list merges ~2,000 rows, not 10,000.
 * The other rows are new people whose INE and match key collide with nobody, so the preview of
 * the list on a freshly generated database is exactly `expected`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, ineOf, REFERENCE_DATE, type ScaleOption, type YoungPersonRow } from './model.js';
import { Rng } from './prng.js';
import { matchKeyOf } from '../../server/src/modules/psad/import/normalise.js';

export interface SieiCsvOptions {
  seed: number;
  /** The data set the list merges with (default national). */
  scale?: ScaleOption;
  rows: number;
  /** Rank of the target platform (0: the largest, the benchmark referent's). */
  platformIndex?: number;
  mergeRatio?: number;
}

export interface SieiCsv {
  content: Buffer;
  platformId: string;
  /** What the import preview reports for this list on the generated database. */
  expected: { total: number; accepted: number; merged: number; rejected: number; duplicatesInFile: number };
}

export const BENCH_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');

const HEADER = [
  'INE',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Sexe',
  'Adresse',
  'Code postal',
  'Commune',
  'Téléphone',
  'Courriel',
  "UAI établissement d'origine",
  'Dernière formation',
  'Date de sortie',
  'Diplôme le plus élevé',
];

const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Phones as people type them: "06 60 75 98 38" one time in three. */
const phoneText = (phone: string | null, r: Rng) =>
  phone && r.chance(0.33) ? phone.replace(/(\d{2})(?=\d)/g, '$1 ') : (phone ?? '');

function row(y: YoungPersonRow, r: Rng): string {
  return [
    y.ine ?? '',
    y.lastName,
    y.firstNames,
    fr(y.birthDate),
    y.sex,
    y.address,
    y.postalCode,
    y.commune,
    phoneText(y.phone, r),
    y.email ?? '',
    y.lastSchoolUai ?? '',
    y.lastFormation,
    fr(y.schoolExitDate),
    y.highestDiploma,
  ].join(';');
}

export function sieiCsv(options: SieiCsvOptions): SieiCsv {
  const model = buildModel(options.seed, options.scale ?? 'national');
  const platformIndex = options.platformIndex ?? 0;
  const known = model.youngPeopleOf(platformIndex);
  const r = new Rng(options.seed, 9, options.rows);
  // Two known people with one match key would make a merged row ambiguous: only the others merge.
  const keyCount = new Map<string, number>();
  for (const y of known) keyCount.set(y.matchKey, (keyCount.get(y.matchKey) ?? 0) + 1);
  const mergeable = known.filter((y) => keyCount.get(y.matchKey) === 1);
  const mergeCount = Math.min(mergeable.length, Math.round(options.rows * (options.mergeRatio ?? 0.1)));
  const merging = r.shuffle(mergeable).slice(0, mergeCount);
  const usedKeys = new Set(known.map((y) => y.matchKey));
  const lines: string[] = [];
  const others = buildPeople(options, usedKeys, options.rows - mergeCount, r);
  // Interleave the merged rows at random places, as a real list would.
  const slots = r.shuffle(Array.from({ length: options.rows }, (_, k) => k < mergeCount));
  let m = 0;
  let o = 0;
  for (const merged of slots) {
    if (merged) {
      const y = merging[m++]!;
      // A new phone number now and then: the merge updates the contact details.
      lines.push(row(r.chance(0.2) ? { ...y, phone: `07${String(r.int(0, 99_999_999)).padStart(8, '0')}` } : y, r));
    } else lines.push(row(others[o++]!, r));
  }
  const content = Buffer.from(`\uFEFF${[HEADER.join(';'), ...lines].join('\r\n')}\r\n`, 'utf8');
  return {
    content,
    platformId: model.platforms[platformIndex]!.id,
    expected: { total: options.rows, accepted: options.rows, merged: mergeCount, rejected: 0, duplicatesInFile: 0 },
  };
}

const FIRST = [
  'Lilou',
  'Nolan',
  'Capucine',
  'Elio',
  'Apolline',
  'Milo',
  'Garance',
  'Ruben',
  'Alma',
  'Sohan',
  'Louna',
  'Oscar',
  'Iris',
  'Timothée',
  'Élise',
  'Basile',
];
const LAST = [
  'BRETEAU',
  'COLLIN',
  'DELAUNAY',
  'ÉTIENNE',
  'FOUCHER',
  'GODARD',
  'HAMON',
  'JOUBERT',
  'LEBRETON',
  'MAHÉ',
  'NAVARRO',
  'PASQUIER',
  'RIBEIRO',
  'TESSIER',
  'VALLÉE',
  'WEBER',
];

/** People who are on no generated list: fresh INEs (indexes from 10⁸ up) and unused match keys. */
function buildPeople(options: SieiCsvOptions, usedKeys: Set<string>, count: number, r: Rng): YoungPersonRow[] {
  const ref = Date.parse(REFERENCE_DATE);
  const out: YoungPersonRow[] = [];
  for (let k = 0; out.length < count; k++) {
    const sex = r.chance(0.5) ? 'F' : 'M';
    const lastName = r.pick(LAST) + (r.chance(0.5) ? `-${r.pick(LAST)}` : '');
    const firstNames = r.pick(FIRST);
    const ageDays = r.chance(0.7) ? r.int(16 * 365 + 5, 19 * 365) : r.int(19 * 365, 25 * 365 + 300);
    const birthDate = new Date(ref - ageDays * 86_400_000).toISOString().slice(0, 10);
    const matchKey = matchKeyOf(lastName, firstNames, birthDate);
    if (usedKeys.has(matchKey)) continue;
    usedKeys.add(matchKey);
    const ine = r.chance(0.92) ? ineOf(100_000_000 + options.rows * 2 + k, r) : null;
    out.push({
      index: -1,
      id: '',
      ine,
      lastName,
      firstNames,
      birthDate,
      sex,
      address: `${r.int(1, 120)} rue des Écoles`,
      postalCode: '18000',
      commune: 'Bourges',
      phone: r.chance(0.8) ? `06${String(r.int(0, 99_999_999)).padStart(8, '0')}` : null,
      email: r.chance(0.3) ? `eleve${k}.${options.seed}@exemple.fr` : null,
      lastSchoolUai: null,
      lastFormation: 'TERM GENERALE',
      schoolExitDate: new Date(ref - r.int(20, 200) * 86_400_000).toISOString().slice(0, 10),
      highestDiploma: r.pick(['AUCUN', 'DNB', 'CAP']),
      matchKey,
      searchText: '',
    });
  }
  return out;
}

export async function writeSieiCsv(options: SieiCsvOptions & { file?: string }): Promise<SieiCsv & { file: string }> {
  const csv = sieiCsv(options);
  const file = options.file ?? path.join(BENCH_DATA_DIR, `siei-${options.rows}-seed${options.seed}.csv`);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.writeFile(file, csv.content);
  return { ...csv, file };
}

/** The two lists of the benchmark, for the largest platform of the data set. */
export async function writeBenchCsvFiles(seed: number, scale: ScaleOption = 'national') {
  return Promise.all([10_000, 100_000].map((rows) => writeSieiCsv({ seed, scale, rows })));
}
