import { sql, type SQL } from 'drizzle-orm';
import { searchKey } from '@maillage/shared';
import type { TestApp } from '../../../../test/harness.js';
import { matchKeyOf } from '../import/normalise.js';
import { psadCase, youngPerson } from '../tables.js';

/** Test helpers: young people and cases written as the database owner (the import is built elsewhere). */
export const ownerRows = async <R extends Record<string, unknown>>(t: TestApp, q: SQL) =>
  (await t.database.db.execute<R>(q)).rows;
export const ownerId = async (t: TestApp, q: SQL) => (await ownerRows<{ id: string }>(t, q))[0]!.id;

export interface PersonSeed {
  lastName: string;
  firstNames: string;
  birthDate: string;
  ine?: string | null;
  commune?: string | null;
  schoolExitDate?: string;
  /** Defaults to a mobile number: most seeded people are reachable. */
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  postalCode?: string | null;
  lastSchoolUai?: string | null;
}

export async function createCase(
  t: TestApp,
  platformId: string,
  p: PersonSeed,
  extra: Partial<typeof psadCase.$inferInsert> = {},
): Promise<{ caseId: string; personId: string }> {
  const [person] = await t.database.db
    .insert(youngPerson)
    .values({
      platformId,
      ine: p.ine ?? null,
      lastName: p.lastName,
      firstNames: p.firstNames,
      birthDate: p.birthDate,
      commune: p.commune ?? null,
      schoolExitDate: p.schoolExitDate ?? null,
      phone: p.phone === undefined ? '06 00 00 00 00' : p.phone,
      email: p.email ?? null,
      address: p.address ?? null,
      postalCode: p.postalCode ?? null,
      lastSchoolUai: p.lastSchoolUai ?? null,
      // Keyed exactly as the import keys them, so that imports and signals match seeded people.
      matchKey: matchKeyOf(p.lastName, p.firstNames, p.birthDate),
      searchText: searchKey([p.lastName, p.firstNames, p.ine ?? ''].join(' ')),
    })
    .returning();
  const [row] = await t.database.db
    .insert(psadCase)
    .values({
      platformId,
      youngPersonId: person!.id,
      status: 'A_TRAITER',
      source: 'SIEI',
      campaign: '2026-S2',
      ...extra,
    })
    .returning();
  return { caseId: row!.id, personId: person!.id };
}

/** A second counsellor, in another partner organisation (same demo password). */
export async function createCounsellor(t: TestApp, email: string, organisationName: string): Promise<string> {
  const [user] = await ownerRows<{ id: string }>(
    t,
    sql`insert into app_user (email, display_name, password_hash)
        select ${email}, 'Conseiller Test', password_hash from app_user where email = 'conseiller@demo.test' returning id`,
  );
  await t.database.db.execute(
    sql`insert into membership (user_id, organisation_id, roles) select ${user!.id}, id, array['COUNSELLOR'] from organisation where name = ${organisationName}`,
  );
  return user!.id;
}

export const CASE_FIELDS = `id version status episode campaign source assignedAt firstAttemptAt lastAttemptAt reachedAt closeOutcome solutionType
  assignedOrganisation { id } youngPerson { lastName firstNames ine } allowedActions
  flags { minorWithoutSolution noContactAfterAssignment injoignableReached obligationFormationDueDate obligationFormationOverdue }`;
