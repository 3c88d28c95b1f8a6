import { useState } from 'react';
import {
  parcoursSchemas,
  PLAN_ACTION_STATUS_LABELS,
  PLAN_ACTION_STATUSES,
  PLAN_THEME_LABELS,
  PLAN_THEMES,
  type PlanActionStatus,
  type PlanTheme,
} from '@maillage/shared';
import { validate } from '../../app/validation';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { ParcoursForm, fieldErrors } from './ParcoursForm';
import type { GoalData } from './queries';
import { useAddPlanAction, useAddPlanGoal } from './mutations';
import type { PlanSectionProps } from './PlanSection';

/* The plan's two forms: a goal under a theme, an action under a goal (who, when, status). */

const BY_PERSON = 'personne';

const ACTION_FIELDS = ['title', 'memberId', 'byPerson', 'dueDate', 'status'];

export function AddActionForm({ goal, person, onReload, reloading }: PlanSectionProps & { goal: GoalData }) {
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

export function AddGoalForm({ person, onReload, reloading }: PlanSectionProps) {
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
    const found = validate(
      parcoursSchemas.goalInput,
      { personId: person.id, theme, title },
      { known: ['theme', 'title'] },
    );
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
