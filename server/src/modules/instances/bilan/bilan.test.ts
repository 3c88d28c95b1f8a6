import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId } from '../../psad/cases/test-fixtures.js';
import { currentSchoolYear, previousPeriod } from './bilan.service.js';
import { refreshBilanFigures } from './figures-job.js';

/**
 * The bilan of a platform for its COPIL (issue 17): the cohort of the period beside the previous one,
 * whole for the platform's referents, under the small-count rule for anyone else (a regional
 * coordinator, a viewer) and in every document; the région's platforms side by side.
 */

let t: TestApp;
type Who = 'referent' | 'vierzon' | 'conseiller' | 'lecteur' | 'coordination';
const tok = {} as Record<Who, string>;
const id: Record<string, string> = {};
const PERIOD = { from: '2025-09-01', to: '2026-08-31' };

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w], q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const BILAN = `query($p: ID!, $from: Date, $to: Date) { psadBilan(platformId: $p, from: $from, to: $to) {
  periodFrom periodTo previousFrom previousTo masked rule sectionsVersion sections { besoins }
  tables { key title columns note rows { label cells { value display masked } } } } }`;
type Table = {
  key: string;
  rows: { label: string; cells: { value: number | null; display: string; masked: boolean }[] }[];
};
const row = (tables: Table[], key: string, label: string) =>
  tables.find((x) => x.key === key)!.rows.find((r) => r.label === label)!.cells;

let n = 0;
const seed = (platformId: string, extra: Record<string, unknown>, birthDate = '2000-01-01') =>
  createCase(t, platformId, { lastName: `Bilan${n++}`, firstNames: 'Test', birthDate }, extra as never);

beforeAll(async () => {
  t = await createTestApp();
  for (const [w, e] of Object.entries({
    referent: 'referent@demo.test',
    vierzon: 'referent.vierzon@demo.test',
    conseiller: 'conseiller@demo.test',
    lecteur: 'lecteur@demo.test',
    coordination: 'coordination@demo.test',
  }) as [Who, string][])
    tok[w] = await t.login(e);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  const entered = new Date('2025-10-01T08:00:00Z');
  const at = (d: string) => new Date(`${d}T08:00:00Z`);
  // 12 from the SIEI list: 8 contacted, 6 reached, 5 in solution (3 apprenticeships with the ML), 2 refusals.
  for (let i = 0; i < 12; i++) {
    await seed(
      id.bourges,
      {
        createdAt: entered,
        source: 'SIEI',
        status: i < 5 ? 'SOLUTION' : i < 7 ? 'CLOS' : 'A_TRAITER',
        firstAttemptAt: i < 8 ? at('2025-10-11') : null,
        reachedAt: i < 6 ? at('2025-10-21') : null,
        solutionType: i < 3 ? 'APPRENTISSAGE' : i < 5 ? 'EMPLOI' : null,
        solutionAt: i < 5 ? at('2025-11-01') : null,
        solutionOrganisationId: i < 3 ? id.ml : null,
        closeOutcome: i >= 5 && i < 7 ? 'REFUS' : null,
        closedAt: i >= 5 && i < 7 ? at('2026-01-01') : null,
      },
      // Three of them are 17 at the end of the period, one of whom has no solution.
      i < 2 || i === 9 ? '2009-06-01' : '2000-01-01',
    );
  }
  // 3 signals from the Mission Locale, and last year's 6 from the list; one case after the period.
  for (let i = 0; i < 3; i++)
    await seed(id.bourges, {
      createdAt: at('2026-01-15'),
      source: 'SIGNAL',
      signalSource: 'MISSION_LOCALE',
      campaign: null,
    });
  for (let i = 0; i < 6; i++) await seed(id.bourges, { createdAt: at('2024-10-01'), source: 'SIEI' });
  await seed(id.bourges, { createdAt: at('2026-10-01'), source: 'SIEI' });
  await seed(id.vierzon, { createdAt: entered, source: 'SIEI' });
  // A cotech held in the period.
  await t.database.db.execute(sql`with m as (
      insert into meeting (kind, series_id, platform_id, title, starts_at, ends_at, place, status, case_access_days, organizer_name, organizer_email)
      values ('COTECH', gen_random_uuid(), ${id.bourges}, 'Cotech', '2026-03-01T09:00Z', '2026-03-01T11:00Z', 'CIO', 'TENUE', 7, 'R', 'r@demo.test') returning id)
    insert into meeting_platform (meeting_id, platform_id) select id, ${id.bourges}::uuid from m`);
});
afterAll(() => t?.close());

describe('a platform’s bilan', () => {
  it('shows its referents every figure of the cohort, beside the previous year', async () => {
    const res = await gql('referent', BILAN, { p: id.bourges, ...PERIOD });
    expect(res.errors).toBeUndefined();
    const b = res.data.psadBilan;
    expect(b).toMatchObject({
      ...{ periodFrom: PERIOD.from, periodTo: PERIOD.to },
      previousFrom: '2024-09-01',
      masked: false,
    });
    const cells = (key: string, label: string) => row(b.tables, key, label).map((c) => c.value);
    expect(cells('origins', 'Listes SIEI')).toEqual([12, 6]);
    expect(cells('origins', 'Signalement : Mission Locale')).toEqual([3, 0]);
    expect(cells('origins', 'Total')).toEqual([15, 6]);
    expect(cells('funnel', 'Contactés')[0]).toBe(8);
    expect(cells('funnel', 'Joints')[0]).toBe(6);
    expect(cells('funnel', 'En solution')[0]).toBe(5);
    expect(cells('solutions_by_partner', 'Apprentissage').at(-1)).toBe(3);
    expect(cells('closures', "Refus de l'accompagnement")[0]).toBe(2);
    expect(cells('minors', 'Sans solution')[0]).toBe(1);
    expect(cells('minors', 'Total')[0]).toBe(3);
    expect(cells('meetings', 'Comité technique')).toEqual([1, 0]);
    expect(row(b.tables, 'delays', 'Jusqu’à la première tentative de contact')[0]!.display).toBe('10 j');
  });

  it('masks small counts for a viewer, and whatever else would give them away', async () => {
    const b = (await gql('lecteur', BILAN, { p: id.bourges, ...PERIOD })).data.psadBilan;
    expect(b.masked).toBe(true);
    expect(b.sections).toBeNull();
    expect(row(b.tables, 'origins', 'Signalement : Mission Locale')[0]).toMatchObject({
      masked: true,
      display: '< 5',
      value: null,
    });
    // 15 identified, of whom 12 from the list: the list's count would give the signals away.
    expect(row(b.tables, 'origins', 'Listes SIEI')[0]).toMatchObject({ masked: true, display: 's' });
    expect(b.rule).toMatch(/Aucun effectif compris entre 1 et 4/);
    for (const table of b.tables as Table[]) {
      if (table.key === 'meetings' || table.key === 'delays') continue;
      for (const r of table.rows)
        r.cells.forEach((c, j) => {
          if (table.key === 'actions' && j % 2 === 0) return;
          expect(c.masked || c.value === 0 || (c.value ?? 0) >= 5, `${table.key} ${r.label}`).toBe(true);
        });
    }
  });

  it('is refused to another platform’s referent and to a counsellor', async () => {
    expect(code(await gql('vierzon', BILAN, { p: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('conseiller', BILAN, { p: id.bourges }))).toBe('FORBIDDEN');
  });

  it('keeps the referent’s written sections at the version read', async () => {
    const SAVE = `mutation($i: SaveBilanSectionsInput!) { saveBilanSections(input: $i) { sectionsVersion sections { besoins perspectives } } }`;
    const first = await gql('referent', SAVE, {
      i: { platformId: id.bourges, ...PERIOD, version: 0, sections: { besoins: 'Mobilité en zone rurale' } },
    });
    expect(first.data.saveBilanSections).toMatchObject({
      sectionsVersion: 1,
      sections: { besoins: 'Mobilité en zone rurale' },
    });
    const stale = await gql('referent', SAVE, {
      i: { platformId: id.bourges, ...PERIOD, version: 0, sections: { besoins: 'x' } },
    });
    expect(code(stale)).toBe('CONFLICT');
    expect(
      code(await gql('vierzon', SAVE, { i: { platformId: id.bourges, ...PERIOD, version: 1, sections: {} } })),
    ).toBe('FORBIDDEN');
  });

  it('is exported as PDF and DOCX in the platform’s name, under the small-count rule', async () => {
    for (const format of ['pdf', 'docx']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/psad/platforms/${id.bourges}/bilan.${format}?from=${PERIOD.from}&to=${PERIOD.to}`,
        headers: { authorization: `Bearer ${tok.referent}` },
      });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-disposition']).toMatch(new RegExp(`bilan-psad-du-bassin-de-bourges\\.${format}`));
      expect(res.rawPayload.length).toBeGreaterThan(500);
      // One export, one audit event: the export, not also a reading of the bilan.
      const events = await t.database.db.execute<{ action: string }>(
        sql`select action from audit_event where request_id = ${res.headers['x-request-id'] as string}`,
      );
      expect(events.rows.map((e) => e.action)).toEqual(['psad.bilan_export']);
    }
    const refused = await t.app.inject({
      method: 'GET',
      url: `/api/psad/platforms/${id.bourges}/bilan.pdf`,
      headers: { authorization: `Bearer ${tok.conseiller}` },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the regional coordination', () => {
  const REGIONAL = `query($from: Date, $to: Date) { regionalBilan(from: $from, to: $to) { platforms { name }
    sideBySide { columns rows { label cells { value display masked } } } consolidated { masked tables { key rows { label cells { value masked } } } } } }`;
  it('sees the région’s platforms side by side and consolidated, aggregates only', async () => {
    // The figures as the bilan-figures job keeps them (it also ran when the app started, before the seeds).
    await refreshBilanFigures(t.database.db, '2026-03-01');
    const res = await gql('coordination', REGIONAL, PERIOD);
    expect(res.errors).toBeUndefined();
    const r = res.data.regionalBilan;
    expect(r.platforms.map((p: { name: string }) => p.name)).toEqual([
      'PSAD du bassin de Bourges',
      'PSAD du bassin de Vierzon',
    ]);
    const vierzon = r.sideBySide.rows.find((x: { label: string }) => x.label === 'PSAD du bassin de Vierzon');
    expect(vierzon!.cells[0]).toMatchObject({ masked: true, display: '< 5' });
    expect(r.consolidated.masked).toBe(true);
    // Its platforms' bilans, masked; and no case of theirs.
    expect((await gql('coordination', BILAN, { p: id.bourges, ...PERIOD })).data.psadBilan.masked).toBe(true);
    expect(code(await gql('referent', REGIONAL, PERIOD))).toBe('FORBIDDEN');
  });

  it('exports the regional bilan as PDF and DOCX, with one audit event each', async () => {
    for (const format of ['pdf', 'docx']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/psad/bilan-regional.${format}?from=${PERIOD.from}&to=${PERIOD.to}`,
        headers: { authorization: `Bearer ${tok.coordination}` },
      });
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.rawPayload.length).toBeGreaterThan(500);
      const events = await t.database.db.execute<{ action: string }>(
        sql`select action from audit_event where request_id = ${res.headers['x-request-id'] as string}`,
      );
      expect(events.rows.map((e) => e.action)).toEqual(['psad.bilan_export']);
    }
  });

  const IDENTIFIED = `query($from: Date, $to: Date) { regionalBilan(from: $from, to: $to) {
    sideBySide { rows { label cells { value } } } consolidated { generatedAt tables { key rows { label cells { value } } } } } }`;
  const identified = async (period: { from: string; to: string }) => {
    const r = (await gql('coordination', IDENTIFIED, period)).data.regionalBilan;
    const region = r.sideBySide.rows.find((x: { label: string }) => x.label === 'Région');
    const total = region!.cells[0]!.value as number;
    return { total, at: new Date(r.consolidated.generatedAt as string) };
  };

  it('adds up the figures kept per platform, dated, until they are computed again', async () => {
    await refreshBilanFigures(t.database.db, '2026-03-01');
    const before = await identified(PERIOD);
    await seed(id.vierzon!, { createdAt: new Date('2025-11-02T09:00:00Z'), source: 'SIEI' });
    // Within BILAN_FIGURES_MAX_AGE_MINUTES the kept figures answer, with their date.
    const kept = await identified(PERIOD);
    expect(kept).toEqual(before);
    await refreshBilanFigures(t.database.db, '2026-03-01');
    const after = await identified(PERIOD);
    expect(after.total).toBe(before.total + 1);
    expect(after.at.getTime()).toBeGreaterThan(before.at.getTime());
  });

  it('computes a period nobody asked for yet, and computes again figures older than their maximum age', async () => {
    const autumn = { from: '2025-10-01', to: '2025-12-31' };
    const first = await identified(autumn);
    expect(first.total).toBeGreaterThan(0);
    await seed(id.bourges!, { createdAt: new Date('2025-12-01T09:00:00Z'), source: 'SIEI' });
    expect((await identified(autumn)).total).toBe(first.total);
    await t.database.db.execute(sql`update psad_bilan_snapshot set computed_at = now() - interval '31 minutes'
      where period_from = ${autumn.from}::date`);
    expect((await identified(autumn)).total).toBe(first.total + 1);
  });
});

describe('periods', () => {
  it('defaults to the school year under way, compared with the one before', () => {
    expect(currentSchoolYear('2026-12-06')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(currentSchoolYear('2027-03-01')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(previousPeriod({ from: '2024-02-29', to: '2024-08-31' })).toEqual({ from: '2023-02-28', to: '2023-08-31' });
  });
});
