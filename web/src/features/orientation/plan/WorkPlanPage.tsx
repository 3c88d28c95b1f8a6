import { fr } from '@codegouvfr/react-dsfr';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import {
  DUTY_ROLE_LABELS,
  DUTY_ROLES,
  monthLabel,
  monthsBetween,
  monthSpanLabel,
  WORK_PLAN_STATUS_LABELS,
  WORK_PLAN_STATUSES,
  type DutyRole,
  type WorkPlanStatus,
} from '@maillage/shared';
import { fetchWithToken } from '../../../app/download';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Button } from '../../../ui/Button';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate, parisToday } from '../../../ui/format';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCioMeetings } from '../../instances/queries';
import { useChosenCio, useOrientationCios, type OrientationCio } from '../cios';
import {
  AddWorkPlanCommentDocument,
  CreateWorkPlanActionDocument,
  CreateWorkPlanDocument,
  DeleteWorkPlanActionDocument,
  DeleteWorkPlanDocument,
  SetWorkPlanActionStatusDocument,
  UpdateWorkPlanActionDocument,
  WorkPlansDocument,
  type WorkPlan,
  type WorkPlanAction,
} from './queries';
import './timeline.css';

const thisMonth = () => parisToday().slice(0, 7);
const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const shortMonth = (m: string) => `${SHORT_MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(2, 4)}`;
const FORMAT_NAMES = { xlsx: 'XLSX', pdf: 'PDF' } as const;

/** A CIO's work plans: the timeline of the chosen plan, its actions' forms, its exports (issue 18). */
export function WorkPlanPage() {
  usePageTitle('Plan de travail');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page">
      <h1>Plan de travail</h1>
      {picker}
      {cio ? <CioPlans cio={cio} /> : <p>Vous n’êtes rattaché à aucun CIO.</p>}
    </div>
  );
}

function CioPlans({ cio }: { cio: OrientationCio }) {
  const { planId } = useParams();
  const plans = useQuery({
    queryKey: ['workPlans', cio.id],
    queryFn: () => gqlRequest(WorkPlansDocument, { cioId: cio.id }),
  });
  const [chosen, setChosen] = useState<string | null>(planId ?? null);
  const [message, setMessage] = useState<string | null>(null);
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const list = plans.data.workPlans;
  const plan = list.find((p) => p.id === chosen) ?? list.find((p) => p.state === 'CURRENT') ?? list[0] ?? null;
  return (
    <>
      <StatusMessage message={message} />
      {list.length > 1 ? (
        <SelectField label="Plan affiché" value={plan?.id ?? ''} onValueChange={setChosen}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title} ({monthSpanLabel(p.startMonth, p.endMonth)}
              {p.state === 'FINISHED' ? ', terminé' : p.state === 'CURRENT' ? ', en cours' : ''})
            </option>
          ))}
        </SelectField>
      ) : null}
      {plan ? (
        <PlanView key={plan.id} cio={cio} plan={plan} onDone={setMessage} reload={() => plans.refetch()} />
      ) : (
        <p>Aucun plan de travail pour ce CIO.</p>
      )}
      {cio.canDirect ? <NewPlanForm cio={cio} onCreated={(id) => setChosen(id)} onDone={setMessage} /> : null}
    </>
  );
}

function PlanView({
  cio,
  plan,
  onDone,
  reload,
}: {
  cio: OrientationCio;
  plan: WorkPlan;
  onDone: (m: string) => void;
  reload: () => Promise<unknown>;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const action = plan.actions.find((a) => a.id === selected) ?? null;
  const c = plan.completion;
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">
        {plan.title} <span className={fr.cx('fr-text--md')}>— {monthSpanLabel(plan.startMonth, plan.endMonth)}</span>
      </h2>
      <p>
        {c.total} actions : {c.fait} faites, {c.enCours} en cours, {c.aFaire} à faire, {c.reporte} reportées,{' '}
        {c.abandonne} abandonnées.{' '}
        {c.late > 0 ? (
          <strong className="work-plan-late">
            {c.late} {c.late === 1 ? 'action en retard' : 'actions en retard'}.
          </strong>
        ) : (
          'Aucune action en retard.'
        )}
      </p>
      <DownloadButtons
        formats={['xlsx', 'pdf'] as const}
        groupLabel="Exporter le plan de travail"
        buttonText={(format) => `Exporter en ${FORMAT_NAMES[format]}`}
        formatName={(format) => FORMAT_NAMES[format]}
        fallbackFileName={(format) => `plan-de-travail.${format}`}
        fetchFile={(format) => fetchWithToken(`/api/orientation/work-plans/${plan.id}/plan.${format}`)}
      />
      <Timeline plan={plan} onSelect={setSelected} />
      {action ? (
        <ActionPanel
          key={`${action.id}-${action.version}`}
          cio={cio}
          plan={plan}
          action={action}
          onDone={onDone}
          reload={reload}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {plan.canEdit ? <ActionForm cio={cio} plan={plan} onDone={onDone} reload={reload} /> : null}
      {plan.canEdit ? <DeletePlan plan={plan} onDone={onDone} reload={reload} /> : null}
    </section>
  );
}

function deletePlanQuestion(title: string, actions: number): string {
  if (actions === 0) return `Supprimer « ${title} » ? Il ne pourra pas être retrouvé.`;
  const what = actions === 1 ? 'son action et ses commentaires' : `ses ${actions} actions et leurs commentaires`;
  return `Supprimer « ${title} » avec ${what} ? Ils ne pourront pas être retrouvés.`;
}

/** The whole plan, with its actions and their comments (a plan made by mistake, a duplicate). */
function DeletePlan({
  plan,
  onDone,
  reload,
}: {
  plan: WorkPlan;
  onDone: (m: string) => void;
  reload: () => Promise<unknown>;
}) {
  const mutation = useMutation({
    mutationFn: () => gqlRequest(DeleteWorkPlanDocument, { input: { id: plan.id, version: plan.version } }),
    onSuccess: async () => {
      await reload();
      onDone(`Plan « ${plan.title} » supprimé.`);
    },
  });
  const n = plan.completion.total;
  const errors = splitErrors(mutation.error, []);
  return (
    <div className={fr.cx('fr-mt-3w')}>
      <ConfirmButton
        label="Supprimer le plan"
        question={deletePlanQuestion(plan.title, n)}
        confirmLabel="Confirmer la suppression du plan"
        busy={mutation.isPending}
        onConfirm={() => mutation.mutate()}
      />
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="Le plan a été modifié entre-temps : rechargez-le puis recommencez."
        reloadLabel="Recharger le plan"
        onReload={() => void reload()}
        reloading={false}
        general={errors.conflict ? null : errors.general}
      />
    </div>
  );
}

/** Months across, actions down: a real table; today's month and late actions said in words, not colour only. */
function Timeline({ plan, onSelect }: { plan: WorkPlan; onSelect: (id: string) => void }) {
  const months = monthsBetween(plan.startMonth, plan.endMonth);
  const today = thisMonth();
  const captionId = useId();
  return (
    <div className="work-plan-timeline" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          Calendrier des actions ({monthSpanLabel(plan.startMonth, plan.endMonth)})
          {months.includes(today) ? ` ; mois en cours : ${monthLabel(today)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Statut</th>
            {months.map((m) => (
              <th key={m} scope="col" className={m === today ? 'is-today' : undefined}>
                <abbr title={monthLabel(m)}>{shortMonth(m)}</abbr>
                {m === today ? (
                  <>
                    <br />
                    <span>aujourd’hui</span>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.actions.map((a) => {
            const closed = a.status === 'FAIT' || a.status === 'ABANDONNE';
            return (
              <tr key={a.id}>
                <th scope="row">
                  <Button variant="link" size="small" onClick={() => onSelect(a.id)}>
                    {a.title}
                  </Button>
                  {a.late ? (
                    <>
                      {' '}
                      <span className="work-plan-late">⚠ En retard</span>
                    </>
                  ) : null}
                </th>
                <td>{WORK_PLAN_STATUS_LABELS[a.status as WorkPlanStatus]}</td>
                {months.map((m) => {
                  const planned = m >= a.startMonth && m <= a.endMonth;
                  const cls = [
                    m === today ? 'is-today' : '',
                    planned ? 'is-planned' : '',
                    planned && a.late ? 'is-late' : '',
                    planned && closed ? 'is-closed' : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td key={m} className={cls || undefined}>
                      {planned ? (
                        <>
                          <span aria-hidden="true">{a.late ? '!' : closed ? '✓' : '●'}</span>
                          <span className={fr.cx('fr-sr-only')}>prévu</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function attribution(a: WorkPlanAction) {
  return [...a.roles.map((r) => DUTY_ROLE_LABELS[r as DutyRole]), ...a.people.map((p) => p.displayName)].join(', ');
}

function ActionPanel({
  cio,
  plan,
  action,
  onDone,
  reload,
  onClose,
}: {
  cio: OrientationCio;
  plan: WorkPlan;
  action: WorkPlanAction;
  onDone: (m: string) => void;
  reload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [status, setStatus] = useState(action.status as string);
  const [comment, setComment] = useState('');
  const [editing, setEditing] = useState(false);
  const setStatusMutation = useMutation({
    mutationFn: () =>
      gqlRequest(SetWorkPlanActionStatusDocument, {
        input: { id: action.id, version: action.version, status: status as WorkPlanStatus },
      }),
    onSuccess: async () => {
      await reload();
      onDone(`Statut de « ${action.title} » : ${WORK_PLAN_STATUS_LABELS[status as WorkPlanStatus]}.`);
    },
  });
  const commentMutation = useMutation({
    mutationFn: () => gqlRequest(AddWorkPlanCommentDocument, { input: { workPlanActionId: action.id, body: comment } }),
    onSuccess: async () => {
      setComment('');
      await reload();
      onDone('Commentaire ajouté.');
    },
  });
  const deleteMutation = useMutation({
    mutationFn: () => gqlRequest(DeleteWorkPlanActionDocument, { input: { id: action.id, version: action.version } }),
    onSuccess: async () => {
      onClose();
      await reload();
      onDone('Action supprimée.');
    },
  });
  const statusErrors = splitErrors(setStatusMutation.error, ['status']);
  const commentErrors = splitErrors(commentMutation.error, ['body']);
  const deleteErrors = splitErrors(deleteMutation.error, []);
  return (
    <section
      className={fr.cx('fr-p-2w', 'fr-mb-3w')}
      style={{ border: '1px solid #ddd' }}
      aria-labelledby="action-title"
    >
      <h3 id="action-title" ref={headingRef} tabIndex={-1}>
        {action.title}
      </h3>
      <ul>
        <li>Attribution : {attribution(action) || '—'}</li>
        <li>Calendrier : {monthSpanLabel(action.startMonth, action.endMonth)}</li>
        <li>
          Statut : {WORK_PLAN_STATUS_LABELS[action.status as WorkPlanStatus]}
          {action.late ? <strong className="work-plan-late"> — en retard</strong> : null}
        </li>
        {action.evidenceUrl ? (
          <li>
            Document :{' '}
            <a href={action.evidenceUrl} target="_blank" rel="noreferrer">
              {action.evidenceUrl} (nouvelle fenêtre)
            </a>
          </li>
        ) : null}
        {action.minutesMeetingId ? (
          <li>
            <a href={`/instances/${action.minutesMeetingId}`}>Compte rendu de la réunion</a>
          </li>
        ) : null}
      </ul>
      {action.canChangeStatus ? (
        <form
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            setStatusMutation.mutate();
          }}
        >
          <SaveErrorBanner
            conflict={statusErrors.conflict}
            conflictMessage="L’action a été modifiée entre-temps : rechargez le plan puis recommencez."
            reloadLabel="Recharger le plan"
            onReload={() => void reload()}
            reloading={false}
            general={statusErrors.conflict ? null : statusErrors.general}
          />
          <SelectField label="Statut de l’action" value={status} onValueChange={setStatus}>
            {WORK_PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {WORK_PLAN_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <Button type="submit" busy={setStatusMutation.isPending}>
            Changer le statut
          </Button>
        </form>
      ) : null}
      <h4 className={fr.cx('fr-mt-3w')}>Commentaires</h4>
      {action.comments.length === 0 ? <p>Aucun commentaire.</p> : null}
      <ul>
        {action.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.authorName}</strong>, le {new Date(c.createdAt as string).toLocaleDateString('fr-FR')} : {c.body}
          </li>
        ))}
      </ul>
      {action.canComment ? (
        <form
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            commentMutation.mutate();
          }}
        >
          <TextField
            label="Ajouter un commentaire"
            hint="Jamais le nom d’un élève."
            value={comment}
            onValueChange={setComment}
            error={commentErrors.fields.body}
          />
          <Button type="submit" variant="secondary" busy={commentMutation.isPending}>
            Commenter
          </Button>
        </form>
      ) : null}
      {plan.canEdit ? (
        <div className={fr.cx('fr-mt-3w')}>
          {editing ? (
            <ActionForm
              cio={cio}
              plan={plan}
              action={action}
              onDone={onDone}
              reload={reload}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
              <li>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  Modifier l’action
                </Button>
              </li>
              <li>
                <ConfirmButton
                  label="Supprimer l’action"
                  question={`Supprimer « ${action.title} » et ses commentaires ?`}
                  confirmLabel="Confirmer la suppression"
                  busy={deleteMutation.isPending}
                  onConfirm={() => deleteMutation.mutate()}
                />
                <SaveErrorBanner
                  conflict={deleteErrors.conflict}
                  conflictMessage="L’action a été modifiée entre-temps : rechargez le plan puis recommencez."
                  reloadLabel="Recharger le plan"
                  onReload={() => void reload()}
                  reloading={false}
                  general={deleteErrors.conflict ? null : deleteErrors.general}
                />
              </li>
            </ul>
          )}
        </div>
      ) : null}
      <Button variant="tertiary" size="small" onClick={onClose}>
        Fermer
      </Button>
    </section>
  );
}

const ACTION_FIELDS = [
  'title',
  'roles',
  'personIds',
  'startMonth',
  'endMonth',
  'status',
  'evidenceUrl',
  'minutesMeetingId',
];
const ACTION_LABELS: Record<string, string> = {
  title: 'Intitulé',
  roles: 'Rôles',
  personIds: 'Personnes',
  startMonth: 'Premier mois',
  endMonth: 'Dernier mois (échéance)',
  status: 'Statut',
  evidenceUrl: 'Lien vers un document',
  minutesMeetingId: 'Réunion (compte rendu)',
};

/** The form of a new action, or of an action's change (`action` given). */
/** The CIO's concertations and thematic actions (its newest), one of which may hold the action's evidence in its minutes. */
function MeetingPicker({
  cioId,
  value,
  onValueChange,
  error,
}: {
  cioId: string;
  value: string;
  onValueChange: (id: string) => void;
  error?: string | undefined;
}) {
  const meetings = useCioMeetings(cioId);
  const list = meetings.data?.pages.flatMap((p) => p.cioMeetings.nodes) ?? [];
  return (
    <SelectField
      label="Réunion dont le compte rendu fait preuve"
      hint={
        meetings.isError
          ? 'Les réunions du CIO n’ont pas pu être lues.'
          : 'Facultatif : une concertation ou une action thématique du CIO (les plus récentes).'
      }
      value={value}
      onValueChange={onValueChange}
      error={error}
    >
      <option value="">Aucune</option>
      {value && !list.some((m) => m.id === value) ? <option value={value}>Réunion déjà liée</option> : null}
      {list.map((m) => (
        <option key={m.id} value={m.id}>
          {m.title} ({formatDate(m.startsAt)})
        </option>
      ))}
    </SelectField>
  );
}

function ActionForm({
  cio,
  plan,
  action,
  onDone,
  reload,
  onCancel,
}: {
  cio: OrientationCio;
  plan: WorkPlan;
  action?: WorkPlanAction;
  onDone: (m: string) => void;
  reload: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const blank = {
    title: '',
    roles: [] as string[],
    personIds: [] as string[],
    startMonth: plan.startMonth,
    endMonth: plan.startMonth,
    status: 'A_FAIRE',
    evidenceUrl: '',
    minutesMeetingId: '',
  };
  const initial = action
    ? {
        title: action.title,
        roles: action.roles as string[],
        personIds: action.people.map((p) => p.id),
        startMonth: action.startMonth,
        endMonth: action.endMonth,
        status: action.status as string,
        evidenceUrl: action.evidenceUrl ?? '',
        minutesMeetingId: action.minutesMeetingId ?? '',
      }
    : blank;
  const [v, setV] = useState(initial);
  const [open, setOpen] = useState(Boolean(action));
  const formRef = useRef<HTMLFormElement>(null);
  const months = monthsBetween(plan.startMonth, plan.endMonth);
  const mutation = useMutation({
    mutationFn: async (): Promise<unknown> => {
      const values = {
        title: v.title,
        roles: v.roles as DutyRole[],
        personIds: v.personIds,
        startMonth: v.startMonth,
        endMonth: v.endMonth,
        status: v.status as WorkPlanStatus,
        evidenceUrl: v.evidenceUrl || null,
        minutesMeetingId: v.minutesMeetingId || null,
      };
      return action
        ? gqlRequest(UpdateWorkPlanActionDocument, { input: { id: action.id, version: action.version, ...values } })
        : gqlRequest(CreateWorkPlanActionDocument, { input: { workPlanId: plan.id, ...values } });
    },
    onSuccess: async () => {
      await reload();
      onDone(action ? 'Action enregistrée.' : `Action « ${v.title} » ajoutée.`);
      if (!action) {
        setV(blank);
        setOpen(false);
      }
      onCancel?.();
    },
  });
  const errors = splitErrors(mutation.error, ACTION_FIELDS, (p) => p.replace(/^input\./, '').replace(/\.\d+$/, ''));
  useFocusFirstInvalid(formRef, errors.fields);
  const toggle = (key: 'roles' | 'personIds', id: string, on: boolean) =>
    setV({ ...v, [key]: on ? [...v[key], id] : v[key].filter((x) => x !== id) });
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Ajouter une action
      </Button>
    );
  return (
    <form
      ref={formRef}
      noValidate
      className={fr.cx('fr-mt-3w')}
      aria-label={action ? 'Modifier l’action' : 'Nouvelle action'}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <h3 className={fr.cx('fr-h6')}>{action ? 'Modifier l’action' : 'Nouvelle action'}</h3>
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="L’action a été modifiée entre-temps : rechargez le plan puis recommencez."
        reloadLabel="Recharger le plan"
        onReload={() => void reload()}
        reloading={false}
      />
      <TextField
        label="Intitulé"
        required
        value={v.title}
        onValueChange={(title) => setV({ ...v, title })}
        error={errors.fields.title}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Attribuée aux rôles</legend>
        {DUTY_ROLES.map((r) => (
          <CheckboxField
            key={r}
            label={DUTY_ROLE_LABELS[r]}
            checked={v.roles.includes(r)}
            onCheckedChange={(on) => toggle('roles', r, on)}
          />
        ))}
        {errors.fields.roles ? <p className={fr.cx('fr-error-text')}>{errors.fields.roles}</p> : null}
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Et/ou aux personnes du CIO</legend>
        {cio.people.map((p) => (
          <CheckboxField
            key={p.id}
            label={p.displayName}
            checked={v.personIds.includes(p.id)}
            onCheckedChange={(on) => toggle('personIds', p.id, on)}
          />
        ))}
        {errors.fields.personIds ? <p className={fr.cx('fr-error-text')}>{errors.fields.personIds}</p> : null}
      </fieldset>
      <SelectField
        label="Premier mois"
        value={v.startMonth}
        onValueChange={(startMonth) => setV({ ...v, startMonth })}
        error={errors.fields.startMonth}
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Dernier mois (échéance)"
        hint="Toute l’année scolaire : de septembre à août."
        value={v.endMonth}
        onValueChange={(endMonth) => setV({ ...v, endMonth })}
        error={errors.fields.endMonth}
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </SelectField>
      <SelectField label="Statut" value={v.status} onValueChange={(status) => setV({ ...v, status })}>
        {WORK_PLAN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {WORK_PLAN_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Lien vers un document (preuve)"
        hint="Une adresse qui commence par https://"
        type="url"
        value={v.evidenceUrl}
        onValueChange={(evidenceUrl) => setV({ ...v, evidenceUrl })}
        error={errors.fields.evidenceUrl}
      />
      <MeetingPicker
        cioId={cio.id}
        value={v.minutesMeetingId}
        onValueChange={(minutesMeetingId) => setV({ ...v, minutesMeetingId })}
        error={errors.fields.minutesMeetingId}
      />
      <FormActions
        errors={{ fields: errors.fields, general: errors.conflict ? null : errors.general, labels: ACTION_LABELS }}
        submitLabel={action ? 'Enregistrer' : 'Ajouter l’action'}
        busy={mutation.isPending}
        onCancel={() => (action ? onCancel?.() : setOpen(false))}
      />
    </form>
  );
}

function NewPlanForm({
  cio,
  onCreated,
  onDone,
}: {
  cio: OrientationCio;
  onCreated: (id: string) => void;
  onDone: (m: string) => void;
}) {
  const queryClient = useQueryClient();
  const year = Number(thisMonth().slice(0, 4)) + (Number(thisMonth().slice(5, 7)) >= 9 ? 1 : 0);
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({
    title: `Plan de travail ${year}-${year + 1}`,
    startMonth: `${year}-09`,
    endMonth: `${year + 1}-08`,
  });
  const mutation = useMutation({
    mutationFn: () => gqlRequest(CreateWorkPlanDocument, { input: { cioId: cio.id, ...v } }),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({ queryKey: ['workPlans', cio.id] });
      onCreated(data.createWorkPlan.id);
      onDone(`Plan « ${v.title} » créé.`);
      setOpen(false);
    },
  });
  const errors = splitErrors(mutation.error, ['title', 'startMonth', 'endMonth'], (p) => p.replace(/^input\./, ''));
  if (!open)
    return (
      <p className={fr.cx('fr-mt-4w')}>
        <Button variant="tertiary" onClick={() => setOpen(true)}>
          Créer un nouveau plan de travail
        </Button>
      </p>
    );
  return (
    <form
      noValidate
      className={fr.cx('fr-mt-4w')}
      aria-label="Nouveau plan de travail"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <h2 className={fr.cx('fr-h5')}>Nouveau plan de travail</h2>
      <TextField
        label="Titre"
        required
        value={v.title}
        onValueChange={(title) => setV({ ...v, title })}
        error={errors.fields.title}
      />
      <TextField
        label="Premier mois"
        hint="Format : AAAA-MM"
        value={v.startMonth}
        onValueChange={(startMonth) => setV({ ...v, startMonth })}
        error={errors.fields.startMonth}
      />
      <TextField
        label="Dernier mois"
        hint="Format : AAAA-MM"
        value={v.endMonth}
        onValueChange={(endMonth) => setV({ ...v, endMonth })}
        error={errors.fields.endMonth}
      />
      <FormActions
        errors={{
          fields: errors.fields,
          general: errors.general,
          labels: { title: 'Titre', startMonth: 'Premier mois', endMonth: 'Dernier mois' },
        }}
        submitLabel="Créer le plan"
        busy={mutation.isPending}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
