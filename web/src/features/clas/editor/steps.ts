import type { ProjectValues } from '../projectForm';

/** The project editor's steps, in order (the DSFR stepper shows their titles). */
export const STEPS = ['Le projet', 'Partenariats', "Groupes d'enfants", 'Vérification et dépôt'] as const;
export const STEP_COUNT = STEPS.length;

const PROJECT_FIELDS = new Set([
  'organisationId',
  'title',
  'schoolYear',
  'diagnostic',
  'charterSigned',
  'inDepartmentalFramework',
  'activityKinds',
]);
const PARTNERSHIP_FIELDS = new Set([
  'concertationDescription',
  'schools',
  'concertationActions',
  'parentActions',
  'localPartners',
]);

/** The step (0-based) where the control of a form path lies. */
export function stepOf(path: string): number {
  const head = path.split('.')[0] ?? '';
  if (PROJECT_FIELDS.has(head)) return 0;
  if (PARTNERSHIP_FIELDS.has(head)) return 1;
  if (head === 'groups') return 2;
  return 0;
}

/** The step from the address (`?etape=2`, 1-based), within bounds. */
export function stepFromParam(param: string | null): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 && n <= STEP_COUNT ? n - 1 : 0;
}

/** Every path of the form that has a control of its own, in the form's order: server messages on them go beside it. */
export function knownPaths(v: ProjectValues): string[] {
  const paths = ['organisationId', 'title', 'schoolYear', 'diagnostic', 'activityKinds', 'concertationDescription'];
  v.schools.forEach((_, i) => paths.push(`schools.${i}.name`, `schools.${i}.uai`, `schools.${i}.contactName`));
  for (const list of ['concertationActions', 'parentActions'] as const)
    v[list].forEach((_, i) => paths.push(`${list}.${i}.title`, `${list}.${i}.period`));
  v.localPartners.forEach((_, i) => paths.push(`localPartners.${i}`));
  v.groups.forEach((g, i) => {
    for (const f of [
      'label',
      'level',
      'childrenCount',
      'place',
      'startDate',
      'endDate',
      'longestBreakWeeks',
      'eligibleCostCents',
      'otherFundingCents',
    ])
      paths.push(`groups.${i}.${f}`);
    g.accompagnateurs.forEach((_, j) =>
      paths.push(
        `groups.${i}.accompagnateurs.${j}.label`,
        `groups.${i}.accompagnateurs.${j}.kind`,
        `groups.${i}.accompagnateurs.${j}.training`,
      ),
    );
    g.sessions.forEach((_, j) =>
      paths.push(
        `groups.${i}.sessions.${j}.day`,
        `groups.${i}.sessions.${j}.start`,
        `groups.${i}.sessions.${j}.durationMinutes`,
      ),
    );
  });
  return paths;
}
