import { fr } from '@codegouvfr/react-dsfr';
import type { Ref } from 'react';
import { CLAS_RULE_LABELS, type Eligibility } from '@maillage/shared';
import { Button } from '../../../ui/Button';
import { EligibilitySummary } from '../Eligibility';
import { formatEuros } from '../format';
import type { ProjectValues } from '../projectForm';

interface ReviewStepProps {
  values: ProjectValues;
  live: Eligibility | null;
  fundingCents: number | null;
  /** The holder asked to deposit while rules fail: the list of failures and the two ways out. */
  confirming: boolean;
  confirmRef: Ref<HTMLHeadingElement>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Step 4: what the CAF will read at the deposit (rule results, estimate); depositing with failing rules asks first. */
export function ReviewStep({
  values,
  live,
  fundingCents,
  confirming,
  confirmRef,
  busy,
  onConfirm,
  onCancel,
}: ReviewStepProps) {
  const groupLabels = values.groups.map((g) => g.label.trim());
  const failures = live?.results.filter((r) => r.outcome === 'FAIL') ?? [];
  const where = (groupIndex: number | null) =>
    groupIndex !== null
      ? ` (groupe ${groupIndex + 1}${groupLabels[groupIndex] ? ` : ${groupLabels[groupIndex]}` : ''})`
      : '';
  return (
    <>
      <p>
        Une fois déposé, le projet n'est plus modifiable, sauf si la CAF vous demande des compléments. La CAF évalue à
        nouveau les règles au dépôt et décide au vu des écarts.
      </p>
      <dl className="clas-review">
        <dt>Intitulé</dt>
        <dd>{values.title.trim() || 'Non renseigné'}</dd>
        <dt>Année scolaire</dt>
        <dd>{values.schoolYear}</dd>
        <dt>Groupes</dt>
        <dd>
          {values.groups.length ? values.groups.map((g, i) => g.label.trim() || `Groupe ${i + 1}`).join(', ') : 'Aucun'}
        </dd>
        <dt>Financement estimé</dt>
        <dd>{fundingCents === null ? '—' : formatEuros(fundingCents)}</dd>
      </dl>
      {live ? <EligibilitySummary eligibility={live} prefix="Règles : " /> : null}
      {confirming && live ? (
        <section className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-3w')} aria-labelledby="clas-confirmer-depot">
          <h3 id="clas-confirmer-depot" ref={confirmRef} tabIndex={-1} className={fr.cx('fr-alert__title')}>
            Déposer un projet qui ne respecte pas toutes les règles ?
          </h3>
          <p>
            {failures.length > 1 ? `${failures.length} règles ne sont pas respectées` : 'Une règle n’est pas respectée'}
            . Vous pouvez déposer le projet quand même : la CAF décidera au vu de ces écarts.
          </p>
          <ul>
            {failures.map((r) => (
              <li key={`${r.rule}-${r.groupIndex ?? 'p'}`}>
                <strong>
                  {CLAS_RULE_LABELS[r.rule]}
                  {where(r.groupIndex)}
                </strong>{' '}
                : {r.message}
              </li>
            ))}
          </ul>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
            <li>
              <Button busy={busy} onClick={onConfirm}>
                Déposer malgré tout
              </Button>
            </li>
            <li>
              <Button variant="secondary" onClick={onCancel}>
                Revenir au projet
              </Button>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}
