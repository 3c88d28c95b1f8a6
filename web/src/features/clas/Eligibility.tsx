import { useId } from 'react';
import { CLAS_RULE_LABELS, RULE_OUTCOME_LABELS, type ClasRule, type RuleOutcome } from '@maillage/shared';
import { formatEuros } from './format';
import type { ClasProjectData } from './queries';

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

const OUTCOME_ICONS: Record<RuleOutcome, string> = { PASS: '✓', WARNING: '!', FAIL: '✗' };

/** "2 règles non conformes, 1 avertissement" (singular up to 1, as French counts). */
export function eligibilitySummary(e: Pick<EligibilityView, 'failures' | 'warnings'>): string {
  const failures = `${e.failures} ${e.failures > 1 ? 'règles non conformes' : 'règle non conforme'}`;
  const warnings = `${e.warnings} ${e.warnings > 1 ? 'avertissements' : 'avertissement'}`;
  return `${failures}, ${warnings}`;
}

/** The results split by scope: the project's own rules, then each group's. */
function scopes(e: EligibilityView, groupLabels: readonly string[]) {
  const project = e.results.filter((r) => r.groupIndex === null);
  const indexes = [...new Set(e.results.filter((r) => r.groupIndex !== null).map((r) => r.groupIndex as number))].sort((a, b) => a - b);
  return [
    { key: 'project', title: 'Le projet', results: project },
    ...indexes.map((i) => {
      const results = e.results.filter((r) => r.groupIndex === i);
      const label = groupLabels[i] || results[0]?.groupLabel || '';
      return { key: `group-${i}`, title: `Groupe ${i + 1}${label ? ` : ${label}` : ''}`, results };
    }),
  ];
}

export function OutcomeBadge({ outcome }: { outcome: RuleOutcome }) {
  return (
    <span className={`badge clas-outcome clas-outcome--${outcome.toLowerCase()}`}>
      <span aria-hidden="true">{OUTCOME_ICONS[outcome]} </span>
      {RULE_OUTCOME_LABELS[outcome]}
    </span>
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
    <div className="clas-rules">
      {scopes(eligibility, groupLabels).map((scope) => (
        <section key={scope.key} className="clas-rules__scope" aria-label={`Règles — ${scope.title}`}>
          <Heading className="clas-rules__title">{scope.title}</Heading>
          <ul className="clas-rules__list">
            {scope.results.map((r) => (
              <li key={`${r.rule}-${r.groupIndex ?? 'p'}`} className={`clas-rule clas-rule--${r.outcome.toLowerCase()}`}>
                <p className="clas-rule__head">
                  <span className="clas-rule__name">{CLAS_RULE_LABELS[r.rule]}</span> <OutcomeBadge outcome={r.outcome} />
                </p>
                <p className="clas-rule__message">{r.message}</p>
                <p className="clas-rule__evidence">
                  <span className="clas-rule__term">Constat :</span> {r.value}
                  <br />
                  <span className="clas-rule__term">Attendu :</span> {r.threshold}
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
export function EligibilityTables({ eligibility, groupLabels, captionPrefix = 'Règles' }: { eligibility: EligibilityView; groupLabels: readonly string[]; captionPrefix?: string }) {
  return (
    <div className="clas-rules">
      {scopes(eligibility, groupLabels).map((scope) => (
        <div className="table-wrapper" key={scope.key}>
          <table className="data-table clas-rules__table">
            <caption>
              {captionPrefix} — {scope.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">Règle</th>
                <th scope="col">Résultat</th>
                <th scope="col">Constat</th>
                <th scope="col">Attendu</th>
                <th scope="col">Explication</th>
              </tr>
            </thead>
            <tbody>
              {scope.results.map((r) => (
                <tr key={`${r.rule}-${r.groupIndex ?? 'p'}`} className={`clas-rule-row clas-rule-row--${r.outcome.toLowerCase()}`}>
                  <th scope="row">{CLAS_RULE_LABELS[r.rule]}</th>
                  <td>
                    <OutcomeBadge outcome={r.outcome} />
                  </td>
                  <td>{r.value}</td>
                  <td>{r.threshold}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

export interface FundingView {
  groups: readonly { label: string; eligibleCostCents: number; estimateCents: number; capped: boolean }[];
  totalCents: number;
  ratePercent: number;
  ceilingCentsPerGroup: number;
}

/** The prestation de service per group and in total, with the year's rate and cap. */
export function FundingTable({ funding, caption = 'Prestation de service estimée' }: { funding: FundingView; caption?: string }) {
  const noteId = useId();
  return (
    <>
      <div className="table-wrapper">
        <table className="data-table clas-funding" aria-describedby={noteId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Groupe</th>
              <th scope="col" className="numeric">
                Coût éligible
              </th>
              <th scope="col" className="numeric">
                Estimation
              </th>
            </tr>
          </thead>
          <tbody>
            {funding.groups.map((g, i) => (
              <tr key={i}>
                <th scope="row">{g.label || `Groupe ${i + 1}`}</th>
                <td className="numeric">{formatEuros(g.eligibleCostCents)}</td>
                <td className="numeric">
                  {formatEuros(g.estimateCents)}
                  {g.capped ? <span className="clas-funding__capped"> (plafonnée)</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="numeric">{formatEuros(funding.groups.reduce((s, g) => s + g.eligibleCostCents, 0))}</td>
              <td className="numeric clas-funding__total">{formatEuros(funding.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p id={noteId} className="field__hint">
        {funding.ratePercent.toLocaleString('fr-FR')} % du coût éligible de chaque groupe, dans la limite de {formatEuros(funding.ceilingCentsPerGroup)} par groupe et par
        année scolaire.
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
      capped: g.fundingEstimateCents >= project.config.ceilingCentsPerGroup && g.eligibleCostCents * project.config.ratePercent > project.config.ceilingCentsPerGroup * 100,
    })),
    totalCents: project.fundingEstimateCents,
    ratePercent: project.config.ratePercent,
    ceilingCentsPerGroup: project.config.ceilingCentsPerGroup,
  };
}
