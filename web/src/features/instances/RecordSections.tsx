import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState } from 'react';
import {
  ATTENDANCE_LABELS,
  ATTENDANCES,
  instances,
  MEETING_ACTION_STATUS_LABELS,
  MEETING_ACTION_STATUSES,
  type Attendance,
  type MeetingActionStatus,
} from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { TextAreaField, useFocusAfterRender } from '../clas/fields';
import { parisDay } from './format';
import { newKey } from './MeetingForm';
import {
  useAddMeetingAction,
  useRecordAttendance,
  useRecordMinutes,
  useUpdateMeetingAction,
  type MeetingAction,
  type MeetingDetail,
  type MeetingInvitee,
} from './queries';
import { SubForm, type ReloadProps } from './SubForm';

interface Props extends ReloadProps {
  meeting: MeetingDetail;
}

/** Attendance and minutes are recorded from an hour before the start on, never for a cancelled meeting (the server's rule). */
export const recordable = (m: MeetingDetail) =>
  m.status !== 'ANNULEE' && new Date(m.startsAt).getTime() <= Date.now() + 60 * 60_000;

function inviteeKind(i: MeetingInvitee): string {
  if (i.organisation) return 'Organisation partenaire';
  if (i.userId) return 'Participant';
  return i.guestEmail ? `Invité sans compte (${i.guestEmail})` : 'Invité sans compte';
}

/** Who is invited, and who came: a referent records the attendance once the meeting is under way. */
export function InviteesSection({ meeting, onReload, reloading }: Props) {
  return (
    <section aria-labelledby="titre-invites" className="meeting-section">
      <h2 id="titre-invites" className={fr.cx('fr-h4')}>
        Invités et présences
      </h2>
      <DataTable<MeetingInvitee>
        caption="Invités de la réunion"
        captionHidden
        compact
        rows={meeting.invitees}
        rowKey={(i) => i.id}
        emptyMessage="Aucun invité."
        columns={[
          { key: 'who', header: 'Invité', rowHeader: true, cell: (i) => i.label },
          { key: 'kind', header: 'Type', cell: inviteeKind },
          {
            key: 'attendance',
            header: 'Présence',
            cell: (i) => (i.attendance ? ATTENDANCE_LABELS[i.attendance] : 'Non renseignée'),
          },
        ]}
      />
      {meeting.canEdit && meeting.invitees.length > 0 ? (
        recordable(meeting) ? (
          <AttendanceForm meeting={meeting} onReload={onReload} reloading={reloading} />
        ) : meeting.status !== 'ANNULEE' ? (
          <p className={fr.cx('fr-text--sm')}>Les présences se saisissent à partir du jour de la réunion.</p>
        ) : null
      ) : null}
    </section>
  );
}

function AttendanceForm({ meeting, onReload, reloading }: Props) {
  const record = useRecordAttendance();
  const [values, setValues] = useState<Record<string, Attendance | ''>>(() =>
    Object.fromEntries(meeting.invitees.map((i) => [i.id, i.attendance ?? ''])),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const fields = ['entries', ...meeting.invitees.map((i) => `entries.${i.id}`)];
  const entryIds = meeting.invitees.map((i) => i.id);
  const mapPath = (path: string) => {
    const m = /^(?:input\.)?entries\.(\d+)/.exec(path);
    const sent = entryIds.filter((id) => values[id]);
    return m ? `entries.${sent[Number(m[1])] ?? ''}` : path.replace(/^input\./, '');
  };
  const serverFields = splitErrors(record.error, fields, mapPath).fields;

  function submit() {
    const entries = meeting.invitees
      .filter((i) => values[i.id])
      .map((i) => ({ inviteeId: i.id, attendance: values[i.id] as Attendance }));
    if (entries.length === 0) {
      setClientErrors({ entries: 'Indiquez la présence d’au moins un invité.' });
      return;
    }
    setClientErrors({});
    setDone('');
    record.mutate(
      { meetingId: meeting.id, version: meeting.version, entries },
      { onSuccess: () => setDone(`Présences enregistrées (${entries.length}).`) },
    );
  }

  return (
    <SubForm
      title="Saisir les présences"
      submitLabel="Enregistrer les présences"
      variant="secondary"
      pending={record.isPending}
      error={record.error}
      onResetError={() => record.reset()}
      fields={fields}
      mapPath={mapPath}
      labels={{ entries: 'Présences' }}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
    >
      <div className="attendance" data-field="entries">
        {meeting.invitees.map((i) => (
          <fieldset key={i.id} className={`${fr.cx('fr-fieldset')} attendance__row`}>
            <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>{i.label}</legend>
            {ATTENDANCES.map((a) => (
              <div key={a} className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
                <div className={fr.cx('fr-radio-group')}>
                  <input
                    type="radio"
                    id={`presence-${i.id}-${a}`}
                    name={`presence-${i.id}`}
                    checked={values[i.id] === a}
                    onChange={() => {
                      setValues((v) => ({ ...v, [i.id]: a }));
                      setDone('');
                    }}
                  />
                  <label className={fr.cx('fr-label')} htmlFor={`presence-${i.id}-${a}`}>
                    {ATTENDANCE_LABELS[a]}
                  </label>
                </div>
              </div>
            ))}
            {serverFields[`entries.${i.id}`] ? (
              <p className={fr.cx('fr-error-text')} role="alert">
                {serverFields[`entries.${i.id}`]}
              </p>
            ) : null}
          </fieldset>
        ))}
      </div>
      {clientErrors.entries ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {clientErrors.entries}
        </p>
      ) : null}
    </SubForm>
  );
}

/** The minutes and the decisions of the body, for whoever sees the meeting; a referent writes them. */
export function MinutesSection({ meeting, onReload, reloading }: Props) {
  return (
    <section aria-labelledby="titre-compte-rendu" className="meeting-section">
      <h2 id="titre-compte-rendu" className={fr.cx('fr-h4')}>
        Compte rendu
      </h2>
      {meeting.minutes ? (
        <div className="meeting-minutes">{meeting.minutes}</div>
      ) : (
        <p>Aucun compte rendu pour l’instant.</p>
      )}
      <h3 className={fr.cx('fr-h6', 'fr-mt-2w')}>Décisions</h3>
      {meeting.decisions.length ? (
        <ol>
          {meeting.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      ) : (
        <p>Aucune décision consignée.</p>
      )}
      {meeting.canEdit && recordable(meeting) ? (
        <MinutesForm meeting={meeting} onReload={onReload} reloading={reloading} />
      ) : null}
    </section>
  );
}

function MinutesForm({ meeting, onReload, reloading }: Props) {
  const record = useRecordMinutes();
  const ids = useId();
  const focusAfter = useFocusAfterRender();
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [lines, setLines] = useState(() => meeting.decisions.map((text) => ({ key: newKey(), text })));
  const [sent, setSent] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const fields = ['minutes', ...lines.map((l) => `decisions.${l.key}`), 'decisions'];
  const mapPath = (path: string) => {
    const p = path.replace(/^input\./, '');
    const m = /^decisions\.(\d+)$/.exec(p);
    return m ? `decisions.${sent[Number(m[1])] ?? ''}` : p;
  };
  const errors = { ...splitErrors(record.error, fields, mapPath).fields, ...clientErrors };
  const labels: Record<string, string> = { minutes: 'Compte rendu', decisions: 'Décisions' };
  lines.forEach((l, i) => (labels[`decisions.${l.key}`] = `Décision ${i + 1}`));

  function submit() {
    const kept = lines.filter((l) => l.text.trim());
    const input = {
      meetingId: meeting.id,
      version: meeting.version,
      minutes: minutes.trim(),
      decisions: kept.map((l) => l.text.trim()),
    };
    const found = validate(instances.recordMinutes, input, { mapPath: (p) => p });
    const mapped: Record<string, string> = {};
    for (const [path, message] of Object.entries(found)) {
      const m = /^decisions\.(\d+)$/.exec(path);
      mapped[m ? `decisions.${kept[Number(m[1])]?.key ?? ''}` : path] = message;
    }
    setClientErrors(mapped);
    if (Object.keys(mapped).length) return;
    setSent(kept.map((l) => l.key));
    setDone('');
    record.mutate(input, { onSuccess: () => setDone('Compte rendu enregistré.') });
  }

  return (
    <SubForm
      title="Rédiger le compte rendu"
      description="Le compte rendu et ses décisions figurent dans les documents PDF et DOCX de la réunion."
      submitLabel="Enregistrer le compte rendu"
      pending={record.isPending}
      error={record.error}
      onResetError={() => record.reset()}
      fields={fields}
      mapPath={mapPath}
      labels={labels}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
    >
      <TextAreaField
        label="Compte rendu"
        name="minutes"
        rows={8}
        value={minutes}
        onValueChange={(v) => {
          setMinutes(v);
          setDone('');
        }}
        error={errors.minutes}
        maxLength={instances.MEETING_MAX.minutes}
      />
      <fieldset className={fr.cx('fr-fieldset')} aria-labelledby={`${ids}-decisions`} data-field="decisions">
        <legend id={`${ids}-decisions`} className={fr.cx('fr-fieldset__legend')}>
          Décisions
          <span className={fr.cx('fr-hint-text')}>Une décision par ligne ; les lignes vides sont ignorées.</span>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <ol className="meeting-form__rows">
            {lines.map((l, i) => (
              <li key={l.key} className="meeting-form__row" data-focus={`decision-${l.key}`}>
                <TextField
                  label={`Décision ${i + 1}`}
                  name={`decisions.${l.key}`}
                  value={l.text}
                  onValueChange={(text) => {
                    setLines((all) => all.map((x) => (x.key === l.key ? { ...x, text } : x)));
                    setDone('');
                  }}
                  error={errors[`decisions.${l.key}`]}
                  maxLength={1000}
                  autoComplete="off"
                />
                <Button
                  variant="tertiary"
                  size="small"
                  onClick={() => {
                    setLines((all) => all.filter((x) => x.key !== l.key));
                    focusAfter(`${ids}-ajout`);
                  }}
                >
                  Retirer la décision {i + 1}
                </Button>
              </li>
            ))}
          </ol>
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Button
            variant="secondary"
            size="small"
            data-focus={`${ids}-ajout`}
            className={fr.cx('fr-icon-add-line', 'fr-btn--icon-left')}
            onClick={() => {
              const key = newKey();
              setLines((all) => [...all, { key, text: '' }]);
              focusAfter(`decision-${key}`);
            }}
          >
            Ajouter une décision
          </Button>
        </div>
      </fieldset>
    </SubForm>
  );
}

/** The follow-up actions: this meeting's, and the unfinished ones carried over from earlier meetings of the series. */
export function ActionsSection({ meeting, onReload, reloading }: Props) {
  const update = useUpdateMeetingAction();
  const [statuses, setStatuses] = useState<Record<string, MeetingActionStatus>>({});
  const [done, setDone] = useState('');
  const error = splitErrors(update.error, []);
  const editable = meeting.canEdit;

  function save(a: MeetingAction) {
    const status = statuses[a.id] ?? a.status;
    setDone('');
    update.mutate(
      { id: a.id, version: a.version, status },
      {
        onSuccess: () => setDone(`Action « ${a.title} » : ${MEETING_ACTION_STATUS_LABELS[status].toLowerCase()}.`),
      },
    );
  }

  return (
    <section aria-labelledby="titre-actions" className="meeting-section">
      <h2 id="titre-actions" className={fr.cx('fr-h4')}>
        Actions de suivi
      </h2>
      <SaveErrorBanner
        conflict={error.conflict}
        conflictMessage={error.general ?? 'L’action a été modifiée entre-temps : rechargez la réunion.'}
        reloadLabel="Recharger la réunion"
        onReload={() => {
          update.reset();
          void onReload();
        }}
        reloading={reloading}
        general={error.general}
      />
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} role="status">
        {done}
      </p>
      <DataTable<MeetingAction>
        caption="Actions de suivi de la réunion et actions reportées des réunions précédentes"
        captionHidden
        compact
        rows={meeting.actions}
        rowKey={(a) => a.id}
        emptyMessage="Aucune action de suivi."
        className="actions-table"
        columns={[
          {
            key: 'title',
            header: 'Action',
            rowHeader: true,
            cell: (a) => (
              <>
                {a.title}
                {a.carriedOver ? (
                  <span className="meeting-cell__line">
                    <span className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--no-icon', 'fr-badge--warning')}>
                      Reportée de la réunion du {parisDay(a.meetingStartsAt)}
                    </span>
                  </span>
                ) : null}
              </>
            ),
          },
          {
            key: 'owner',
            header: 'Porteur',
            cell: (a) => (a.ownerOrganisation ? `${a.ownerName} (${a.ownerOrganisation.name})` : a.ownerName),
          },
          {
            key: 'due',
            header: 'Échéance',
            className: 'meetings__nowrap',
            cell: (a) => (a.dueDate ? formatDate(a.dueDate) : '—'),
          },
          {
            key: 'status',
            header: 'Statut',
            cell: (a) =>
              editable ? (
                <div className="action-status">
                  <label className={fr.cx('fr-sr-only')} htmlFor={`statut-${a.id}`}>
                    Statut de l’action « {a.title} »
                  </label>
                  <select
                    id={`statut-${a.id}`}
                    className={fr.cx('fr-select')}
                    value={statuses[a.id] ?? a.status}
                    onChange={(event) =>
                      setStatuses((s) => ({ ...s, [a.id]: event.target.value as MeetingActionStatus }))
                    }
                  >
                    {MEETING_ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {MEETING_ACTION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                  <Button
                    variant="secondary"
                    size="small"
                    disabled={(statuses[a.id] ?? a.status) === a.status}
                    busy={update.isPending && update.variables?.id === a.id}
                    onClick={() => save(a)}
                    aria-label={`Enregistrer le statut de l’action « ${a.title} »`}
                  >
                    Enregistrer
                  </Button>
                </div>
              ) : (
                MEETING_ACTION_STATUS_LABELS[a.status]
              ),
          },
          { key: 'note', header: 'Note', cell: (a) => a.note || '—' },
        ]}
      />
      {editable && meeting.status !== 'ANNULEE' ? (
        <AddActionForm meeting={meeting} onReload={onReload} reloading={reloading} />
      ) : null}
    </section>
  );
}

const ACTION_FIELDS = ['title', 'ownerName', 'ownerOrganisationId', 'dueDate'];
const ACTION_LABELS = {
  title: 'Action',
  ownerName: 'Porteur',
  ownerOrganisationId: 'Organisation du porteur',
  dueDate: 'Échéance',
};

function AddActionForm({ meeting, onReload, reloading }: Props) {
  const add = useAddMeetingAction();
  const [title, setTitle] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [ownerOrganisationId, setOwnerOrganisationId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors = { ...splitErrors(add.error, ACTION_FIELDS).fields, ...clientErrors };
  const organisations = new Map<string, string>();
  for (const p of meeting.platform?.partners ?? []) organisations.set(p.id, p.name);
  for (const i of meeting.invitees) if (i.organisation) organisations.set(i.organisation.id, i.organisation.name);
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const input = {
      meetingId: meeting.id,
      title: title.trim(),
      ownerName: ownerName.trim(),
      ownerOrganisationId: ownerOrganisationId || null,
      dueDate: dueDate || null,
    };
    const found = validate(instances.addMeetingAction, input, { known: ACTION_FIELDS });
    if (found.dueDate) found.dueDate = 'Saisissez l’échéance au format jj/mm/aaaa.';
    setClientErrors(found);
    if (Object.keys(found).length) return;
    add.mutate(input, {
      onSuccess: () => {
        setTitle('');
        setOwnerName('');
        setOwnerOrganisationId('');
        setDueDate('');
        setDone(`Action « ${input.title} » ajoutée.`);
      },
    });
  }

  return (
    <SubForm
      title="Ajouter une action"
      submitLabel="Ajouter l’action"
      variant="secondary"
      pending={add.isPending}
      error={add.error}
      onResetError={() => add.reset()}
      fields={ACTION_FIELDS}
      labels={ACTION_LABELS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
    >
      <div className="meeting-form__grid">
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
          maxLength={300}
          autoComplete="off"
        />
        <TextField
          label="Porteur"
          name="ownerName"
          required
          hint="La personne ou le service qui la mène."
          value={ownerName}
          onValueChange={(v) => {
            setOwnerName(v);
            touch();
          }}
          error={errors.ownerName}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          label="Organisation du porteur (facultatif)"
          name="ownerOrganisationId"
          value={ownerOrganisationId}
          onValueChange={(v) => {
            setOwnerOrganisationId(v);
            touch();
          }}
          error={errors.ownerOrganisationId}
        >
          <option value="">Aucune</option>
          {[...organisations].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </SelectField>
        <DateField
          label="Échéance (facultatif)"
          name="dueDate"
          value={dueDate}
          onValueChange={(v) => {
            setDueDate(v);
            touch();
          }}
          error={errors.dueDate}
        />
      </div>
    </SubForm>
  );
}
