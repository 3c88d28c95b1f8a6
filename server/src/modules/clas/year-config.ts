import { inArray } from 'drizzle-orm';
import { defaultClasConfig, type ClasYearConfig } from '@maillage/shared';
import type { Queryable } from '../../core/db/driver.js';
import { clasYearConfig } from './tables.js';

export interface StoredClasConfig extends ClasYearConfig {
  /** False while the year runs on the defaults of docs/domain.md §3. */
  configured: boolean;
  /** 0 while not configured. */
  version: number;
}

/** A school year's CLAS configuration: the admins' if set, else the defaults. */
export async function clasConfigOf(db: Queryable, schoolYear: string): Promise<StoredClasConfig> {
  return (await clasConfigsOf(db, [schoolYear])).get(schoolYear)!;
}

/** The configuration of several years at once (a loader's batch: one statement). */
export async function clasConfigsOf(db: Queryable, schoolYears: string[]): Promise<Map<string, StoredClasConfig>> {
  const years = [...new Set(schoolYears)];
  const rows = years.length
    ? await db.select().from(clasYearConfig).where(inArray(clasYearConfig.schoolYear, years))
    : [];
  const stored = new Map(rows.map((r) => [r.schoolYear, r]));
  return new Map(
    years.map((y): [string, StoredClasConfig] => {
      const row = stored.get(y);
      return [
        y,
        row
          ? { ...row.settings, schoolYear: y, configured: true, version: row.version }
          : { ...defaultClasConfig(y), configured: false, version: 0 },
      ];
    }),
  );
}
