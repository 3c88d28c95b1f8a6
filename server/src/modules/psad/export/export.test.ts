import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../cases/test-fixtures.js';
import { EXPORT_HEADERS } from './export.service.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../import/fixtures');
const BOURGES = fs.readFileSync(path.join(fixtures, 'siei-2026-S2-bourges.csv'));

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const who = ['referent', 'vierzon', 'conseiller', 'admin', 'lecteur'] as const;
type Who = (typeof who)[number];
const emails: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
  admin: 'admin@demo.test',
  lecteur: 'lecteur@demo.test',
};

const Q = {
  cases: `query($p: ID!, $f: CaseFilter, $o: CaseOrder) { cases(platformId: $p, filter: $f, orderBy: $o, first: 100) { totalCount nodes { id youngPerson { lastName firstNames } } } }`,
  assigned: `query($f: CaseFilter) { assignedCases(filter: $f) { totalCount } }`,
  assign: `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id status } }`,
};

const exportAs = (w: Who | null, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/psad/exports',
    headers: w ? { authorization: `Bearer ${tok[w]}` } : {},
    payload: payload as object,
  });

/** The CSV's records, header first (the BOM checked apart). */
const csvRecords = (body: Buffer): string[][] => parse(body, { bom: true, delimiter: ';', relax_column_count: false });

async function xlsxSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet('Suivis')!;
}

const col = (name: string) => EXPORT_HEADERS.indexOf(name);

const auditOf = (requestId: string) =>
  ownerRows<{
    action: string;
    outcome: string;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown> | null;
  }>(
    t,
    sql`select action, outcome, subject_type, subject_id, details from audit_event where request_id = ${requestId} order by id`,
  );

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----maillage${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
  );
  chunks.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const w of who) tok[w] = await t.login(emails[w]);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);

  // The Bourges SIEI list, imported the way a referent does it.
  const body = multipart({ campaign: '2026-S2' }, { name: 'siei-2026-S2-bourges.csv', content: BOURGES });
  const up = await t.app.inject({
    method: 'POST',
    url: `/api/psad/platforms/${id.bourges}/imports`,
    headers: { ...body.headers, authorization: `Bearer ${tok.referent}` },
    payload: body.payload,
  });
  expect(up.statusCode, up.body).toBe(200);
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/api/psad/imports/${up.json().importId}/confirm`,
    headers: { authorization: `Bearer ${tok.referent}` },
  });
  expect(confirmed.json()).toMatchObject({ created: 300, casesOpened: 300 });

  // Ten cases to the Mission Locale, then one of them closed: the counsellor keeps nine.
  const ten = await ownerRows<{ id: string; version: number }>(
    t,
    sql`select c.id, c.version from psad_case c join young_person y on y.id = c.young_person_id where c.platform_id = ${id.bourges} order by y.last_name, y.first_names limit 10`,
  );
  const assigned = await t.gql(tok.referent!, Q.assign, { p: id.bourges, cases: ten, o: id.ml });
  expect(assigned.errors).toBeUndefined();
  id.closed = ten[9]!.id;
  await t.database.db.execute(
    sql`update psad_case set status = 'CLOS', close_outcome = 'REFUS', closed_at = now() where id = ${id.closed}`,
  );

  // A person whose imported fields a spreadsheet would run as formulas.
  id.formula = ten[0]!.id;
  await t.database.db.execute(
    sql`update young_person set commune = '=HYPERLINK("http://exemple.test","clic")', email = '@SUM(A1)', phone = '+33 6 12 34 56 78'
        where id = (select young_person_id from psad_case where id = ${id.formula})`,
  );
});
afterAll(() => t.close());

describe('CSV export of a platform worklist', () => {
  it('holds every case of the list, in its order, with French headers, BOM, semicolons and CRLF', async () => {
    const res = await exportAs('referent', { format: 'csv', scope: { platformId: id.bourges } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="suivis-psad-du-bassin-de-bourges-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(EXPORT_HEADERS.join(';'));
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(EXPORT_HEADERS.slice(0, 8)).toEqual([
      'INE',
      'Nom',
      'Prénom',
      'Date de naissance',
      'Commune',
      'Code postal',
      'Téléphone',
      'Courriel',
    ]);
    for (const h of [
      'Statut',
      'Source',
      'Campagne',
      'Partenaire',
      'Affecté le',
      'Dernière tentative',
      'Solution',
      'Clôture',
      'Mineur sans solution',
    ])
      expect(EXPORT_HEADERS).toContain(h);

    const records = csvRecords(body);
    expect(records).toHaveLength(301);
    // Not one page: all 300; the first hundred in the worklist's order.
    const list = await t.gql(tok.referent!, Q.cases, { p: id.bourges });
    expect(list.data.cases.totalCount).toBe(300);
    expect(records.slice(1, 101).map((r) => `${r[col('Nom')]}|${r[col('Prénom')]}`)).toEqual(
      list.data.cases.nodes.map(
        (n: { youngPerson: { lastName: string; firstNames: string } }) =>
          `${n.youngPerson.lastName}|${n.youngPerson.firstNames}`,
      ),
    );
    const gabriel = records.find((r) => r[col('INE')] === '915000806YG')!;
    expect(gabriel[col('Nom')]).toBe('LUCAS');
    expect(gabriel[col('Date de naissance')]).toBe('05/03/2010');
    expect(gabriel[col('Code postal')]).toBe('18390');
    expect(gabriel[col('Statut')]).toBe('À traiter');
    expect(gabriel[col('Source')]).toBe('Liste SIEI');
    expect(gabriel[col('Campagne')]).toBe('2026-S2');
    expect(gabriel[col('Mineur sans solution')]).toBe('Oui');
  });

  it('applies the filter: row counts equal the worklist totals (status, search, order)', async () => {
    const filters = [
      { status: ['AFFECTE'] },
      { status: ['A_TRAITER', 'CLOS'] },
      { search: 'lucas' },
      { search: '915000806YG' },
      { organisationId: id.ml },
      { minorWithoutSolution: true },
      { commune: 'Bourges' },
    ];
    for (const filter of filters) {
      const res = await exportAs('referent', {
        format: 'csv',
        scope: { platformId: id.bourges },
        filter,
        orderBy: 'LAST_UPDATE',
      });
      expect(res.statusCode, res.body).toBe(200);
      const rows = csvRecords(res.rawPayload).slice(1);
      const list = await t.gql(tok.referent!, Q.cases, { p: id.bourges, f: filter, o: 'LAST_UPDATE' });
      expect(rows.length, JSON.stringify(filter)).toBe(list.data.cases.totalCount);
      expect(rows.slice(0, 100).map((r) => r[col('Nom')])).toEqual(
        list.data.cases.nodes.map((n: { youngPerson: { lastName: string } }) => n.youngPerson.lastName),
      );
    }
    const affected = csvRecords(
      (
        await exportAs('referent', {
          format: 'csv',
          scope: { platformId: id.bourges },
          filter: { status: ['AFFECTE'] },
        })
      ).rawPayload,
    ).slice(1);
    expect(affected).toHaveLength(9);
    const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(new Date());
    for (const r of affected) {
      expect(r[col('Statut')]).toBe('Affecté');
      expect(r[col('Partenaire')]).toBe('Mission Locale de Bourges');
      expect(r[col('Affecté le')]).toBe(today);
    }
    const closed = csvRecords(
      (await exportAs('referent', { format: 'csv', scope: { platformId: id.bourges }, filter: { status: ['CLOS'] } }))
        .rawPayload,
    ).slice(1);
    expect(closed.map((r) => [r[col('Statut')], r[col('Clôture')]])).toEqual([['Clos', "Refus de l'accompagnement"]]);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const res = await exportAs('referent', {
      format: 'csv',
      scope: { platformId: id.bourges },
      filter: { organisationId: id.ml },
    });
    const rows = csvRecords(res.rawPayload).slice(1);
    const row = rows.find((r) => r[col('Commune')]!.includes('HYPERLINK'))!;
    expect(row[col('Commune')]).toBe(`'=HYPERLINK("http://exemple.test","clic")`);
    expect(row[col('Courriel')]).toBe(`'@SUM(A1)`);
    expect(row[col('Téléphone')]).toBe(`'+33 6 12 34 56 78`);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('records one audit event with counts and filter keys, never the search text or a name', async () => {
    const res = await exportAs('referent', {
      format: 'csv',
      scope: { platformId: id.bourges },
      filter: { search: 'lucas', status: ['A_TRAITER'], commune: null },
    });
    expect(res.statusCode).toBe(200);
    const rows = csvRecords(res.rawPayload).length - 1;
    expect(rows).toBeGreaterThan(0);
    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toEqual([
      {
        action: 'case.export',
        outcome: 'SUCCESS',
        subject_type: 'platform',
        subject_id: id.bourges,
        details: { format: 'csv', rows, filterKeys: ['search', 'status'], orderBy: 'NAME' },
      },
    ]);
    expect(JSON.stringify(events).toLowerCase()).not.toContain('lucas');
  });
});

describe('XLSX export', () => {
  it('a workbook with a header row, column widths, real dates and French labels', async () => {
    const res = await exportAs('referent', { format: 'xlsx', scope: { platformId: id.bourges }, orderBy: 'NAME' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="suivis-psad-du-bassin-de-bourges-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const sheet = await xlsxSheet(res.rawPayload);
    expect(sheet.rowCount).toBe(301);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EXPORT_HEADERS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(col('Nom') + 1).width).toBeGreaterThan(10);

    const rows = sheet.getRows(2, 300)!;
    const gabriel = rows.find((r) => r.getCell(col('INE') + 1).value === '915000806YG')!;
    const birth = gabriel.getCell(col('Date de naissance') + 1);
    expect(birth.value).toBeInstanceOf(Date);
    expect((birth.value as Date).toISOString().slice(0, 10)).toBe('2010-03-05');
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(gabriel.getCell(col('Statut') + 1).value).toBe('À traiter');
    expect(gabriel.getCell(col('Code postal') + 1).value).toBe('18390');

    // In a workbook text stays text: the cell holds the string, no formula.
    const formula = rows.find((r) => String(r.getCell(col('Commune') + 1).value ?? '').includes('HYPERLINK'))!;
    const commune = formula.getCell(col('Commune') + 1);
    expect(commune.type).toBe(ExcelJS.ValueType.String);
    expect(commune.formula).toBeUndefined();

    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toMatchObject([
      { action: 'case.export', subject_type: 'platform', details: { format: 'xlsx', rows: 300, filterKeys: [] } },
    ]);
  });

  it('applies the filter too', async () => {
    const res = await exportAs('referent', {
      format: 'xlsx',
      scope: { platformId: id.bourges },
      filter: { status: ['AFFECTE'] },
    });
    const sheet = await xlsxSheet(res.rawPayload);
    expect(sheet.rowCount).toBe(1 + 9);
    expect(sheet.getRow(2).getCell(col('Partenaire') + 1).value).toBe('Mission Locale de Bourges');
  });
});

describe('counsellor: the cases assigned to their organisation', () => {
  it('exports only the assigned cases that are not closed', async () => {
    const res = await exportAs('conseiller', { format: 'csv', scope: { assigned: true } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="suivis-affectes-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = csvRecords(res.rawPayload).slice(1);
    expect(rows).toHaveLength(9);
    expect((await t.gql(tok.conseiller!, Q.assigned)).data.assignedCases.totalCount).toBe(9);
    for (const r of rows) {
      expect(r[col('Partenaire')]).toBe('Mission Locale de Bourges');
      expect(r[col('Statut')]).not.toBe('Clos');
    }
    const filtered = await exportAs('conseiller', {
      format: 'xlsx',
      scope: { assigned: true },
      filter: { status: ['CLOS'] },
    });
    expect((await xlsxSheet(filtered.rawPayload)).rowCount).toBe(1);
    const events = await auditOf(res.headers['x-request-id'] as string);
    expect(events).toEqual([
      {
        action: 'case.export',
        outcome: 'SUCCESS',
        subject_type: 'organisation',
        subject_id: id.ml,
        details: { format: 'csv', rows: 9, filterKeys: [], orderBy: 'NAME', organisationIds: [id.ml] },
      },
    ]);
  });
});

describe('who may not export', () => {
  it('a referent of another platform, an admin, a viewer, a counsellor asking for a platform: FORBIDDEN, recorded', async () => {
    const attempts: [Who, unknown][] = [
      ['vierzon', { format: 'csv', scope: { platformId: id.bourges } }],
      ['admin', { format: 'csv', scope: { platformId: id.bourges } }],
      ['lecteur', { format: 'xlsx', scope: { platformId: id.bourges } }],
      ['conseiller', { format: 'csv', scope: { platformId: id.bourges } }],
      ['admin', { format: 'csv', scope: { assigned: true } }],
      ['lecteur', { format: 'csv', scope: { assigned: true } }],
      ['referent', { format: 'csv', scope: { assigned: true } }],
    ];
    for (const [w, payload] of attempts) {
      const res = await exportAs(w, payload);
      expect(res.statusCode, `${w} ${JSON.stringify(payload)}`).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('FORBIDDEN');
      expect(await auditOf(res.headers['x-request-id'] as string)).toMatchObject([
        { action: 'case.export', outcome: 'DENIED' },
      ]);
    }
  });

  it('anonymous: 401', async () => {
    const res = await exportAs(null, { format: 'csv', scope: { platformId: id.bourges } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('bad input: 400 naming the field, nothing exported or audited', async () => {
    const cases: [unknown, string][] = [
      [{ format: 'pdf', scope: { platformId: id.bourges } }, 'format'],
      [{ format: 'csv', scope: { platformId: 'pas-un-uuid' } }, 'scope.platformId'],
      [{ format: 'csv', scope: {} }, 'scope'],
      [{ format: 'csv', scope: { platformId: id.bourges, assigned: true } }, 'scope'],
      [{ format: 'csv', scope: { platformId: id.bourges }, filter: { status: ['PERDU'] } }, 'filter.status.0'],
      [
        { format: 'csv', scope: { platformId: id.bourges }, filter: { daysWithoutContact: -1 } },
        'filter.daysWithoutContact',
      ],
      [{ format: 'csv', scope: { platformId: id.bourges }, orderBy: 'AGE' }, 'orderBy'],
      [{ scope: { platformId: id.bourges } }, 'format'],
    ];
    for (const [payload, field] of cases) {
      const res = await exportAs('referent', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem.code).toBe('BAD_USER_INPUT');
      expect(
        problem.fields.map((f: { path: string }) => f.path),
        JSON.stringify(payload),
      ).toContain(field);
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([]);
    }
  });
});

describe('OpenAPI', () => {
  it('describes the route and its body', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/psad/exports'].post;
    expect(op.tags).toEqual(['psad']);
    expect(op.requestBody.content['application/json'].schema.properties.format.enum).toEqual(['csv', 'xlsx']);
  });
});

describe('bounded', () => {
  it('beyond the bound: 400 asking to narrow the filter, nothing audited; narrowed, it exports', async () => {
    // A lowered bound (PSAD_EXPORT_MAX_ROWS), on its own app: 50,001 real cases would take minutes here.
    const small = await createTestApp({ PSAD_EXPORT_MAX_ROWS: '20' });
    try {
      const vierzon = await ownerId(small, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
      for (let i = 1; i <= 21; i++)
        await createCase(small, vierzon, { lastName: `Nom${i}`, firstNames: 'Prénom', birthDate: '2007-01-01' });
      const token = await small.login(emails.vierzon);
      const post = (payload: unknown) =>
        small.app.inject({
          method: 'POST',
          url: '/api/psad/exports',
          headers: { authorization: `Bearer ${token}` },
          payload: payload as object,
        });
      const res = await post({ format: 'csv', scope: { platformId: vierzon } });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter' }] });
      expect(res.json().detail).toBe("L'export est limité à 20 suivis et 21 correspondent : affinez le filtre.");
      const events = await ownerRows(
        small,
        sql`select 1 from audit_event where request_id = ${res.headers['x-request-id'] as string}`,
      );
      expect(events).toEqual([]);

      const narrowed = await post({ format: 'xlsx', scope: { platformId: vierzon }, filter: { search: 'nom1' } });
      expect(narrowed.statusCode).toBe(200);
      // Nom1, Nom10…Nom19: the worklist's substring search.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(narrowed.rawPayload as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Suivis')!.rowCount).toBe(1 + 11);
    } finally {
      await small.close();
    }
  });

  it('the bound in force by default is 50,000 rows', () => {
    expect(t.config.PSAD_EXPORT_MAX_ROWS).toBe(50_000);
  });
});
