import { and, asc, eq, inArray } from 'drizzle-orm';
import { clasSchemas } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, notFound, uniqueViolation } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { partyOf } from './policy.js';
import type { GroupRow, ProjectRow } from './figures.js';
import { todayInParis, withIsoDates } from './input.js';
import { forgetProject } from './loaders.js';
import {
  clasActivityLog,
  clasAttendance,
  clasComment,
  clasGroup,
  clasProject,
  clasRosterEntry,
  clasSessionLog,
} from './tables.js';

// What happens around a project: the exchanges between holder and officer, and, once accepted, the
// year itself (sessions, parent actions, concertation moments, the holder's own attendance list).

/** A project the actor sees, read with a shared lock so that its status cannot change under the write. */
async function projectOf(ctx: RequestContext, id: string): Promise<ProjectRow> {
  const [row] = await ctx.db.select().from(clasProject).where(eq(clasProject.id, id)).for('share');
  if (!row) throw notFound('Projet CLAS');
  return row;
}

async function groupOf(ctx: RequestContext, id: string): Promise<{ group: GroupRow; project: ProjectRow }> {
  const [group] = await ctx.db.select().from(clasGroup).where(eq(clasGroup.id, id));
  if (!group) throw notFound('Groupe');
  return { group, project: await projectOf(ctx, group.projectId) };
}

async function holderOnly(ctx: RequestContext, project: ProjectRow, action: string) {
  if ((await partyOf(ctx, project)) !== 'HOLDER')
    deny(ctx, action, 'not-clas-holder-of-project', { subjectType: 'clas_project', subjectId: project.id });
}

/** The year is logged once the project is accepted, until its bilan is deposited (its figures are then frozen). */
function duringTheYear(project: ProjectRow, what: string) {
  if (project.status !== 'ACCEPTE')
    throw new AppError(
      'CONFLICT',
      `Impossible : ${what} ne se saisissent que pour un projet accepté, avant le dépôt du bilan.`,
      'TRANSITION_REFUSED',
    );
}

function notInTheFuture(heldOn: string) {
  if (heldOn > todayInParis()) throw badInput([{ path: 'heldOn', message: 'date dans le futur' }]);
}

export async function commentProject(ctx: RequestContext, raw: unknown) {
  const { projectId, body } = parseInput(clasSchemas.clasCommentInput, raw, '');
  const project = await projectOf(ctx, projectId);
  const party = await partyOf(ctx, project);
  if (!party)
    deny(ctx, 'clas.comment_add', 'not-party-to-project', { subjectType: 'clas_project', subjectId: project.id });
  const [row] = await ctx.db
    .insert(clasComment)
    .values({ projectId, authorId: ctx.actor!.userId, authorParty: party, body })
    .returning();
  await ctx.audit({
    action: 'clas.comment_add',
    subjectType: 'clas_project',
    subjectId: projectId,
    details: { authorParty: party },
  });
  forgetProject(ctx, projectId);
  return row!;
}

export async function logSession(ctx: RequestContext, raw: unknown) {
  const input = parseInput(clasSchemas.clasSessionLogInput, withIsoDates(raw), '');
  const { group, project } = await groupOf(ctx, input.groupId);
  await holderOnly(ctx, project, 'clas.session_log');
  duringTheYear(project, 'les séances');
  notInTheFuture(input.heldOn);
  const present = input.presentRosterIds ?? [];
  if (present.length) {
    const roster = await ctx.db
      .select({ id: clasRosterEntry.id })
      .from(clasRosterEntry)
      .where(eq(clasRosterEntry.groupId, group.id));
    const known = new Set(roster.map((r) => r.id));
    const errors = present.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `presentRosterIds.${i}`, message: 'pas sur la liste de ce groupe' }],
    );
    if (new Set(present).size !== present.length)
      errors.push({ path: 'presentRosterIds', message: 'un enfant figure deux fois' });
    if (present.length > input.childrenPresent)
      errors.push({ path: 'childrenPresent', message: 'moins que les enfants cochés présents' });
    if (errors.length) throw badInput(errors);
  }
  const [row] = await ctx.db
    .insert(clasSessionLog)
    .values({
      projectId: project.id,
      groupId: group.id,
      heldOn: input.heldOn,
      childrenPresent: input.childrenPresent,
      note: input.note,
      createdBy: ctx.actor!.userId,
    })
    .returning()
    .catch((err: unknown) => {
      if (uniqueViolation(err) === 'clas_session_log_group_day_key') {
        throw new AppError('CONFLICT', 'Une séance est déjà saisie pour ce groupe à cette date.', 'DUPLICATE', [
          { path: 'heldOn', message: 'séance déjà saisie ce jour' },
        ]);
      }
      throw err;
    });
  if (present.length)
    await ctx.db
      .insert(clasAttendance)
      .values(present.map((rosterEntryId) => ({ sessionLogId: row!.id, rosterEntryId, projectId: project.id })));
  await ctx.audit({
    action: 'clas.session_log',
    subjectType: 'clas_project',
    subjectId: project.id,
    details: { groupId: group.id, childrenPresent: input.childrenPresent, rosterEntriesPresent: present.length },
  });
  forgetProject(ctx, project.id);
  return { ...row!, presentRosterIds: present };
}

export async function logActivity(ctx: RequestContext, raw: unknown) {
  const input = parseInput(clasSchemas.clasActivityLogInput, withIsoDates(raw), '');
  const project = await projectOf(ctx, input.projectId);
  await holderOnly(ctx, project, 'clas.activity_log');
  duringTheYear(project, 'les actions parents et les temps de concertation');
  notInTheFuture(input.heldOn);
  const [row] = await ctx.db
    .insert(clasActivityLog)
    .values({
      projectId: project.id,
      kind: input.kind,
      heldOn: input.heldOn,
      title: input.title,
      participants: input.participants,
      createdBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.audit({
    action: 'clas.activity_log',
    subjectType: 'clas_project',
    subjectId: project.id,
    details: { kind: input.kind },
  });
  forgetProject(ctx, project.id);
  return row!;
}

/**
 * Replaces a group's attendance list, the only place children are named (seen by the holder alone).
 * A name kept keeps its entry, and so the sessions it was marked present at; a name removed goes with its marks.
 */
export async function setRoster(ctx: RequestContext, raw: unknown) {
  const { groupId, names } = parseInput(clasSchemas.clasRosterInput, raw, '');
  const { group, project } = await groupOf(ctx, groupId);
  await holderOnly(ctx, project, 'clas.roster_write');
  if (project.status === 'CLOTURE' || project.status === 'REFUSE')
    throw new AppError(
      'CONFLICT',
      "Impossible : la liste d'un projet clôturé ou refusé ne se modifie plus.",
      'TRANSITION_REFUSED',
    );
  const current = await ctx.db
    .select()
    .from(clasRosterEntry)
    .where(eq(clasRosterEntry.groupId, group.id))
    .orderBy(asc(clasRosterEntry.position));
  const free = new Map<string, string[]>();
  for (const e of current) free.set(e.name, [...(free.get(e.name) ?? []), e.id]);
  const plan = names.map((name, position) => ({ name, position, id: free.get(name)?.shift() ?? null }));
  const removed = [...free.values()].flat();
  if (removed.length) {
    await ctx.db.delete(clasAttendance).where(inArray(clasAttendance.rosterEntryId, removed));
    await ctx.db.delete(clasRosterEntry).where(inArray(clasRosterEntry.id, removed));
  }
  for (const p of plan)
    if (p.id)
      await ctx.db
        .update(clasRosterEntry)
        .set({ position: p.position })
        .where(and(eq(clasRosterEntry.id, p.id), eq(clasRosterEntry.groupId, group.id)));
  const toAdd = plan.filter((p) => !p.id);
  const inserted = toAdd.length
    ? await ctx.db
        .insert(clasRosterEntry)
        .values(toAdd.map((p) => ({ projectId: project.id, groupId: group.id, position: p.position, name: p.name })))
        .returning()
    : [];
  await ctx.audit({
    action: 'clas.roster_write',
    subjectType: 'clas_project',
    subjectId: project.id,
    details: { groupId: group.id, entries: names.length, added: toAdd.length, removed: removed.length },
  });
  forgetProject(ctx, project.id);
  const ids = new Map(inserted.map((r) => [r.position, r.id]));
  return plan.map((p) => ({ id: p.id ?? ids.get(p.position)!, name: p.name }));
}
