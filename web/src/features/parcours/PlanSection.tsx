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
import { errorMessage } from '../../app/graphql';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { isPast } from './format';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import {
  useAddCompetence,
  useAddPlanAction,
  useAddPlanGoal,
  useRemoveCompetence,
  useUpdatePlanAction,
  type GoalData,
  type PersonDetail,
  type PlanActionData,
} from './queries';

interface Props extends SectionProps {
  person: PersonDetail;
}

const BY_PERSON = 'personne';

/** « Plan d'action partagé »: goals by theme, their actions (who, when, status); then the PA's potentials and competences. */
export function PlanSection({ person, onReload, reloading }: Props) {
  const themes = PLAN_THEMES.filter((t) => person.goals.some((g) => g.theme === t));
  const active = person.reference?.status === 'ACCEPTEE';
  return (
    <section aria-labelledby="parcours-plan" id="plan" className="card parcours-section">
      <h2 id="parcours-plan">Plan d'action partagé</h2>
      <p className="muted">
        Les objectifs de la personne par thème, et pour chacun les actions : qui fait quoi, pour quand, où elles en sont.
        {active ? '' : " Le plan accompagne une référence active : il n'y en a pas aujourd'hui."}
      </p>
      {themes.length === 0 ? <p>Aucun objectif pour l'instant.</p> : null}
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`plan-theme-${theme}`} className="parcours-subsection">
          <h3 id={`plan-theme-${theme}`}>{PLAN_THEME_LABELS[theme]}</h3>
          {person.goals
            .filter((g) => g.theme === theme)
            .map((goal) => (
              <Goal key={goal.id} goal={goal} person={person} onReload={onReload} reloading={reloading} />
            ))}
        </section>
      ))}
      <AddGoalForm person={person} onReload={onReload} reloading={reloading} />
      <Competences person={person} onReload={onReload} reloading={reloading} />
    </section>
  );
}

const whoOf = (a: PlanActionData) => (a.byPerson ? 'La personne' : (a.member?.displayName ?? '—'));

function Goal({ goal, person, onReload, reloading }: Props & { goal: GoalData }) {
  const titleId = useId();
  return (
    <article className="parcours-goal" aria-labelledby={titleId}>
      <h4 id={titleId}>Objectif : {goal.title}</h4>
      <DataTable<PlanActionData>
        caption={`Actions de l'objectif « ${goal.title} »`}
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
                    <span className="badge badge--warning parcours-late">dépassée</span>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
          { key: 'status', header: 'Statut', cell: (a) => <ActionStatus key={a.version} action={a} onReload={onReload} reloading={reloading} /> },
        ]}
      />
      <details className="parcours-details">
        <summary>Ajouter une action à l'objectif « {goal.title} »</summary>
        <AddActionForm goal={goal} person={person} onReload={onReload} reloading={reloading} />
      </details>
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
      <label htmlFor={id} className="visually-hidden">
        Statut de l'action « {action.title} »
      </label>
      <select id={id} value={status} onChange={(event) => setStatus(event.target.value as PlanActionStatus)}>
        {PLAN_ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {PLAN_ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" busy={update.isPending} disabled={!changed}>
        Modifier<VisuallyHidden> le statut de « {action.title} »</VisuallyHidden>
      </Button>
      {update.error ? (
        <div className="field__error" role="alert">
          {errorMessage(update.error)}{' '}
          <Button variant="link" onClick={() => void onReload()} busy={reloading}>
            Recharger la fiche
          </Button>
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
        <TextField
          label="Échéance (facultative)"
          type="date"
          value={dueDate}
          onValueChange={(v) => {
            setDueDate(v);
            touch();
          }}
          error={errors.dueDate}
        />
        <SelectField
          label="Statut"
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
      <h3 id="parcours-competences">Potentiels et compétences</h3>
      <div className="parcours-columns">
        {COMPETENCE_KINDS.map((k) => {
          const items = person.competences.filter((c) => c.kind === k);
          return (
            <div key={k}>
              <h4>{k === 'POTENTIEL' ? 'Potentiels' : 'Compétences'}</h4>
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
                <p className="muted">Aucun pour l'instant.</p>
              )}
            </div>
          );
        })}
      </div>
      {remove.error ? (
        <p className="field__error" role="alert">
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
