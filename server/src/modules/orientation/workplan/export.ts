import {
  DUTY_ROLE_LABELS,
  isWorkPlanActionLate,
  monthSpanLabel,
  WORK_PLAN_STATUS_LABELS,
  type DutyRole,
  type WorkPlanStatus,
} from '@maillage/shared';
import { notVisible } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { frenchDate, renderPdf, type Document } from '../../../core/documents/index.js';
import { fileNameSlug, loadExcel, neutralise } from '../../../core/export-file.js';
import { notFound } from '../../../core/errors.js';
import { orientationCios } from '../cios.service.js';
import { countComments } from './comments-count.js';
import { actionsOfPlan, cioPeople, completionOf, getWorkPlan, todayOf, toMonth } from './service.js';

export const WORK_PLAN_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type WorkPlanExportFormat = (typeof WORK_PLAN_EXPORT_FORMATS)[number];
export const WORK_PLAN_CONTENT_TYPES: Record<WorkPlanExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export const WORK_PLAN_COLUMNS = [
  'Action',
  'Attribution',
  'Calendrier',
  'Statut',
  'En retard',
  'Preuve',
  'Commentaires',
] as const;

/** A plan and its actions as the table of its exports: one row per action, French labels. */
async function planTable(ctx: RequestContext, planId: string) {
  const plan = await getWorkPlan(ctx, planId);
  if (!plan) {
    notVisible(ctx, 'work_plan.export', { subjectType: 'work_plan', subjectId: planId });
    throw notFound('Plan de travail');
  }
  const [actions, people, cios] = await Promise.all([
    actionsOfPlan(ctx, plan.id),
    cioPeople(ctx, plan.cioId),
    orientationCios(ctx),
  ]);
  const today = todayOf(ctx);
  const comments = await countComments(
    ctx,
    actions.map((a) => a.id),
  );
  const rows = actions.map((a) => {
    const attribution = [
      ...a.roles.map((r) => DUTY_ROLE_LABELS[r as DutyRole] ?? r),
      ...a.personIds.flatMap((id) => people.filter((p) => p.id === id).map((p) => p.displayName)),
    ].join(', ');
    const late = isWorkPlanActionLate({ status: a.status, endMonth: toMonth(a.endMonth) }, today);
    const evidence = [a.evidenceUrl, a.minutesMeetingId ? `Compte rendu : /instances/${a.minutesMeetingId}` : null]
      .filter(Boolean)
      .join(' ; ');
    return [
      a.title,
      attribution,
      monthSpanLabel(toMonth(a.startMonth), toMonth(a.endMonth)),
      WORK_PLAN_STATUS_LABELS[a.status as WorkPlanStatus] ?? a.status,
      late ? 'En retard' : '',
      evidence,
      comments.get(a.id) ?? 0,
    ];
  });
  return {
    plan,
    cioName: cios.find((c) => c.id === plan.cioId)?.name ?? 'CIO',
    rows,
    completion: completionOf(actions, today, plan.id),
  };
}

/** The plan as XLSX (text cells neutralised against formulas) or PDF (the neutral document model). Audited. */
export async function exportWorkPlan(
  ctx: RequestContext,
  planId: string,
  format: WorkPlanExportFormat,
): Promise<{ fileName: string; contentType: string; body: Buffer; rows: number }> {
  const { plan, cioName, rows, completion } = await planTable(ctx, planId);
  const span = monthSpanLabel(toMonth(plan.startMonth), toMonth(plan.endMonth));
  let body: Buffer;
  if (format === 'xlsx') {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Maillage';
    const sheet = workbook.addWorksheet('Plan de travail', { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = [50, 36, 26, 14, 12, 40, 14];
    sheet.columns = WORK_PLAN_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: widths[i] }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(r.map((v) => (typeof v === 'number' ? v : v === '' ? null : neutralise(v))));
    body = Buffer.from(await workbook.xlsx.writeBuffer());
  } else {
    const doc: Document = {
      title: plan.title,
      subtitle: `${cioName} — ${span}`,
      issuer: cioName,
      generatedAt: new Date(),
      footerNote: `État au ${frenchDate(new Date())}`,
      blocks: [
        {
          kind: 'paragraph',
          text: `${completion.total} actions : ${completion.FAIT} faites, ${completion.EN_COURS} en cours, ${completion.A_FAIRE} à faire, ${completion.REPORTE} reportées, ${completion.ABANDONNE} abandonnées ; ${completion.late} en retard.`,
        },
        {
          kind: 'table',
          caption: 'Actions du plan de travail',
          columns: [...WORK_PLAN_COLUMNS],
          rows,
        },
      ],
    };
    body = await renderPdf(doc);
  }
  await ctx.audit({
    action: 'work_plan.export',
    subjectType: 'work_plan',
    subjectId: plan.id,
    details: { format, rows: rows.length },
  });
  return {
    fileName: `plan-de-travail-${fileNameSlug(plan.title, 'cio')}.${format}`,
    contentType: WORK_PLAN_CONTENT_TYPES[format],
    body,
    rows: rows.length,
  };
}
