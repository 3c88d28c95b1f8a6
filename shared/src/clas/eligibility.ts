import type { ClasYearConfig } from './config.js';
import type { ClasRule, RuleOutcome, Weekday } from './enums.js';
import type { ClasGroupInput, ClasProjectContent } from './schemas.js';

/** One rule's verdict, with what was found and what was expected, in words the holder and the officer read. */
export interface RuleResult {
  rule: ClasRule;
  /** The group the rule was checked on (index in the project's groups), null for a project-wide rule. */
  groupIndex: number | null;
  groupLabel: string | null;
  outcome: RuleOutcome;
  /** What was found, as shown ("14 enfants pour 1 accompagnateur"). */
  value: string;
  /** What is expected ("7 enfants par accompagnateur au plus"). */
  threshold: string;
  message: string;
}

export interface Eligibility {
  /** No rule fails (warnings are left to the officer). */
  eligible: boolean;
  failures: number;
  warnings: number;
  results: RuleResult[];
}

/** What eligibility reads of a project: its declaration, possibly a draft's (missing values fail). */
export type EligibilityInput = Pick<
  ClasProjectContent,
  | 'diagnostic'
  | 'charterSigned'
  | 'inDepartmentalFramework'
  | 'activityKinds'
  | 'localPartners'
  | 'schools'
  | 'parentActions'
  | 'concertationActions'
> & {
  groups: Pick<
    ClasGroupInput,
    'label' | 'childrenCount' | 'accompagnateurs' | 'sessions' | 'startDate' | 'endDate' | 'longestBreakWeeks'
  >[];
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}h${String(m % 60).padStart(2, '0')}`;
const DAY_LABELS: Record<Weekday, string> = {
  LUNDI: 'lundi',
  MARDI: 'mardi',
  MERCREDI: 'mercredi',
  JEUDI: 'jeudi',
  VENDREDI: 'vendredi',
  SAMEDI: 'samedi',
  DIMANCHE: 'dimanche',
};

type Verdict = Omit<RuleResult, 'rule' | 'groupIndex' | 'groupLabel'>;
const pass = (value: string, threshold: string, message: string): Verdict => ({
  outcome: 'PASS',
  value,
  threshold,
  message,
});
const warn = (value: string, threshold: string, message: string): Verdict => ({
  outcome: 'WARNING',
  value,
  threshold,
  message,
});
const fail = (value: string, threshold: string, message: string): Verdict => ({
  outcome: 'FAIL',
  value,
  threshold,
  message,
});

function projectRules(p: EligibilityInput): [ClasRule, Verdict][] {
  const diagnostic = p.diagnostic.trim();
  const activities = p.activityKinds.filter((k) => k !== 'AIDE_AUX_DEVOIRS');
  const namedContacts = p.schools.filter((s) => s.contactName && s.contactName.trim() !== '').length;
  return [
    [
      'DIAGNOSTIC',
      diagnostic
        ? pass(
            plural(diagnostic.length, 'caractère', 'caractères'),
            'un diagnostic des besoins',
            'Le diagnostic des besoins est rédigé.',
          )
        : fail(
            'absent',
            'un diagnostic des besoins',
            'Le diagnostic des besoins manque : décrivez les besoins des enfants et des familles du territoire.',
          ),
    ],
    [
      'CHARTER',
      p.charterSigned
        ? pass('signée', 'charte signée', "La charte nationale de l'accompagnement à la scolarité est signée.")
        : fail(
            'non signée',
            'charte signée',
            "La charte nationale de l'accompagnement à la scolarité n'est pas signée.",
          ),
    ],
    [
      'PARTNERSHIP',
      p.inDepartmentalFramework
        ? pass(
            'inscrit',
            'inscrit au cadre départemental',
            'Le projet s’inscrit dans le cadre partenarial départemental.',
          )
        : fail(
            'non inscrit',
            'inscrit au cadre départemental',
            'Le projet ne s’inscrit pas dans le cadre partenarial départemental.',
          ),
    ],
    [
      'CONTENT',
      activities.length > 0
        ? pass(
            plural(
              activities.length,
              'activité au-delà de l’aide aux devoirs',
              'activités au-delà de l’aide aux devoirs',
            ),
            'pas seulement de l’aide aux devoirs',
            'Les activités vont au-delà de l’aide aux devoirs.',
          )
        : fail(
            p.activityKinds.length ? 'aide aux devoirs seulement' : 'aucune activité',
            'pas seulement de l’aide aux devoirs',
            'Un CLAS ne se limite pas à l’aide aux devoirs : ajoutez des activités (méthodologie, culture, lecture…).',
          ),
    ],
    [
      'PARENT_AXIS',
      p.parentActions.length === 0
        ? fail(
            'aucune action',
            '2 actions avec les parents ou plus',
            'Aucune action avec et pour les parents n’est prévue.',
          )
        : p.parentActions.length === 1
          ? warn(
              '1 action',
              '2 actions avec les parents ou plus',
              'Une seule action avec les parents est prévue dans l’année.',
            )
          : pass(
              plural(p.parentActions.length, 'action', 'actions'),
              '2 actions avec les parents ou plus',
              'Des actions avec et pour les parents sont prévues.',
            ),
    ],
    [
      'SCHOOL_CONCERTATION',
      p.concertationActions.length === 0 || p.schools.length === 0
        ? fail(
            p.schools.length === 0 ? 'aucun établissement' : 'aucune action de concertation',
            'une concertation avec un établissement',
            p.schools.length === 0
              ? 'Aucun établissement scolaire partenaire n’est nommé.'
              : 'Aucune action de concertation avec l’école n’est prévue.',
          )
        : namedContacts === 0
          ? warn(
              'aucun contact nommé',
              'un contact nommé dans un établissement',
              'Aucun contact n’est nommé dans les établissements partenaires.',
            )
          : pass(
              plural(p.concertationActions.length, 'action', 'actions'),
              'une concertation avec un établissement',
              'La concertation avec l’école est prévue, avec un contact nommé.',
            ),
    ],
    [
      'LOCAL_ACTORS',
      p.localPartners.length === 0
        ? warn(
            'aucun partenaire',
            'une coordination avec un acteur local',
            'Aucune coordination avec un autre acteur local n’est indiquée.',
          )
        : pass(
            plural(p.localPartners.length, 'partenaire', 'partenaires'),
            'une coordination avec un acteur local',
            'La coordination avec les acteurs locaux est indiquée.',
          ),
    ],
    [
      'GROUPS',
      p.groups.length === 0
        ? fail('aucun groupe', 'au moins un groupe', 'Le projet ne compte encore aucun groupe d’enfants.')
        : pass(
            plural(p.groups.length, 'groupe', 'groupes'),
            'au moins un groupe',
            'Le projet compte au moins un groupe.',
          ),
    ],
  ];
}

/** Whether a session (day, start, duration) overlaps class hours; returns the range it overlaps. */
function overlapsClassHours(s: { day: Weekday; start: string; durationMinutes: number }, config: ClasYearConfig) {
  const from = minutes(s.start);
  const to = from + s.durationMinutes;
  return config.classHours.find((h) => h.day === s.day && from < minutes(h.end) && to > minutes(h.start)) ?? null;
}

function groupRules(g: EligibilityInput['groups'][number], c: ClasYearConfig): [ClasRule, Verdict][] {
  const children = g.childrenCount;
  const adults = g.accompagnateurs.length;
  const sizeThreshold = `de ${c.minChildren} à ${c.maxChildren} enfants`;
  const adultThreshold = `${c.maxChildrenPerAdult} enfants par accompagnateur au plus (référence : ${c.warnChildrenPerAdult})`;
  const perAdult = adults > 0 ? children / adults : Infinity;
  const perAdultText = `${plural(children, 'enfant', 'enfants')} pour ${plural(adults, 'accompagnateur', 'accompagnateurs')}`;
  const ratio = Number.isFinite(perAdult)
    ? ` (${perAdult.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} par adulte)`
    : '';
  const sessions = g.sessions.length;
  const freqThreshold = `${c.recommendedSessionsPerWeek} séances par semaine recommandées`;
  const inClass = g.sessions.map((s) => ({ s, h: overlapsClassHours(s, c) })).find((x) => x.h);
  const untrained = g.accompagnateurs.filter((a) => a.training === 'AUCUNE').length;
  const continuityThreshold = `du ${frDate(c.latestStartDate)} au plus tard au ${frDate(c.earliestEndDate)} au moins`;

  const continuity = (): Verdict => {
    if (!g.startDate || !g.endDate)
      return fail(
        'dates manquantes',
        continuityThreshold,
        'Les dates de début et de fin du groupe ne sont pas renseignées.',
      );
    const period = `du ${frDate(g.startDate)} au ${frDate(g.endDate)}`;
    if (g.startDate > c.latestStartDate)
      return fail(
        period,
        continuityThreshold,
        `Le groupe commence après le ${frDate(c.latestStartDate)} : il ne couvre pas l’année scolaire.`,
      );
    if (g.endDate < c.earliestEndDate)
      return fail(
        period,
        continuityThreshold,
        `Le groupe s’arrête avant le ${frDate(c.earliestEndDate)} : il ne couvre pas l’année scolaire.`,
      );
    if (g.longestBreakWeeks > c.maxBreakWeeks)
      return warn(
        `${period}, interruption de ${plural(g.longestBreakWeeks, 'semaine', 'semaines')}`,
        `interruptions de ${plural(c.maxBreakWeeks, 'semaine', 'semaines')} au plus (vacances scolaires)`,
        'Une interruption dépasse la durée des vacances scolaires.',
      );
    return pass(period, continuityThreshold, 'Le groupe couvre l’année scolaire.');
  };

  return [
    [
      'GROUP_SIZE',
      children < c.minChildren || children > c.maxChildren
        ? fail(
            plural(children, 'enfant', 'enfants'),
            sizeThreshold,
            children < c.minChildren
              ? `Le groupe compte moins de ${c.minChildren} enfants.`
              : `Le groupe compte plus de ${c.maxChildren} enfants.`,
          )
        : pass(plural(children, 'enfant', 'enfants'), sizeThreshold, 'La taille du groupe est dans les limites.'),
    ],
    [
      'ADULTS',
      adults === 0
        ? fail('aucun accompagnateur', adultThreshold, 'Le groupe n’a aucun accompagnateur.')
        : perAdult > c.maxChildrenPerAdult
          ? fail(
              perAdultText + ratio,
              adultThreshold,
              `Plus de ${c.maxChildrenPerAdult} enfants par accompagnateur : ajoutez un accompagnateur ou réduisez le groupe.`,
            )
          : perAdult > c.warnChildrenPerAdult
            ? warn(
                perAdultText + ratio,
                adultThreshold,
                `Plus de ${c.warnChildrenPerAdult} enfants par accompagnateur : c’est admis jusqu’à ${c.maxChildrenPerAdult}, la référence est d’un adulte pour 5 à 7 enfants.`,
              )
            : pass(perAdultText + ratio, adultThreshold, 'L’encadrement est suffisant.'),
    ],
    [
      'FREQUENCY',
      sessions === 0
        ? fail('aucune séance', freqThreshold, 'Aucune séance hebdomadaire n’est prévue.')
        : sessions < c.recommendedSessionsPerWeek
          ? warn(
              `${plural(sessions, 'séance', 'séances')} par semaine`,
              freqThreshold,
              `Moins de ${c.recommendedSessionsPerWeek} séances par semaine sont prévues.`,
            )
          : pass(
              `${plural(sessions, 'séance', 'séances')} par semaine`,
              freqThreshold,
              'La fréquence des séances est suffisante.',
            ),
    ],
    ['CONTINUITY', continuity()],
    [
      'CHILDREN_ACTIVITY',
      inClass
        ? fail(
            `${DAY_LABELS[inClass.s.day]} à ${hhmm(minutes(inClass.s.start))} pendant ${inClass.s.durationMinutes} min`,
            'hors temps scolaire',
            `Une séance empiète sur le temps de classe (${DAY_LABELS[inClass.h!.day]} ${hhmm(minutes(inClass.h!.start))}–${hhmm(minutes(inClass.h!.end))}).`,
          )
        : pass(
            sessions ? 'hors temps scolaire' : 'aucune séance',
            'hors temps scolaire',
            'Les séances ont lieu hors du temps de classe.',
          ),
    ],
    [
      'TRAINING',
      untrained > 0
        ? warn(
            `${plural(untrained, 'accompagnateur', 'accompagnateurs')} sans formation prévue`,
            'une formation faite ou prévue',
            'Un accompagnateur n’a aucune formation faite ni prévue.',
          )
        : pass(
            adults ? 'formations faites ou prévues' : 'aucun accompagnateur',
            'une formation faite ou prévue',
            'Chaque accompagnateur a une formation faite ou prévue.',
          ),
    ],
  ];
}

/**
 * Every CLAS rule of docs/domain.md §3 on a project, against a year's configuration. Pure: the holder's
 * form runs it as they type, the server runs it again and keeps the result with the decision.
 */
export function evaluateEligibility(project: EligibilityInput, config: ClasYearConfig): Eligibility {
  const results: RuleResult[] = [
    ...projectRules(project).map(([rule, v]) => ({ rule, groupIndex: null, groupLabel: null, ...v })),
    ...project.groups.flatMap((g, i) =>
      groupRules(g, config).map(([rule, v]) => ({ rule, groupIndex: i, groupLabel: g.label, ...v })),
    ),
  ];
  const failures = results.filter((r) => r.outcome === 'FAIL').length;
  const warnings = results.filter((r) => r.outcome === 'WARNING').length;
  return { eligible: failures === 0, failures, warnings, results };
}
