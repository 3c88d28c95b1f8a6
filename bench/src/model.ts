/**
 * The benchmark data set as a pure function of (seed, scale): every row of every table, as COPY
 * text lines, with no I/O. generate.ts loads it; siei-csv.ts reads the young people of a platform
 * from it to write lists that merge with them.
 *
 *   buildModel(seed: number, scale: ScaleOption): Model
 *   resolveScale(scale: ScaleOption): Scale
 *   REFERENCE_DATE, BENCH_PASSWORD, CAMPAIGNS
 *
 * Decisions:
 * - Time is fixed: "now" is REFERENCE_DATE, so the same seed gives the same bytes whatever the day.
 * - One young person per case (episode 1); young person i and case i share their index, and each
 *   row draws from its own generator (seed, table, index): passes over the cases can be repeated
 *   (cases, then attempts, then events) without storing the 1,000,000 events.
 * - Cases are spread over platforms with weights 1/(rank + platforms/10): at national scale the
 *   largest platforms have ~2,000 cases and the smallest ~190. The platform of each case is
 *   shuffled so that a platform's rows are not stored side by side.
 * - Each case follows the state machine (shared/src/psad/case-machine.ts): its status is drawn
 *   first, then the events that lead there; the events beyond the minimum each status needs are
 *   spread over the cases so that the total is exactly `events`.
 */
import { createHash } from 'node:crypto';
import {
  CONTACT_CHANNELS,
  SIGNAL_SOURCES,
  SOLUTION_TYPES,
  SITUATION_FINDINGS,
  searchKey,
  type CaseStatus,
  type ContactChannel,
  type ContactResult,
} from '@maillage/shared';
import { firstNamesCase, lastNameCase, matchKeyOf } from '../../server/src/modules/psad/import/normalise.js';
import { copyLine } from '../../server/src/core/db/copy.js';
import { Rng } from './prng.js';

export interface Scale {
  platforms: number;
  users: number;
  cases: number;
  events: number;
}

export type ScaleOption = 'national' | 'small' | Scale;

export const SCALES: Record<'national' | 'small', Scale> = {
  national: { platforms: 400, users: 4000, cases: 200_000, events: 1_000_000 },
  small: { platforms: 20, users: 200, cases: 10_000, events: 50_000 },
};

export function resolveScale(scale: ScaleOption): Scale {
  const s = typeof scale === 'string' ? SCALES[scale] : scale;
  if (!s) throw new Error(`unknown scale ${String(scale)}`);
  if (s.platforms < 1 || s.cases < s.platforms)
    throw new Error('scale: at least one platform and one case per platform');
  if (s.users < s.platforms + 2)
    throw new Error('scale: at least platforms + 2 users (referents, a counsellor, a viewer)');
  return s;
}

/** "Now" for the data set: every date is before it. */
export const REFERENCE_DATE = '2026-12-01T08:00:00.000Z';
const REF = Date.parse(REFERENCE_DATE);
const DAY = 86_400_000;

/** The password of every generated user. */
export const BENCH_PASSWORD = 'bench-maillage';

/** SIEI campaigns of the data set and the day their lists were imported (platforms spread over two weeks). */
export const CAMPAIGNS = [
  { code: '2025-S2', importedFrom: Date.parse('2025-11-17T09:00:00Z') },
  { code: '2026-S1', importedFrom: Date.parse('2026-04-13T09:00:00Z') },
  { code: '2026-S2', importedFrom: Date.parse('2026-11-09T09:00:00Z') },
] as const;

// Row streams: each table (and each row) draws from its own generator.
const S = { plan: 1, territory: 2, org: 3, user: 4, platform: 5, yp: 6, case: 7, import: 8, csv: 9 } as const;

// ─── COPY text format ─────────────────────────────────────────────────────────────────────────

const line = copyLine;
// Date.prototype.toISOString costs about a microsecond; the 3,000,000 instants of the national
// set are formatted from a cached day and the time of day instead (same text).
const dayCache = new Map<number, string>();
function dayText(d: number): string {
  let text = dayCache.get(d);
  if (text === undefined) dayCache.set(d, (text = new Date(d * DAY).toISOString().slice(0, 10)));
  return text;
}
const p2 = (n: number) => (n < 10 ? '0' : '') + n;
const p3 = (n: number) => (n < 10 ? '00' : n < 100 ? '0' : '') + n;
function ts(ms: number | null): string | null {
  if (ms === null) return null;
  const d = Math.floor(ms / DAY);
  let rest = ms - d * DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${dayText(d)}T${p2(h)}:${p2(m)}:${p2(sec)}.${p3(rest - sec * 1000)}Z`;
}
const day = (ms: number) => dayText(Math.floor(ms / DAY));

export interface BulkData {
  tables: { table: string; columns: string[] }[];
  /** For each batch of `size` cases, the COPY text of each table of `tables` and its row count. */
  batches(size: number): Generator<{ text: string[]; rows: number[] }>;
}

export interface TableData {
  table: string;
  columns: string[];
  /** Exact number of rows `lines()` yields. */
  count: number;
  /** COPY text lines, newline included. */
  lines(): Iterable<string>;
}

// ─── Vocabulary ───────────────────────────────────────────────────────────────────────────────

const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
  'VINCENT',
  'MÜLLER',
  'LEFEBVRE',
  'FAURE',
  'ANDRÉ',
  'MERCIER',
  'BLANC',
  'GUÉRIN',
  'BOYER',
  'GARNIER',
  'CHEVALIER',
  'FRANÇOIS',
  'LEGRAND',
  'GAUTHIER',
  'GARCIA',
  'PERRIN',
  'ROBIN',
  'CLÉMENT',
  'MORIN',
  'NICOLAS',
  'HENRY',
  'ROUSSEL',
  'MATHIEU',
  'GAUTIER',
  'MASSON',
  'MARCHAND',
  'DUVAL',
  'DENIS',
  'DUMONT',
  'MARIE',
  'LEMAIRE',
  'NOËL',
  'MEYER',
  'DUFOUR',
  'MEUNIER',
  'BRUN',
  'BLANCHARD',
  'GIRAUD',
  'JOLY',
  'RIVIÈRE',
  'LUCAS',
  'BRUNET',
  'GAILLARD',
  'BARBIER',
  'ARNAUD',
  'MARTINEZ',
  'GÉRARD',
  'ROCHE',
  'RENARD',
  'SCHMITT',
  'ROY',
  'LEROUX',
  'COLIN',
  'VIDAL',
  'CARON',
  'PICARD',
  'ROGER',
  'FABRE',
  'AUBERT',
  'LEMOINE',
  'RENAUD',
  'DUMAS',
  'LACROIX',
  'OLIVIER',
  'PHILIPPE',
  'BOURGEOIS',
  'PIERRE',
  'BENOÎT',
  'REY',
  'LECLERC',
  'PAYET',
  'ROLLAND',
  'LECLERCQ',
  'GUILLAUME',
  'LECOMTE',
  'LOPEZ',
  'JEAN',
  'DUPUY',
  'GUILLOT',
  'HUBERT',
  'BERGER',
  'CARPENTIER',
  'SANCHEZ',
  'DUPUIS',
  'MOULIN',
  'LOUIS',
  'DESCHAMPS',
  'HUET',
  'VASSEUR',
  'PEREZ',
  'BOUCHER',
  'FLEURY',
  'ROYER',
  'KLEIN',
  'JACQUET',
  'ADAM',
  'PARIS',
  'POIRIER',
  'MARTY',
  'AUBRY',
  'GUYOT',
  'CARRÉ',
  'CHARLES',
  'RENAULT',
  'CHARPENTIER',
  'MÉNARD',
  'MAILLARD',
  'BARON',
  'BERTIN',
  'BAILLY',
  'HERVÉ',
  'SCHNEIDER',
  'FERNANDEZ',
  'LE GALL',
  'COLLET',
  'LÉGER',
  'BOUVIER',
  'JULIEN',
  'PRÉVOST',
  'MILLET',
  'PERROT',
  'DANIEL',
  'LE ROUX',
  'COUSIN',
  'GERMAIN',
  'BRETON',
  'BESSON',
  'LANGLOIS',
  'RÉMY',
  'LE GOFF',
  'PELLETIER',
  "N'DIAYE",
  'DIALLO',
  'TRAORÉ',
  'KONÉ',
  'NGUYEN',
  'BENALI',
  'HADDAD',
  'SAÏDI',
  'DA SILVA',
  'FERREIRA',
  'DOS SANTOS',
  'YILMAZ',
];
const FIRST_NAMES_F = [
  'Emma',
  'Jade',
  'Louise',
  'Alice',
  'Chloé',
  'Lina',
  'Léa',
  'Rose',
  'Anna',
  'Mila',
  'Inès',
  'Ambre',
  'Julia',
  'Mia',
  'Léna',
  'Manon',
  'Juliette',
  'Lou',
  'Zoé',
  'Camille',
  'Lola',
  'Agathe',
  'Jeanne',
  'Lucie',
  'Éva',
  'Nina',
  'Sarah',
  'Romane',
  'Inaya',
  'Charlotte',
  'Léonie',
  'Clémence',
  'Maëlys',
  'Océane',
  'Noémie',
  'Marie-Ange',
  'Anaïs',
  'Yasmine',
  'Aya',
  'Salomé',
  'Margaux',
  'Clara',
  'Justine',
  'Morgane',
  'Élodie',
  'Laura',
  'Mathilde',
  'Pauline',
  'Émilie',
  'Célia',
];
const FIRST_NAMES_M = [
  'Gabriel',
  'Léo',
  'Raphaël',
  'Arthur',
  'Louis',
  'Jules',
  'Adam',
  'Maël',
  'Lucas',
  'Hugo',
  'Noah',
  'Liam',
  'Gabin',
  'Sacha',
  'Paul',
  'Nathan',
  'Aaron',
  'Mohamed',
  'Ethan',
  'Tom',
  'Éden',
  'Léon',
  'Noé',
  'Tiago',
  'Théo',
  'Isaac',
  'Marius',
  'Victor',
  'Ayden',
  'Martin',
  'Naël',
  'Mathis',
  'Axel',
  'Robin',
  'Timéo',
  'Enzo',
  'Marceau',
  'Valentin',
  'Nolan',
  'Kylian',
  'Jean-Baptiste',
  'Quentin',
  'Maxime',
  'Antoine',
  'Clément',
  'Baptiste',
  'Yanis',
  'Rayan',
  'Bilal',
  'Mathéo',
];
const STREETS = [
  'rue Victor Hugo',
  'rue de la République',
  'avenue Jean-Jaurès',
  'boulevard Gambetta',
  'rue du Moulin',
  'impasse des Lilas',
  'rue Pasteur',
  'place de la Mairie',
  'rue de la Gare',
  'allée des Tilleuls',
  'rue Jules-Ferry',
  'chemin des Vignes',
  'rue du Commerce',
  'avenue de Paris',
  'rue des Écoles',
  'rue Émile-Zola',
  'rue de l’Église',
  'route de Bourges',
];
const TOWN_BASES = [
  'Saint-Martin',
  'Sainte-Marie',
  'Villeneuve',
  'Beaulieu',
  'Montfort',
  'Fontaine',
  'Châteauneuf',
  'Bois-Colombe',
  'Montreuil',
  'Valmont',
  'La Chapelle',
  'Le Mesnil',
  'Neuville',
  'Pont-Saint-Esprit',
  'Saint-Germain',
  'Bourg',
  'Roche',
  'Aubigny',
  'Beaumont',
  'Mehun',
  'Saint-Amand',
  'Sancerre',
  'Vierzon',
  'Issoudun',
  'Bellac',
  'Argenton',
  'Lury',
  'Champagne',
  'Villers',
  'Rivière',
  'Clairvaux',
  'Marcilly',
  'Dun',
  'Saint-Pierre',
  'Mirebeau',
  'Lignières',
  'Ainay',
  'Charost',
  'Graçay',
  'Culan',
];
const TOWN_SUFFIXES = [
  '',
  '-sur-Loire',
  '-les-Bains',
  '-en-Vexin',
  '-le-Château',
  '-sur-Mer',
  '-la-Forêt',
  '-sur-Yèvre',
  '-le-Vieux',
  '-sur-Cher',
  '-en-Berry',
  '-la-Rivière',
];
const SCHOOL_PATRONS = [
  'Alain-Fournier',
  'Jacques-Cœur',
  'Jean-Renoir',
  'Marie-Curie',
  'Victor-Hugo',
  'Jean-Moulin',
  'Louise-Michel',
  'Pierre-Émile-Martin',
  'Édouard-Vaillant',
  'Jules-Verne',
  'George-Sand',
  'Simone-Veil',
  'Henri-Brisson',
  'Camille-Claudel',
  'Albert-Camus',
];
const FORMATIONS = [
  '1ERE PRO METIERS DU COMMERCE',
  'TERM GENERALE',
  'TERM PRO MELEC',
  '2NDE GENERALE ET TECHNO',
  'CAP CUISINE',
  'CAP MACON',
  '1ERE STMG',
  'BTS MCO',
  'TERM STI2D',
  'CAP ELECTRICIEN',
  '2NDE PRO MRC',
  'BAC PRO ASSP',
  '3EME',
];
const DIPLOMAS = ['AUCUN', 'AUCUN', 'DNB', 'DNB', 'CFG', 'CAP', 'BAC'];
const CLOSE_COMMENT = 'Situation réglée hors dispositif';

// ─── Reference data: territories, organisations, users, platforms ─────────────────────────────

interface Org {
  id: string;
  name: string;
  kind: string;
  uai: string | null;
  teteDeReseau: boolean;
  dept: number;
  commune: Commune;
}

interface Commune {
  id: string;
  code: string;
  name: string;
  postalCode: string;
}

interface Platform {
  index: number;
  id: string;
  name: string;
  bassinId: string;
  dept: number;
  communes: Commune[];
  cio: Org;
  ml: Org;
  schools: Org[];
  partners: Org[];
  /** Partners a case may be assigned to, with weights (the Mission Locale first). */
  assignWeights: number[];
  referents: User[];
  /** Counsellors by partner (same order as partners). */
  counsellors: User[][];
  cases: number;
  /** Import id per campaign. */
  importIds: string[];
  /** Import instant per campaign. */
  importAt: number[];
}

interface User {
  id: string;
  email: string;
  displayName: string;
  role: 'PSAD_REFERENT' | 'COUNSELLOR' | 'VIEWER';
  organisation: Org;
  /** Platforms this user is referent of. */
  platforms: number[];
}

export interface PlatformInfo {
  id: string;
  name: string;
  cases: number;
  referentEmail: string;
  /** The Mission Locale, the partner most cases are assigned to. */
  missionLocaleId: string;
}

export interface Model {
  seed: number;
  scale: Scale;
  /** Platforms by rank: index 0 is the largest. */
  platforms: PlatformInfo[];
  users: {
    referent: string;
    counsellor: string;
    viewer: string;
    multiPlatformReferent: string | null;
    password: string;
  };
  /** The reference tables (territories to imports) in load order. */
  tables(passwordHash: string): TableData[];
  /** Then the young people, cases, attempts and events. */
  bulk: BulkData;
  /** The young people of platform `platformIndex` (rank), as the import would match them. */
  youngPeopleOf(platformIndex: number): YoungPersonRow[];
}

export interface YoungPersonRow {
  index: number;
  id: string;
  ine: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
  sex: 'M' | 'F';
  address: string;
  postalCode: string;
  commune: string;
  phone: string | null;
  email: string | null;
  lastSchoolUai: string | null;
  lastFormation: string;
  schoolExitDate: string;
  highestDiploma: string;
  matchKey: string;
  searchText: string;
}

/** The names come from short lists: their normalised forms are computed once each. */
function memo<T>(f: (v: string) => T): (v: string) => T {
  const cache = new Map<string, T>();
  return (v) => {
    let out = cache.get(v);
    if (out === undefined) cache.set(v, (out = f(v)));
    return out;
  };
}
const lastNameOf = memo(lastNameCase);
const firstNamesOf = memo(firstNamesCase);
const searchKeyOf = memo(searchKey);
// matchKeyOf(last, first, birth) is `key|birth` where the key depends on the names only: computed
// once per name pair by the server's own function, and checked below to end with the birth date.
const nameKeyOf = memo((names: string) => {
  const [last, first] = names.split('\u0000') as [string, string];
  const probe = matchKeyOf(last, first, '2000-01-01');
  if (!probe.endsWith('|2000-01-01')) throw new Error('matchKeyOf changed shape: update bench/src/model.ts');
  return probe.slice(0, -'2000-01-01'.length);
});

/** 9 digits, a bijection of the index (distinct for every index below 10⁹), then 2 letters. */
export function ineOf(index: number, rng: Rng): string {
  const digits = (index * 618_033_989 + 123_457) % 1_000_000_000;
  const letters = String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25));
  return String(digits).padStart(9, '0') + letters;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function buildModel(seed: number, scaleOption: ScaleOption): Model {
  const scale = resolveScale(scaleOption);
  const P = scale.platforms;
  const created = Date.parse('2025-06-02T07:00:00Z');

  // Territories: régions > départements (4 platforms each) > bassins (one per platform) > communes.
  const tr = new Rng(seed, S.territory);
  const deptCount = Math.ceil(P / 4);
  const regionCount = Math.ceil(deptCount / 8);
  const territories: string[] = [];
  const regionIds: string[] = [];
  for (let r = 0; r < regionCount; r++) {
    const id = tr.uuid();
    regionIds.push(id);
    territories.push(line([id, 'REGION', `R${pad(r + 1, 2)}`, `Région ${r + 1}`, null, ts(created)]));
  }
  const deptIds: string[] = [];
  const deptNames: string[] = [];
  for (let d = 0; d < deptCount; d++) {
    const id = tr.uuid();
    deptIds.push(id);
    const name = `${tr.pick(TOWN_BASES)}${tr.pick(TOWN_SUFFIXES)} (${pad(d + 1, 2)})`;
    deptNames.push(name);
    territories.push(
      line([id, 'DEPARTEMENT', pad(d + 1, 2), `Département ${name}`, regionIds[Math.floor(d / 8)], ts(created)]),
    );
  }
  const bassins: { id: string; dept: number; chef: string; communes: Commune[] }[] = [];
  for (let p = 0; p < P; p++) {
    const dept = Math.floor(p / 4);
    const id = tr.uuid();
    const communes: Commune[] = [];
    for (let k = 0; k < 4; k++) {
      const n = (p % 4) * 4 + k;
      communes.push({
        id: tr.uuid(),
        code: `${pad(dept + 1, 2)}${pad(n * 7 + 1, 3)}`,
        name: `${tr.pick(TOWN_BASES)}${tr.pick(TOWN_SUFFIXES)}`,
        postalCode: `${pad(dept + 1, 2)}${pad(100 + n * 10, 3)}`,
      });
    }
    const chef = communes[0]!.name;
    bassins.push({ id, dept, chef, communes });
    territories.push(
      line([id, 'BASSIN', `B${pad(dept + 1, 2)}-${pad(p + 1, 3)}`, `Bassin de ${chef}`, deptIds[dept], ts(created)]),
    );
    for (const c of communes) territories.push(line([c.id, 'COMMUNE', c.code, c.name, id, ts(created)]));
  }

  // Organisations: per département DSDEN, MLDS, CAF; per bassin CIO, Mission Locale, 4–6 schools,
  // sometimes a CFA, associations and a centre social.
  const or = new Rng(seed, S.org);
  const orgs: Org[] = [];
  const uaiCounter = new Array<number>(deptCount).fill(0);
  const org = (name: string, kind: string, dept: number, commune: Commune, school = false, tete = false): Org => {
    const uai = school
      ? `0${pad(dept + 1, 2)}${pad(++uaiCounter[dept]!, 4)}${String.fromCharCode(65 + or.int(0, 25))}`
      : null;
    const o = { id: or.uuid(), name, kind, uai, teteDeReseau: tete, dept, commune };
    orgs.push(o);
    return o;
  };
  const deptOrgs = deptIds.map((_, d) => {
    const seat = bassins[d * 4]!.communes[0]!;
    return {
      dsden: org(`DSDEN ${deptNames[d]}`, 'OTHER', d, seat),
      mlds: org(`MLDS ${deptNames[d]}`, 'MLDS', d, seat),
      caf: org(`CAF ${deptNames[d]}`, 'CAF', d, seat),
    };
  });

  // Cases per platform, by rank: weights 1/(rank + P/10), largest remainders.
  const c0 = Math.max(P / 10, 0.3);
  const weights = Array.from({ length: P }, (_, p) => 1 / (p + 1 + c0));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w / wsum) * scale.cases);
  const caseCounts = quotas.map((q) => Math.max(1, Math.floor(q)));
  let left = scale.cases - caseCounts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, p) => [q - Math.floor(q), p] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % P, left--) caseCounts[byRemainder[k]![1]]!++;
  for (let p = P - 1; left < 0; p = (p - 1 + P) % P) {
    if (caseCounts[p]! > 1) {
      caseCounts[p]!--;
      left++;
    }
  }

  const pr = new Rng(seed, S.platform);
  const platforms: Platform[] = bassins.map((b, p) => {
    const seat = b.communes[0]!;
    const cio = org(`CIO de ${b.chef}`, 'CIO', b.dept, seat);
    const ml = org(`Mission Locale de ${b.chef}`, 'MISSION_LOCALE', b.dept, seat);
    const schools: Org[] = [];
    const nSchools = pr.int(4, 6);
    for (let k = 0; k < nSchools; k++) {
      const lycee = k < 3;
      const commune = b.communes[k % b.communes.length]!;
      schools.push(
        org(
          `${lycee ? 'Lycée' : 'Collège'} ${pr.pick(SCHOOL_PATRONS)} de ${commune.name}`,
          'EPLE',
          b.dept,
          commune,
          true,
          k === 0,
        ),
      );
    }
    const extra: Org[] = [];
    if (pr.chance(0.5)) extra.push(org(`CFA de ${b.chef}`, 'CFA', b.dept, seat));
    for (let k = pr.int(1, 2); k > 0; k--)
      org(`Association Réussir ${k} ${b.chef}`, 'ASSOCIATION', b.dept, b.communes[k]!);
    if (pr.chance(0.5)) org(`Centre social de ${b.chef}`, 'CENTRE_SOCIAL', b.dept, b.communes[1]!);
    const candidates = [ml, cio, deptOrgs[b.dept]!.mlds, ...schools, ...extra];
    const partners = candidates.slice(0, Math.min(candidates.length, pr.int(3, 8)));
    return {
      index: p,
      id: pr.uuid(),
      name: `PSAD ${pad(p + 1, 3)} – bassin de ${b.chef}`,
      bassinId: b.id,
      dept: b.dept,
      communes: b.communes,
      cio,
      ml,
      schools,
      partners,
      assignWeights: partners.map((o) => (o === ml ? 6 : o.kind === 'MLDS' ? 2 : 1)),
      referents: [],
      counsellors: partners.map(() => []),
      cases: caseCounts[p]!,
      importIds: CAMPAIGNS.map(() => pr.uuid()),
      importAt: CAMPAIGNS.map((c) => c.importedFrom + pr.int(0, 14) * DAY + pr.int(0, 7 * 3600) * 1000),
    };
  });

  // Users: referents (one per platform, a second on one in ten), counsellors, a few viewers.
  const ur = new Rng(seed, S.user);
  const users: User[] = [];
  const viewers = Math.max(1, Math.round(scale.users * 0.005));
  const seconds = Math.min(Math.round(P * 0.1), scale.users - P - viewers - 1);
  const secondOn = new Set(
    ur.shuffle(Array.from({ length: Math.max(0, P - 1) }, (_, k) => k + 1)).slice(0, Math.max(0, seconds)),
  );
  const referentCount = P + secondOn.size;
  const counsellorCount = scale.users - referentCount - viewers;
  let n = 0;
  const person = (k: number) => {
    const female = ur.chance(0.6);
    return `${ur.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M)} ${firstNamesCase(ur.pick(LAST_NAMES).toLocaleLowerCase('fr-FR'))} ${k}`;
  };
  const addUser = (role: User['role'], organisation: Org, platformsOf: number[]) => {
    n++;
    const kind = role === 'PSAD_REFERENT' ? 'referent' : role === 'COUNSELLOR' ? 'counsellor' : 'viewer';
    const k =
      role === 'PSAD_REFERENT' ? n : role === 'COUNSELLOR' ? n - referentCount : n - referentCount - counsellorCount;
    const u: User = {
      id: ur.uuid(),
      email: `bench.${kind}.${k}@bench.test`,
      displayName: person(k),
      role,
      organisation,
      platforms: platformsOf,
    };
    users.push(u);
    return u;
  };
  for (const p of platforms) p.referents.push(addUser('PSAD_REFERENT', p.cio, [p.index]));
  for (const p of platforms) if (secondOn.has(p.index)) p.referents.push(addUser('PSAD_REFERENT', p.cio, [p.index]));
  // One referent in twenty (never the largest platform's) is also referent of the platform before.
  let multi: User | null = null;
  for (let p = 1; p + 1 < P; p++) {
    if (!ur.chance(0.05)) continue;
    const u = platforms[p + 1]!.referents[0]!;
    u.platforms.push(p);
    platforms[p]!.referents.push(u);
    multi ??= u;
  }
  for (let k = 0; k < counsellorCount; k++) {
    // The first counsellor works at the largest platform's Mission Locale (a known login).
    const p = k === 0 ? platforms[0]! : platforms[ur.weighted(weights)]!;
    const at = k === 0 ? 0 : ur.weighted(p.assignWeights);
    p.counsellors[at]!.push(addUser('COUNSELLOR', p.partners[at]!, []));
  }
  for (let k = 0; k < viewers; k++) addUser('VIEWER', deptOrgs[k % deptCount]!.dsden, []);

  // ─── The plan of every case: platform, origin, status, number of events ──────────────────
  const plan = new Rng(seed, S.plan);
  const C = scale.cases;
  const platformOf = new Uint16Array(C);
  {
    let i = 0;
    for (const p of platforms) for (let k = 0; k < p.cases; k++) platformOf[i++] = p.index;
    for (let j = C - 1; j > 0; j--) {
      const r = Math.floor(plan.float() * (j + 1));
      const t = platformOf[j]!;
      platformOf[j] = platformOf[r]!;
      platformOf[r] = t;
    }
  }
  // Origin: 0..2 a campaign, 3 a signal. Kind: see KINDS.
  const origin = new Uint8Array(C);
  const kindOf = new Uint8Array(C);
  const createdAt = new Float64Array(C);
  const extras = new Uint16Array(C);
  let minimal = 0;
  const eligible: number[] = [];
  for (let i = 0; i < C; i++) {
    const o = plan.weighted([3, 3, 3, 1]);
    origin[i] = o;
    const t0 =
      o < 3
        ? platforms[platformOf[i]!]!.importAt[o]! + 600_000
        : REF - plan.int(2, 450) * DAY - plan.int(0, 86_399) * 1000;
    createdAt[i] = t0;
    let kind = plan.weighted(KIND_WEIGHTS[o]!);
    if (kind === 7 && REF - t0 < 75 * DAY) kind = 6;
    kindOf[i] = kind;
    minimal += KINDS[kind]!.minEvents;
    if (KINDS[kind]!.extra !== 'none') eligible.push(i);
  }
  let spare = scale.events - minimal;
  if (spare < 0)
    throw new Error(
      `scale: ${scale.events} events are fewer than the ${minimal} these ${C} cases need (about 3 per case)`,
    );
  if (spare > 0 && eligible.length === 0) throw new Error('scale: no case can take more events');
  while (spare-- > 0) extras[eligible[Math.floor(plan.float() * eligible.length)]!]!++;

  const passwordUsers = {
    referent: platforms[0]!.referents[0]!.email,
    counsellor: platforms[0]!.counsellors[0]![0]?.email ?? users.find((u) => u.role === 'COUNSELLOR')!.email,
    viewer: users.find((u) => u.role === 'VIEWER')!.email,
    multiPlatformReferent: multi?.email ?? null,
    password: BENCH_PASSWORD,
  };

  // ─── Young people ─────────────────────────────────────────────────────────────────────────
  const youngPerson = (i: number): YoungPersonRow => {
    const r = new Rng(seed, S.yp, i);
    const id = r.uuid();
    const p = platforms[platformOf[i]!]!;
    const sex = r.chance(0.5) ? 'F' : 'M';
    const firstNames =
      r.pick(sex === 'F' ? FIRST_NAMES_F : FIRST_NAMES_M) +
      (r.chance(0.15) ? ` ${r.pick(sex === 'F' ? FIRST_NAMES_F : FIRST_NAMES_M)}` : '');
    const lastName = r.pick(LAST_NAMES);
    // Mostly 16–18 (just left school), some up to 25.
    const ageDays = r.chance(0.7) ? r.int(16 * 365 + 5, 19 * 365) : r.int(19 * 365, 25 * 365 + 300);
    const birthDate = day(REF - ageDays * DAY);
    const ine = r.chance(0.92) ? ineOf(i, r) : null;
    const commune = r.pick(p.communes);
    const first = searchKeyOf(firstNames.split(' ')[0]!).replace(/ /g, '-');
    const phone = r.chance(0.8) ? `0${r.chance(0.5) ? 6 : 7}${pad(r.int(0, 99_999_999), 8)}` : null;
    const email = r.chance(0.4)
      ? `${first}.${searchKeyOf(lastName).replace(/ /g, '-')}${r.int(1, 99)}@exemple.fr`
      : null;
    const last = lastNameOf(lastName);
    const firsts = firstNamesOf(firstNames);
    return {
      index: i,
      id,
      ine,
      lastName: last,
      firstNames: firsts,
      birthDate,
      sex,
      address: `${r.int(1, 120)} ${r.pick(STREETS)}`,
      postalCode: commune.postalCode,
      commune: commune.name,
      phone,
      email,
      lastSchoolUai: r.chance(0.9) ? r.pick(p.schools).uai : null,
      lastFormation: r.pick(FORMATIONS),
      schoolExitDate: day(createdAt[i]! - r.int(20, 200) * DAY),
      highestDiploma: r.pick(DIPLOMAS),
      matchKey: nameKeyOf(`${lastName}\u0000${firstNames}`) + birthDate,
      // searchKey(last first ine) = searchKey(last first) + ' ' + the INE lower-cased (letters and digits only).
      searchText: ine ? `${searchKeyOf(`${last} ${firsts}`)} ${ine.toLowerCase()}` : searchKeyOf(`${last} ${firsts}`),
    };
  };

  // ─── Cases: the state machine walked, deterministically per case ──────────────────────────
  const simulate = (i: number): CaseSim =>
    simulateCase(seed, i, platforms[platformOf[i]!]!, origin[i]!, kindOf[i]!, createdAt[i]!, extras[i]!);

  const tables = (passwordHash: string): TableData[] => {
    const importCases = platforms.map(() => CAMPAIGNS.map(() => 0));
    for (let i = 0; i < C; i++) if (origin[i]! < 3) importCases[platformOf[i]!]![origin[i]!]!++;
    const importContent = Buffer.from(`\uFEFFINE;Nom;Prénom;Date de naissance\r\n`, 'utf8');
    const importSha = createHash('sha256').update(importContent).digest('hex');
    return [
      {
        table: 'territory',
        columns: ['id', 'kind', 'code', 'name', 'parent_id', 'created_at'],
        count: territories.length,
        lines: () => territories,
      },
      {
        table: 'organisation',
        columns: [
          'id',
          'name',
          'search_name',
          'kind',
          'uai',
          'lycee_tete_de_reseau',
          'address',
          'postal_code',
          'commune_insee',
          'commune_name',
          'territory_id',
          'email',
          'phone',
          'website',
          'active',
          'version',
          'created_at',
          'updated_at',
        ],
        count: orgs.length,
        *lines() {
          for (const [k, o] of orgs.entries()) {
            yield line([
              o.id,
              o.name,
              searchKey(o.name),
              o.kind,
              o.uai,
              o.teteDeReseau,
              `${(k % 90) + 1} ${STREETS[k % STREETS.length]}`,
              o.commune.postalCode,
              o.commune.code,
              o.commune.name,
              o.commune.id,
              o.kind === 'MISSION_LOCALE' || o.kind === 'CIO' ? `contact.${k}@bench.test` : null,
              `02${pad((k * 7919) % 100_000_000, 8)}`,
              null,
              true,
              1,
              ts(created),
              ts(created),
            ]);
          }
        },
      },
      {
        table: 'app_user',
        columns: [
          'id',
          'email',
          'display_name',
          'password_hash',
          'active',
          'failed_login_count',
          'last_failed_login_at',
          'last_login_at',
          'version',
          'created_at',
          'updated_at',
        ],
        count: users.length,
        *lines() {
          for (const u of users)
            yield line([u.id, u.email, u.displayName, passwordHash, true, 0, null, null, 1, ts(created), ts(created)]);
        },
      },
      {
        table: 'membership',
        columns: ['id', 'user_id', 'organisation_id', 'roles', 'version', 'created_at', 'updated_at'],
        count: users.length,
        *lines() {
          const r = new Rng(seed, S.user, 1);
          for (const u of users)
            yield line([r.uuid(), u.id, u.organisation.id, `{${u.role}}`, 1, ts(created), ts(created)]);
        },
      },
      {
        table: 'platform',
        columns: ['id', 'name', 'territory_id', 'active', 'version', 'created_at', 'updated_at'],
        count: P,
        *lines() {
          for (const p of platforms) yield line([p.id, p.name, p.bassinId, true, 1, ts(created), ts(created)]);
        },
      },
      {
        table: 'platform_referent',
        columns: ['platform_id', 'user_id'],
        count: platforms.reduce((a, p) => a + p.referents.length, 0),
        *lines() {
          for (const p of platforms) for (const u of p.referents) yield line([p.id, u.id]);
        },
      },
      {
        table: 'platform_partner',
        columns: ['platform_id', 'organisation_id'],
        count: platforms.reduce((a, p) => a + p.partners.length, 0),
        *lines() {
          for (const p of platforms) for (const o of p.partners) yield line([p.id, o.id]);
        },
      },
      {
        table: 'siei_import',
        columns: [
          'id',
          'platform_id',
          'campaign',
          'file_name',
          'file_sha256',
          'content',
          'status',
          'report',
          'uploaded_by',
          'uploaded_at',
          'confirmed_at',
        ],
        count: P * CAMPAIGNS.length,
        *lines() {
          for (const p of platforms) {
            for (const [k, c] of CAMPAIGNS.entries()) {
              const opened = importCases[p.index]![k]!;
              const report = {
                total: opened,
                accepted: opened,
                merged: 0,
                rejected: [],
                duplicatesInFile: 0,
                warnings: 0,
                encoding: 'utf-8',
                separator: ';',
                created: opened,
                updated: 0,
                casesOpened: opened,
              };
              yield line([
                p.importIds[k],
                p.id,
                c.code,
                `siei-${c.code}-${pad(p.index + 1, 3)}.csv`,
                importSha,
                `\\x${importContent.toString('hex')}`,
                'CONFIRME',
                JSON.stringify(report),
                p.referents[0]!.id,
                ts(p.importAt[k]!),
                ts(p.importAt[k]! + 600_000),
              ]);
            }
          }
        },
      },
    ];
  };

  /** Young people, cases, attempts and events: one walk per case, cut in batches of cases. */
  const bulk: BulkData = {
    tables: [
      { table: 'young_person', columns: YP_COLUMNS },
      { table: 'psad_case', columns: CASE_COLUMNS },
      {
        table: 'contact_attempt',
        columns: ['id', 'case_id', 'attempted_at', 'channel', 'result', 'actor_id', 'created_at'],
      },
      { table: 'case_event', columns: ['id', 'case_id', 'occurred_at', 'actor_id', 'kind', 'data'] },
    ],
    *batches(size) {
      for (let from = 0; from < C; from += size) {
        let yp = '';
        let cases = '';
        let attempts = '';
        let events = '';
        const rows = [0, 0, 0, 0];
        for (let i = from; i < Math.min(C, from + size); i++) {
          const y = youngPerson(i);
          const t = ts(createdAt[i]!);
          const platformId = platforms[platformOf[i]!]!.id;
          yp += line([
            y.id,
            platformId,
            y.ine,
            y.lastName,
            y.firstNames,
            y.birthDate,
            y.sex,
            y.address,
            y.postalCode,
            y.commune,
            y.phone,
            y.email,
            y.lastSchoolUai,
            y.lastFormation,
            y.schoolExitDate,
            y.highestDiploma,
            y.matchKey,
            y.searchText,
            1,
            t,
            t,
          ]);
          const c = simulate(i);
          cases += caseLine(c, y.id, `${y.lastName}\u0001${y.firstNames}`);
          for (const a of c.attempts)
            attempts += line([a.id, c.id, ts(a.at), a.channel, a.result, a.actorId, ts(a.at)]);
          for (const e of c.events) events += line([e.id, c.id, ts(e.at), e.actorId, e.kind, JSON.stringify(e.data)]);
          rows[0]!++;
          rows[1]!++;
          rows[2]! += c.attempts.length;
          rows[3]! += c.events.length;
        }
        yield { text: [yp, cases, attempts, events], rows };
      }
    },
  };

  return {
    seed,
    scale,
    bulk,
    platforms: platforms.map((p) => ({
      id: p.id,
      name: p.name,
      cases: p.cases,
      referentEmail: p.referents[0]!.email,
      missionLocaleId: p.ml.id,
    })),
    users: passwordUsers,
    tables,
    youngPeopleOf(platformIndex) {
      const out: YoungPersonRow[] = [];
      for (let i = 0; i < C; i++) if (platformOf[i] === platformIndex) out.push(youngPerson(i));
      return out;
    },
  };
}

// ─── One case's life ──────────────────────────────────────────────────────────────────────────

type Extra = 'none' | 'reassign' | 'contact' | 'failedContact';
interface KindSpec {
  status: CaseStatus;
  /** Events the status needs: CREATED, assign, attempts, solution, close. */
  minEvents: number;
  extra: Extra;
}

/**
 * 0 A_TRAITER; 1 AFFECTE; 2 EN_COURS; 3 SOLUTION; 4 CLOS from A_TRAITER; 5 CLOS from AFFECTE;
 * 6 CLOS from EN_COURS (not injoignable); 7 CLOS INJOIGNABLE (3 failed attempts, 2 channels, 30 days);
 * 8 CLOS SOLUTION_CONFIRMEE.
 */
const KINDS: KindSpec[] = [
  { status: 'A_TRAITER', minEvents: 1, extra: 'none' },
  { status: 'AFFECTE', minEvents: 2, extra: 'reassign' },
  { status: 'EN_COURS', minEvents: 3, extra: 'contact' },
  { status: 'SOLUTION', minEvents: 4, extra: 'contact' },
  { status: 'CLOS', minEvents: 2, extra: 'none' },
  { status: 'CLOS', minEvents: 3, extra: 'reassign' },
  { status: 'CLOS', minEvents: 4, extra: 'contact' },
  { status: 'CLOS', minEvents: 6, extra: 'failedContact' },
  { status: 'CLOS', minEvents: 5, extra: 'contact' },
];

/** Kind weights by origin: old campaigns are mostly settled, the latest one mostly waiting. */
const KIND_WEIGHTS = [
  [2, 3, 10, 20, 3, 5, 12, 15, 30],
  [5, 8, 25, 20, 2, 3, 10, 7, 20],
  [45, 30, 20, 3, 1, 1, 0.5, 0, 0.5],
  [15, 15, 30, 15, 5, 5, 5, 5, 5],
];

const YP_COLUMNS = [
  'id',
  'platform_id',
  'ine',
  'last_name',
  'first_names',
  'birth_date',
  'sex',
  'address',
  'postal_code',
  'commune',
  'phone',
  'email',
  'last_school_uai',
  'last_formation',
  'school_exit_date',
  'highest_diploma',
  'match_key',
  'search_text',
  'version',
  'created_at',
  'updated_at',
];

const CASE_COLUMNS = [
  'id',
  'platform_id',
  'young_person_id',
  'sort_name',
  'episode',
  'status',
  'source',
  'campaign',
  'signal_source',
  'import_id',
  'assigned_organisation_id',
  'assigned_counsellor_id',
  'assigned_at',
  'first_attempt_at',
  'last_attempt_at',
  'reached_at',
  'solution_type',
  'solution_start_date',
  'solution_organisation_id',
  'solution_at',
  'close_outcome',
  'close_comment',
  'closed_at',
  'convocation_date',
  'version',
  'created_at',
  'updated_at',
];

interface SimEvent {
  id: string;
  at: number;
  actorId: string;
  kind: string;
  data: Record<string, unknown>;
}

interface CaseSim {
  id: string;
  platformId: string;
  status: CaseStatus;
  source: 'SIEI' | 'SIGNAL';
  campaign: string | null;
  signalSource: string | null;
  importId: string | null;
  assignedOrganisationId: string | null;
  assignedCounsellorId: string | null;
  assignedAt: number | null;
  firstAttemptAt: number | null;
  lastAttemptAt: number | null;
  reachedAt: number | null;
  solutionType: string | null;
  solutionStartDate: string | null;
  solutionOrganisationId: string | null;
  solutionAt: number | null;
  closeOutcome: string | null;
  closeComment: string | null;
  closedAt: number | null;
  convocationDate: string | null;
  createdAt: number;
  attempts: { id: string; at: number; channel: ContactChannel; result: ContactResult; actorId: string }[];
  events: SimEvent[];
}

/** A case's COPY line; `sortName` as the insert trigger of migration 0014 would set it (the load runs without triggers). */
function caseLine(s: CaseSim, youngPersonId: string, sortName: string): string {
  const last = s.events[s.events.length - 1]!.at;
  return line([
    s.id,
    s.platformId,
    youngPersonId,
    sortName,
    1,
    s.status,
    s.source,
    s.campaign,
    s.signalSource,
    s.importId,
    s.assignedOrganisationId,
    s.assignedCounsellorId,
    ts(s.assignedAt),
    ts(s.firstAttemptAt),
    ts(s.lastAttemptAt),
    ts(s.reachedAt),
    s.solutionType,
    s.solutionStartDate,
    s.solutionOrganisationId,
    ts(s.solutionAt),
    s.closeOutcome,
    s.closeComment,
    ts(s.closedAt),
    s.convocationDate,
    s.events.length,
    ts(s.createdAt),
    ts(last),
  ]);
}

const FAILED: ContactResult[] = ['INJOIGNABLE', 'MESSAGE_LAISSE', 'MESSAGE_LAISSE', 'COORDONNEES_ERRONEES'];
const CHANNEL_WEIGHTS = [6, 3, 2, 1, 0.5, 1];
const EARLY_CLOSE = ['DEJA_EN_SOLUTION', 'HORS_CHAMP', 'DEMENAGE', 'AUTRE'];
const LATE_CLOSE = ['REFUS', 'DEJA_EN_SOLUTION', 'DEMENAGE', 'HORS_CHAMP', 'AUTRE'];

/** Strictly increasing instants in (from, to): `n` of them, sorted, at least a minute apart. */
function instants(r: Rng, n: number, from: number, to: number): number[] {
  const span = Math.max(to - from, n * 120_000);
  const out = Array.from({ length: n }, () => from + 60_000 + Math.floor(r.float() * (span - 60_000)));
  out.sort((a, b) => a - b);
  for (let k = 1; k < n; k++) if (out[k]! <= out[k - 1]! + 60_000) out[k] = out[k - 1]! + 60_000;
  return out;
}

function simulateCase(
  seed: number,
  i: number,
  p: Platform,
  origin: number,
  kind: number,
  t0: number,
  extra: number,
): CaseSim {
  const r = new Rng(seed, S.case, i);
  const spec = KINDS[kind]!;
  const referent = p.referents[0]!.id;
  const s: CaseSim = {
    id: r.uuid(),
    platformId: p.id,
    status: 'A_TRAITER',
    source: origin < 3 ? 'SIEI' : 'SIGNAL',
    campaign: origin < 3 ? CAMPAIGNS[origin]!.code : null,
    signalSource: origin < 3 ? null : r.pick(SIGNAL_SOURCES),
    importId: origin < 3 ? p.importIds[origin]! : null,
    assignedOrganisationId: null,
    assignedCounsellorId: null,
    assignedAt: null,
    firstAttemptAt: null,
    lastAttemptAt: null,
    reachedAt: null,
    solutionType: null,
    solutionStartDate: null,
    solutionOrganisationId: null,
    solutionAt: null,
    closeOutcome: null,
    closeComment: null,
    closedAt: null,
    convocationDate: null,
    createdAt: t0,
    attempts: [],
    events: [],
  };
  const event = (at: number, actorId: string, kindName: string, data: Record<string, unknown>) =>
    s.events.push({ id: r.uuid(), at, actorId, kind: kindName, data });
  event(
    t0,
    referent,
    'CREATED',
    s.source === 'SIEI'
      ? { source: 'SIEI', campaign: s.campaign, importId: s.importId }
      : { source: 'SIGNAL', signalSource: s.signalSource },
  );

  const window = REF - t0;
  const closes = spec.status === 'CLOS';
  if (kind === 0) return s;
  if (kind === 4) {
    const at = t0 + Math.floor(window * (0.1 + 0.8 * r.float()));
    close(s, r, event, at, referent, r.pick(EARLY_CLOSE));
    return s;
  }

  // Assignment, a few days after the list came in, and the reassignments.
  const at = t0 + Math.min(Math.floor(window * 0.3), r.int(1, 12) * DAY) + r.int(0, 8 * 3600) * 1000;
  let partner = r.weighted(p.assignWeights);
  let counsellors = p.counsellors[partner]!;
  let counsellor = counsellors.length > 0 && r.chance(0.7) ? r.pick(counsellors).id : null;
  s.assignedOrganisationId = p.partners[partner]!.id;
  s.assignedCounsellorId = counsellor;
  s.assignedAt = at;
  s.status = 'AFFECTE';
  event(at, referent, 'assign', {
    from: 'A_TRAITER',
    to: 'AFFECTE',
    organisationId: s.assignedOrganisationId,
    counsellorId: counsellor,
    reason: null,
  });
  const actor = () => counsellor ?? (counsellors.length > 0 ? counsellors[0]!.id : referent);
  if (p.partners[partner] === p.ml && r.chance(0.3)) s.convocationDate = day(at + r.int(3, 20) * DAY);

  if (spec.extra === 'reassign') {
    const times = instants(r, extra + (closes ? 1 : 0), at, at + Math.floor((REF - at) * (0.3 + 0.6 * r.float())));
    for (let k = 0; k < extra; k++) {
      const from = s.assignedOrganisationId;
      partner = r.weighted(p.assignWeights);
      counsellors = p.counsellors[partner]!;
      counsellor = counsellors.length > 0 && r.chance(0.7) ? r.pick(counsellors).id : null;
      s.assignedOrganisationId = p.partners[partner]!.id;
      s.assignedCounsellorId = counsellor;
      s.assignedAt = times[k]!;
      event(times[k]!, referent, 'reassign', {
        from: 'AFFECTE',
        to: 'AFFECTE',
        fromOrganisationId: from,
        organisationId: s.assignedOrganisationId,
        counsellorId: counsellor,
        reason: null,
      });
    }
    if (closes)
      close(s, r, event, times[extra]!, actor(), r.pick(EARLY_CLOSE.filter((o) => o !== 'HORS_CHAMP').concat('REFUS')));
    return s;
  }

  // Contact attempts and situation checks, then the solution and the closing.
  const contacts = (kind === 7 ? 3 : 1) + extra;
  const after = (kind === 3 ? 1 : 0) + (closes ? 1 : 0) + (kind === 8 ? 1 : 0);
  let times: number[];
  if (kind === 7) {
    // The injoignable rule: failed attempts spanning more than 30 days (the plan leaves 75 days).
    const start = at + r.int(1, 5) * DAY;
    const lastAttempt = start + 31 * DAY + Math.floor(r.float() * Math.max(0, REF - start - 40 * DAY) * 0.5);
    times = [
      start,
      ...instants(r, contacts - 2, start, lastAttempt - 60_000 * contacts),
      lastAttempt,
      lastAttempt + r.int(1, 5) * DAY,
    ];
  } else {
    const start = at + Math.min(r.int(1, 10) * DAY, Math.floor((REF - at) * 0.2));
    const end = start + Math.floor((REF - start) * (0.3 + 0.65 * r.float()));
    times = instants(r, contacts + after, at, Math.max(end, at + 3_600_000));
  }
  const needsJoint = kind === 3 || kind === 8;
  let attemptsMade = 0;
  for (let k = 0; k < contacts; k++) {
    const t = times[k]!;
    // Checks are only extras, and never for the injoignable rule's attempts.
    const check = kind !== 7 && attemptsMade > 0 && !(needsJoint && k === contacts - 1) && r.chance(0.15);
    const from = s.status;
    s.status = 'EN_COURS';
    if (check) {
      event(t, actor(), 'situation_check', { from, to: 'EN_COURS', finding: r.pick(SITUATION_FINDINGS) });
      continue;
    }
    const channel =
      kind === 7 && k === 1
        ? differentChannel(r, s.attempts[0]!.channel)
        : CONTACT_CHANNELS[r.weighted(CHANNEL_WEIGHTS)]!;
    const lastOne = k === contacts - 1;
    const result: ContactResult =
      kind === 7 ? r.pick(FAILED) : needsJoint && lastOne ? 'JOINT' : r.chance(0.3) ? 'JOINT' : r.pick(FAILED);
    const by = actor();
    s.attempts.push({ id: r.uuid(), at: t, channel, result, actorId: by });
    s.firstAttemptAt ??= t;
    s.lastAttemptAt = t;
    if (result === 'JOINT' && s.reachedAt === null) s.reachedAt = t;
    attemptsMade++;
    event(t, by, 'contact_attempt', { from, to: 'EN_COURS', channel, result });
  }
  let k = contacts;
  if (kind === 3 || kind === 8) {
    const t = times[k++]!;
    s.solutionType = r.pick(SOLUTION_TYPES);
    s.solutionStartDate = day(t + r.int(0, 30) * DAY);
    s.solutionOrganisationId = r.chance(0.3) ? s.assignedOrganisationId : null;
    s.solutionAt = t;
    s.status = 'SOLUTION';
    event(t, actor(), 'solution', {
      from: 'EN_COURS',
      to: 'SOLUTION',
      type: s.solutionType,
      organisationId: s.solutionOrganisationId,
      startDate: s.solutionStartDate,
    });
  }
  if (closes) {
    const outcome = kind === 7 ? 'INJOIGNABLE' : kind === 8 ? 'SOLUTION_CONFIRMEE' : r.pick(LATE_CLOSE);
    close(s, r, event, times[k]!, actor(), outcome);
  }
  return s;
}

function differentChannel(r: Rng, other: ContactChannel): ContactChannel {
  const choices = CONTACT_CHANNELS.filter((c) => c !== other);
  return r.pick(choices);
}

function close(
  s: CaseSim,
  _r: Rng,
  event: (at: number, actorId: string, kind: string, data: Record<string, unknown>) => void,
  at: number,
  actorId: string,
  outcome: string,
) {
  const from = s.status;
  s.status = 'CLOS';
  s.closeOutcome = outcome;
  s.closeComment = outcome === 'AUTRE' ? CLOSE_COMMENT : null;
  s.closedAt = at;
  event(at, actorId, 'close', { from, to: 'CLOS', outcome });
}
