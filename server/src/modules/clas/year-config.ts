import { eq } from 'drizzle-orm';
import { defaultClasConfig, type ClasYearConfig } from '@maillage/shared';
import type { Queryable } from '../../core/db/driver.js';
import { clasYearConfig } from './tables.js';

export interface StoredClasConfig extends ClasYearConfig {
  /** False while the year runs on the defaults of DOMAIN.md §3. */
  configured: boolean;
  /** 0 while not configured. */
  version: number;
}

/** A school year's CLAS configuration: the admins' if set, else the defaults. */
export async function clasConfigOf(db: Queryable, schoolYear: string): Promise<StoredClasConfig> {
  const [row] = await db.select().from(clasYearConfig).where(eq(clasYearConfig.schoolYear, schoolYear));
  if (!row) return { ...defaultClasConfig(schoolYear), configured: false, version: 0 };
  return { ...row.settings, schoolYear, configured: true, version: row.version };
}

/** The configuration of several years at once (the dashboard, a list of projects). */
export async function clasConfigsOf(db: Queryable, schoolYears: string[]): Promise<Map<string, StoredClasConfig>> {
  const years = [...new Set(schoolYears)];
  const configs = await Promise.all(years.map((y) => clasConfigOf(db, y)));
  return new Map(years.map((y, i) => [y, configs[i]!]));
}
