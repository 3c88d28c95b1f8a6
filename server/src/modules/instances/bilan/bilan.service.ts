import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  CONFIDENTIALITY_RULE_TEXT,
  calendarDay,
  SECONDARY_MASK_FOOTNOTE,
  identity,
  protectList,
} from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { badInput, notFound, staleVersion } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { isReferentOf } from '../../psad/policy.js';
import { platform } from '../../psad/tables.js';
import { psadBilan, type BilanSections } from '../tables.js';
import { periodFigures, regionalFigures, type Period, type PeriodFigures } from './figures.js';
import { bilanTables, shown, type BilanTable } from './tables.js';
import { textArrayOf } from '../../../core/db/pg-array.js';

const day = calendarDay;
const periodInput = z
  .object({ from: day.nullish(), to: day.nullish() })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'la fin doit suivre le début' })
  .refine((v) => Boolean(v.from) === Boolean(v.to), {
    path: ['to'],
    message: 'le début et la fin, ou ni l’un ni l’autre',
  });

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/** The school year under way (1 September – 31 August), the default period of a bilan. */
export function currentSchoolYear(on = today()): Period {
  const [y, m] = on.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** The same dates a year earlier: a COPIL compares a year with the one before. */
export function previousPeriod(p: Period): Period {
  const back = (d: string) => {
    const [y, m, dd] = d.split('-') as [string, string, string];
    // 29 February a year back does not exist: 28 February.
    return m === '02' && dd === '29' ? `${Number(y) - 1}-02-28` : `${Number(y) - 1}-${m}-${dd}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

export interface BilanView {
  platformIds: string[];
  period: Period;
  previous: Period;
  generatedAt: Date;
  /** Whether the small-count rule was applied (anyone outside the team that follows the cases). */
  masked: boolean;
  rule: string;
  tables: BilanTable[];
  sections: BilanSections | null;
  sectionsVersion: number;
}

function periodOf(raw: unknown): Period {
  const p = parseInput(periodInput, raw, '');
  return p.from && p.to ? { from: p.from, to: p.to } : currentSchoolYear();
}

async function partnerNames(ctx: RequestContext, figures: PeriodFigures[]) {
  const ids = [...new Set(figures.flatMap((f) => [...f.solutions.values()].flatMap((m) => [...m.keys()])))].filter(
    Boolean,
  );
  const orgs = await identityLoaders.organisation(ctx).loadMany(ids);
  const names = new Map(ids.map((id, i) => [id, (orgs[i] as { name?: string } | null)?.name ?? 'Organisation']));
  return (id: string) => (id ? (names.get(id) ?? 'Organisation') : 'Sans partenaire');
}

/**
 * The bilan of a platform for a period (the school year by default), beside the previous one. Its
 * referents see it whole; a regional coordinator or a viewer sees it under the small-count rule.
 */
export async function platformBilan(
  ctx: RequestContext,
  raw: { platformId: unknown; from?: unknown; to?: unknown },
  forDocument = false,
): Promise<BilanView> {
  const view = await buildBilan(ctx, raw, forDocument);
  await ctx.audit({
    action: 'psad.bilan',
    subjectType: 'platform',
    subjectId: view.platformIds[0]!,
    details: { ...view.period, masked: view.masked },
  });
  return view;
}

/** The bilan, unaudited: its callers record what they did with it (read it, exported it). */
export async function buildBilan(
  ctx: RequestContext,
  raw: { platformId: unknown; from?: unknown; to?: unknown },
  forDocument: boolean,
): Promise<BilanView> {
  const platformId = parseInput(identity.uuid, raw.platformId, 'platformId');
  const period = periodOf({ from: raw.from, to: raw.to });
  const previous = previousPeriod(period);
  const [now, before] = await Promise.all([
    periodFigures(ctx, [platformId], period),
    periodFigures(ctx, [platformId], previous),
  ]);
  if (!now.allowed.includes(platformId)) {
    const [exists] = await ctx.db.select({ id: platform.id }).from(platform).where(eq(platform.id, platformId));
    if (!exists) throw notFound('Plateforme');
    deny(ctx, 'psad.bilan', 'not-referent-coordinator-or-viewer', { subjectType: 'platform', subjectId: platformId });
  }
  const referent = await isReferentOf(ctx, platformId);
  const masked = forDocument || !referent;
  const current = now.byPlatform.get(platformId)!;
  const past = before.byPlatform.get(platformId)!;
  const [row] = referent
    ? await ctx.db
        .select()
        .from(psadBilan)
        .where(
          and(
            eq(psadBilan.platformId, platformId),
            eq(psadBilan.periodFrom, period.from),
            eq(psadBilan.periodTo, period.to),
          ),
        )
    : [];
  return {
    platformIds: [platformId],
    period,
    previous,
    generatedAt: new Date(),
    masked,
    rule: CONFIDENTIALITY_RULE_TEXT(),
    tables: bilanTables(current, past, await partnerNames(ctx, [current]), masked),
    sections: referent ? (row?.sections ?? {}) : null,
    sectionsVersion: row?.version ?? 0,
  };
}

export interface RegionalBilanView {
  period: Period;
  previous: Period;
  platformIds: string[];
  /** The platforms side by side: one row each, the funnel's stages as columns, with the région's totals. */
  sideBySide: BilanTable;
  consolidated: BilanView;
}

/**
 * Every platform of the coordinator's région side by side, and their consolidated bilan, always under
 * the small-count rule (aggregates only).
 */
export async function regionalBilan(
  ctx: RequestContext,
  raw: { from?: unknown; to?: unknown },
): Promise<RegionalBilanView> {
  const view = await buildRegionalBilan(ctx, raw);
  await ctx.audit({
    action: 'psad.regional_bilan',
    subjectType: 'territory',
    subjectId: null,
    details: { ...view.period, platforms: view.platformIds.length },
  });
  return view;
}

/** The regional bilan, unaudited: its callers record what they did with it. */
export async function buildRegionalBilan(
  ctx: RequestContext,
  raw: { from?: unknown; to?: unknown },
): Promise<RegionalBilanView> {
  const period = periodOf(raw);
  const previous = previousPeriod(period);
  // The platforms of the région(s) of the caller's coordination (migration 0022).
  const { rows } = await ctx.db.execute<{ ids: string[] | string }>(sql`select app_regional_platform_ids() as ids`);
  const platformIds = textArrayOf(rows[0]?.ids);
  if (platformIds.length === 0) deny(ctx, 'psad.regional_bilan', 'no-region');
  const [now, before] = await Promise.all([
    regionalFigures(ctx, platformIds, period),
    regionalFigures(ctx, platformIds, previous),
  ]);
  const platforms = await ctx.db
    .select({ id: platform.id, name: platform.name })
    .from(platform)
    // One array parameter, not one per platform: a région has hundreds.
    .where(sql`${platform.id} = any(${`{${now.allowed.join(',')}}`}::uuid[])`);
  platforms.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const figures = platforms.map((p) => now.byPlatform.get(p.id)!);
  // Hundreds of partners across a région make no readable table (nor a tractable one to protect): the
  // consolidated bilan counts the solutions by type, all partners together (as the kept figures do).
  const tables = bilanTables(now.total, before.total, () => 'Tous les partenaires', true);
  return {
    period,
    previous,
    platformIds: platforms.map((p) => p.id),
    sideBySide: sideBySide(platforms, figures),
    consolidated: {
      platformIds: platforms.map((p) => p.id),
      period,
      previous,
      generatedAt: now.computedAt < before.computedAt ? now.computedAt : before.computedAt,
      masked: true,
      rule: CONFIDENTIALITY_RULE_TEXT(),
      tables,
      sections: null,
      sectionsVersion: 0,
    },
  };
}

/** The platforms as rows, the stages as columns, the région's totals as the last row: protected as one table. */
function sideBySide(platforms: { id: string; name: string }[], figures: PeriodFigures[]): BilanTable {
  const stages = ['IDENTIFIED', 'CONTACTED', 'REACHED', 'SOLUTION'] as const;
  const columns = [...stages.map((s) => figures.map((f) => f.stages[s])), figures.map((f) => f.minors.without)];
  // Only the columns' totals are published (a row's figures are stages of one funnel, not parts of a
  // sum): each column is its own relation, protected alone, which a région of hundreds of platforms
  // needs (one table of them all costs the secondary search far more).
  const protectedColumns = columns.map((values) => protectList(values, { total: true }));
  const p = {
    cells: figures.map((_, i) => protectedColumns.map((c) => c.counts[i]!)),
    columnTotals: protectedColumns.map((c) => c.total!),
  };
  const rows = [
    ...platforms.map((pl, i) => ({ label: pl.name, cells: p.cells[i]!.map(shown) })),
    { label: 'Région', cells: (p.columnTotals ?? []).map(shown) },
  ];
  const secondary = rows.some((r) => r.cells.some((c) => c.display === 's'));
  return {
    key: 'platforms',
    title: 'Les plateformes de la région, côte à côte',
    columns: ['Repérés', 'Contactés', 'Joints', 'En solution', 'Mineurs sans solution'],
    rows,
    note: secondary ? SECONDARY_MASK_FOOTNOTE : null,
    chart: true,
  };
}

const sectionsInput = z.object({
  platformId: identity.uuid,
  from: day,
  to: day,
  version: z.number().int().min(0, 'version invalide'),
  sections: z.object({
    besoins: z.string().trim().max(20_000, '20 000 caractères au plus').optional(),
    perspectives: z.string().trim().max(20_000, '20 000 caractères au plus').optional(),
    veille: z.string().trim().max(20_000, '20 000 caractères au plus').optional(),
    actionsPartenaires: z.string().trim().max(20_000, '20 000 caractères au plus').optional(),
  }),
});

/** The referent's written sections of a bilan, kept at the version read (0: none yet). */
export async function saveBilanSections(ctx: RequestContext, raw: unknown): Promise<BilanView> {
  const input = parseInput(sectionsInput, raw);
  if (input.from > input.to) throw badInput([{ path: 'input.to', message: 'la fin doit suivre le début' }]);
  if (!(await isReferentOf(ctx, input.platformId)))
    deny(ctx, 'psad.bilan_sections', 'not-referent', { subjectType: 'platform', subjectId: input.platformId });
  const where = and(
    eq(psadBilan.platformId, input.platformId),
    eq(psadBilan.periodFrom, input.from),
    eq(psadBilan.periodTo, input.to),
  );
  const [row] = await ctx.db.select().from(psadBilan).where(where).for('update');
  if ((row?.version ?? 0) !== input.version) throw staleVersion('Le bilan');
  if (row) {
    await ctx.db
      .update(psadBilan)
      .set({ sections: input.sections, version: row.version + 1, updatedBy: ctx.actor!.userId, updatedAt: new Date() })
      .where(where);
  } else {
    await ctx.db
      .insert(psadBilan)
      .values({
        platformId: input.platformId,
        periodFrom: input.from,
        periodTo: input.to,
        sections: input.sections,
        updatedBy: ctx.actor!.userId,
      })
      .catch((err: unknown) => {
        if ((err as { cause?: { code?: string } }).cause?.code === '23505') throw staleVersion('Le bilan');
        throw err;
      });
  }
  await ctx.audit({
    action: 'psad.bilan_sections',
    subjectType: 'platform',
    subjectId: input.platformId,
    details: { sections: Object.keys(input.sections) },
  });
  return buildBilan(ctx, { platformId: input.platformId, from: input.from, to: input.to }, false);
}
