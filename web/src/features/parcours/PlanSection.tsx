import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useId, useState } from 'react';
import {
  COMPETENCE_KIND_LABELS,
  COMPETENCE_KINDS,
  parcoursSchemas,
  PLAN_ACTION_STATUS_LABELS,
  PLAN_ACTION_STATUSES,
  PLAN_THEME_LABELS,
  PLAN_THEMES,
  type CompetenceKind,
  type PlanActionStatus,
  type PlanTheme,
} from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { isPast } from './format';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import { SectionTitle, StepNotice, refusalOf } from './parts';
import { type GoalData, type PersonDetail, type PlanActionData } from './queries';
import { useAddCompetence, useAddPlanAction, useAddPlanGoal, useRemoveCompetence, useUpdatePlanAction } from './mutations';

interface Props extends SectionProps {
  person: PersonDetail;
}

const BY_PERSON = 'personne';

const ACTION_SEVERITY: Record<PlanActionStatus, 'success' | 'info' | 'warning' | undefined> = {
  EN_PROJET: 'info',
  EN_COURS: 'info',
  EN_ATTENTE: 'warning',
  REALISEE: 'success',
  ABANDONNEE_PAR_LA_PERSONNE: undefined,
  ANNULEE_PAR_LA_STRUCTURE: undefined,
};

/** « Plan d'action partagé »: goals by theme, their actions (who, when, status); then the PA's potentials and competences. */
export function PlanSection({ person, onReload, reloading }: Props) {
  const themes = PLAN_THEMES.filter((t) => person.goals.some((g) => g.theme === t));
  // Goals, actions and statuses only around an active reference: the server says so, and what comes first.
  const editable = refusalOf(person, 'EDIT_PLAN') === null;
  return (
    <section aria-labelledby="parcours-plan" className="parcours-section">
      <SectionTitle id="parcours-plan">Plan d'action partagé</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Les objectifs de la personne par thème, et pour chacun les actions : qui fait quoi, pour quand, où elles en sont.
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
              <Goal key={goal.id} goal={goal} person={person} editable={editable} onReload={onReload} reloading={reloading} />
            ))}
        </section>
      ))}
      {editable ? <AddGoalForm person={person} onReload={onReload} reloading={reloading} /> : null}
      <Competences person={person} onReload={onReload} reloading={reloading} />
    </section>
  );
}

const whoOf = (a: PlanActionData) => (a.byPerson ? 'La personne' : (a.member?.displayName ?? '—'));

function Goal({ goal, person, editable, onReload, reloading }: Props & { goal: GoalData; editable: boolean }) {
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
                  {isPast(a.dueDate) && (a.status === 'EN_PROJET' || a.status === 'EN_COURS' || a.status === 'EN_ATTENTE') ? (
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
          <Button variant="tertiary" size="small" aria-expanded={adding} aria-controls={formId} onClick={() => setAdding((open) => !open)}>
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
      <select id={id} className={fr.cx('fr-select')} value={status} onChange={(event) => setStatus(event.target.value as PlanActionStatus)}>
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

const ACTION_FIELDS = ['title', 'memberId', 'byPerson', 'dueDate', 'status'];

function AddActionForm({ goal, person, onReload, reloading }: Props & { goal: GoalData }) {
  const add = useAddPlanAction();
  const [title, setTitle] = useState('');
  const [who, setWho] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<PlanActionStatus>('EN_PROJET');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = { ...fieldErrors(add.error, ACTION_FIELDS), ...clientErrors };
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const input = {
      goalId: goal.id,
      title: title.trim(),
      memberId: who && who !== BY_PERSON ? who : null,
      byPerson: who === BY_PERSON,
      dueDate: dueDate || null,
      status,
    };
    const found = validate(parcoursSchemas.planActionInput, input, { known: ACTION_FIELDS });
    if (!who) found.memberId = "Choisissez qui réalise l'action.";
    setClientErrors(found);
    if (Object.keys(found).length) return;
    add.mutate(input, {
      onSuccess: () => {
        setTitle('');
        setWho('');
        setDueDate('');
        setStatus('EN_PROJET');
        setDone(`Action « ${input.title} » ajoutée.`);
      },
    });
  }

  return (
    <ParcoursForm
      label={`Ajouter une action à l'objectif « ${goal.title} »`}
      submitLabel="Ajouter l'action"
      pending={add.isPending}
      error={add.error}
      fields={ACTION_FIELDS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
    >
      <div className="parcours-grid">
        <TextField
          label="Action"
          name="title"
          required
          value={title}
          onValueChange={(v) => {
            setTitle(v);
            touch();
          }}
          error={errors.title}
          autoComplete="off"
        />
        <SelectField
          label="Qui"
          name="memberId"
          required
          value={who}
          onValueChange={(v) => {
            setWho(v);
            touch();
          }}
          error={errors.memberId ?? errors.byPerson}
        >
          <option value="">Choisissez</option>
          <option value={BY_PERSON}>La personne</option>
          {person.members
            .filter((m) => m.active)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName} — {m.organisation.name}
              </option>
            ))}
        </SelectField>
        <DateField
          label="Échéance (facultative)"
          name="dueDate"
          value={dueDate}
          onValueChange={(v) => {
            setDueDate(v);
            touch();
          }}
          error={errors.dueDate}
        />
        <SelectField
          label="Statut"
          name="status"
          value={status}
          onValueChange={(v) => {
            setStatus(v as PlanActionStatus);
            touch();
          }}
          error={errors.status}
        >
          {PLAN_ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PLAN_ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
    </ParcoursForm>
  );
}

function AddGoalForm({ person, onReload, reloading }: Props) {
  const add = useAddPlanGoal();
  const [theme, setTheme] = useState<PlanTheme | ''>('');
  const [title, setTitle] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = { ...fieldErrors(add.error, ['theme', 'title']), ...clientErrors };
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const found = validate(parcoursSchemas.goalInput, { personId: person.id, theme, title }, { known: ['theme', 'title'] });
    if (!theme) found.theme = 'Choisissez le thème.';
    setClientErrors(found);
    if (Object.keys(found).length || !theme) return;
    const label = title.trim();
    add.mutate(
      { personId: person.id, theme, title: label },
      {
        onSuccess: () => {
          setTheme('');
          setTitle('');
          setDone(`Objectif « ${label} » ajouté au thème ${PLAN_THEME_LABELS[theme]}.`);
        },
      },
    );
  }

  return (
    <ParcoursForm
      title="Ajouter un objectif"
      submitLabel="Ajouter l'objectif"
      pending={add.isPending}
      error={add.error}
      fields={['theme', 'title']}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
      className="parcours-subform"
    >
      <div className="parcours-grid">
        <SelectField
          label="Thème"
          name="theme"
          required
          value={theme}
          onValueChange={(v) => {
            setTheme(v as PlanTheme);
            touch();
          }}
          error={errors.theme}
        >
          <option value="">Choisissez le thème</option>
          {PLAN_THEMES.map((t) => (
            <option key={t} value={t}>
              {PLAN_THEME_LABELS[t]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Objectif"
          name="title"
          required
          value={title}
          onValueChange={(v) => {
            setTitle(v);
            touch();
          }}
          error={errors.title}
          autoComplete="off"
        />
      </div>
    </ParcoursForm>
  );
}

function Competences({ person, onReload, reloading }: Props) {
  const add = useAddCompetence();
  const remove = useRemoveCompetence();
  const [kind, setKind] = useState<CompetenceKind>('COMPETENCE');
  const [label, setLabel] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = { ...fieldErrors(add.error, ['kind', 'label']), ...clientErrors };

  function submit() {
    const found = validate(parcoursSchemas.competenceInput, { personId: person.id, kind, label }, { known: ['kind', 'label'] });
    setClientErrors(found);
    if (Object.keys(found).length) return;
    const text = label.trim();
    add.mutate(
      { personId: person.id, kind, label: text },
      {
        onSuccess: () => {
          setLabel('');
          setDone(`${COMPETENCE_KIND_LABELS[kind]} « ${text} » ajouté.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="parcours-competences" className="parcours-subsection">
      <h3 id="parcours-competences" className={fr.cx('fr-h5')}>
        Potentiels et compétences
      </h3>
      <div className="parcours-columns">
        {COMPETENCE_KINDS.map((k) => {
          const items = person.competences.filter((c) => c.kind === k);
          return (
            <div key={k}>
              <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>{k === 'POTENTIEL' ? 'Potentiels' : 'Compétences'}</h4>
              {items.length ? (
                <ul className="parcours-chips">
                  {items.map((c) => (
                    <li key={c.id}>
                      {c.label}{' '}
                      <Button
                        variant="link"
                        busy={remove.isPending && remove.variables === c.id}
                        onClick={() => remove.mutate(c.id, { onSuccess: () => setDone(`« ${c.label} » retiré.`) })}
                      >
                        Retirer<VisuallyHidden> « {c.label} »</VisuallyHidden>
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>Aucun pour l'instant.</p>
              )}
            </div>
          );
        })}
      </div>
      {remove.error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
      <ParcoursForm
        label="Ajouter un potentiel ou une compétence"
        submitLabel="Ajouter"
        variant="secondary"
        pending={add.isPending}
        error={add.error}
        fields={['kind', 'label']}
        clientErrors={clientErrors}
        onSubmit={submit}
        onReload={onReload}
        reloading={reloading}
        done={done}
      >
        <div className="parcours-grid">
          <SelectField
            label="Nature"
            value={kind}
            onValueChange={(v) => {
              setKind(v as CompetenceKind);
              setDone('');
            }}
          >
            {COMPETENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {COMPETENCE_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Intitulé"
            name="label"
            required
            value={label}
            onValueChange={(v) => {
              setLabel(v);
              setClientErrors({});
              setDone('');
            }}
            error={errors.label}
            autoComplete="off"
          />
        </div>
      </ParcoursForm>
    </section>
  );
}
