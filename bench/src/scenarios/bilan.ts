import type { FloorDb } from '../baselines/raw-import.js';
import { dataOf, gql } from './client.js';
import { load } from './measure.js';
import type { LoadSettings, ScenarioResult } from './suite.js';

/** B1's coordinator: a member of one coordination per région, so that it sees every platform of the data set. */
export const B1_COORDINATOR = 'coordination.b1@bench.test';

/** The school year the generated cases entered in (campaigns 2025-S2 and 2026-S1): the bilan's cohort. */
export const B1_PERIOD = { from: '2025-09-01', to: '2026-08-31' };

/** The bilan's tables, as the web page asks for them. */
export const B1_PLATFORM = `query BenchB1($p: ID!, $from: Date, $to: Date) { psadBilan(platformId: $p, from: $from, to: $to) { masked
  tables { key rows { label cells { value display masked } } } } }`;
export const B1_REGION = `query BenchB1R($from: Date, $to: Date) { regionalBilan(from: $from, to: $to) { platforms { id }
  sideBySide { rows { label cells { value display masked } } }
  consolidated { tables { key rows { label cells { value display masked } } } } } }`;

/**
 * Writes B1's regional coordinator: one coordination organisation per région of the data set (placed
 * on the région itself), the user a REGIONAL_COORDINATOR of each, with the benchmark referent's
 * password. Idempotent: a second run finds it.
 */
export async function prepareB1(db: FloorDb, referentEmail: string): Promise<{ regions: number }> {
  await db.exec('begin');
  try {
    const [existing] = await db.query<{ id: string }>('select id from app_user where email = $1', [B1_COORDINATOR]);
    const regions = await db.query<{ id: string }>(`select id from territory where kind = 'REGION'`);
    if (!existing) {
      const [referent] = await db.query<{ password_hash: string }>(
        'select password_hash from app_user where email = $1',
        [referentEmail],
      );
      await db.query(
        `with u as (insert into app_user (email, display_name, password_hash) values ($1, 'Coordination B1', $2) returning id),
              o as (insert into organisation (name, search_name, kind, territory_id)
                    select 'Coordination B1 ' || t.code, 'coordination b1 ' || lower(t.code), 'OTHER', t.id
                      from territory t where t.kind = 'REGION' returning id)
         insert into membership (user_id, organisation_id, roles) select u.id, o.id, array['REGIONAL_COORDINATOR'] from u, o`,
        [B1_COORDINATOR, referent!.password_hash],
      );
    }
    await db.exec('commit');
    return { regions: regions.length };
  } catch (err) {
    await db.exec('rollback');
    throw err;
  }
}

/** B1: a platform's bilan as its referent, then the bilan of every platform as the coordinator. */
export async function runB1(options: {
  base: string;
  pid: number;
  referentToken: string;
  coordinatorToken: string;
  platformId: string;
  settings: LoadSettings;
}): Promise<ScenarioResult[]> {
  const { base, pid, settings } = options;
  const out: ScenarioResult[] = [];
  const cases = (tables: { key: string; rows: { label: string; cells: { value: number | null }[] }[] }[]) =>
    tables.find((t) => t.key === 'origins')?.rows.find((r) => r.label === 'Total')?.cells[0]?.value;
  for (const def of [
    {
      id: 'B1' as const,
      token: options.referentToken,
      query: B1_PLATFORM,
      vars: { p: options.platformId, ...B1_PERIOD },
      check: (d: unknown) => {
        const b = (d as { psadBilan: { masked: boolean; tables: Parameters<typeof cases>[0] } }).psadBilan;
        return `platform bilan, ${b.tables.length} tables, ${cases(b.tables) ?? '?'} young people identified this school year, masked ${b.masked}`;
      },
    },
    {
      id: 'B1R' as const,
      token: options.coordinatorToken,
      query: B1_REGION,
      vars: { ...B1_PERIOD },
      check: (d: unknown) => {
        const r = (
          d as { regionalBilan: { platforms: unknown[]; consolidated: { tables: Parameters<typeof cases>[0] } } }
        ).regionalBilan;
        return `regional bilan of ${r.platforms.length} platforms, ${cases(r.consolidated.tables) ?? 'masked'} identified`;
      },
    },
  ]) {
    const probe = await gql(base, def.token, def.query, def.vars);
    const check = def.check(dataOf(probe, def.id));
    const request = {
      url: `${base}/graphql`,
      headers: { authorization: `Bearer ${def.token}` },
      body: JSON.stringify({ query: def.query, variables: def.vars }),
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
    };
    if (settings.warmupSeconds > 0) await load({ ...request, durationSeconds: settings.warmupSeconds }, pid);
    const result = await load(request, pid);
    out.push({ scenario: def.id, server: 'api', load: result, statements: probe.statements, check });
  }
  return out;
}
