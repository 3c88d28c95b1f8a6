import { z } from 'zod';
import { uuid, version } from '../identity/schemas.js';
import { requiredText } from '../schema-parts.js';
import { DUTY_ROLES } from './enums.js';

/*
 * The work plan of a CIO's orientation service (issue 18): dated actions, attributed to roles of the
 * « qui fait quoi ? » and/or named people of the CIO, with their status, evidence and comments.
 */

export const WORK_PLAN_STATUSES = ['A_FAIRE', 'EN_COURS', 'FAIT', 'REPORTE', 'ABANDONNE'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];
export const WORK_PLAN_STATUS_LABELS: Record<WorkPlanStatus, string> = {
  A_FAIRE: 'À faire',
  EN_COURS: 'En cours',
  FAIT: 'Fait',
  REPORTE: 'Reporté',
  ABANDONNE: 'Abandonné',
};
/** An action in one of these is closed: never late, never reminded. */
export const WORK_PLAN_CLOSED_STATUSES: readonly WorkPlanStatus[] = ['FAIT', 'ABANDONNE'];

/** The reminders the attributees get: N days before the end of the due month, and once it is over. */
export const WORK_PLAN_REMINDER_KINDS = ['AVANT', 'RETARD'] as const;
export type WorkPlanReminderKind = (typeof WORK_PLAN_REMINDER_KINDS)[number];

export const WORK_PLAN_MAX = { actions: 200, people: 30, months: 36, comment: 2000 } as const;

export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** A month as yyyy-mm. */
export const month = z
  .string({ message: 'mois invalide (AAAA-MM)' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'mois invalide (AAAA-MM)')
  .refine((v) => Number(v.slice(0, 4)) >= 1900 && Number(v.slice(0, 4)) <= 9999, 'année hors des bornes (1900–9999)');

/** Months from `from` to `to` (yyyy-mm), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= endKey && out.length <= 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** « avril 2021 », « sept. 2026 – août 2027 ». */
export function monthLabel(m: string): string {
  return `${FRENCH_MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
}
export function monthSpanLabel(from: string, to: string): string {
  if (from === to) return monthLabel(from);
  const sept = from.endsWith('-09') && to.endsWith('-08') && Number(to.slice(0, 4)) === Number(from.slice(0, 4)) + 1;
  if (sept) return `toute l’année ${from.slice(0, 4)}-${to.slice(0, 4)}`;
  return `${monthLabel(from)} – ${monthLabel(to)}`;
}

/** The last day (yyyy-mm-dd) of a month. */
export function lastDayOf(m: string): string {
  const y = Number(m.slice(0, 4));
  const mm = Number(m.slice(5, 7));
  const d = new Date(Date.UTC(y, mm, 0));
  return d.toISOString().slice(0, 10);
}

/** Late: not done nor abandoned, and its last month is over on `today` (yyyy-mm-dd). */
export function isLate(action: { status: string; endMonth: string }, today: string): boolean {
  return !WORK_PLAN_CLOSED_STATUSES.includes(action.status as WorkPlanStatus) && today.slice(0, 7) > action.endMonth;
}

/**
 * The reminder due on `today` for an open action: RETARD once its last month is over, AVANT from
 * `daysBefore` days before the end of its last month; null otherwise (or when closed).
 */
export function reminderDue(
  action: { status: string; endMonth: string },
  today: string,
  daysBefore: number,
): WorkPlanReminderKind | null {
  if (WORK_PLAN_CLOSED_STATUSES.includes(action.status as WorkPlanStatus)) return null;
  if (isLate(action, today)) return 'RETARD';
  const end = new Date(`${lastDayOf(action.endMonth)}T00:00:00Z`).getTime();
  const now = new Date(`${today}T00:00:00Z`).getTime();
  return end - now <= daysBefore * 86_400_000 ? 'AVANT' : null;
}

const spanRule = (v: { startMonth?: unknown; endMonth?: unknown }, ctx: z.RefinementCtx) => {
  // Also run when a field failed: compared only when both are months.
  if (!month.safeParse(v.startMonth).success || !month.safeParse(v.endMonth).success) return;
  if (typeof v.startMonth !== 'string' || typeof v.endMonth !== 'string') return;
  if (v.endMonth < v.startMonth)
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'avant le mois de début' });
  else if (monthsBetween(v.startMonth, v.endMonth).length > WORK_PLAN_MAX.months)
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: `${WORK_PLAN_MAX.months} mois au plus` });
};

const planFields = {
  title: requiredText(200, 'titre manquant'),
  startMonth: month,
  endMonth: month,
};
export const workPlanValues = z.object(planFields).superRefine(spanRule);
export const createWorkPlan = z.object({ cioId: uuid, ...planFields }).superRefine(spanRule);
export const updateWorkPlan = z.object({ id: uuid, version, ...planFields }).superRefine(spanRule);

export const httpsLink = z
  .string()
  .trim()
  .max(1000, '1000 caractères au plus')
  .refine((v) => v === '' || /^https:\/\/[^\s/]+\.[^\s]*$/.test(v), 'un lien commence par https://')
  .nullish()
  .transform((v) => (v ? v : null));

const actionFields = {
  title: requiredText(300, 'intitulé manquant'),
  roles: z
    .array(z.enum(DUTY_ROLES, { message: 'rôle inconnu' }))
    .max(DUTY_ROLES.length)
    .transform((v) => [...new Set(v)]),
  personIds: z
    .array(uuid)
    .max(WORK_PLAN_MAX.people, `${WORK_PLAN_MAX.people} personnes au plus`)
    .transform((v) => [...new Set(v)]),
  startMonth: month,
  endMonth: month,
  status: z.enum(WORK_PLAN_STATUSES, { message: 'statut inconnu' }),
  evidenceUrl: httpsLink,
  minutesMeetingId: uuid.nullish().transform((v) => v ?? null),
};
const attributed = (v: { roles?: unknown; personIds?: unknown }, ctx: z.RefinementCtx) => {
  if (Array.isArray(v.roles) && Array.isArray(v.personIds) && v.roles.length + v.personIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['roles'], message: 'au moins un rôle ou une personne' });
};
const actionRules = (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
  spanRule(v, ctx);
  attributed(v, ctx);
};
export const workPlanActionValues = z.object(actionFields).superRefine(actionRules);
export const createWorkPlanAction = z.object({ workPlanId: uuid, ...actionFields }).superRefine(actionRules);
export const updateWorkPlanAction = z.object({ id: uuid, version, ...actionFields }).superRefine(actionRules);
export const deleteWorkPlan = z.object({ id: uuid, version });
export const deleteWorkPlanAction = z.object({ id: uuid, version });
export const setWorkPlanActionStatus = z.object({
  id: uuid,
  version,
  status: z.enum(WORK_PLAN_STATUSES, { message: 'statut inconnu' }),
});
export const addWorkPlanComment = z.object({
  workPlanActionId: uuid,
  body: requiredText(WORK_PLAN_MAX.comment, 'commentaire vide'),
});
