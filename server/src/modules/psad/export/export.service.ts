import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { count, eq, inArray, notInArray, and, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  CASE_STATUS_LABELS,
  CLOSE_OUTCOME_LABELS,
  SOLUTION_TYPE_LABELS,
  caseFlags,
  caseSourceLabel,
  CASE_ORDERS,
  identity,
  psad,
  type CaseSource,
  type CaseStatus,
  type ContactChannel,
  type ContactResult,
  type SignalSource,
} from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { allOf } from '../../../core/pagination.js';
import { parseInput } from '../../../core/validation.js';
import { organisationsByIds } from '../../identity/organisations.service.js';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  fileNameSlug,
  neutralise,
  type ExportFile,
  loadExcel,
} from '../../../core/export-file.js';
import { contactAttempt, platform, psadCase, youngPerson } from '../tables.js';
import { psadThresholds } from '../thresholds.js';
import { assignedCasesScope, caseConditions, caseOrder, platformCasesScope } from '../cases/queries.service.js';

const labelOf = <K extends string>(labels: Record<K, string>, value: string | null): string =>
  value === null ? '' : (labels[value as K] ?? value);

// One of the two lists of the worklists: a platform's (referents) or the caller's assigned cases (counsellors).
const scopeSchema = z
  .strictObject({
    platformId: identity.uuid.optional(),
    assigned: z.literal(true, { message: 'true attendu' }).optional(),
  })
  .refine((s) => (s.platformId !== undefined) !== (s.assigned !== undefined), {
    message: 'une plateforme (platformId) ou vos suivis affectés (assigned: true), l’un ou l’autre',
  })
  .describe('A platform (referents), or the cases assigned to your organisations (counsellors): one or the other');

/** The body of POST /api/psad/exports: the service parses it, the route's OpenAPI description is drawn from it. */
export const exportSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: 'csv ou xlsx' }),
  scope: scopeSchema,
  filter: psad.caseFilter.describe('The GraphQL CaseFilter'),
  orderBy: z.enum(CASE_ORDERS, { message: 'NAME, LAST_UPDATE ou EXIT_DATE' }).nullish(),
});

type CellKind = 'text' | 'date' | 'flag';
interface Column {
  header: string;
  width: number;
  kind: CellKind;
  /** Text, or a date as YYYY-MM-DD (Europe/Paris for timestamps), or a flag. */
  value: (r: ExportRow) => string | boolean | null;
}

interface ExportRow {
  ine: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
  commune: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  lastSchoolUai: string | null;
  schoolExitDate: string | null;
  status: string;
  source: string;
  signalSource: string | null;
  campaign: string | null;
  partner: string | null;
  assignedAt: Date | null;
  firstAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  reachedAt: Date | null;
  solutionType: string | null;
  solutionStartDate: string | null;
  solutionOrganisation: string | null;
  closeOutcome: string | null;
  closedAt: Date | null;
  flags: ReturnType<typeof caseFlags>;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const day = (d: Date | null) => (d ? parisDay.format(d) : null);

const COLUMNS: Column[] = [
  { header: 'INE', width: 14, kind: 'text', value: (r) => r.ine },
  { header: 'Nom', width: 20, kind: 'text', value: (r) => r.lastName },
  { header: 'Prénom', width: 18, kind: 'text', value: (r) => r.firstNames },
  { header: 'Date de naissance', width: 12, kind: 'date', value: (r) => r.birthDate },
  { header: 'Commune', width: 22, kind: 'text', value: (r) => r.commune },
  { header: 'Code postal', width: 9, kind: 'text', value: (r) => r.postalCode },
  { header: 'Téléphone', width: 16, kind: 'text', value: (r) => r.phone },
  { header: 'Courriel', width: 28, kind: 'text', value: (r) => r.email },
  { header: 'Dernier établissement (UAI)', width: 12, kind: 'text', value: (r) => r.lastSchoolUai },
  { header: 'Date de sortie', width: 12, kind: 'date', value: (r) => r.schoolExitDate },
  { header: 'Statut', width: 12, kind: 'text', value: (r) => labelOf(CASE_STATUS_LABELS, r.status) },
  {
    header: 'Source',
    width: 18,
    kind: 'text',
    value: (r) => caseSourceLabel(r.source as CaseSource, r.signalSource as SignalSource | null),
  },
  { header: 'Campagne', width: 10, kind: 'text', value: (r) => r.campaign },
  { header: 'Partenaire', width: 26, kind: 'text', value: (r) => r.partner },
  { header: 'Affecté le', width: 12, kind: 'date', value: (r) => day(r.assignedAt) },
  { header: 'Première tentative', width: 12, kind: 'date', value: (r) => day(r.firstAttemptAt) },
  { header: 'Dernière tentative', width: 12, kind: 'date', value: (r) => day(r.lastAttemptAt) },
  { header: 'Joint le', width: 12, kind: 'date', value: (r) => day(r.reachedAt) },
  { header: 'Solution', width: 26, kind: 'text', value: (r) => labelOf(SOLUTION_TYPE_LABELS, r.solutionType) },
  { header: 'Début de la solution', width: 12, kind: 'date', value: (r) => r.solutionStartDate },
  { header: 'Organisme de la solution', width: 26, kind: 'text', value: (r) => r.solutionOrganisation },
  { header: 'Clôture', width: 22, kind: 'text', value: (r) => labelOf(CLOSE_OUTCOME_LABELS, r.closeOutcome) },
  { header: 'Clôturé le', width: 12, kind: 'date', value: (r) => day(r.closedAt) },
  { header: 'Mineur sans solution', width: 10, kind: 'flag', value: (r) => r.flags.minorWithoutSolution },
  { header: 'Sans contact après affectation', width: 10, kind: 'flag', value: (r) => r.flags.noContactAfterAssignment },
  { header: 'Seuil injoignable atteint', width: 10, kind: 'flag', value: (r) => r.flags.injoignableReached },
  {
    header: 'Échéance obligation de formation',
    width: 12,
    kind: 'date',
    value: (r) => r.flags.obligationFormationDueDate,
  },
  {
    header: 'Obligation de formation échue',
    width: 10,
    kind: 'flag',
    value: (r) => r.flags.obligationFormationOverdue,
  },
];

export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a tab or CR that some strip
 * before parsing) is prefixed with an apostrophe: an imported or signalled name is not code to run.
 */

const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const utcDate = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

function toCsv(rows: ExportRow[]): Buffer {
  const records = rows.map((r) =>
    COLUMNS.map((c) => {
      const v = c.value(r);
      if (c.kind === 'flag') return v ? 'Oui' : 'Non';
      if (v === null || v === '') return '';
      return c.kind === 'date' ? frenchDate(String(v)) : neutralise(String(v));
    }),
  );
  // What French spreadsheets open as is: a BOM for UTF-8, semicolons, CRLF.
  return Buffer.from(
    stringify([EXPORT_HEADERS, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows' }),
    'utf8',
  );
}

async function toXlsx(rows: ExportRow[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // The streaming writer commits each row as it goes: 50,000 rows do not build a workbook in memory.
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Maillage';
  const sheet = workbook.addWorksheet('Suivis', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    ...(c.kind === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) {
    // Text stays a string cell: exceljs writes a formula only from a { formula } value, so nothing here is evaluated.
    sheet
      .addRow(
        COLUMNS.map((c) => {
          const v = c.value(r);
          if (c.kind === 'flag') return v ? 'Oui' : 'Non';
          if (v === null || v === '') return null;
          return c.kind === 'date' ? utcDate(String(v)) : String(v);
        }),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** The filter's keys in use: what the audit records of a filter (never its values: a search is a name). */
function filterKeys(filter: Record<string, unknown> | null | undefined): string[] {
  if (!filter) return [];
  return Object.entries(filter)
    .filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0) && v !== false,
    )
    .map(([k]) => k)
    .sort();
}

/**
 * Every case of a worklist matching its filter, in the list's order, as CSV or XLSX. Same scope and
 * policy as the GraphQL lists; read set-wise in one snapshot; audited in the same transaction.
 */
export async function exportCases(ctx: RequestContext, raw: unknown): Promise<ExportFile> {
  const input = parseInput(exportSchema, raw ?? {}, '');
  const actor = ctx.actor!;
  let scope: SQL;
  let subject: { subjectType: string; subjectId: string | null; organisationIds?: string[] };
  let label: string;
  if (input.scope.platformId) {
    const platformId = input.scope.platformId;
    if (!actor.roles.has('PSAD_REFERENT'))
      deny(ctx, 'case.export', 'role:PSAD_REFERENT', { subjectType: 'platform', subjectId: platformId });
    scope = await platformCasesScope(ctx, platformId, 'case.export');
    const [p] = await ctx.db.select({ name: platform.name }).from(platform).where(eq(platform.id, platformId));
    subject = { subjectType: 'platform', subjectId: platformId };
    label = fileNameSlug(p?.name ?? '', 'plateforme');
  } else {
    if (!actor.roles.has('COUNSELLOR')) deny(ctx, 'case.export', 'role:COUNSELLOR');
    const assigned = assignedCasesScope(ctx, 'case.export');
    scope = assigned.where;
    subject = {
      subjectType: 'organisation',
      subjectId: assigned.organisationIds.length === 1 ? assigned.organisationIds[0]! : null,
      organisationIds: assigned.organisationIds,
    };
    label = 'affectes';
  }

  const where = allOf([scope, ...caseConditions(input.filter)]);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(psadCase)
    .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
    .where(where);
  const matching = Number(total?.n ?? 0);
  const maxRows = ctx.services.config.PSAD_EXPORT_MAX_ROWS;
  if (matching > maxRows) {
    throw new AppError(
      'BAD_USER_INPUT',
      `L'export est limité à ${maxRows.toLocaleString('fr-FR')} suivis et ${matching.toLocaleString('fr-FR')} correspondent : affinez le filtre.`,
      [{ path: 'filter', message: `au plus ${maxRows} suivis : affinez le filtre` }],
    );
  }

  const order = caseOrder(input.orderBy);
  const rows = await ctx.db
    .select({
      id: psadCase.id,
      ine: youngPerson.ine,
      lastName: youngPerson.lastName,
      firstNames: youngPerson.firstNames,
      birthDate: youngPerson.birthDate,
      commune: youngPerson.commune,
      postalCode: youngPerson.postalCode,
      phone: youngPerson.phone,
      email: youngPerson.email,
      lastSchoolUai: youngPerson.lastSchoolUai,
      schoolExitDate: youngPerson.schoolExitDate,
      status: psadCase.status,
      source: psadCase.source,
      signalSource: psadCase.signalSource,
      campaign: psadCase.campaign,
      assignedOrganisationId: psadCase.assignedOrganisationId,
      assignedAt: psadCase.assignedAt,
      firstAttemptAt: psadCase.firstAttemptAt,
      lastAttemptAt: psadCase.lastAttemptAt,
      reachedAt: psadCase.reachedAt,
      solutionType: psadCase.solutionType,
      solutionStartDate: psadCase.solutionStartDate,
      solutionOrganisationId: psadCase.solutionOrganisationId,
      closeOutcome: psadCase.closeOutcome,
      closedAt: psadCase.closedAt,
      convocationDate: psadCase.convocationDate,
    })
    .from(psadCase)
    .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
    .where(where)
    .orderBy(...order.orderBy)
    .limit(maxRows);

  // Set-wise, not per row: the organisations named, and the attempts of the open cases (the injoignable flag counts them).
  const orgIds = [
    ...new Set(
      rows.flatMap((r) => [r.assignedOrganisationId, r.solutionOrganisationId]).filter((x): x is string => x !== null),
    ),
  ];
  const orgNames = new Map(
    (await organisationsByIds(ctx, orgIds)).filter((o) => o !== null).map((o) => [o.id, o.name]),
  );
  const openIds = ctx.db
    .select({ id: psadCase.id })
    .from(psadCase)
    .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
    .where(and(where, notInArray(psadCase.status, ['SOLUTION', 'CLOS'])));
  const attempts = rows.length
    ? await ctx.db
        .select({
          caseId: contactAttempt.caseId,
          attemptedAt: contactAttempt.attemptedAt,
          channel: contactAttempt.channel,
          result: contactAttempt.result,
        })
        .from(contactAttempt)
        .where(inArray(contactAttempt.caseId, openIds))
    : [];
  const attemptsOf = new Map<string, { date: Date; channel: ContactChannel; result: ContactResult }[]>();
  for (const a of attempts) {
    const list = attemptsOf.get(a.caseId) ?? [];
    list.push({ date: a.attemptedAt, channel: a.channel as ContactChannel, result: a.result as ContactResult });
    attemptsOf.set(a.caseId, list);
  }

  const now = new Date();
  const thresholds = psadThresholds(ctx.services.config);
  const exported: ExportRow[] = rows.map((r) => ({
    ...r,
    partner: r.assignedOrganisationId ? (orgNames.get(r.assignedOrganisationId) ?? null) : null,
    solutionOrganisation: r.solutionOrganisationId ? (orgNames.get(r.solutionOrganisationId) ?? null) : null,
    flags: caseFlags(
      {
        status: r.status as CaseStatus,
        birthDate: r.birthDate,
        assignedAt: r.assignedAt,
        lastAttemptAt: r.lastAttemptAt,
        convocationDate: r.convocationDate,
        attempts: attemptsOf.get(r.id) ?? [],
      },
      now,
      thresholds,
    ),
  }));

  const body = input.format === 'csv' ? toCsv(exported) : await toXlsx(exported);
  // Once the file is built: an export that failed leaves no "exported" trace.
  await ctx.audit({
    action: 'case.export',
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    details: {
      format: input.format,
      rows: exported.length,
      filterKeys: filterKeys(input.filter),
      orderBy: input.orderBy ?? 'NAME',
      ...(subject.organisationIds ? { organisationIds: subject.organisationIds } : {}),
    },
  });
  return {
    fileName: `suivis-${label}-${parisDay.format(now)}.${input.format}`,
    contentType: CONTENT_TYPES[input.format],
    body,
    rows: exported.length,
  };
}
