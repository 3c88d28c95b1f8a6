import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';

/*
 * The CPMS indicators (issue 19) on the demo's zone of Liège and a second zone: who reads which zones,
 * the figures of a year counted in Brussels time, the small-count rule, the CSV export and its audit.
 */

let t: TestApp;
type Who = 'analyst' | 'dco' | 'dir' | 'ecole' | 'lecteur';
const EMAILS: Record<Who, string> = {
  analyst: 'analyste@demo.test',
  dco: 'dco@demo.test',
  dir: 'direction.cpms@demo.test',
  ecole: 'direction.ecole@demo.test',
  lecteur: 'lecteur@demo.test',
};
const tok = {} as Record<Who, string>;
const id: Record<string, string> = {};

const QUERY = `query($year: Int!, $zoneId: ID) { cpmsIndicators(year: $year, zoneId: $zoneId) {
  year rule zones { id name } zone { id name }
  tables { key title columns note rows { label cells { value display masked } } }
} }`;
type Data = {
  cpmsIndicators: {
    zones: { id: string; name: string }[];
    zone: { id: string; name: string } | null;
    rule: string;
    tables: {
      key: string;
      columns: string[];
      rows: { label: string; cells: { value: number | null; display: string; masked: boolean }[] }[];
    }[];
  };
};
const indicators = (w: Who, year: number, zoneId?: string) =>
  t.gql<Data>(tok[w], QUERY, { year, ...(zoneId ? { zoneId } : {}) });
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const cell = (data: Data, key: string, label: string, column = 0) =>
  data.cpmsIndicators.tables.find((x) => x.key === key)!.rows.find((r) => r.label === label)!.cells[column]!;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  for (const w of Object.keys(EMAILS) as Who[]) tok[w] = await t.login(EMAILS[w]);
  id.liege = await ownerId(t, sql`select id from territory where kind = 'ZONE' and name = 'Zone de Liège'`);
  id.namur = await ownerId(
    t,
    sql`insert into territory (kind, code, name, parent_id)
        select 'ZONE', 'FWB-Z-NAMUR', 'Zone de Namur', parent_id from territory where id = ${id.liege} returning id`,
  );
  const pool = await ownerId(t, sql`select id from oncall_pool`);
  const agent = await ownerId(t, sql`select id from app_user where email = 'agent.cpms@demo.test'`);
  const seraing = await ownerId(t, sql`select id from organisation where name = 'Centre PMS de Seraing'`);
  // 2025, far from the demo's calls: 7 harassment calls on 10 June at 9:30 in Brussels (7:30 UTC, summer
  // time), 6 of them referred with a follow-up due in June and never done; 1 call on 31 December 2025 at
  // 23:30 UTC, which is 1 January 2026 in Brussels (not 2025's).
  await ownerRows(
    t,
    sql`insert into oncall_call (pool_id, received_at, caller_kind, category, urgency, action, referred_cpms_id, follow_up_due, logged_by)
        select ${pool}::uuid, timestamptz '2025-06-10T07:30:00Z', 'PARENT', 'HARCELEMENT', 'MOYENNE', 'Écoute',
               case when g <= 6 then ${seraing}::uuid end, case when g <= 6 then date '2025-06-20' end, ${agent}::uuid
          from generate_series(1, 7) g
        union all
        select ${pool}::uuid, timestamptz '2025-12-31T23:30:00Z', 'ECOLE', 'DETRESSE', 'HAUTE', 'Écoute', null, null, ${agent}::uuid`,
  );
});
afterAll(() => t.close());

describe('who reads the CPMS indicators', () => {
  it('the central analyst reads every zone; the DCO their own only, and another zone is refused at its field', async () => {
    const analyst = await indicators('analyst', 2025);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data.cpmsIndicators.zones.map((z) => z.name)).toEqual(['Zone de Liège', 'Zone de Namur']);
    const dco = await indicators('dco', 2025);
    expect(dco.data.cpmsIndicators.zones.map((z) => z.name)).toEqual(['Zone de Liège']);
    const other = await indicators('dco', 2025, id.namur);
    expect(code(other)).toBe('BAD_USER_INPUT');
    expect((other.errors![0]!.extensions as { fields?: { path: string }[] }).fields?.[0]?.path).toBe('zoneId');
  });

  it('a CPMS director, a school head and a French viewer are refused', async () => {
    for (const w of ['dir', 'ecole', 'lecteur'] as const) expect(code(await indicators(w, 2025)), w).toBe('FORBIDDEN');
  });

  it('refuses a year out of range at its field', async () => {
    const res = await indicators('analyst', 1990);
    expect(code(res)).toBe('BAD_USER_INPUT');
  });
});

describe("a year's figures", () => {
  it('counts the calls of the year in Brussels time: by hour, month and category; the New Year’s Eve call is 2026’s', async () => {
    const { data } = await indicators('analyst', 2025);
    expect(cell(data, 'calls_by_hour', '9 h – 10 h').value).toBe(7);
    expect(cell(data, 'calls_by_month', 'juin').value).toBe(7);
    expect(cell(data, 'calls_by_category', 'Total').value).toBe(7);
    expect(cell(data, 'calls_by_month', 'décembre').value).toBe(0);
    expect(cell(data, 'follow_ups', 'Zone de Liège', 0).value).toBe(6);
    expect(cell(data, 'follow_ups', 'Zone de Liège', 1).value).toBe(6);
  });

  it('shows no count from 1 to 4, nor one a reader could work out from the totals', async () => {
    const { data } = await indicators('analyst', 2026);
    for (const table of data.cpmsIndicators.tables)
      for (const row of table.rows)
        for (const c of row.cells) {
          if (c.value !== null) expect(c.value === 0 || c.value >= 5, `${table.key} ${row.label}`).toBe(true);
          else expect(['< 5', 's']).toContain(c.display);
        }
    // The lone New Year's Eve call (1 January 2026 in Brussels) is masked, not shown as 1.
    expect(cell(data, 'calls_by_month', 'janvier')).toMatchObject({ value: null, masked: true, display: '< 5' });
    expect(data.cpmsIndicators.rule).toMatch(/Aucun effectif compris entre 1 et 4/);
  });

  it('narrowed to a zone with no centre, counts nothing', async () => {
    const { data } = await indicators('analyst', 2025, id.namur);
    expect(data.cpmsIndicators.zone?.name).toBe('Zone de Namur');
    expect(cell(data, 'calls_by_category', 'Total').value).toBe(0);
    expect(cell(data, 'contracts', 'Zone de Namur', 0).value).toBe(0);
  });
});

describe('the export', () => {
  const exportAs = (w: Who, query: Record<string, string>) =>
    t.app.inject({
      method: 'GET',
      url: `/api/cpms/indicators/export?${new URLSearchParams(query)}`,
      headers: { authorization: `Bearer ${tok[w]}` },
    });

  it('gives the same figures as CSV, masks as their labels, and audits the export', async () => {
    const res = await exportAs('analyst', { format: 'csv', year: '2025' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('cpms-indicateurs-2025.csv');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFTableau;Libellé;Colonne;Valeur');
    expect(lines).toContain('Appels de la ligne 24/7 en 2025, par mois;juin;Appels;7');
    const events = await ownerRows<{ action: string; details: { year: number } }>(
      t,
      sql`select action, details from audit_event where request_id = ${res.headers['x-request-id'] as string}`,
    );
    expect(events).toEqual([expect.objectContaining({ action: 'cpms.indicators_export' })]);
    expect(events[0]!.details.year).toBe(2025);
  });

  it('refuses a school head (403) and a missing year (400), writing no export', async () => {
    expect((await exportAs('ecole', { format: 'csv', year: '2025' })).statusCode).toBe(403);
    expect((await exportAs('analyst', { format: 'csv' })).statusCode).toBe(400);
  });
});
