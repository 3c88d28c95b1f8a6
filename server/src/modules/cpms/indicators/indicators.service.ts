import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { CALL_CATEGORIES, CALL_CATEGORY_LABELS, uuid, workPlanSchemas } from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { contractStatsByZone } from '../contracts/service.js';
import { countList, countTable, RULE, type IndicatorTable } from './tables.js';

/** The central administration's analyst (every zone) and the DCO (their zone's): aggregates only. */
export const CPMS_INDICATORS_POLICY = policies.anyRole('CENTRAL_ANALYST', 'DCO');

export const indicatorsInput = z.object({
  year: z.coerce
    .number({ message: 'une année' })
    .int('une année')
    .min(2000, 'une année à partir de 2000')
    .max(2100, 'une année avant 2100'),
  zoneId: uuid.nullish(),
});

export interface CpmsIndicators {
  year: number;
  zones: { id: string; name: string }[];
  zone: { id: string; name: string } | null;
  rule: string;
  tables: IndicatorTable[];
}

type Figures = Record<string, number | string | null>;
const n = (v: unknown) => Number(v ?? 0);

/**
 * The year's figures, from definer functions that return counts only (the analyst and the DCO read no
 * contract, no call), each narrowed to the zones the caller reads: the contracts' statistics by zone
 * (contracts signed and evaluated, indicators measured and reached) and app_cpms_call_figures (calls
 * by zone, month, hour and category, referrals, follow-ups overdue).
 */
export async function cpmsIndicators(ctx: RequestContext, raw: unknown): Promise<CpmsIndicators> {
  const { year, zoneId } = parseInput(indicatorsInput, raw, '');
  const { rows: zones } = await ctx.db.execute<{ id: string; name: string }>(
    sql`select id, name from app_cpms_indicator_zones() order by name`,
  );
  const zone = zoneId ? (zones.find((z) => z.id === zoneId) ?? null) : null;
  if (zoneId && !zone) throw badInput([{ path: 'zoneId', message: 'zone inconnue ou hors de votre périmètre' }]);
  const shown = zone ? [zone] : zones;
  const inZone = (r: Figures) => !zoneId || r.zone_id === zoneId;
  const [contracts, calls] = await Promise.all([
    contractStatsByZone(ctx, { from: year, to: year }),
    ctx.db.execute<Figures>(sql`select * from app_cpms_call_figures(${year})`),
  ]);
  const c = new Map(contracts.map((r) => [r.zoneId, r]));
  const callRows = calls.rows.filter(inZone);
  const sum = (rows: Figures[], column: string) => rows.reduce((total, r) => total + n(r[column]), 0);
  const callCount = (dimension: 'category' | 'month' | 'hour', key: string) =>
    sum(
      callRows.filter((r) => String(r[dimension]) === key),
      'calls',
    );
  const zoneCalls = (id: string, column: string) =>
    sum(
      callRows.filter((r) => r.zone_id === id),
      column,
    );
  const indicatorsEvaluated = shown.reduce((s, z) => s + n(c.get(z.id)?.indicatorsMeasured), 0);
  const indicatorsReached = shown.reduce((s, z) => s + n(c.get(z.id)?.indicatorsReached), 0);
  const share =
    indicatorsEvaluated >= 5
      ? `Part des cibles atteintes : ${Math.round((100 * indicatorsReached) / indicatorsEvaluated)} % des indicateurs évalués`
      : 'Part des cibles atteintes : non publiée sous 5 indicateurs évalués';
  const tables: IndicatorTable[] = [
    countTable(
      'contracts',
      `Contrats avec les écoles en ${year}, par zone`,
      ['Signés', 'Évalués'],
      shown.map((z) => ({ label: z.name, counts: [n(c.get(z.id)?.signed), n(c.get(z.id)?.evaluated)] })),
      { note: 'Signés : les deux parties ont signé dans l’année. Évalués : évaluation close dans l’année.' },
    ),
    countTable(
      'objectives',
      `Objectifs des contrats évalués en ${year}`,
      ['Indicateurs évalués', 'Cibles atteintes'],
      shown.map((z) => ({
        label: z.name,
        counts: [n(c.get(z.id)?.indicatorsMeasured), n(c.get(z.id)?.indicatorsReached)],
      })),
      { note: share },
    ),
    countList(
      'calls_by_category',
      `Appels de la ligne 24/7 en ${year}, par catégorie`,
      'Appels',
      CALL_CATEGORIES.map((k) => ({ label: CALL_CATEGORY_LABELS[k], count: callCount('category', k) })),
    ),
    countList(
      'calls_by_month',
      `Appels de la ligne 24/7 en ${year}, par mois`,
      'Appels',
      workPlanSchemas.FRENCH_MONTHS.map((m, i) => ({ label: m, count: callCount('month', String(i + 1)) })),
    ),
    countList(
      'calls_by_hour',
      `Appels de la ligne 24/7 en ${year}, par heure de la journée (heure de Bruxelles)`,
      'Appels',
      Array.from({ length: 24 }, (_, h) => ({ label: `${h} h – ${h + 1} h`, count: callCount('hour', String(h)) })),
    ),
    countTable(
      'follow_ups',
      `Orientations vers un CPMS en ${year} et suivis en retard`,
      ['Orientations', 'Suivis en retard'],
      shown.map((z) => ({ label: z.name, counts: [zoneCalls(z.id, 'referred'), zoneCalls(z.id, 'overdue')] })),
      { note: 'En retard : la date de suivi est passée sans que le suivi soit fait.' },
    ),
  ];
  return { year, zones, zone, rule: RULE, tables };
}
