import { useId, useRef, useState, type FormEvent } from 'react';
import { CLAS_ACTIVITY_LOG_KINDS, clasSchemas, type ClasActivityLogKind } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { formatDateTime } from '../../ui/format';
import { parisToday } from '../cases/actions/ActionForm';
import { TextAreaField } from './fields';
import { formatCount, formatDay, formatRate, parseCount } from './format';
import {
  useLogClasActivity,
  useLogClasSession,
  useSetClasRoster,
  useSubmitClasBilan,
  type ClasGroupData,
  type ClasProjectData,
} from './queries';

export const ACTIVITY_LOG_KIND_LABELS: Record<ClasActivityLogKind, string> = {
  PARENT_ACTION: 'Action avec les parents',
  CONCERTATION: 'Moment de concertation avec l’école',
};

/** The bilan's figures: held against planned, attendance. */
export function BilanFigures({ project }: { project: ClasProjectData }) {
  const b = project.bilan;
  return (
    <dl className="figures clas-bilan-figures">
      <div className="figure">
        <dt>Séances tenues</dt>
        <dd>
          <span className="figure__value">{formatCount(b.sessionsHeld)}</span>
          <span className="figure__detail">sur {formatCount(b.sessionsPlanned)} prévues</span>
        </dd>
      </div>
      <div className="figure">
        <dt>Taux de présence</dt>
        <dd>
          <span className="figure__value">{formatRate(b.attendanceRate)}</span>
          <span className="figure__detail">enfants présents sur places offertes</span>
        </dd>
      </div>
      <div className="figure">
        <dt>Actions avec les parents</dt>
        <dd>
          <span className="figure__value">{formatCount(b.parentActionsHeld)}</span>
          <span className="figure__detail">sur {formatCount(b.parentActionsPlanned)} prévues</span>
        </dd>
      </div>
      <div className="figure">
        <dt>Moments de concertation</dt>
        <dd>
          <span className="figure__value">{formatCount(b.concertationHeld)}</span>
          <span className="figure__detail">sur {formatCount(b.concertationPlanned)} prévus</span>
        </dd>
      </div>
    </dl>
  );
}

/** What happened during the year, read-only: sessions per group and the activities held. */
export function YearRecord({ project }: { project: ClasProjectData }) {
  return (
    <>
      {project.groups.map((g, i) => (
        <SessionTable key={g.id} group={g} index={i} />
      ))}
      <ActivityTable project={project} />
    </>
  );
}

function SessionTable({ group, index }: { group: ClasGroupData; index: number }) {
  const rosterNames = new Map((group.roster ?? []).map((r) => [r.id, r.name]));
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption>
          Séances tenues — groupe {index + 1} : {group.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className="numeric">
              Enfants présents
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {group.sessionLogs.length === 0 ? (
            <tr>
              <td colSpan={3} className="data-table__empty">
                Aucune séance enregistrée.
              </td>
            </tr>
          ) : (
            group.sessionLogs.map((s) => (
              <tr key={s.id}>
                <td>{formatDay(s.heldOn)}</td>
                <td className="numeric">
                  {formatCount(s.childrenPresent)} / {formatCount(group.childrenCount)}
                </td>
                <td>
                  {s.note ?? ''}
                  {s.presentRosterIds?.length ? (
                    <span className="clas-roster-present"> Présents : {s.presentRosterIds.map((id) => rosterNames.get(id) ?? '?').join(', ')}</span>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function ActivityTable({ project }: { project: ClasProjectData }) {
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption>Actions avec les parents et moments de concertation tenus</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Intitulé</th>
            <th scope="col" className="numeric">
              Participants
            </th>
          </tr>
        </thead>
        <tbody>
          {project.activityLogs.length === 0 ? (
            <tr>
              <td colSpan={4} className="data-table__empty">
                Aucune action enregistrée.
              </td>
            </tr>
          ) : (
            project.activityLogs.map((a) => (
              <tr key={a.id}>
                <td>{formatDay(a.heldOn)}</td>
                <td>{ACTIVITY_LOG_KIND_LABELS[a.kind]}</td>
                <td>{a.title}</td>
                <td className="numeric">{a.participants === null ? '—' : formatCount(a.participants)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

interface FollowUpProps {
  project: ClasProjectData;
  onMessage: (message: string) => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

/**
 * The holder's year, once the project is accepted: a session log per group (with the optional
 * attendance list only the holder sees), the parent actions and concertation moments held, and the bilan.
 */
export function YearFollowUp({ project, onMessage, onReload, reloading }: FollowUpProps) {
  const open = project.status === 'ACCEPTE';
  return (
    <section aria-labelledby="clas-titre-annee" className="clas-year">
      <h2 id="clas-titre-annee">Suivi de l'année</h2>
      {!open ? <p className="muted">Le bilan est déposé : le suivi de l'année n'est plus modifiable.</p> : null}
      {project.groups.map((g, i) => (
        <section key={g.id} className="card" aria-labelledby={`clas-seances-${g.id}`}>
          <h3 id={`clas-seances-${g.id}`}>
            Séances du groupe {i + 1} : {g.label}
          </h3>
          <SessionTable group={g} index={i} />
          {open ? <SessionForm group={g} onMessage={onMessage} /> : null}
          {open ? <RosterForm group={g} onMessage={onMessage} /> : null}
        </section>
      ))}
      <section className="card" aria-labelledby="clas-titre-actions-tenues">
        <h3 id="clas-titre-actions-tenues">Parents et concertation</h3>
        <ActivityTable project={project} />
        {open ? <ActivityForm project={project} onMessage={onMessage} /> : null}
      </section>
      <BilanSection project={project} onMessage={onMessage} onReload={onReload} reloading={reloading} />
    </section>
  );
}

function SessionForm({ group, onMessage }: { group: ClasGroupData; onMessage: (m: string) => void }) {
  const [heldOn, setHeldOn] = useState(parisToday());
  const [present, setPresent] = useState('');
  const [note, setNote] = useState('');
  const [presentIds, setPresentIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const log = useLogClasSession();
  const server = splitErrors(log.error, ['heldOn', 'childrenPresent', 'note']);
  useFocusFirstInvalid(formRef, errors);
  const roster = group.roster ?? [];
  const titleId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const typed = parseCount(present);
    const childrenPresent = roster.length && presentIds.length ? presentIds.length : typed;
    const found: Record<string, string> = {};
    if (childrenPresent === undefined || childrenPresent === null) found.childrenPresent = 'Saisissez le nombre d’enfants présents (un nombre entier).';
    const input = { groupId: group.id, heldOn, childrenPresent: childrenPresent ?? 0, note: note.trim() || null, presentRosterIds: presentIds.length ? presentIds : null };
    Object.assign(found, validate(clasSchemas.clasSessionLogInput, input, { known: ['heldOn', 'childrenPresent', 'note'] }), found);
    setErrors(found);
    if (Object.keys(found).length) return;
    log.mutate(input, {
      onSuccess: () => {
        setPresent('');
        setNote('');
        setPresentIds([]);
        onMessage(`Séance du ${formatDay(heldOn)} enregistrée pour le groupe « ${group.label} ».`);
      },
    });
  }

  return (
    <form ref={formRef} className="form clas-inline-form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h4 id={titleId}>Enregistrer une séance</h4>
      {server.general ? (
        <div className="error-state" role="alert">
          <p>{server.general}</p>
        </div>
      ) : null}
      <div className="clas-inline-form__fields">
        <TextField label="Date de la séance" type="date" required value={heldOn} onValueChange={setHeldOn} error={errors.heldOn ?? server.fields.heldOn} />
        <TextField
          label="Enfants présents"
          inputMode="numeric"
          autoComplete="off"
          required={!roster.length}
          value={roster.length && presentIds.length ? String(presentIds.length) : present}
          readOnly={Boolean(roster.length && presentIds.length)}
          onValueChange={setPresent}
          error={errors.childrenPresent ?? server.fields.childrenPresent}
          hint={roster.length ? 'Compté d’après la liste d’émargement quand vous y cochez des enfants.' : `Sur ${group.childrenCount} inscrits.`}
        />
        <TextField label="Note (facultatif)" autoComplete="off" value={note} onValueChange={setNote} error={errors.note ?? server.fields.note} />
      </div>
      {roster.length ? (
        <fieldset className="role-checkboxes">
          <legend>Présents (liste d'émargement)</legend>
          <div className="role-checkboxes__grid">
            {roster.map((r) => (
              <CheckboxField
                key={r.id}
                label={r.name}
                checked={presentIds.includes(r.id)}
                onCheckedChange={(checked) => setPresentIds((ids) => (checked ? [...ids, r.id] : ids.filter((id) => id !== r.id)))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={log.isPending}>
          Enregistrer la séance
        </Button>
      </div>
    </form>
  );
}

function RosterForm({ group, onMessage }: { group: ClasGroupData; onMessage: (m: string) => void }) {
  const [text, setText] = useState((group.roster ?? []).map((r) => r.name).join('\n'));
  const [error, setError] = useState<string | undefined>();
  const setRoster = useSetClasRoster();
  const server = splitErrors(setRoster.error, ['names']);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const names = text
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const found = validate(clasSchemas.clasRosterInput, { groupId: group.id, names }, { mapPath: (p) => (p.startsWith('names') ? 'names' : p) });
    setError(found.names);
    if (found.names) return;
    setRoster.mutate(
      { groupId: group.id, names },
      { onSuccess: () => onMessage(names.length ? `Liste d'émargement du groupe « ${group.label} » enregistrée (${names.length} enfants).` : `Liste d'émargement du groupe « ${group.label} » vidée.`) },
    );
  }

  return (
    <details className="clas-roster">
      <summary>Liste d'émargement (facultative)</summary>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={`Liste d'émargement du groupe ${group.label}`}>
        {server.general ? (
          <div className="error-state" role="alert">
            <p>{server.general}</p>
          </div>
        ) : null}
        <TextAreaField
          label="Enfants du groupe, un par ligne"
          value={text}
          onValueChange={(v) => {
            setText(v);
            setError(undefined);
          }}
          error={error ?? server.fields.names}
          rows={6}
          hint="Seule votre structure voit ces noms : la CAF ne reçoit que le nombre d'enfants présents."
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={setRoster.isPending}>
            Enregistrer la liste
          </Button>
        </div>
      </form>
    </details>
  );
}

function ActivityForm({ project, onMessage }: { project: ClasProjectData; onMessage: (m: string) => void }) {
  const [kind, setKind] = useState<ClasActivityLogKind>('PARENT_ACTION');
  const [heldOn, setHeldOn] = useState(parisToday());
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const log = useLogClasActivity();
  const fields = ['kind', 'heldOn', 'title', 'participants'];
  const server = splitErrors(log.error, fields);
  useFocusFirstInvalid(formRef, errors);
  const titleId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const count = parseCount(participants);
    const found: Record<string, string> = {};
    if (count === undefined) found.participants = 'Saisissez un nombre entier, ou laissez vide.';
    const input = { projectId: project.id, kind, heldOn, title: title.trim(), participants: count ?? null };
    Object.assign(found, validate(clasSchemas.clasActivityLogInput, input, { known: fields }), found);
    setErrors(found);
    if (Object.keys(found).length) return;
    log.mutate(input, {
      onSuccess: () => {
        setTitle('');
        setParticipants('');
        onMessage(`${ACTIVITY_LOG_KIND_LABELS[kind]} du ${formatDay(heldOn)} enregistrée.`);
      },
    });
  }

  return (
    <form ref={formRef} className="form clas-inline-form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h4 id={titleId}>Enregistrer une action tenue</h4>
      {server.general ? (
        <div className="error-state" role="alert">
          <p>{server.general}</p>
        </div>
      ) : null}
      <div className="clas-inline-form__fields">
        <SelectField label="Type" value={kind} onValueChange={(v) => setKind(v as ClasActivityLogKind)}>
          {CLAS_ACTIVITY_LOG_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTIVITY_LOG_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField label="Date" type="date" required value={heldOn} onValueChange={setHeldOn} error={errors.heldOn ?? server.fields.heldOn} />
        <TextField label="Intitulé" required autoComplete="off" value={title} onValueChange={setTitle} error={errors.title ?? server.fields.title} />
        <TextField
          label="Participants (facultatif)"
          inputMode="numeric"
          autoComplete="off"
          value={participants}
          onValueChange={setParticipants}
          error={errors.participants ?? server.fields.participants}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="secondary" busy={log.isPending}>
          Enregistrer l'action
        </Button>
      </div>
    </form>
  );
}

function BilanSection({ project, onMessage, onReload, reloading }: FollowUpProps) {
  const [assessment, setAssessment] = useState(project.bilan.assessment ?? '');
  const [error, setError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmitClasBilan();
  const server = splitErrors(submit.error, ['assessment']);
  useFocusFirstInvalid(formRef, { assessment: error });
  const canSubmit = project.allowedActions.includes('SUBMIT_BILAN');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate(clasSchemas.clasBilanInput, { projectId: project.id, version: project.version, assessment }, { known: ['assessment'] });
    setError(found.assessment);
    if (found.assessment) return;
    submit.mutate(
      { projectId: project.id, version: project.version, assessment: assessment.trim() },
      { onSuccess: () => onMessage('Bilan déposé auprès de la CAF.') },
    );
  }

  return (
    <section className="card" aria-labelledby="clas-titre-bilan">
      <h3 id="clas-titre-bilan">Bilan</h3>
      <BilanFigures project={project} />
      {project.bilan.submittedAt ? (
        <>
          <p>Bilan déposé le {formatDateTime(project.bilan.submittedAt)}.</p>
          <h4>Appréciation du porteur</h4>
          <p className="clas-text">{project.bilan.assessment}</p>
        </>
      ) : canSubmit ? (
        <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-label="Déposer le bilan">
          <SaveErrorBanner
            conflict={server.conflict}
            conflictMessage={server.general ?? 'Le projet a été modifié entre-temps : rechargez-le puis recommencez.'}
            reloadLabel="Recharger le projet"
            onReload={() => void onReload()}
            reloading={reloading}
            general={server.general}
          />
          <TextAreaField
            label="Appréciation du porteur"
            required
            rows={6}
            value={assessment}
            onValueChange={(v) => {
              setAssessment(v);
              setError(undefined);
            }}
            error={error ?? server.fields.assessment}
            hint="Ce qui a fonctionné, les difficultés, l'évolution des enfants, la place des parents, les perspectives."
          />
          <div className="form__actions">
            <Button type="submit" busy={submit.isPending}>
              Déposer le bilan
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">Le bilan se dépose une fois le projet accepté, à la fin de l'année.</p>
      )}
    </section>
  );
}
