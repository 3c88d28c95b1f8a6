import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useId, useState } from 'react';
import {
  paParticipationAllowed,
  parcoursSchemas,
  SYNTHESE_REQUESTER_LABELS,
  SYNTHESE_REQUESTERS,
  type SyntheseRequester,
} from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { CheckboxField, DateField, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { TextAreaField } from '../clas/fields';
import { parisLocalToIso } from './format';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import { Fieldset, SectionTitle, StepNotice, refusalOf } from './parts';
import { type PersonDetail, type SyntheseData } from './queries';
import {
  useRecordConsent,
  useRecordSyntheseAgreement,
  useRecordSyntheseOutcome,
  useScheduleSynthese,
  useSetSynthesePaParticipation,
} from './mutations';

interface Props extends SectionProps {
  person: PersonDetail;
}

/** « Synthèses »: meetings of the intervenants, the PA taking part only with every agreement recorded. */
export function SynthesesSection({ person, onReload, reloading }: Props) {
  return (
    <section aria-labelledby="parcours-syntheses" className="parcours-section">
      <SectionTitle id="parcours-syntheses">Synthèses</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Une synthèse réunit les intervenants, à la demande de la personne ou du référent : elle n'est pas systématique.
        La personne y participe seulement avec son accord et celui de chaque intervenant présent.
      </p>
      {person.syntheses.length === 0 ? <p>Aucune synthèse programmée.</p> : null}
      {person.syntheses.map((meeting) => (
        <Meeting key={meeting.id} meeting={meeting} person={person} onReload={onReload} reloading={reloading} />
      ))}
      {refusalOf(person, 'SCHEDULE_SYNTHESE') ? (
        <StepNotice person={person} action="SCHEDULE_SYNTHESE" title="Programmer une synthèse" />
      ) : (
        <ScheduleForm person={person} onReload={onReload} reloading={reloading} />
      )}
    </section>
  );
}

function Meeting({ meeting, person, onReload, reloading }: Props & { meeting: SyntheseData }) {
  const titleId = useId();
  const agree = useRecordSyntheseAgreement();
  const consent = useRecordConsent();
  const participation = useSetSynthesePaParticipation();
  const [status, setStatus] = useState('');
  const check = paParticipationAllowed({
    paAgreed: meeting.paAgreed,
    participantMemberIds: meeting.participants.map((p) => p.member.id),
    agreedMemberIds: meeting.participants.filter((p) => p.agreedToPaPresence).map((p) => p.member.id),
  });
  const refusal = participation.error ? splitErrors(participation.error, []).general : null;
  // The checkbox is offered once every agreement is recorded (or to withdraw a participation).
  const offered = check.ok || meeting.paParticipates;

  return (
    <article aria-labelledby={titleId} className="parcours-meeting">
      <h3 id={titleId} className={fr.cx('fr-h6')}>
        {meeting.subject} — {formatDateTime(meeting.scheduledAt)}
      </h3>
      <p>
        Demandée par : {SYNTHESE_REQUESTER_LABELS[meeting.requestedBy]}.{' '}
        {meeting.paParticipates ? 'La personne participe.' : 'La personne ne participe pas.'}
      </p>
      <p className={fr.cx('fr-sr-only')} role="status">
        {status}
      </p>
      <h4 className={fr.cx('fr-text--md', 'fr-text--bold', 'fr-mb-1w')}>Participants et accords</h4>
      <ul className="parcours-agreements">
        <li>
          <span className="parcours-agreements__who">La personne</span>{' '}
          {meeting.paAgreed ? (
            <Badge severity="success" small noIcon>
              Accord enregistré
            </Badge>
          ) : (
            <>
              <Badge severity="warning" small noIcon>
                Accord non recueilli
              </Badge>{' '}
              <Button
                variant="secondary"
                size="small"
                busy={consent.isPending}
                onClick={() =>
                  consent.mutate(
                    { personId: person.id, kind: 'PARTICIPATION_SYNTHESE', meetingId: meeting.id },
                    {
                      onSuccess: () => {
                        participation.reset();
                        setStatus('Accord de la personne enregistré.');
                      },
                    },
                  )
                }
              >
                Enregistrer l'accord de la personne
                <VisuallyHidden> pour la synthèse « {meeting.subject} »</VisuallyHidden>
              </Button>
            </>
          )}
        </li>
        {meeting.participants.map((p) => (
          <li key={p.member.id}>
            <span className="parcours-agreements__who">{p.member.displayName}</span>{' '}
            {p.agreedToPaPresence ? (
              <Badge severity="success" small noIcon>
                D'accord pour la présence de la personne
              </Badge>
            ) : (
              <>
                <Badge severity="warning" small noIcon>
                  Accord non recueilli
                </Badge>{' '}
                <Button
                  variant="secondary"
                  size="small"
                  busy={agree.isPending && agree.variables?.memberId === p.member.id}
                  onClick={() =>
                    agree.mutate(
                      { meetingId: meeting.id, memberId: p.member.id },
                      {
                        onSuccess: () => {
                          participation.reset();
                          setStatus(`Accord de ${p.member.displayName} enregistré.`);
                        },
                      },
                    )
                  }
                >
                  Enregistrer l'accord de {p.member.displayName}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {agree.error || consent.error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errorMessage(agree.error ?? consent.error)}
        </p>
      ) : null}
      <div className="parcours-participation">
        {offered ? (
          <CheckboxField
            label="La personne participe"
            hint={
              check.ok
                ? 'Tous les accords sont recueillis.'
                : `Il manque encore ${check.reason.replace(/^La personne ne peut participer à la synthèse sans /, '').replace(/\.$/, '')}.`
            }
            checked={meeting.paParticipates}
            onCheckedChange={(participates) => {
              // Not disabled while saving: the focus stays on the checkbox.
              if (participation.isPending) return;
              setStatus('');
              participation.mutate(
                { meetingId: meeting.id, version: meeting.version, participates },
                {
                  onSuccess: () =>
                    setStatus(
                      participates
                        ? 'La personne participe à la synthèse.'
                        : 'La personne ne participe plus à la synthèse.',
                    ),
                },
              );
            }}
          />
        ) : (
          <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
            La personne pourra participer une fois recueillis{' '}
            {check.ok
              ? ''
              : check.reason.replace(/^La personne ne peut participer à la synthèse sans /, '').replace(/\.$/, '')}
            .
          </p>
        )}
        {refusal ? (
          <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mt-1w')} role="alert">
            <p>{refusal}</p>
          </div>
        ) : null}
      </div>
      <OutcomeForm key={meeting.version} meeting={meeting} onReload={onReload} reloading={reloading} />
    </article>
  );
}

function OutcomeForm({ meeting, onReload, reloading }: SectionProps & { meeting: SyntheseData }) {
  const record = useRecordSyntheseOutcome();
  const [notes, setNotes] = useState(meeting.notes);
  const [decisions, setDecisions] = useState(meeting.decisions);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = {
    ...fieldErrors(record.error, ['notes', 'decisions']),
    ...clientErrors,
  };
  return (
    <ParcoursForm
      label={`Compte rendu de la synthèse « ${meeting.subject} »`}
      submitLabel="Enregistrer le compte rendu"
      variant="secondary"
      pending={record.isPending}
      error={record.error}
      fields={['notes', 'decisions']}
      clientErrors={clientErrors}
      onReload={onReload}
      reloading={reloading}
      done={done}
      onSubmit={() => {
        const found = validate(
          parcoursSchemas.syntheseRecordInput,
          { meetingId: meeting.id, version: meeting.version, notes, decisions },
          { known: ['notes', 'decisions'] },
        );
        setClientErrors(found);
        if (Object.keys(found).length) return;
        setDone('');
        record
          .mutateAsync({
            meetingId: meeting.id,
            version: meeting.version,
            notes: notes.trim(),
            decisions: decisions.trim(),
          })
          .then(
            () => setDone('Compte rendu enregistré.'),
            () => undefined,
          );
      }}
    >
      <div className="parcours-grid">
        <TextAreaField
          label="Notes"
          name="notes"
          rows={3}
          value={notes}
          onValueChange={setNotes}
          error={errors.notes}
        />
        <TextAreaField
          label="Décisions"
          name="decisions"
          rows={3}
          value={decisions}
          onValueChange={setDecisions}
          error={errors.decisions}
        />
      </div>
    </ParcoursForm>
  );
}

const SCHEDULE_FIELDS = [
  'subject',
  'scheduledDay',
  'scheduledTime',
  'scheduledAt',
  'requestedBy',
  'participantMemberIds',
];
const SCHEDULE_LABELS: Record<string, string> = {
  subject: 'Objet',
  scheduledDay: 'Date',
  scheduledTime: 'Heure',
  scheduledAt: 'Date et heure',
  requestedBy: 'Demandée par',
  participantMemberIds: 'Intervenants participants',
};
/** Server paths "input.scheduledAt", "input.participantMemberIds.1" → the form's fields. */
const schedulePath = (path: string) => path.replace(/^input\./, '').replace(/\.\d+$/, '');

function ScheduleForm({ person, onReload, reloading }: Props) {
  const schedule = useScheduleSynthese();
  const [subject, setSubject] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [requestedBy, setRequestedBy] = useState<SyntheseRequester | ''>('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = {
    ...fieldErrors(schedule.error, SCHEDULE_FIELDS, schedulePath),
    ...clientErrors,
  };
  const active = person.members.filter((m) => m.active);
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const hour = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/.exec(time.trim());
    const scheduledAt =
      /^\d{4}-\d{2}-\d{2}$/.test(day) && hour
        ? parisLocalToIso(`${day}T${hour[1]!.padStart(2, '0')}:${hour[2]}`)
        : undefined;
    const input = {
      personId: person.id,
      scheduledAt: scheduledAt ?? '',
      requestedBy,
      participantMemberIds: participants,
      subject: subject.trim(),
    };
    const found = validate(parcoursSchemas.syntheseInput, input, { known: SCHEDULE_FIELDS });
    delete found.scheduledAt;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) found.scheduledDay = 'Saisissez la date de la synthèse au format jj/mm/aaaa.';
    if (!hour) found.scheduledTime = "Saisissez l'heure au format hh:mm (24 h), par exemple 14:30.";
    if (!requestedBy) found.requestedBy = 'Dites qui a demandé la synthèse.';
    if (!participants.length) found.participantMemberIds = 'Cochez au moins un intervenant.';
    setClientErrors(found);
    if (Object.keys(found).length || !scheduledAt || !requestedBy) return;
    schedule.mutate(
      { ...input, scheduledAt, requestedBy },
      {
        onSuccess: () => {
          setSubject('');
          setDay('');
          setTime('');
          setRequestedBy('');
          setParticipants([]);
          setDone(`Synthèse « ${input.subject} » programmée.`);
        },
      },
    );
  }

  return (
    <ParcoursForm
      title="Programmer une synthèse"
      submitLabel="Programmer la synthèse"
      pending={schedule.isPending}
      error={schedule.error}
      fields={SCHEDULE_FIELDS}
      mapPath={schedulePath}
      labels={SCHEDULE_LABELS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
      className="parcours-subform"
    >
      <div className="parcours-grid">
        <TextField
          label="Objet"
          name="subject"
          required
          value={subject}
          onValueChange={(v) => {
            setSubject(v);
            touch();
          }}
          error={errors.subject}
          autoComplete="off"
        />
        <DateField
          label="Date"
          name="scheduledDay"
          required
          value={day}
          onValueChange={(v) => {
            setDay(v);
            touch();
          }}
          error={errors.scheduledDay ?? errors.scheduledAt}
        />
        <TextField
          label="Heure"
          name="scheduledTime"
          hint="Format attendu : hh:mm (24 h), heure de Paris"
          required
          inputMode="numeric"
          autoComplete="off"
          value={time}
          onValueChange={(v) => {
            setTime(v);
            touch();
          }}
          error={errors.scheduledTime}
        />
      </div>
      <RadioButtons
        legend="Demandée par"
        name="requestedBy"
        orientation="horizontal"
        state={errors.requestedBy ? 'error' : 'default'}
        stateRelatedMessage={errors.requestedBy}
        options={SYNTHESE_REQUESTERS.map((r) => ({
          label: SYNTHESE_REQUESTER_LABELS[r],
          nativeInputProps: {
            checked: requestedBy === r,
            onChange: () => {
              setRequestedBy(r);
              touch();
            },
          },
        }))}
      />
      <Fieldset legend="Intervenants participants">
        {active.map((m) => (
          <CheckboxField
            key={m.id}
            name="participantMemberIds"
            value={m.id}
            label={`${m.displayName} — ${m.organisation.name}`}
            checked={participants.includes(m.id)}
            onCheckedChange={(checked) => {
              setParticipants((current) => (checked ? [...current, m.id] : current.filter((x) => x !== m.id)));
              touch();
            }}
          />
        ))}
        {errors.participantMemberIds ? (
          <p className={fr.cx('fr-error-text')} role="alert" data-invalid="true">
            {errors.participantMemberIds}
          </p>
        ) : null}
      </Fieldset>
    </ParcoursForm>
  );
}
