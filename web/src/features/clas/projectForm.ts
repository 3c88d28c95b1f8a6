import {
  clasSchemas,
  type AccompagnateurKind,
  type ClasActivityKind,
  type EligibilityInput,
  type SchoolLevel,
  type TrainingStatus,
  type Weekday,
} from '@maillage/shared';
import { validate } from '../../app/validation';
import type { ClasProjectContentInput } from '../../gql/graphql';
import { centsToInput, parseCount, parseEuros } from './format';
import type { ClasProjectData } from './projectQueries';

/** Rows carry a key of their own, so that removing one keeps the others' state and focus. */
let nextKey = 0;
export const newKey = () => `r${++nextKey}`;

export interface AccompagnateurValues {
  key: string;
  label: string;
  kind: AccompagnateurKind;
  training: TrainingStatus;
}

export interface SessionValues {
  key: string;
  day: Weekday;
  start: string;
  durationMinutes: string;
}

export interface GroupValues {
  key: string;
  id: string | null;
  label: string;
  level: SchoolLevel;
  childrenCount: string;
  accompagnateurs: AccompagnateurValues[];
  sessions: SessionValues[];
  startDate: string;
  endDate: string;
  longestBreakWeeks: string;
  place: string;
  /** In euros, as typed. */
  eligibleCost: string;
  otherFunding: string;
}

export interface SchoolValues {
  key: string;
  name: string;
  uai: string;
  contactName: string;
}

export interface ActionValues {
  key: string;
  title: string;
  period: string;
}

export interface PartnerValues {
  key: string;
  name: string;
}

export interface ProjectValues {
  title: string;
  schoolYear: string;
  diagnostic: string;
  charterSigned: boolean;
  inDepartmentalFramework: boolean;
  concertationDescription: string;
  activityKinds: ClasActivityKind[];
  localPartners: PartnerValues[];
  schools: SchoolValues[];
  parentActions: ActionValues[];
  concertationActions: ActionValues[];
  groups: GroupValues[];
}

export const newAccompagnateur = (): AccompagnateurValues => ({
  key: newKey(),
  label: '',
  kind: 'BENEVOLE',
  training: 'PREVUE',
});
export const newSession = (): SessionValues => ({ key: newKey(), day: 'MARDI', start: '17:00', durationMinutes: '90' });
export const newSchool = (): SchoolValues => ({ key: newKey(), name: '', uai: '', contactName: '' });
export const newAction = (): ActionValues => ({ key: newKey(), title: '', period: '' });
export const newPartner = (): PartnerValues => ({ key: newKey(), name: '' });
export const newGroup = (): GroupValues => ({
  key: newKey(),
  id: null,
  label: '',
  level: 'ELEMENTAIRE',
  childrenCount: '',
  accompagnateurs: [newAccompagnateur()],
  sessions: [newSession()],
  startDate: '',
  endDate: '',
  longestBreakWeeks: '',
  place: '',
  eligibleCost: '',
  otherFunding: '',
});

export function emptyProject(schoolYear: string): ProjectValues {
  return {
    title: '',
    schoolYear,
    diagnostic: '',
    charterSigned: false,
    inDepartmentalFramework: false,
    concertationDescription: '',
    activityKinds: [],
    localPartners: [],
    schools: [],
    parentActions: [],
    concertationActions: [],
    groups: [newGroup()],
  };
}

/** Form values from a project read from the API. */
export function projectToValues(p: ClasProjectData): ProjectValues {
  return {
    title: p.title,
    schoolYear: p.schoolYear,
    diagnostic: p.diagnostic,
    charterSigned: p.charterSigned,
    inDepartmentalFramework: p.inDepartmentalFramework,
    concertationDescription: p.concertationDescription,
    activityKinds: [...p.activityKinds],
    localPartners: p.localPartners.map((name) => ({ key: newKey(), name })),
    schools: p.schools.map((s) => ({
      key: newKey(),
      name: s.name,
      uai: s.uai ?? '',
      contactName: s.contactName ?? '',
    })),
    parentActions: p.parentActions.map((a) => ({ key: newKey(), title: a.title, period: a.period ?? '' })),
    concertationActions: p.concertationActions.map((a) => ({ key: newKey(), title: a.title, period: a.period ?? '' })),
    groups: p.groups.map((g) => ({
      key: newKey(),
      id: g.id,
      label: g.label,
      level: g.level,
      childrenCount: String(g.childrenCount),
      accompagnateurs: g.accompagnateurs.map((a) => ({
        key: newKey(),
        label: a.label,
        kind: a.kind,
        training: a.training,
      })),
      sessions: g.sessions.map((s) => ({
        key: newKey(),
        day: s.day,
        start: s.start,
        durationMinutes: String(s.durationMinutes),
      })),
      startDate: g.startDate ?? '',
      endDate: g.endDate ?? '',
      longestBreakWeeks: g.longestBreakWeeks ? String(g.longestBreakWeeks) : '',
      place: g.place ?? '',
      eligibleCost: centsToInput(g.eligibleCostCents, true),
      otherFunding: centsToInput(g.otherFundingCents, true),
    })),
  };
}

const orNull = (v: string) => (v.trim() ? v.trim() : null);
/** A number field's value for the API: NaN when it is not a number (the checks below say so first). */
const count = (v: string) => {
  const n = parseCount(v);
  return n === undefined ? Number.NaN : (n ?? 0);
};
const cents = (v: string) => {
  const n = parseEuros(v);
  return n === undefined ? Number.NaN : (n ?? 0);
};

/** The declaration as the API takes it. */
export function valuesToContent(v: ProjectValues): ClasProjectContentInput {
  return {
    title: v.title.trim(),
    schoolYear: v.schoolYear,
    diagnostic: v.diagnostic.trim(),
    charterSigned: v.charterSigned,
    inDepartmentalFramework: v.inDepartmentalFramework,
    concertationDescription: v.concertationDescription.trim(),
    activityKinds: [...v.activityKinds],
    localPartners: v.localPartners.map((p) => p.name.trim()),
    schools: v.schools.map((s) => ({ name: s.name.trim(), uai: orNull(s.uai), contactName: orNull(s.contactName) })),
    parentActions: v.parentActions.map((a) => ({ title: a.title.trim(), period: orNull(a.period) })),
    concertationActions: v.concertationActions.map((a) => ({ title: a.title.trim(), period: orNull(a.period) })),
    groups: v.groups.map((g) => ({
      id: g.id,
      label: g.label.trim(),
      level: g.level,
      childrenCount: count(g.childrenCount),
      accompagnateurs: g.accompagnateurs.map((a) => ({ label: a.label.trim(), kind: a.kind, training: a.training })),
      sessions: g.sessions.map((s) => ({ day: s.day, start: s.start, durationMinutes: count(s.durationMinutes) })),
      startDate: orNull(g.startDate),
      endDate: orNull(g.endDate),
      longestBreakWeeks: count(g.longestBreakWeeks),
      place: orNull(g.place),
      eligibleCostCents: cents(g.eligibleCost),
      otherFundingCents: cents(g.otherFunding),
    })),
  };
}

/** What the live eligibility reads: the form as it stands, whatever is still missing or mistyped. */
export function valuesToEligibilityInput(v: ProjectValues): EligibilityInput {
  const safe = (n: number | null | undefined) => (n !== null && n !== undefined && Number.isFinite(n) ? n : 0);
  return {
    diagnostic: v.diagnostic,
    charterSigned: v.charterSigned,
    inDepartmentalFramework: v.inDepartmentalFramework,
    activityKinds: v.activityKinds,
    localPartners: v.localPartners.map((p) => p.name.trim()).filter(Boolean),
    schools: v.schools
      .filter((s) => s.name.trim())
      .map((s) => ({ name: s.name.trim(), uai: orNull(s.uai), contactName: orNull(s.contactName) })),
    parentActions: v.parentActions
      .filter((a) => a.title.trim())
      .map((a) => ({ title: a.title.trim(), period: orNull(a.period) })),
    concertationActions: v.concertationActions
      .filter((a) => a.title.trim())
      .map((a) => ({ title: a.title.trim(), period: orNull(a.period) })),
    groups: v.groups.map((g) => ({
      label: g.label.trim() || 'sans nom',
      childrenCount: safe(parseCount(g.childrenCount)),
      accompagnateurs: g.accompagnateurs.map((a) => ({ label: a.label.trim(), kind: a.kind, training: a.training })),
      sessions: g.sessions.map((s) => ({
        day: s.day,
        start: s.start,
        durationMinutes: safe(parseCount(s.durationMinutes)),
      })),
      startDate: orNull(g.startDate),
      endDate: orNull(g.endDate),
      longestBreakWeeks: safe(parseCount(g.longestBreakWeeks)),
    })),
  };
}

/** Each group's eligible cost in cents (0 while empty or mistyped), for the live estimate. */
export function groupCosts(v: ProjectValues): { eligibleCostCents: number }[] {
  return v.groups.map((g) => ({ eligibleCostCents: parseEuros(g.eligibleCost) ?? 0 }));
}

/**
 * Field messages keyed by path ("groups.0.accompagnateurs.1.label"): first the number and amount
 * fields the schema cannot read as typed, then the shared zod schema (the server's own rules).
 */
export function validateProject(v: ProjectValues): Record<string, string> {
  const errors: Record<string, string> = {};
  v.groups.forEach((g, i) => {
    const checkCount = (field: string, value: string, required: boolean) => {
      const n = parseCount(value);
      if (n === undefined) errors[`groups.${i}.${field}`] = 'Saisissez un nombre entier, sans décimale.';
      else if (n === null && required) errors[`groups.${i}.${field}`] = 'Saisissez un nombre.';
    };
    checkCount('childrenCount', g.childrenCount, true);
    checkCount('longestBreakWeeks', g.longestBreakWeeks, false);
    g.sessions.forEach((s, j) => {
      const n = parseCount(s.durationMinutes);
      if (n === undefined || n === null)
        errors[`groups.${i}.sessions.${j}.durationMinutes`] = 'Saisissez une durée en minutes.';
    });
    if (parseEuros(g.eligibleCost) === undefined)
      errors[`groups.${i}.eligibleCostCents`] = 'Saisissez un montant en euros (par exemple 4 800 ou 4 800,50).';
    if (parseEuros(g.otherFunding) === undefined)
      errors[`groups.${i}.otherFundingCents`] = 'Saisissez un montant en euros (par exemple 1 200 ou 1 200,50).';
  });
  const schemaErrors = validate(clasSchemas.clasProjectContent, valuesToContent(v));
  for (const [path, message] of Object.entries(schemaErrors)) errors[path] ??= message;
  return errors;
}

/** A server path ("content.groups.0.label", "input.title") as the form's key. */
export function projectPath(path: string): string {
  return path.replace(/^(input\.)?(content\.)?/, '');
}

/** Where a message about a path lies in the form, in words, for the error summary. */
export function describePath(path: string, v: ProjectValues): string {
  const parts = path.split('.');
  const fieldNames: Record<string, string> = {
    title: 'Intitulé du projet',
    schoolYear: 'Année scolaire',
    diagnostic: 'Diagnostic des besoins',
    concertationDescription: 'Organisation de la concertation',
    activityKinds: 'Activités',
    label: 'nom',
    childrenCount: "nombre d'enfants",
    startDate: 'date de début',
    endDate: 'date de fin',
    longestBreakWeeks: 'plus longue interruption',
    place: 'lieu',
    eligibleCostCents: 'coût éligible',
    otherFundingCents: 'autres financements',
    name: 'nom',
    uai: 'UAI',
    contactName: 'contact',
    period: 'période',
    day: 'jour',
    start: 'heure de début',
    durationMinutes: 'durée',
    kind: 'statut',
    training: 'formation',
  };
  const n = (i: string | undefined) => Number(i ?? 0) + 1;
  const [head, index, sub, subIndex, field] = parts;
  if (head === 'groups') {
    const group = v.groups[Number(index)];
    const where = `Groupe ${n(index)}${group?.label ? ` « ${group.label} »` : ''}`;
    if (sub === 'accompagnateurs')
      return `${where}, accompagnateur ${n(subIndex)}${field ? `, ${fieldNames[field] ?? field}` : ''}`;
    if (sub === 'sessions') return `${where}, séance ${n(subIndex)}${field ? `, ${fieldNames[field] ?? field}` : ''}`;
    return sub ? `${where}, ${fieldNames[sub] ?? sub}` : where;
  }
  const lists: Record<string, string> = {
    schools: 'Établissement',
    parentActions: 'Action avec les parents',
    concertationActions: 'Action de concertation',
    localPartners: 'Partenaire local',
  };
  if (head && lists[head]) {
    const f = sub === 'title' ? 'intitulé' : sub ? (fieldNames[sub] ?? sub) : '';
    return index !== undefined ? `${lists[head]} ${n(index)}${f ? `, ${f}` : ''}` : lists[head];
  }
  return fieldNames[head ?? ''] ?? path;
}
