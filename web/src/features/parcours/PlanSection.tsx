import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useId, useState } from 'react';
import {
  PLAN_ACTION_STATUS_LABELS,
  PLAN_ACTION_STATUSES,
  PLAN_THEME_LABELS,
  PLAN_THEMES,
  type PlanActionStatus,
} from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { formatDate } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { isPast } from './format';
import type { SectionProps } from './ParcoursForm';
import { SectionTitle, StepNotice, refusalOf } from './parts';
import { type GoalData, type PersonDetail, type PlanActionData } from './queries';
import { useUpdatePlanAction } from './mutations';
import { AddActionForm, AddGoalForm } from './PlanForms';
import { Competences } from './Competences';

export interface PlanSectionProps extends SectionProps {
  person: PersonDetail;
}

const ACTION_SEVERITY: Record<PlanActionStatus, 'success' | 'info' | 'warning' | undefined> = {
  EN_PROJET: 'info',
  EN_COURS: 'info',
  EN_ATTENTE: 'warning',
  REALISEE: 'success',
  ABANDONNEE_PAR_LA_PERSONNE: undefined,
  ANNULEE_PAR_LA_STRUCTURE: undefined,
};

/** « Plan d'action partagé »: goals by theme, their actions (who, when, status); then the PA's potentials and competences. */
export function PlanSection({ person, onReload, reloading }: PlanSectionProps) {
  const themes = PLAN_THEMES.filter((t) => person.goals.some((g) => g.theme === t));
  // Goals, actions and statuses only around an active reference: the server says so, and what comes first.
  const editable = refusalOf(person, 'EDIT_PLAN') === null;
  return (
    <section aria-labelledby="parcours-plan" className="parcours-section">
      <SectionTitle id="parcours-plan">Plan d'action partagé</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Les objectifs de la personne par thème, et pour chacun les actions : qui fait quoi, pour quand, où elles en
        sont.
      </p>
      <StepNotice person={person} action="EDIT_PLAN" title="Le plan d'action attend une référence active" />
      {themes.length === 0 ? <p>Aucun objectif pour l'instant.</p> : null}
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`plan-theme-${theme}`} className="parcours-subsection">
          <h3 id={`plan-theme-${theme}`} className={fr.cx('fr-h5')}>
            {PLAN_THEME_LABELS[theme]}
          </h3>
          {person.goals
            .filter((g) => g.theme === theme)
            .map((goal) => (
              <Goal
                key={goal.id}
                goal={goal}
                person={person}
                editable={editable}
                onReload={onReload}
                reloading={reloading}
              />
            ))}
        </section>
      ))}
      {editable ? <AddGoalForm person={person} onReload={onReload} reloading={reloading} /> : null}
      <Competences person={person} onReload={onReload} reloading={reloading} />
    </section>
  );
}

const whoOf = (a: PlanActionData) => (a.byPerson ? 'La personne' : (a.member?.displayName ?? '—'));

function Goal({
  goal,
  person,
  editable,
  onReload,
  reloading,
}: PlanSectionProps & { goal: GoalData; editable: boolean }) {
  const titleId = useId();
  const formId = useId();
  const [adding, setAdding] = useState(false);
  return (
    <article className="parcours-goal" aria-labelledby={titleId}>
      <h4 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        Objectif : {goal.title}
      </h4>
      <DataTable<PlanActionData>
        // The goal's heading above says it: the caption is for screen readers (the table's name).
        caption={<span className={fr.cx('fr-sr-only')}>Actions de l'objectif « {goal.title} »</span>}
        rows={goal.actions}
        rowKey={(a) => a.id}
        emptyMessage="Aucune action pour cet objectif."
        columns={[
          { key: 'title', header: 'Action', rowHeader: true, cell: (a) => a.title },
          { key: 'who', header: 'Qui', cell: whoOf },
          {
            key: 'due',
            header: 'Échéance',
            cell: (a) =>
              a.dueDate ? (
                <>
                  {formatDate(a.dueDate)}
                  {isPast(a.dueDate) &&
                  (a.status === 'EN_PROJET' || a.status === 'EN_COURS' || a.status === 'EN_ATTENTE') ? (
                    <>
                      {' '}
                      <Badge severity="warning" small noIcon>
                        dépassée
                      </Badge>
                    </>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
          {
            key: 'status',
            header: 'Statut',
            cell: (a) =>
              editable ? (
                <ActionStatus key={a.version} action={a} onReload={onReload} reloading={reloading} />
              ) : (
                <Badge severity={ACTION_SEVERITY[a.status]} small noIcon>
                  {PLAN_ACTION_STATUS_LABELS[a.status]}
                </Badge>
              ),
          },
        ]}
      />
      {editable ? (
        <>
          <Button
            variant="tertiary"
            size="small"
            aria-expanded={adding}
            aria-controls={formId}
            onClick={() => setAdding((open) => !open)}
          >
            Ajouter une action à l'objectif « {goal.title} »
          </Button>
          <div id={formId} hidden={!adding}>
            {adding ? <AddActionForm goal={goal} person={person} onReload={onReload} reloading={reloading} /> : null}
          </div>
        </>
      ) : null}
    </article>
  );
}

/** The status of an action, changed in place (select, then « Modifier »). */
function ActionStatus({ action, onReload, reloading }: SectionProps & { action: PlanActionData }) {
  const update = useUpdatePlanAction();
  const [status, setStatus] = useState<PlanActionStatus>(action.status);
  const id = useId();
  const changed = status !== action.status;
  return (
    <form
      className="parcours-inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) update.mutate({ id: action.id, version: action.version, status });
      }}
    >
      <label htmlFor={id} className={fr.cx('fr-sr-only')}>
        Statut de l'action « {action.title} »
      </label>
      <select
        id={id}
        className={fr.cx('fr-select')}
        value={status}
        onChange={(event) => setStatus(event.target.value as PlanActionStatus)}
      >
        {PLAN_ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {PLAN_ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="small" busy={update.isPending} disabled={!changed}>
        Modifier<VisuallyHidden> le statut de « {action.title} »</VisuallyHidden>
      </Button>
      {update.error ? (
        <div className={fr.cx('fr-error-text', 'fr-mt-1w')} role="alert">
          {splitErrors(update.error, []).general}
          {splitErrors(update.error, []).conflict ? (
            <>
              {' '}
              <Button variant="link" size="small" onClick={() => void onReload()} busy={reloading}>
                Recharger la fiche
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
