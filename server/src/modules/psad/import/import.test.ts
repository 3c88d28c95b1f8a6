import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BOURGES = fs.readFileSync(path.join(fixtures, 'siei-2026-S2-bourges.csv'));
const VIERZON = fs.readFileSync(path.join(fixtures, 'siei-2026-S2-vierzon-cp1252.csv'));
/** The physical lines of each fixture, decoded. */
const BOURGES_LINES = BOURGES.toString('utf8')
  .replace(/^\uFEFF/, '')
  .split('\r\n');
const VIERZON_LINES = iconv.decode(VIERZON, 'windows-1252').split('\r\n');

let t: TestApp;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const one = async (q: SQL) => (await owner<{ v: unknown }>(q))[0]!.v;
const count = async (q: SQL) => Number(await one(q));

/** A multipart body with the given fields and an optional file part. */
function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer; field?: string }) {
  const boundary = `----maillage${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
    );
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(
  app: TestApp,
  token: string,
  platformId: string,
  content: Buffer,
  campaign = '2026-S2',
  name = 'siei.csv',
) {
  const body = multipart({ campaign }, { name, content });
  return app.app.inject({
    method: 'POST',
    url: `/api/psad/platforms/${platformId}/imports`,
    headers: { ...body.headers, authorization: `Bearer ${token}` },
    payload: body.payload,
  });
}

const confirm = (token: string, importId: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/psad/imports/${importId}/confirm`,
    headers: { authorization: `Bearer ${token}` },
  });

/** Every row of the list tables, hashed: equal snapshots mean nothing was written there. */
async function listSnapshot() {
  const out: Record<string, string> = {};
  for (const table of ['young_person', 'psad_case', 'case_event']) {
    const [row] = await owner<{ n: number; h: string }>(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`,
      ),
    );
    out[table] = `${row!.n}:${row!.h}`;
  }
  return out;
}

/**
 * What the planner believes of the list tables: pg_class.reltuples, which only ANALYZE (or VACUUM)
 * sets; and each table's true row count. A table this small is analyzed whole: the two are equal.
 */
async function planStatistics() {
  const rows = await owner<{ table: string; estimated: number; actual: number }>(sql`
    select c.relname as table, c.reltuples::int as estimated,
      case c.relname when 'young_person' then (select count(*) from young_person) when 'psad_case' then (select count(*) from psad_case) else (select count(*) from case_event) end::int as actual
    from pg_class c where c.relname in ('young_person', 'psad_case', 'case_event') and c.relkind = 'r' order by c.relname`);
  return Object.fromEntries(rows.map((r) => [r.table, { estimated: r.estimated, actual: r.actual }]));
}

const auditOf = (requestId: string) =>
  owner<{ action: string; outcome: string; subject_type: string | null; details: Record<string, unknown> | null }>(
    sql`select action, outcome, subject_type, details from audit_event where request_id = ${requestId} order by id`,
  );

beforeAll(async () => {
  t = await createTestApp();
  ids.bourges = String(await one(sql`select id as v from platform where name = 'PSAD du bassin de Bourges'`));
  ids.vierzon = String(await one(sql`select id as v from platform where name = 'PSAD du bassin de Vierzon'`));
  ids.referent = String(await one(sql`select id as v from app_user where email = 'referent@demo.test'`));
  for (const email of ['referent@demo.test', 'referent.vierzon@demo.test', 'conseiller@demo.test', 'admin@demo.test'])
    tokens[email] = await t.login(email);
});
afterAll(() => t.close());

const REF = 'referent@demo.test';
const youngPeopleOf = (platformId: string) =>
  count(sql`select count(*) as v from young_person where platform_id = ${platformId}`);
const casesOf = (platformId: string) =>
  count(sql`select count(*) as v from psad_case where platform_id = ${platformId}`);

describe('SIEI import: preview then confirm', () => {
  it('previews the Bourges list (300 rows, none known yet) and writes nothing to the list', async () => {
    const before = await listSnapshot();
    const res = await upload(t, tokens[REF]!, ids.bourges!, BOURGES, '2026-S2', 'siei-2026-S2-bourges.csv');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 300, accepted: 300, merged: 0, rejected: [], duplicatesInFile: 0 });
    ids.bourgesImport = body.importId;
    // The first 20 rows, every column as read (UTF-8 with BOM: the BOM is not part of the first header).
    expect(body.preview.columns).toEqual(BOURGES_LINES[0]!.split(';'));
    expect(body.preview.columns.slice(0, 3)).toEqual(['INE', 'Nom', 'Prénom']);
    expect(body.preview.sample).toHaveLength(20);
    for (const row of body.preview.sample) {
      expect(row).toMatchObject({ outcome: 'ACCEPTED', note: null });
      expect(row.cells).toEqual(BOURGES_LINES[row.line - 1]!.split(';'));
    }
    expect(body.preview.sample[1].cells.slice(1, 3)).toEqual(['OLIVIER', 'Léna']);
    expect(body.preview).toMatchObject({ duplicates: [], merged: [] });
    expect(await listSnapshot()).toEqual(before);
    const [stored] = await owner<{
      status: string;
      file_sha256: string;
      campaign: string;
      uploaded_by: string;
      size: number;
    }>(
      sql`select status, file_sha256, campaign, uploaded_by, octet_length(content) as size from siei_import where id = ${body.importId}`,
    );
    expect(stored).toMatchObject({
      status: 'PREVIEW',
      campaign: '2026-S2',
      uploaded_by: ids.referent,
      size: BOURGES.length,
    });
    expect(stored!.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toEqual([
      {
        action: 'psad_import.upload',
        outcome: 'SUCCESS',
        subject_type: 'siei_import',
        details: {
          campaign: '2026-S2',
          total: 300,
          accepted: 300,
          merged: 0,
          rejected: 0,
          duplicatesInFile: 0,
          warnings: expect.any(Number),
        },
      },
    ]);
  });

  it('confirms it: 300 young people, 300 cases A_TRAITER each with its CREATED event, one audit event', async () => {
    const before = await planStatistics();
    const res = await confirm(tokens[REF]!, ids.bourgesImport!);
    expect(res.statusCode, res.body).toBe(200);
    // Analyzed once the confirm committed, just after the answer (PGlite has no autovacuum): the
    // planner soon knows the 300 new people, cases and events.
    await expect
      .poll(async () => Object.values(await planStatistics()).every((s) => s.estimated === s.actual), { timeout: 5000 })
      .toBe(true);
    const after = await planStatistics();
    for (const table of ['young_person', 'psad_case', 'case_event']) {
      expect(after[table]!.actual, table).toBeGreaterThanOrEqual(before[table]!.actual + 300);
      expect(before[table]!.estimated, `${table}: not yet analyzed with the list`).not.toBe(after[table]!.actual);
    }
    expect(res.json()).toMatchObject({
      importId: ids.bourgesImport,
      total: 300,
      accepted: 300,
      merged: 0,
      rejected: [],
      created: 300,
      updated: 0,
      casesOpened: 300,
    });
    expect(await youngPeopleOf(ids.bourges!)).toBe(300);
    expect(await casesOf(ids.bourges!)).toBe(300);
    expect(
      await count(
        sql`select count(*) as v from psad_case where import_id = ${ids.bourgesImport} and status = 'A_TRAITER' and source = 'SIEI' and campaign = '2026-S2' and episode = 1`,
      ),
    ).toBe(300);
    expect(
      await count(
        sql`select count(*) as v from case_event e join psad_case c on c.id = e.case_id where c.import_id = ${ids.bourgesImport} and e.kind = 'CREATED' and e.actor_id = ${ids.referent}`,
      ),
    ).toBe(300);
    expect(
      await count(
        sql`select count(*) as v from young_person where platform_id = ${ids.bourges} and (search_text = '' or match_key = '')`,
      ),
    ).toBe(0);
    expect(await one(sql`select status as v from siei_import where id = ${ids.bourgesImport}`)).toBe('CONFIRME');
    // Time-ordered ids (UUID version 7) for the people, cases and events a list writes.
    expect(
      await count(sql`select count(*) as v from psad_case c join young_person y on y.id = c.young_person_id join case_event e on e.case_id = c.id
      where c.import_id = ${ids.bourgesImport} and substr(c.id::text, 15, 1) = '7' and substr(y.id::text, 15, 1) = '7' and substr(e.id::text, 15, 1) = '7'`),
    ).toBe(300);
    const stamp = await one(
      sql`select ('x' || substr(replace(uuid_v7()::text, '-', ''), 1, 12))::bit(48)::bigint as v`,
    );
    expect(Math.abs(Number(stamp) - Date.now())).toBeLessThan(60_000);
    // The file stays with the import.
    expect(await count(sql`select octet_length(content) as v from siei_import where id = ${ids.bourgesImport}`)).toBe(
      BOURGES.length,
    );
    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'psad_import.confirm',
      outcome: 'SUCCESS',
      subject_type: 'siei_import',
      details: { total: 300, created: 300, casesOpened: 300 },
    });
    // Counts only, never a name.
    const lastName = String(
      await one(sql`select last_name as v from young_person where platform_id = ${ids.bourges} limit 1`),
    );
    expect(JSON.stringify(events[0]!.details)).not.toContain(lastName);
  });

  it('the same import confirmed twice gets CONFLICT and changes nothing', async () => {
    const before = await listSnapshot();
    const res = await confirm(tokens[REF]!, ids.bourgesImport!);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('CONFLICT');
    expect(await listSnapshot()).toEqual(before);
  });

  it('the Vierzon list on the same platform: 126 read, 116 rows, 4 rejected lines, 6 duplicates in the file, nobody in common', async () => {
    const res = await upload(t, tokens[REF]!, ids.bourges!, VIERZON, '2026-11', 'vierzon.csv');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 126, accepted: 116, duplicatesInFile: 6 });
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual([27, 87, 110, 119]);
    for (const r of body.rejected) expect(r.reason).toBeTruthy();
    ids.vierzonImport = body.importId;
    // Windows-1252 decoded: the sample shows « é » as it is, every cell as the file has it.
    expect(body.preview.columns).toContain('Prénom');
    expect(body.preview.sample[0].cells).toEqual(VIERZON_LINES[1]!.split(';'));
    expect(body.preview.sample[0].cells[5]).toBe('90 avenue de la République');
    // The in-file duplicates, named by their key fields and those of the row kept.
    expect(
      body.preview.duplicates.map((d: { line: number; sameAsLine: number; matchedOn: string }) => [
        d.line,
        d.sameAsLine,
        d.matchedOn,
      ]),
    ).toEqual([
      [68, 47, 'IDENTITY'],
      [89, 40, 'INE'],
      [92, 53, 'INE'],
      [115, 66, 'IDENTITY'],
      [116, 26, 'IDENTITY'],
      [127, 114, 'INE'],
    ]);
    const retyped = body.preview.duplicates[0];
    expect(retyped.first.lastName).toBe(retyped.lastName);
    expect(retyped.first.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const line47 = VIERZON_LINES[46]!.split(';');
    expect(retyped.first).toMatchObject({ lastName: line47[1], firstNames: line47[2] });
    // The two fixtures share nobody (checked on INE and matchKey).
    expect(body.merged).toBe(0);
    const known = 0;
    const confirmed = await confirm(tokens[REF]!, body.importId);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ total: 126, accepted: 116, merged: known, created: 116 - known });
    expect(await youngPeopleOf(ids.bourges!)).toBe(300 + 116 - known);
    // The merged ones already had an open case: only the new ones get one.
    expect(confirmed.json().casesOpened).toBe(116 - known);
    expect(await casesOf(ids.bourges!)).toBe(300 + 116 - known);
  });

  it('the same Bourges file uploaded and confirmed again later: everything merged, nothing changed', async () => {
    const before = await listSnapshot();
    const res = await upload(t, tokens[REF]!, ids.bourges!, BOURGES);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 300, accepted: 300, merged: 300, rejected: [] });
    // The first 50 rows merged with a known young person, named on both sides, with the person's case.
    const { merged, sample } = res.json().preview;
    expect(merged).toHaveLength(50);
    expect(merged.map((m: { line: number }) => m.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    const [ine, lastName, firstNames] = BOURGES_LINES[1]!.split(';');
    const known = await owner<{ id: string; case_id: string }>(
      sql`select y.id, c.id as case_id from young_person y join psad_case c on c.young_person_id = y.id where y.platform_id = ${ids.bourges} and y.ine = ${ine}`,
    );
    expect(merged[0]).toEqual({
      line: 2,
      matchedOn: 'INE',
      ine,
      lastName,
      firstNames,
      birthDate: '2010-03-05',
      known: {
        youngPersonId: known[0]!.id,
        ine,
        lastName,
        firstNames,
        birthDate: '2010-03-05',
        caseId: known[0]!.case_id,
        caseStatus: 'A_TRAITER',
      },
    });
    expect(sample[0]).toMatchObject({ line: 2, outcome: 'MERGED', note: `Déjà connu : ${lastName} ${firstNames}` });
    expect(sample.every((r: { outcome: string }) => r.outcome === 'MERGED')).toBe(true);
    const confirmed = await confirm(tokens[REF]!, res.json().importId);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ merged: 300, created: 0, updated: 0, casesOpened: 0 });
    expect(await listSnapshot()).toEqual(before);
  });

  it('a young person whose case was closed gets a new episode at the next import, history kept', async () => {
    const [c] = await owner<{ id: string; young_person_id: string }>(
      sql`select id, young_person_id from psad_case where import_id = ${ids.bourgesImport} order by id limit 1`,
    );
    await owner(
      sql`update psad_case set status = 'CLOS', close_outcome = 'REFUS', closed_at = now() where id = ${c!.id}`,
    );
    const res = await upload(t, tokens[REF]!, ids.bourges!, BOURGES, '2027-S1');
    const confirmed = await confirm(tokens[REF]!, res.json().importId);
    expect(confirmed.json()).toMatchObject({ merged: 300, created: 0, casesOpened: 1 });
    const episodes = await owner<{ episode: number; status: string; campaign: string }>(
      sql`select episode, status, campaign from psad_case where young_person_id = ${c!.young_person_id} order by episode`,
    );
    expect(episodes).toEqual([
      { episode: 1, status: 'CLOS', campaign: '2026-S2' },
      { episode: 2, status: 'A_TRAITER', campaign: '2027-S1' },
    ]);
    // Both episodes sort in the worklist under the person's name, as a new person's case does.
    const names = await owner<{ sorted: boolean }>(
      sql`select c.sort_name = y.last_name || chr(1) || y.first_names as sorted
            from psad_case c join young_person y on y.id = c.young_person_id
           where c.young_person_id = ${c!.young_person_id} or c.import_id = ${res.json().importId}`,
    );
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n.sorted)).toBe(true);
  });

  it('the Vierzon list on its own platform, by its referent', async () => {
    const res = await upload(t, tokens['referent.vierzon@demo.test']!, ids.vierzon!, VIERZON);
    expect(res.json()).toMatchObject({ total: 126, accepted: 116, merged: 0, duplicatesInFile: 6 });
    const confirmed = await confirm(tokens['referent.vierzon@demo.test']!, res.json().importId);
    expect(confirmed.json()).toMatchObject({ created: 116, casesOpened: 116 });
    expect(await youngPeopleOf(ids.vierzon!)).toBe(116);
  });

  it('a confirm that does not have the preview at hand (another list previewed since) reads the stored file again: the same rows', async () => {
    const vierzonReferent = tokens['referent.vierzon@demo.test']!;
    const res = await upload(t, vierzonReferent, ids.vierzon!, VIERZON, '2027-S1');
    expect(res.json()).toMatchObject({ total: 126, accepted: 116, merged: 116, duplicatesInFile: 6 });
    const other = Buffer.from('Nom;Prénom;Date de naissance\nAUTRE;Liste;05/06/2008\n');
    expect((await upload(t, vierzonReferent, ids.vierzon!, other, '2027-S1')).statusCode).toBe(200);
    const confirmed = await confirm(vierzonReferent, res.json().importId);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // Every row of the preview, each matched to the person the first confirm wrote, no one new.
    expect(confirmed.json()).toMatchObject({ total: 126, accepted: 116, merged: 116, created: 0, duplicatesInFile: 6 });
    expect(confirmed.json().rejected.map((r: { line: number }) => r.line)).toEqual([27, 87, 110, 119]);
    expect(await youngPeopleOf(ids.vierzon!)).toBe(116);
  });
});

describe('all or nothing', () => {
  it('a failure part-way through the confirm writes nothing, and the import can be confirmed afterwards', async () => {
    const list = Buffer.from(
      'Nom;Prénom;Date de naissance;Téléphone\nPANNE;Inès;01/02/2008;0611111111\nPANNE;Hugo;03/04/2008;\n',
    );
    const res = await upload(t, tokens[REF]!, ids.bourges!, list, '2026-12');
    expect(res.json()).toMatchObject({ total: 2, accepted: 2, merged: 0 });
    // The last write of the confirm (the cases' events) fails.
    await owner(
      sql.raw(
        `create function fail_case_event() returns trigger language plpgsql as $$ begin raise exception 'panne simulée'; end $$`,
      ),
    );
    await owner(
      sql.raw(
        'create trigger fail_case_event before insert on case_event for each statement execute function fail_case_event()',
      ),
    );
    const before = await listSnapshot();
    try {
      const failed = await confirm(tokens[REF]!, res.json().importId);
      expect(failed.statusCode).toBe(500);
      expect(failed.body).not.toContain('PANNE');
    } finally {
      await owner(sql.raw('drop trigger fail_case_event on case_event'));
      await owner(sql.raw('drop function fail_case_event()'));
    }
    expect(await listSnapshot()).toEqual(before);
    expect(await one(sql`select status as v from siei_import where id = ${res.json().importId}`)).toBe('PREVIEW');
    const ok = await confirm(tokens[REF]!, res.json().importId);
    expect(ok.json()).toMatchObject({ created: 2, casesOpened: 2 });
  });

  it('concurrent confirms: the same import is written once; two imports of the same new people never duplicate them', async () => {
    const list = Buffer.from('Nom;Prénom;Date de naissance\nCONCURRENT;Alix;05/06/2008\nCONCURRENT;Sacha;07/08/2008\n');
    const a = (await upload(t, tokens[REF]!, ids.bourges!, list, '2026-12')).json().importId as string;
    const b = (await upload(t, tokens[REF]!, ids.bourges!, list, '2026-12')).json().importId as string;
    const same = await Promise.all([confirm(tokens[REF]!, a), confirm(tokens[REF]!, a)]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const other = await confirm(tokens[REF]!, b);
    expect(other.json()).toMatchObject({ merged: 2, created: 0, casesOpened: 0 });
    const c = (
      await upload(
        t,
        tokens[REF]!,
        ids.bourges!,
        Buffer.from('Nom;Prénom;Date de naissance\nCONCURRENT;Eden;09/10/2008\n'),
        '2026-12',
      )
    ).json().importId as string;
    const d = (
      await upload(
        t,
        tokens[REF]!,
        ids.bourges!,
        Buffer.from('Nom;Prénom;Date de naissance\nCONCURRENT;Eden;09/10/2008\n'),
        '2026-12',
      )
    ).json().importId as string;
    const both = await Promise.all([confirm(tokens[REF]!, c), confirm(tokens[REF]!, d)]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(both.map((r) => r.json().created as number).sort()).toEqual([0, 1]);
    expect(await count(sql`select count(*) as v from young_person where last_name = 'CONCURRENT'`)).toBe(3);
    expect(
      await count(
        sql`select count(*) as v from psad_case c join young_person y on y.id = c.young_person_id where y.last_name = 'CONCURRENT'`,
      ),
    ).toBe(3);
  });

  it('a list over 1 MB (the default body limit of the API) is accepted', async () => {
    const [header, ...rows] = BOURGES.toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    // The same 300 people written 25 times: 7 500 rows read, 7 200 duplicates within the file.
    const big = Buffer.from([header, ...Array.from({ length: 25 }, () => rows).flat()].join('\n'));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await upload(t, tokens[REF]!, ids.bourges!, big, '2026-S2');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 7500, accepted: 300, merged: 300, duplicatesInFile: 7200 });
  });
});

describe('refusals', () => {
  it('a file that is not a list: 400 naming the problem, nothing stored', async () => {
    const before = await count(sql`select count(*) as v from siei_import`);
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0xff, 0xfe,
    ]);
    const res = await upload(t, tokens[REF]!, ids.bourges!, binary, '2026-S2', 'photo.png');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'file' }] });
    expect(res.json().detail.length).toBeGreaterThan(10);
    const noColumns = await upload(t, tokens[REF]!, ids.bourges!, Buffer.from('Nom;Ville\nDUPONT;Bourges\n'));
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().detail).toMatch(/Prénom|naissance/i);
    expect(await count(sql`select count(*) as v from siei_import`)).toBe(before);
  });

  it('a missing or malformed campaign, a missing file: 400 naming the field', async () => {
    const bad = await upload(t, tokens[REF]!, ids.bourges!, BOURGES, '2026-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toContain('campaign');
    const body = multipart({ campaign: '2026-S2' });
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/psad/platforms/${ids.bourges}/imports`,
      headers: { ...body.headers, authorization: `Bearer ${tokens[REF]}` },
      payload: body.payload,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().fields.map((f: { path: string }) => f.path)).toContain('file');
  });

  it('a form cut short or with a boundary the parser cannot use: 400 problem+json, nothing stored (it was a 500)', async () => {
    const before = await count(sql`select count(*) as v from siei_import`);
    const whole = multipart({ campaign: '2026-S2' }, { name: 'siei.csv', content: BOURGES });
    const boundary = whole.headers['content-type'].split('boundary=')[1]!;
    const long = 'b'.repeat(300);
    for (const [contentType, payload] of [
      // The connection dropped mid-file: no closing boundary.
      [whole.headers['content-type'], whole.payload.subarray(0, whole.payload.length / 2)],
      ['multipart/form-data', whole.payload],
      [
        `multipart/form-data; boundary=${long}`,
        Buffer.from(whole.payload.toString('latin1').replaceAll(boundary, long), 'latin1'),
      ],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/psad/platforms/${ids.bourges}/imports`,
        headers: { 'content-type': contentType, authorization: `Bearer ${tokens[REF]}` },
        payload,
      });
      expect(res.statusCode, contentType.slice(0, 40)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', detail: expect.stringMatching(/multipart/) });
    }
    expect(await count(sql`select count(*) as v from siei_import`)).toBe(before);
  });

  it.each([['conseiller@demo.test'], ['referent.vierzon@demo.test'], ['admin@demo.test']])(
    '%s cannot upload to Bourges (403, audited) nor read its imports',
    async (email) => {
      const before = await count(sql`select count(*) as v from siei_import`);
      const res = await upload(t, tokens[email]!, ids.bourges!, BOURGES);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('FORBIDDEN');
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
        // The platform named in the path.
        {
          action: 'psad_import.upload',
          outcome: 'DENIED',
          subject_type: 'platform',
          details: { policy: 'psad-referent' },
        },
      ]);
      expect(await count(sql`select count(*) as v from siei_import`)).toBe(before);
      const list = await t.gql(tokens[email]!, 'query($p: ID!) { imports(platformId: $p) { id } }', { p: ids.bourges });
      expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const single = await t.gql(tokens[email]!, 'query($id: ID!) { import(id: $id) { id } }', {
        id: ids.bourgesImport,
      });
      expect(single.data?.import ?? null).toBeNull();
      const csv = await t.app.inject({
        method: 'GET',
        url: `/api/psad/imports/${ids.vierzonImport}/rejected.csv`,
        headers: { authorization: `Bearer ${tokens[email]}` },
      });
      expect([403, 404]).toContain(csv.statusCode);
      const conf = await confirm(tokens[email]!, ids.vierzonImport!);
      expect([403, 404]).toContain(conf.statusCode);
    },
  );

  it('anonymous: 401', async () => {
    const body = multipart({ campaign: '2026-S2' }, { name: 'a.csv', content: BOURGES });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/psad/platforms/${ids.bourges}/imports`,
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode).toBe(401);
  });

  it('a file over the limit: 413, nothing stored (limit lowered through IMPORT_MAX_FILE_BYTES)', async () => {
    const small = await createTestApp({ IMPORT_MAX_FILE_BYTES: '10000' });
    try {
      const platformId = String(
        (
          await small.database.db.execute<{ id: string }>(
            sql`select id from platform where name = 'PSAD du bassin de Bourges'`,
          )
        ).rows[0]!.id,
      );
      const res = await upload(small, await small.login(REF), platformId, BOURGES);
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toMatch(/^Fichier trop volumineux/);
      expect(
        Number(
          (await small.database.db.execute<{ n: number }>(sql`select count(*)::int as n from siei_import`)).rows[0]!.n,
        ),
      ).toBe(0);
    } finally {
      await small.close();
    }
  });
});

describe('reading imports', () => {
  it('GraphQL lists the platform imports with their reports and uploader', async () => {
    const res = await t.gql(
      tokens[REF]!,
      `query($p: ID!, $id: ID!) {
        imports(platformId: $p) { id campaign status }
        import(id: $id) { id campaign fileName status uploadedAt confirmedAt uploadedBy { id } report { total accepted merged rejectedCount duplicatesInFile created casesOpened rejected { line reason } } }
      }`,
      { p: ids.bourges, id: ids.vierzonImport },
    );
    expect(res.errors).toBeUndefined();
    // Bourges, Vierzon, Bourges again, 2027-S1, the failed-then-confirmed one, four concurrent ones, and the big preview (newest first).
    expect(res.data.imports.map((i: { status: string }) => i.status)).toEqual([
      'PREVIEW',
      ...Array(9).fill('CONFIRME'),
    ]);
    expect(res.data.import).toMatchObject({
      id: ids.vierzonImport,
      campaign: '2026-11',
      fileName: 'vierzon.csv',
      status: 'CONFIRME',
      uploadedBy: { id: ids.referent },
    });
    expect(res.data.import.confirmedAt).toBeTruthy();
    expect(res.data.import.report).toMatchObject({ total: 126, accepted: 116, rejectedCount: 4, duplicatesInFile: 6 });
    expect(res.data.import.report.rejected.map((r: { line: number }) => r.line)).toEqual([27, 87, 110, 119]);
  });

  it('GraphQL gives the preview of one import as the upload answered it', async () => {
    const res = await t.gql(
      tokens[REF]!,
      `query($id: ID!) { import(id: $id) { preview {
        columns
        sample { line cells outcome note }
        duplicates { line sameAsLine matchedOn ine lastName firstNames birthDate first { ine lastName firstNames birthDate } }
        merged { line matchedOn ine lastName firstNames birthDate known { youngPersonId ine lastName firstNames birthDate caseId caseStatus } }
      } } }`,
      { id: ids.vierzonImport },
    );
    expect(res.errors).toBeUndefined();
    const preview = res.data.import.preview;
    expect(preview.columns).toEqual(VIERZON_LINES[0]!.split(';'));
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample[0]).toEqual({
      line: 2,
      cells: VIERZON_LINES[1]!.split(';'),
      outcome: 'ACCEPTED',
      note: null,
    });
    expect(preview.duplicates.map((d: { line: number }) => d.line)).toEqual([68, 89, 92, 115, 116, 127]);
    expect(preview.merged).toEqual([]);
    // The history does not carry it.
    const list = await t.gql(tokens[REF]!, 'query($p: ID!) { imports(platformId: $p) { id report { total } } }', {
      p: ids.bourges,
    });
    expect(list.errors).toBeUndefined();
  });

  it('a row without INE is matched to the known young person by name and birth date, and said so', async () => {
    const [, lastName, firstNames, birth] = BOURGES_LINES[2]!.split(';');
    const list = Buffer.from(
      `Nom;Prénom;Date de naissance\r\nNOUVEAU;Camille;02/03/2008\r\n  ${lastName!.toLowerCase()} ;${firstNames};${birth}\r\n`,
    );
    const res = await upload(t, tokens[REF]!, ids.bourges!, list, '2026-12');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, accepted: 2, merged: 1 });
    expect(body.preview.merged).toHaveLength(1);
    expect(body.preview.merged[0]).toMatchObject({
      line: 3,
      matchedOn: 'IDENTITY',
      ine: null,
      lastName,
      firstNames,
      known: { lastName, firstNames, caseStatus: 'A_TRAITER' },
    });
    expect(body.preview.merged[0].known.ine).toBe(BOURGES_LINES[2]!.split(';')[0]);
    expect(body.preview.sample.map((r: { outcome: string }) => r.outcome)).toEqual(['ACCEPTED', 'MERGED']);
    expect(body.preview.sample[1].cells).toEqual([`  ${lastName!.toLowerCase()} `, firstNames, birth]);
  });

  it('the rejected rows download as CSV with the line as read from the Windows-1252 file, the export audited', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/psad/imports/${ids.vierzonImport}/rejected.csv`,
      headers: { authorization: `Bearer ${tokens[REF]}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="lignes-rejetees-2026-11.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(res.body.split('\r\n')[0]).toBe("\uFEFFligne;motif;ligne d'origine");
    const records: string[][] = parseCsv(res.body, { bom: true, delimiter: ';' });
    expect(records[0]).toEqual(['ligne', 'motif', "ligne d'origine"]);
    expect(records.slice(1)).toEqual([
      ['27', 'Date de naissance invalide : hier', VIERZON_LINES[26]],
      ['87', 'Nom manquant', VIERZON_LINES[86]],
      ['110', 'Date de naissance invalide : 2009-13-01', VIERZON_LINES[109]],
      ['119', 'Nom manquant', VIERZON_LINES[118]],
    ]);
    expect(records[3]![2]).toContain('37 rue des Écoles');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1).map((l) => Number(l.split(';')[0]))).toEqual([27, 87, 110, 119]);
    expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
      { action: 'psad_import.export_rejected', outcome: 'SUCCESS', subject_type: 'siei_import', details: { rows: 4 } },
    ]);
  });
});

describe('the length of each value', () => {
  const HEADER = BOURGES_LINES[0]!.split(';');
  /** A row of the Bourges header's 14 columns, a new young person each time, with `cells` put in. */
  const row = (n: number, cells: Record<string, string> = {}) => {
    const values: Record<string, string> = {
      INE: '',
      Nom: 'LONGUEUR',
      Prénom: `Essai${String.fromCharCode(97 + n)}`,
      'Date de naissance': '01/02/2009',
      Sexe: 'F',
      Adresse: '1 rue des Essais',
      'Code postal': '18000',
      Commune: 'Bourges',
      Téléphone: '0611223344',
      Courriel: 'essai@exemple.fr',
      "UAI établissement d'origine": '0180035R',
      'Dernière formation': 'TERM GENERALE',
      'Date de sortie': '01/07/2026',
      'Diplôme le plus élevé': 'DNB',
      ...cells,
    };
    return HEADER.map((h) => values[h]!).join(';');
  };
  const long = (n: number) => 'é'.repeat(n);
  /** At the limits of the signal form (shared/src/psad/schemas.ts): accepted. */
  const atLimits = {
    Nom: 'N'.repeat(100),
    Prénom: 'P'.repeat(150),
    Adresse: 'a'.repeat(300),
    Commune: 'c'.repeat(150),
    Téléphone: `06${' 11'.repeat(9)}1`.slice(0, 30),
    Courriel: `${'e'.repeat(64)}@${'d'.repeat(186)}.fr`,
  };
  /** One character over: each line rejected, naming the column. */
  const over: [Record<string, string>, RegExp][] = [
    [{ Nom: long(1024 * 1024) }, /« Nom » : 1048576 caractères \(100 au plus\)/],
    [{ Prénom: long(200 * 1024) }, /« Prénom » : 204800 caractères \(150 au plus\)/],
    [{ Adresse: long(301) }, /« Adresse » : 301 caractères \(300 au plus\)/],
    [{ Commune: long(151), Téléphone: '0'.repeat(31) }, /« Commune » : 151 .*« Téléphone » : 31 caractères/],
    [{ Courriel: `${'e'.repeat(64)}@${'d'.repeat(187)}.fr` }, /« Courriel » : 255 caractères \(254 au plus\)/],
    [{ 'Dernière formation': long(10_000) }, /« Dernière formation » : 10000 caractères \(200 au plus\)/],
    [{ 'Diplôme le plus élevé': long(101) }, /« Diplôme le plus élevé » : 101 caractères \(100 au plus\)/],
    [{ INE: '1'.repeat(1024 * 1024) }, /« INE » : 1048576 caractères/],
    [{ "UAI établissement d'origine": 'X'.repeat(5000), 'Code postal': '1'.repeat(5000) }, /« Code postal ».*« UAI/],
    [{ 'Date de naissance': '1'.repeat(100_000), Nom: '' }, /« Date de naissance » : 100000 caractères/],
  ];

  it('rejects in the preview, line by line, a value longer than the form takes, and confirms the rest', async () => {
    const lines = [HEADER.join(';'), row(0), row(1, atLimits), ...over.map(([cells], i) => row(i + 2, cells))];
    const res = await upload(t, tokens[REF]!, ids.bourges!, Buffer.from(lines.join('\r\n')), '2027-S1');
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: lines.length - 1, accepted: 2 });
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual(over.map((_, i) => i + 4));
    over.forEach(([, reason], i) => {
      expect(body.rejected[i].reason).toMatch(reason);
      // The reason never quotes the value.
      expect(body.rejected[i].reason.length).toBeLessThan(300);
    });
    // A value too long and a missing one: both said.
    expect(body.rejected.at(-1).reason).toMatch(/^Nom manquant ; /);
    // The preview stays small: cells are cut, reasons short.
    expect(res.body.length).toBeLessThan(64 * 1024);

    const confirmed = await confirm(tokens[REF]!, body.importId);
    expect(confirmed.statusCode, confirmed.body.slice(0, 500)).toBe(200);
    expect(confirmed.json()).toMatchObject({ created: 2, casesOpened: 2 });
    const stored = await owner<Record<string, number>>(
      sql`select max(length(last_name)) as last_name, max(length(first_names)) as first_names, max(length(address)) as address,
        max(length(commune)) as commune, max(length(email)) as email, count(*)::int as n
        from young_person where platform_id = ${ids.bourges} and (last_name = 'LONGUEUR' or last_name = ${atLimits.Nom})`,
    );
    expect(stored[0]).toEqual({ last_name: 100, first_names: 150, address: 300, commune: 150, email: 254, n: 2 });
  });
});
