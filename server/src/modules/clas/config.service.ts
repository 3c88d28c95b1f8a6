import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  clasYearConfigInput,
  defaultClasConfig,
  schoolYear as schoolYearSchema,
  type ClasYearConfig,
} from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { staleVersion, uniqueViolation } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { canonical, withIsoDates } from './input.js';
import { forgetConfig } from './loaders.js';
import { clasYearConfig } from './tables.js';
import { clasConfigOf, type StoredClasConfig } from './year-config.js';

export async function getYearConfig(ctx: RequestContext, raw: unknown): Promise<StoredClasConfig> {
  return clasConfigOf(ctx.db, parseInput(schoolYearSchema, raw, 'schoolYear'));
}

const versionRead = z.number().int().min(0, 'version invalide').nullish();

/**
 * Sets a school year's configuration (admins). The version read guards against two admins editing at
 * once: 0 or none for a year still on its defaults. The audit names the settings changed, not their values.
 */
export async function setYearConfig(ctx: RequestContext, raw: { input?: unknown }): Promise<StoredClasConfig> {
  const values = withIsoDates(raw.input) as Record<string, unknown> | null | undefined;
  const input = parseInput(clasYearConfigInput, values);
  const version = parseInput(versionRead, values?.version, 'input.version') ?? 0;
  const { schoolYear, ...settings } = input;
  const [current] = await ctx.db
    .select()
    .from(clasYearConfig)
    .where(eq(clasYearConfig.schoolYear, schoolYear))
    .for('update');
  if ((current?.version ?? 0) !== version) throw staleVersion("La configuration de l'année");

  const before: Omit<ClasYearConfig, 'schoolYear'> =
    current?.settings ?? (({ schoolYear: _y, ...d }) => d)(defaultClasConfig(schoolYear));
  const fields = (Object.keys(settings) as (keyof typeof settings)[]).filter(
    (k) => canonical(before[k]) !== canonical(settings[k]),
  );
  if (current) {
    await ctx.db
      .update(clasYearConfig)
      .set({
        settings,
        version: sql`${clasYearConfig.version} + 1`,
        updatedBy: ctx.actor!.userId,
        updatedAt: sql`now()`,
      })
      .where(eq(clasYearConfig.schoolYear, schoolYear));
  } else {
    await ctx.db
      .insert(clasYearConfig)
      .values({ schoolYear, settings, updatedBy: ctx.actor!.userId })
      .catch((err: unknown) => {
        if (uniqueViolation(err)) throw staleVersion("La configuration de l'année");
        throw err;
      });
  }
  await ctx.audit({
    action: 'clas.config_set',
    subjectType: 'clas_year_config',
    subjectId: schoolYear,
    details: { fields, created: !current },
  });
  forgetConfig(ctx, schoolYear);
  return clasConfigOf(ctx.db, schoolYear);
}
