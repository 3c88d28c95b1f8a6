/**
 * The raw import floor (I1): the SIEI list the API imports, read with the simplest code that gives
 * valid column values and written with three COPYs in one transaction as the database owner: every
 * row a new young person, one case A_TRAITER per person, one CREATED event per case. No validation,
 * no matching, no normalisation (dates dd/mm/yyyy → yyyy-mm-dd, empty → null, match_key and
 * search_text lower-cased concatenations), no staging, no stored file, no row-level security. What
 * the API's I1 takes beyond it is the price of its reading, matching and layers; what it takes is
 * what PostgreSQL needs to write these rows into these tables with their indexes (the trigram GIN
 * index included) and foreign keys.
 *
 * The one exception to "every row new": rows whose INE a young person of the platform already has
 * (the list's merged rows) are skipped, found by one lookup: the unique key (platform_id, ine)
 * forbids a second person with that INE. The floor thus writes about as many rows as the API creates.
 *
 * Ids are made in Node in the UUID v7 layout, in write order (time, then a counter): the app's rows
 * get uuid_v7() ids, which follow the order they are written in too.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** The few things the floor does with a database, on PostgreSQL (pg) or PGlite. */
export interface FloorDb {
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  exec(text: string): Promise<void>;
  /** COPY text-format lines (UTF-8, whole lines per chunk) into the table's columns. */
  copy(table: string, columns: readonly string[], chunks: Buffer[]): Promise<void>;
  close(): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source}`;

/** One pg connection, as given by `url` (the database owner: no row-level security). */
export async function pgFloorDb(url: string): Promise<FloorDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return pgClientFloorDb(client, () => client.end());
}

/** An open pg connection (tests: one of a generated database's pool). */
export function pgClientFloorDb(client: pg.ClientBase, close: () => Promise<void> = async () => {}): FloorDb {
  return {
    query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
    exec: async (text) => void (await client.query(text)),
    copy: (table, columns, chunks) =>
      pipeline(Readable.from(chunks), client.query(copyFrom(copySql(table, columns, 'STDIN')))),
    close,
  };
}

/** PGlite on a data directory (or in memory without one), with pg_trgm for the search index. */
export async function pgliteFloorDb(dataDir?: string): Promise<FloorDb> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  return pgliteClientFloorDb(db, () => db.close());
}

type PgliteLike = {
  query<R>(text: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: R[] }>;
  exec(text: string): Promise<unknown>;
};

/** An open PGlite client (tests: the one a generated in-memory database holds). */
export function pgliteClientFloorDb(db: PgliteLike, close: () => Promise<void> = async () => {}): FloorDb {
  return {
    query: async <R>(text: string, params?: unknown[]) => (await db.query<R>(text, params)).rows,
    exec: async (text) => void (await db.exec(text)),
    copy: async (table, columns, chunks) =>
      void (await db.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob(chunks) })),
    close,
  };
}

export interface RawImportResult {
  file: string;
  /** Data rows of the file. */
  rows: number;
  bytes: number;
  written: { young_person: number; psad_case: number; case_event: number };
  /** Rows whose INE a young person of the platform already has (the unique key forbids a second one). */
  skipped: number;
  /**
   * Seconds per step: lookup (import, actor, the platform's INEs), read (the file's Buffer to the
   * three tables' COPY text), one COPY per table, commit.
   */
  seconds: {
    lookup: number;
    read: number;
    young_person: number;
    psad_case: number;
    case_event: number;
    commit: number;
  };
  totalMs: number;
  /** Rows of the file per second, from the file's bytes in memory to the commit (as the API's I1: from upload to confirm). */
  rowsPerSecond: number;
}

const PERSON_COLUMNS = [
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
] as const;
const CASE_COLUMNS = [
  'id',
  'platform_id',
  'young_person_id',
  'sort_name',
  'status',
  'source',
  'campaign',
  'import_id',
] as const;
const EVENT_COLUMNS = ['id', 'case_id', 'actor_id', 'kind', 'data'] as const;
/** The list's columns, in the order the bench's SIEI files have them (src/siei-csv.ts). */
const FILE_COLUMNS = 14;
const CHUNK_BYTES = 1 << 20;

/**
 * COPY text written into 1 MB buffers as it is made: each row's line is garbage at once, where
 * 300,000 lines kept as strings until the COPY kept the garbage collector busy for most of the read.
 */
class CopyText {
  readonly chunks: Buffer[] = [];
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;

  add(line: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (this.at + 3 * line.length > CHUNK_BYTES) this.flush();
    this.at += this.buffer.write(line, this.at);
  }

  flush(): Buffer[] {
    if (this.at > 0) {
      this.chunks.push(this.buffer.subarray(0, this.at));
      this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      this.at = 0;
    }
    return this.chunks;
  }
}

/** Ids in the UUID v7 layout, increasing: 48 bits of the time now, version 7, a 24-bit counter, variant, 48 random bits. */
function idMaker(count: number): () => string {
  const t = Date.now().toString(16).padStart(12, '0');
  const head = `${t.slice(0, 8)}-${t.slice(8, 12)}-7`;
  const random = randomBytes(6 * count).toString('hex');
  let n = 0;
  return () => {
    const c = n.toString(16).padStart(6, '0');
    const tail = random.slice(12 * n, 12 * n + 12);
    n++;
    return `${head}${c.slice(0, 3)}-8${c.slice(3)}-${tail}`;
  };
}

type Fields = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const isoDate = (d: string) => (d === '' ? '\\N' : `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
const orNull = (s: string) => (s === '' ? '\\N' : s);

/**
 * Imports `content` (a SIEI list as the bench writes it: UTF-8, `;`, 14 columns) into `platformId`
 * for `campaign`, in one transaction, and commits. Returns the rows written and the time of each step.
 */
export async function rawImport(
  db: FloorDb,
  options: { content: Buffer; file: string; platformId: string; campaign: string },
): Promise<RawImportResult> {
  const { content, platformId, campaign } = options;
  const seconds = { lookup: 0, read: 0, young_person: 0, psad_case: 0, case_event: 0, commit: 0 };
  const started = performance.now();
  let t = started;
  const lap = (step: keyof typeof seconds) => {
    const now = performance.now();
    seconds[step] = Math.round(now - t) / 1000;
    t = now;
  };
  await db.exec('begin');
  try {
    // An existing import of the platform for the cases' import_id, a referent as the events' actor.
    const [origin] = await db.query<{ import_id: string | null; actor_id: string | null }>(
      `select (select id from siei_import where platform_id = $1 order by uploaded_at desc, id limit 1) as import_id,
              (select user_id from platform_referent where platform_id = $1 order by user_id limit 1) as actor_id`,
      [platformId],
    );
    if (!origin?.import_id) throw new Error(`raw import floor: platform ${platformId} has no siei_import row`);
    const importId = origin.import_id;
    const actorId = origin.actor_id ?? '\\N';
    const known = new Set(
      (
        await db.query<{ ine: string }>('select ine from young_person where platform_id = $1 and ine is not null', [
          platformId,
        ])
      ).map((r) => r.ine),
    );
    lap('lookup');

    let text = content.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lines = text.split('\n');
    if (lines[0]!.split(';').length !== FILE_COLUMNS)
      throw new Error(
        `raw import floor: ${options.file} does not have the ${FILE_COLUMNS} columns of the bench's SIEI lists`,
      );
    const id = idMaker(3 * lines.length);
    const event = `{"source":"SIEI","campaign":"${campaign}","importId":"${importId}"}`;
    const people = new CopyText();
    const cases = new CopyText();
    const events = new CopyText();
    let rows = 0;
    let written = 0;
    let skipped = 0;
    for (let i = 1; i < lines.length; i++) {
      let line = lines[i]!;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line === '') continue;
      rows++;
      if (line.includes('\\') || line.includes('\t')) line = line.replace(/\\/g, '\\\\').replace(/\t/g, '\\t');
      const [ine, last, first, birth, sex, address, postal, commune, phone, email, uai, formation, exit, diploma] =
        line.split(';') as Fields;
      if (ine !== '' && known.has(ine)) {
        skipped++;
        continue;
      }
      const birthDate = isoDate(birth);
      const personId = id();
      const caseId = id();
      people.add(
        `${personId}\t${platformId}\t${orNull(ine)}\t${last}\t${first}\t${birthDate}\t${orNull(sex)}\t${orNull(address)}\t${orNull(postal)}\t${orNull(commune)}\t${orNull(phone)}\t${orNull(email)}\t${orNull(uai)}\t${orNull(formation)}\t${isoDate(exit)}\t${orNull(diploma)}\t${last.toLowerCase()}|${first.toLowerCase()}|${birthDate}\t${`${last} ${first} ${ine}`.trimEnd().toLowerCase()}\n`,
      );
      cases.add(
        `${caseId}\t${platformId}\t${personId}\t${last}\u0001${first}\tA_TRAITER\tSIEI\t${campaign}\t${importId}\n`,
      );
      events.add(`${id()}\t${caseId}\t${actorId}\tCREATED\t${event}\n`);
      written++;
    }
    lap('read');

    await db.copy('young_person', PERSON_COLUMNS, people.flush());
    lap('young_person');
    await db.copy('psad_case', CASE_COLUMNS, cases.flush());
    lap('psad_case');
    await db.copy('case_event', EVENT_COLUMNS, events.flush());
    lap('case_event');
    await db.exec('commit');
    lap('commit');
    const totalMs = performance.now() - started;
    return {
      file: path.basename(options.file),
      rows,
      bytes: content.length,
      written: { young_person: written, psad_case: written, case_event: written },
      skipped,
      seconds,
      totalMs: Math.round(totalMs),
      rowsPerSecond: Math.round(rows / (totalMs / 1000)),
    };
  } catch (error) {
    await db.exec('rollback').catch(() => {});
    throw error;
  }
}

/** The floor on a file: reads it (not timed, as the API's I1 has the file in memory before its clock starts), then rawImport. */
export async function rawImportFile(
  db: FloorDb,
  file: string,
  platformId: string,
  campaign: string,
): Promise<RawImportResult> {
  return rawImport(db, { content: fs.readFileSync(file), file, platformId, campaign });
}
