import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { useId, useRef, useState, type FormEvent } from 'react';
import { CLAS_ACTIVITY_LOG_KINDS, clasSchemas, type ClasActivityLogKind } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, DateField, SelectField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { formatDateTime } from '../../ui/format';
import { parisToday } from '../../ui/format';
import { TextAreaField } from './fields';
import { formatCount, formatDay, formatRate, parseCount } from './format';
import { useLogClasActivity, useLogClasSession, useSetClasRoster, useSubmitClasBilan } from './followUpQueries';
import type { ClasGroupData, ClasProjectData } from './projectQueries';

export const ACTIVITY_LOG_KIND_LABELS: Record<ClasActivityLogKind, string> = {
  PARENT_ACTION: 'Action avec les parents',
  CONCERTATION: 'Moment de concertation avec l’école',
};

/** The bilan's figures: held against planned, attendance. */
export function BilanFigures({ project }: { project: ClasProjectData }) {
  const b = project.bilan;
  const figures = [
    {
      term: 'Séances tenues',
      value: formatCount(b.sessionsHeld),
      detail: `sur ${formatCount(b.sessionsPlanned)} prévues`,
    },
    { term: 'Taux de présence', value: formatRate(b.attendanceRate), detail: 'enfants présents sur places offertes' },
    {
      term: 'Actions avec les parents',
      value: formatCount(b.parentActionsHeld),
      detail: `sur ${formatCount(b.parentActionsPlanned)} prévues`,
    },
    {
      term: 'Moments de concertation',
      value: formatCount(b.concertationHeld),
      detail: `sur ${formatCount(b.concertationPlanned)} prévus`,
    },
  ];
  return (
    <dl className="clas-figures">
      {figures.map((f) => (
        <div key={f.term}>
          <dt>{f.term}</dt>
          <dd>
            <span className="clas-figures__value">{f.value}</span> {f.detail}
          </dd>
        </div>
      ))}
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
    <DataTable
      compact
      caption={`Séances tenues — groupe ${index + 1} : ${group.label}`}
      rows={group.sessionLogs}
      rowKey={(s) => s.id}
      emptyMessage="Aucune séance enregistrée."
      columns={[
        { key: 'date', header: 'Date', rowHeader: true, cell: (s) => formatDay(s.heldOn) },
        {
          key: 'present',
          header: 'Enfants présents',
          className: 'clas-numeric',
          cell: (s) => `${formatCount(s.childrenPresent)} / ${formatCount(group.childrenCount)}`,
        },
        {
          key: 'note',
          header: 'Note',
          cell: (s) => (
            <>
              {s.note ?? ''}
              {s.presentRosterIds?.length
                ? ` Présents : ${s.presentRosterIds.map((id) => rosterNames.get(id) ?? '?').join(', ')}`
                : null}
            </>
          ),
        },
      ]}
    />
  );
}

function ActivityTable({ project }: { project: ClasProjectData }) {
  return (
    <DataTable
      compact
      caption="Actions avec les parents et moments de concertation tenus"
      rows={project.activityLogs}
      rowKey={(a) => a.id}
      emptyMessage="Aucune action enregistrée."
      columns={[
        { key: 'date', header: 'Date', rowHeader: true, cell: (a) => formatDay(a.heldOn) },
        { key: 'kind', header: 'Type', cell: (a) => ACTIVITY_LOG_KIND_LABELS[a.kind] },
        { key: 'title', header: 'Intitulé', cell: (a) => a.title },
        {
          key: 'participants',
          header: 'Participants',
          className: 'clas-numeric',
          cell: (a) => (a.participants === null ? '—' : formatCount(a.participants)),
        },
      ]}
    />
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
    <section aria-labelledby="clas-titre-annee">
      <h2 id="clas-titre-annee" className={fr.cx('fr-h4')}>
        Suivi de l'année
      </h2>
      {!open ? <p>Le bilan est déposé : le suivi de l'année n'est plus modifiable.</p> : null}
      {project.groups.map((g, i) => (
        <section key={g.id} className="clas-block" aria-labelledby={`clas-seances-${g.id}`}>
          <h3 id={`clas-seances-${g.id}`} className={fr.cx('fr-h5')}>
            Séances du groupe {i + 1} : {g.label}
          </h3>
          <SessionTable group={g} index={i} />
          {open ? <SessionForm group={g} onMessage={onMessage} /> : null}
          {open ? <RosterForm group={g} onMessage={onMessage} /> : null}
        </section>
      ))}
      <section className="clas-block" aria-labelledby="clas-titre-actions-tenues">
        <h3 id="clas-titre-actions-tenues" className={fr.cx('fr-h5')}>
          Parents et concertation
        </h3>
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
  const fieldErrors = { ...server.fields, ...errors };
  const titleId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const typed = parseCount(present);
    const childrenPresent = roster.length && presentIds.length ? presentIds.length : typed;
    const found: Record<string, string> = {};
    if (childrenPresent === undefined || childrenPresent === null)
      found.childrenPresent = 'Saisissez le nombre d’enfants présents (un nombre entier).';
    const input = {
      groupId: group.id,
      heldOn,
      childrenPresent: childrenPresent ?? 0,
      note: note.trim() || null,
      presentRosterIds: presentIds.length ? presentIds : null,
    };
    Object.assign(
      found,
      validate(clasSchemas.clasSessionLogInput, input, { known: ['heldOn', 'childrenPresent', 'note'] }),
      found,
    );
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
    <form ref={formRef} className="clas-inline-form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h4 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        Enregistrer une séance
      </h4>
      <div className="clas-row__fields">
        <DateField
          label="Date de la séance"
          name="heldOn"
          required
          value={heldOn}
          onValueChange={setHeldOn}
          error={errors.heldOn ?? server.fields.heldOn}
        />
        <TextField
          label="Enfants présents"
          name="childrenPresent"
          inputMode="numeric"
          autoComplete="off"
          required={!roster.length}
          value={roster.length && presentIds.length ? String(presentIds.length) : present}
          readOnly={Boolean(roster.length && presentIds.length)}
          onValueChange={setPresent}
          error={errors.childrenPresent ?? server.fields.childrenPresent}
          hint={
            roster.length
              ? 'Compté d’après la liste d’émargement quand vous y cochez des enfants.'
              : `Sur ${group.childrenCount} inscrits.`
          }
        />
        <TextField
          label="Note (facultatif)"
          name="note"
          autoComplete="off"
          value={note}
          onValueChange={setNote}
          error={errors.note ?? server.fields.note}
        />
      </div>
      {roster.length ? (
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Présents (liste d'émargement)</legend>
          {roster.map((r) => (
            <div key={r.id} className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
              <CheckboxField
                label={r.name}
                checked={presentIds.includes(r.id)}
                onCheckedChange={(checked) =>
                  setPresentIds((ids) => (checked ? [...ids, r.id] : ids.filter((id) => id !== r.id)))
                }
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      <ErrorSummary
        fields={fieldErrors}
        general={server.general}
        labels={{ heldOn: 'Date de la séance', childrenPresent: 'Enfants présents', note: 'Note' }}
        title="La séance n'a pas été enregistrée"
      />
      <Button type="submit" variant="secondary" busy={log.isPending}>
        Enregistrer la séance
      </Button>
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
    const found = validate(
      clasSchemas.clasRosterInput,
      { groupId: group.id, names },
      { mapPath: (p) => (p.startsWith('names') ? 'names' : p) },
    );
    setError(found.names);
    if (found.names) return;
    setRoster.mutate(
      { groupId: group.id, names },
      {
        onSuccess: () =>
          onMessage(
            names.length
              ? `Liste d'émargement du groupe « ${group.label} » enregistrée (${names.length} enfants).`
              : `Liste d'émargement du groupe « ${group.label} » vidée.`,
          ),
      },
    );
  }

  return (
    <Accordion label="Liste d'émargement (facultative)" className={fr.cx('fr-mt-2w')}>
      <form noValidate onSubmit={onSubmit} aria-label={`Liste d'émargement du groupe ${group.label}`}>
        <TextAreaField
          name="names"
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
        <ErrorSummary
          fields={{ names: error ?? server.fields.names }}
          general={server.general}
          labels={{ names: 'Enfants du groupe' }}
          title="La liste n'a pas été enregistrée"
        />
        <Button type="submit" variant="secondary" busy={setRoster.isPending}>
          Enregistrer la liste
        </Button>
      </form>
    </Accordion>
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
    <form ref={formRef} className="clas-inline-form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h4 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        Enregistrer une action tenue
      </h4>
      <div className="clas-row__fields">
        <SelectField label="Type" name="kind" value={kind} onValueChange={(v) => setKind(v as ClasActivityLogKind)}>
          {CLAS_ACTIVITY_LOG_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTIVITY_LOG_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <DateField
          label="Date"
          name="heldOn"
          required
          value={heldOn}
          onValueChange={setHeldOn}
          error={errors.heldOn ?? server.fields.heldOn}
        />
        <TextField
          label="Intitulé"
          name="title"
          required
          autoComplete="off"
          value={title}
          onValueChange={setTitle}
          error={errors.title ?? server.fields.title}
        />
        <TextField
          label="Participants (facultatif)"
          name="participants"
          inputMode="numeric"
          autoComplete="off"
          value={participants}
          onValueChange={setParticipants}
          error={errors.participants ?? server.fields.participants}
        />
      </div>
      <ErrorSummary
        fields={{ ...server.fields, ...errors }}
        general={server.general}
        labels={{ kind: 'Type', heldOn: 'Date', title: 'Intitulé', participants: 'Participants' }}
        title="L'action n'a pas été enregistrée"
      />
      <Button type="submit" variant="secondary" busy={log.isPending}>
        Enregistrer l'action
      </Button>
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
    const found = validate(
      clasSchemas.clasBilanInput,
      { projectId: project.id, version: project.version, assessment },
      { known: ['assessment'] },
    );
    setError(found.assessment);
    if (found.assessment) return;
    submit.mutate(
      { projectId: project.id, version: project.version, assessment: assessment.trim() },
      { onSuccess: () => onMessage('Bilan déposé auprès de la CAF.') },
    );
  }

  return (
    <section className="clas-block" aria-labelledby="clas-titre-bilan">
      <h3 id="clas-titre-bilan" className={fr.cx('fr-h5')}>
        Bilan
      </h3>
      <BilanFigures project={project} />
      {project.bilan.submittedAt ? (
        <>
          <p>Bilan déposé le {formatDateTime(project.bilan.submittedAt)}.</p>
          <h4 className={fr.cx('fr-h6')}>Appréciation du porteur</h4>
          <p className="clas-text">{project.bilan.assessment}</p>
        </>
      ) : canSubmit ? (
        <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Déposer le bilan">
          <TextAreaField
            name="assessment"
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
          <SaveErrorBanner
            conflict={server.conflict}
            conflictMessage="Le projet a été modifié entre-temps : rechargez-le puis recommencez."
            reloadLabel="Recharger le projet"
            onReload={() => void onReload()}
            reloading={reloading}
            general={null}
          />
          <ErrorSummary
            fields={{ assessment: error ?? server.fields.assessment }}
            general={server.conflict ? null : server.general}
            labels={{ assessment: 'Appréciation du porteur' }}
            title="Le bilan n'a pas été déposé"
          />
          <Button type="submit" busy={submit.isPending}>
            Déposer le bilan
          </Button>
        </form>
      ) : (
        <p>Le bilan se dépose une fois le projet accepté, à la fin de l'année.</p>
      )}
    </section>
  );
}
