import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CLAS_RULE_LABELS, RULE_OUTCOME_LABELS, type ClasRule, type RuleOutcome } from '@maillage/shared';
import { DataTable } from '../../ui/DataTable';
import { formatEuros } from './format';
import type { ClasProjectData } from './projectQueries';

export interface RuleResultView {
  rule: ClasRule;
  groupIndex: number | null;
  groupLabel: string | null;
  outcome: RuleOutcome;
  value: string;
  threshold: string;
  message: string;
}

export interface EligibilityView {
  eligible: boolean;
  failures: number;
  warnings: number;
  results: readonly RuleResultView[];
}

const OUTCOME_SEVERITY = { PASS: 'success', WARNING: 'warning', FAIL: 'error' } as const;

/** "2 règles non conformes, 1 avertissement" (singular up to 1, as French counts). */
export function eligibilitySummary(e: Pick<EligibilityView, 'failures' | 'warnings'>): string {
  const failures = `${e.failures} ${e.failures > 1 ? 'règles non conformes' : 'règle non conforme'}`;
  const warnings = `${e.warnings} ${e.warnings > 1 ? 'avertissements' : 'avertissement'}`;
  return `${failures}, ${warnings}`;
}

/** The DSFR alert severity of a set of results: error when a rule fails, warning when one warns. */
export function eligibilitySeverity(
  e: Pick<EligibilityView, 'failures' | 'warnings'>,
): 'error' | 'warning' | 'success' {
  return e.failures ? 'error' : e.warnings ? 'warning' : 'success';
}

/**
 * The count of failures and warnings as a small DSFR alert; `live` makes its text a status region
 * (the holder's panel, updated at each keystroke).
 */
export function EligibilitySummary({
  eligibility,
  live = false,
  prefix = '',
}: {
  eligibility: Pick<EligibilityView, 'failures' | 'warnings'>;
  live?: boolean;
  prefix?: string;
}) {
  return (
    <div className={fr.cx('fr-alert', `fr-alert--${eligibilitySeverity(eligibility)}`, 'fr-alert--sm', 'fr-mb-2w')}>
      <p role={live ? 'status' : undefined}>
        {prefix}
        {eligibilitySummary(eligibility)}
      </p>
    </div>
  );
}

/** The results split by scope: the project's own rules, then each group's. */
function scopes(e: EligibilityView, groupLabels: readonly string[]) {
  const project = e.results.filter((r) => r.groupIndex === null);
  const indexes = [...new Set(e.results.filter((r) => r.groupIndex !== null).map((r) => r.groupIndex as number))].sort(
    (a, b) => a - b,
  );
  return [
    { key: 'project', title: 'Le projet', results: project },
    ...indexes.map((i) => {
      const results = e.results.filter((r) => r.groupIndex === i);
      const label = groupLabels[i] || results[0]?.groupLabel || '';
      return { key: `group-${i}`, title: `Groupe ${i + 1}${label ? ` : ${label}` : ''}`, results };
    }),
  ];
}

/** A rule's outcome as a DSFR badge (its icon and colour say the outcome, the text says it too). */
export function OutcomeBadge({ outcome }: { outcome: RuleOutcome }) {
  return (
    <Badge as="span" small severity={OUTCOME_SEVERITY[outcome]}>
      {RULE_OUTCOME_LABELS[outcome]}
    </Badge>
  );
}

/**
 * The rules as a compact list under headings (the holder's live panel): rule, outcome, the reason,
 * what was found and what is expected. Only the summary is a live region: rows are not announced.
 */
export function EligibilityList({
  eligibility,
  groupLabels,
  headingLevel = 3,
}: {
  eligibility: EligibilityView;
  groupLabels: readonly string[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div>
      {scopes(eligibility, groupLabels).map((scope) => (
        <section key={scope.key} aria-label={`Règles — ${scope.title}`}>
          <Heading className={fr.cx('fr-text--md', 'fr-text--bold', 'fr-mt-3w', 'fr-mb-1w')}>{scope.title}</Heading>
          <ul className="clas-rules">
            {scope.results.map((r) => (
              <li
                key={`${r.rule}-${r.groupIndex ?? 'p'}`}
                className={`clas-rule clas-rule--${r.outcome.toLowerCase()}`}
              >
                <p className={fr.cx('fr-mb-0')}>
                  <strong>{CLAS_RULE_LABELS[r.rule]}</strong> <OutcomeBadge outcome={r.outcome} />
                </p>
                <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{r.message}</p>
                <p className={fr.cx('fr-text--xs', 'fr-mb-0')}>
                  <strong>Constat :</strong> {r.value}
                  <br />
                  <strong>Attendu :</strong> {r.threshold}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The rules as captioned tables, one per scope (the officer's page, a decision's record). */
export function EligibilityTables({
  eligibility,
  groupLabels,
  captionPrefix = 'Règles',
}: {
  eligibility: EligibilityView;
  groupLabels: readonly string[];
  captionPrefix?: string;
}) {
  return (
    <>
      {scopes(eligibility, groupLabels).map((scope) => (
        <DataTable
          key={scope.key}
          compact
          caption={`${captionPrefix} — ${scope.title}`}
          rows={scope.results}
          rowKey={(r) => `${r.rule}-${r.groupIndex ?? 'p'}`}
          columns={[
            { key: 'rule', header: 'Règle', rowHeader: true, cell: (r) => CLAS_RULE_LABELS[r.rule] },
            { key: 'outcome', header: 'Résultat', cell: (r) => <OutcomeBadge outcome={r.outcome} /> },
            { key: 'value', header: 'Constat', cell: (r) => r.value },
            { key: 'threshold', header: 'Attendu', cell: (r) => r.threshold },
            { key: 'message', header: 'Explication', cell: (r) => r.message },
          ]}
        />
      ))}
    </>
  );
}

export interface FundingView {
  groups: readonly { label: string; eligibleCostCents: number; estimateCents: number; capped: boolean }[];
  totalCents: number;
  ratePercent: number;
  ceilingCentsPerGroup: number;
}

/** The prestation de service per group and in total, with the year's rate and cap. */
export function FundingTable({
  funding,
  caption = 'Prestation de service estimée',
}: {
  funding: FundingView;
  caption?: string;
}) {
  const rows = [
    ...funding.groups.map((g, i) => ({
      key: `g${i}`,
      label: g.label || `Groupe ${i + 1}`,
      cost: g.eligibleCostCents,
      estimate: g.estimateCents,
      capped: g.capped,
      total: false,
    })),
    {
      key: 'total',
      label: 'Total',
      cost: funding.groups.reduce((s, g) => s + g.eligibleCostCents, 0),
      estimate: funding.totalCents,
      capped: false,
      total: true,
    },
  ];
  return (
    <>
      <DataTable
        compact
        caption={caption}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'group', header: 'Groupe', rowHeader: true, cell: (r) => r.label },
          {
            key: 'cost',
            header: 'Coût éligible',
            className: 'clas-numeric',
            cell: (r) => (r.total ? <strong>{formatEuros(r.cost)}</strong> : formatEuros(r.cost)),
          },
          {
            key: 'estimate',
            header: 'Estimation',
            className: 'clas-numeric',
            cell: (r) =>
              r.total ? (
                <strong>{formatEuros(r.estimate)}</strong>
              ) : (
                `${formatEuros(r.estimate)}${r.capped ? ' (plafonnée)' : ''}`
              ),
          },
        ]}
      />
      <p className={fr.cx('fr-hint-text', 'fr-mb-2w')}>
        {funding.ratePercent.toLocaleString('fr-FR')} % du coût éligible de chaque groupe, dans la limite de{' '}
        {formatEuros(funding.ceilingCentsPerGroup)} par groupe et par année scolaire.
      </p>
    </>
  );
}

/** A project's estimate as the server computed it, per group and in total, with its year's rate and cap. */
export function projectFunding(project: ClasProjectData): FundingView {
  return {
    groups: project.groups.map((g) => ({
      label: g.label,
      eligibleCostCents: g.eligibleCostCents,
      estimateCents: g.fundingEstimateCents,
      capped:
        g.fundingEstimateCents >= project.config.ceilingCentsPerGroup &&
        g.eligibleCostCents * project.config.ratePercent > project.config.ceilingCentsPerGroup * 100,
    })),
    totalCents: project.fundingEstimateCents,
    ratePercent: project.config.ratePercent,
    ceilingCentsPerGroup: project.config.ceilingCentsPerGroup,
  };
}
