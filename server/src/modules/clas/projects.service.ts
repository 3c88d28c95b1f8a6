import { and, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  CLAS_STATUSES,
  CLAS_STATUS_LABELS,
  clasSchemas,
  identity,
  isClasEditable,
  schoolYear,
  type ClasGroupInput,
  type ClasProjectContent,
  type ClasStatus,
} from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, notFound, staleVersion, uniqueViolation, type FieldError } from '../../core/errors.js';
import { readTextKeyPage, allOf, textKeyPageOf, type Connection, type PageArgs } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { departementOfOrganisation } from '../identity/lookups.js';
import { holderOrganisations, officerDepartements, partyOf } from './policy.js';
import type { GroupRow, ProjectRow } from './figures.js';
import { canonical, withIsoDates } from './input.js';
import { forgetProject } from './loaders.js';
import { clasAttendance, clasGroup, clasProject, clasRosterEntry, type ClasDeclaration } from './tables.js';

export const CLAS_PROJECT_ORDERS = ['UPDATED_AT', 'TITLE'] as const;
const MAX_PAGE = 100;

const declarationOf = (c: ClasProjectContent): ClasDeclaration => ({
  diagnostic: c.diagnostic,
  charterSigned: c.charterSigned,
  inDepartmentalFramework: c.inDepartmentalFramework,
  concertationDescription: c.concertationDescription,
  activityKinds: c.activityKinds,
  localPartners: c.localPartners,
  schools: c.schools,
  parentActions: c.parentActions,
  concertationActions: c.concertationActions,
});

const groupValues = (g: Omit<ClasGroupInput, 'id' | 'level'> & { level: string }, position: number) => ({
  position,
  label: g.label,
  level: g.level,
  childrenCount: g.childrenCount,
  accompagnateurs: g.accompagnateurs,
  sessions: g.sessions,
  startDate: g.startDate,
  endDate: g.endDate,
  longestBreakWeeks: g.longestBreakWeeks,
  place: g.place,
  eligibleCostCents: g.eligibleCostCents,
  otherFundingCents: g.otherFundingCents,
});

const oneProjectPerYear =
  (year: string) =>
  (err: unknown): never => {
    if (uniqueViolation(err) === 'clas_project_org_year_key') {
      throw new AppError(
        'CONFLICT',
        `Cette organisation a déjà un projet CLAS pour l'année scolaire ${year}.`,
        'DUPLICATE',
        [
          // The form shows it at the school year's field: the whole reason, not a fragment of it.
          {
            path: 'content.schoolYear',
            message: `Cette organisation a déjà un projet CLAS pour l'année scolaire ${year} : choisissez une autre année ou modifiez le projet existant.`,
          },
        ],
      );
    }
    throw err;
  };

/** The project, locked for the rest of the transaction; NOT_FOUND when the actor does not see it (row-level security). */
export async function lockProject(ctx: RequestContext, id: string): Promise<ProjectRow> {
  const [row] = await ctx.db.select().from(clasProject).where(eq(clasProject.id, id)).for('update');
  if (!row) throw notFound('Projet CLAS');
  return row;
}

/** Only the holder edits, and only in BROUILLON or A_COMPLETER. */
export function editableOrConflict(status: string): void {
  if (isClasEditable(status as ClasStatus)) return;
  const label = CLAS_STATUS_LABELS[status as ClasStatus]?.toLowerCase() ?? status;
  throw new AppError(
    'CONFLICT',
    `Impossible : un projet ne se modifie qu'en brouillon ou à compléter (celui-ci est « ${label} »).`,
    'TRANSITION_REFUSED',
  );
}

export async function createProject(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { organisationId, content } = parseInput(clasSchemas.createClasProjectInput, withIsoDates(raw), '');
  const known = content.groups.map((g, i) => (g.id ? i : -1)).filter((i) => i >= 0);
  if (known.length)
    throw badInput(
      known.map((i) => ({
        path: `content.groups.${i}.id`,
        message: "un nouveau projet n'a pas encore de groupe enregistré",
      })),
    );
  if (!holderOrganisations(ctx).includes(organisationId))
    deny(ctx, 'clas.project_create', 'not-clas-holder-of-organisation', {
      subjectType: 'organisation',
      subjectId: organisationId,
    });
  const departementId = await departementOfOrganisation(ctx.db, organisationId);
  if (!departementId) {
    throw new AppError(
      'BAD_USER_INPUT',
      "L'organisation n'est rattachée à aucun département : la CAF qui instruit le projet est inconnue.",
      [
        {
          path: 'organisationId',
          message: "organisation sans département (territoire à renseigner par l'administrateur)",
        },
      ],
    );
  }
  const [row] = await ctx.db
    .insert(clasProject)
    .values({
      organisationId,
      departementId,
      schoolYear: content.schoolYear,
      title: content.title,
      declaration: declarationOf(content),
      createdBy: ctx.actor!.userId,
    })
    .returning()
    .catch(oneProjectPerYear(content.schoolYear));
  if (content.groups.length)
    await ctx.db.insert(clasGroup).values(content.groups.map((g, i) => ({ projectId: row!.id, ...groupValues(g, i) })));
  await ctx.audit({
    action: 'clas.project_create',
    subjectType: 'clas_project',
    subjectId: row!.id,
    details: { groups: content.groups.length },
  });
  return row!;
}

/** The names of the declaration's parts that differ: the audit says what changed, never to what. */
function changedFields(before: ProjectRow, groups: GroupRow[], content: ClasProjectContent): string[] {
  const after = declarationOf(content);
  const fields: string[] = (Object.keys(after) as (keyof ClasDeclaration)[]).filter(
    (k) => canonical(before.declaration[k]) !== canonical(after[k]),
  );
  if (before.title !== content.title) fields.unshift('title');
  if (before.schoolYear !== content.schoolYear) fields.unshift('schoolYear');
  const stored = new Map(groups.map((g) => [g.id, canonical(groupValues(g, g.position))]));
  const groupsChanged =
    groups.length !== content.groups.length ||
    content.groups.some((g, i) => !g.id || stored.get(g.id) !== canonical(groupValues(g, i)));
  if (groupsChanged) fields.push('groups');
  return fields;
}

/** Which stored group each input group is (by id), refusing ids of other projects and repeated ids. */
function matchGroups(existing: GroupRow[], groups: ClasGroupInput[]): FieldError[] {
  const ids = new Set(existing.map((g) => g.id));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  groups.forEach((g, i) => {
    if (!g.id) return;
    if (!ids.has(g.id))
      errors.push({ path: `content.groups.${i}.id`, message: "ce groupe n'appartient pas au projet" });
    else if (seen.has(g.id)) errors.push({ path: `content.groups.${i}.id`, message: 'groupe présent deux fois' });
    seen.add(g.id);
  });
  return errors;
}

/** Replaces the whole declaration: groups kept by id (their ids stay), added without one, removed when absent. */
export async function updateProject(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { id, version, content } = parseInput(clasSchemas.updateClasProjectInput, withIsoDates(raw), '');
  const current = await lockProject(ctx, id);
  if ((await partyOf(ctx, current)) !== 'HOLDER')
    deny(ctx, 'clas.project_update', 'not-clas-holder-of-project', {
      subjectType: 'clas_project',
      subjectId: current.id,
    });
  if (current.version !== version) throw staleVersion('Le projet');
  editableOrConflict(current.status);
  const existing = await ctx.db.select().from(clasGroup).where(eq(clasGroup.projectId, id));
  const errors = matchGroups(existing, content.groups);
  if (errors.length) throw badInput(errors);

  const fields = changedFields(current, existing, content);
  const [row] = await ctx.db
    .update(clasProject)
    .set({
      title: content.title,
      schoolYear: content.schoolYear,
      declaration: declarationOf(content),
      version: sql`${clasProject.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(clasProject.id, id))
    .returning()
    .catch(oneProjectPerYear(content.schoolYear));

  const kept = new Set(content.groups.map((g) => g.id).filter((g): g is string => g !== null));
  const removed = existing.filter((g) => !kept.has(g.id)).map((g) => g.id);
  if (removed.length) {
    // A draft's group has no session logged yet (logs need ACCEPTE), but may have a holder's list.
    await ctx.db
      .delete(clasAttendance)
      .where(
        inArray(
          clasAttendance.rosterEntryId,
          ctx.db
            .select({ id: clasRosterEntry.id })
            .from(clasRosterEntry)
            .where(inArray(clasRosterEntry.groupId, removed)),
        ),
      );
    await ctx.db.delete(clasRosterEntry).where(inArray(clasRosterEntry.groupId, removed));
    await ctx.db.delete(clasGroup).where(inArray(clasGroup.id, removed));
  }
  for (const [i, g] of content.groups.entries()) {
    if (g.id)
      await ctx.db
        .update(clasGroup)
        .set({ ...groupValues(g, i), updatedAt: sql`now()` })
        .where(eq(clasGroup.id, g.id));
  }
  const added = content.groups.map((g, i) => ({ g, i })).filter(({ g }) => !g.id);
  if (added.length)
    await ctx.db.insert(clasGroup).values(added.map(({ g, i }) => ({ projectId: id, ...groupValues(g, i) })));

  await ctx.audit({
    action: 'clas.project_update',
    subjectType: 'clas_project',
    subjectId: id,
    details: { fields, groups: { kept: kept.size, added: added.length, removed: removed.length } },
  });
  forgetProject(ctx, id);
  return row!;
}

export async function getProject(ctx: RequestContext, rawId: unknown): Promise<ProjectRow | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db
    .select()
    .from(clasProject)
    .where(and(eq(clasProject.id, id), await scopeOf(ctx)));
  return row ?? null;
}

/**
 * What the actor sees, stated again over row-level security: its organisations' projects as holder,
 * its départements' submitted ones as CAF officer (drafts are the holder's own).
 */
async function scopeOf(ctx: RequestContext): Promise<SQL> {
  const holder = holderOrganisations(ctx);
  const departements = [...(await officerDepartements(ctx))];
  const parts = [
    holder.length ? inArray(clasProject.organisationId, holder) : undefined,
    departements.length
      ? and(inArray(clasProject.departementId, departements), ne(clasProject.status, 'BROUILLON'))
      : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return parts.length ? or(...parts)! : sql`false`;
}

/** The statuses a CAF officer has to act on before a decision: deposited, in instruction. */
export const WAITING_STATUSES = ['DEPOSE', 'EN_INSTRUCTION'] as const satisfies readonly ClasStatus[];

/**
 * The school years in which the officer's départements have projects waiting for the CAF (deposited or
 * in instruction), the latest first: the queue opens on the first. Officers only; rows past the
 * officer's départements are not counted (row-level security says the same).
 */
export async function waitingSchoolYears(ctx: RequestContext): Promise<string[]> {
  const departements = [...(await officerDepartements(ctx))];
  if (!departements.length) return [];
  const rows = await ctx.db
    .selectDistinct({ schoolYear: clasProject.schoolYear })
    .from(clasProject)
    .where(and(inArray(clasProject.departementId, departements), inArray(clasProject.status, [...WAITING_STATUSES])))
    .orderBy(desc(clasProject.schoolYear));
  return rows.map((r) => r.schoolYear);
}

const listSchema = z.object({
  filter: z
    .object({
      status: z.array(z.enum(CLAS_STATUSES)).max(CLAS_STATUSES.length).nullish(),
      schoolYear: schoolYear.nullish(),
    })
    .nullish(),
  orderBy: z.enum(CLAS_PROJECT_ORDERS).nullish(),
});

/** A cursor connection on (sort key, id), or a page at an offset (core/pagination.ts). */
export async function listProjects(ctx: RequestContext, raw: unknown): Promise<Connection<ProjectRow>> {
  const input = parseInput(listSchema, raw, '');
  const page = textKeyPageOf(raw as PageArgs, MAX_PAGE);
  const byTitle = input.orderBy === 'TITLE';
  const sortKey = byTitle
    ? sql<string>`lower(${clasProject.title}) collate "C"`
    : sql<string>`to_char(${clasProject.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') collate "C"`;
  const direction = byTitle ? 'asc' : 'desc';
  const where = allOf([
    await scopeOf(ctx),
    input.filter?.status?.length ? inArray(clasProject.status, input.filter.status) : undefined,
    input.filter?.schoolYear ? eq(clasProject.schoolYear, input.filter.schoolYear) : undefined,
  ]);
  return readTextKeyPage(ctx.db, clasProject, { where, sortKey, direction: direction, page });
}
