import { useId, useState } from 'react';
import { paParticipationAllowed, parcoursSchemas, SYNTHESE_REQUESTER_LABELS, SYNTHESE_REQUESTERS, type SyntheseRequester } from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { CheckboxField, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { TextAreaField } from '../clas/fields';
import { parisLocalToIso } from './format';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import {
  useRecordConsent,
  useRecordSyntheseAgreement,
  useRecordSyntheseOutcome,
  useScheduleSynthese,
  useSetSynthesePaParticipation,
  type PersonDetail,
  type SyntheseData,
} from './queries';

interface Props extends SectionProps {
  person: PersonDetail;
}

/** « Synthèses »: meetings of the intervenants, the PA taking part only with every agreement recorded. */
export function SynthesesSection({ person, onReload, reloading }: Props) {
  return (
    <section aria-labelledby="parcours-syntheses" id="syntheses" className="card parcours-section">
      <h2 id="parcours-syntheses">Synthèses</h2>
      <p className="muted">
        Une synthèse réunit les intervenants, à la demande de la personne ou du référent : elle n'est pas systématique. La personne y participe seulement avec
        son accord et celui de chaque intervenant présent.
      </p>
      {person.syntheses.length === 0 ? <p>Aucune synthèse programmée.</p> : null}
      {person.syntheses.map((meeting) => (
        <Meeting key={meeting.id} meeting={meeting} person={person} onReload={onReload} reloading={reloading} />
      ))}
      <ScheduleForm person={person} onReload={onReload} reloading={reloading} />
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

  return (
    <article aria-labelledby={titleId} className="parcours-meeting">
      <h3 id={titleId}>
        {meeting.subject} — {formatDateTime(meeting.scheduledAt)}
      </h3>
      <p>
        Demandée par : {SYNTHESE_REQUESTER_LABELS[meeting.requestedBy]}. {meeting.paParticipates ? 'La personne participe.' : 'La personne ne participe pas.'}
      </p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <h4>Participants et accords</h4>
      <ul className="parcours-agreements">
        <li>
          <span className="parcours-agreements__who">La personne</span>{' '}
          {meeting.paAgreed ? (
            <span className="badge badge--active">Accord enregistré</span>
          ) : (
            <>
              <span className="badge badge--warning">Accord non recueilli</span>{' '}
              <Button
                variant="secondary"
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
                Enregistrer l'accord de la personne<VisuallyHidden> pour la synthèse « {meeting.subject} »</VisuallyHidden>
              </Button>
            </>
          )}
        </li>
        {meeting.participants.map((p) => (
          <li key={p.member.id}>
            <span className="parcours-agreements__who">{p.member.displayName}</span>{' '}
            {p.agreedToPaPresence ? (
              <span className="badge badge--active">D'accord pour la présence de la personne</span>
            ) : (
              <>
                <span className="badge badge--warning">Accord non recueilli</span>{' '}
                <Button
                  variant="secondary"
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
        <p className="field__error" role="alert">
          {errorMessage(agree.error ?? consent.error)}
        </p>
      ) : null}
      <div className="parcours-participation">
        <CheckboxField
          label="La personne participe"
          hint={check.ok ? 'Tous les accords sont recueillis.' : `Il manque encore ${check.reason.replace(/^La personne ne peut participer à la synthèse sans /, '').replace(/\.$/, '')}.`}
          checked={meeting.paParticipates}
          onCheckedChange={(participates) => {
            // Not disabled while saving: the focus stays on the checkbox.
            if (participation.isPending) return;
            setStatus('');
            participation.mutate(
              { meetingId: meeting.id, version: meeting.version, participates },
              { onSuccess: () => setStatus(participates ? 'La personne participe à la synthèse.' : 'La personne ne participe plus à la synthèse.') },
            );
          }}
        />
        {refusal ? (
          <div className="error-state" role="alert">
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
  const errors: Record<string, string | undefined> = { ...fieldErrors(record.error, ['notes', 'decisions']), ...clientErrors };
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
        const found = validate(parcoursSchemas.syntheseRecordInput, { meetingId: meeting.id, version: meeting.version, notes, decisions }, { known: ['notes', 'decisions'] });
        setClientErrors(found);
        if (Object.keys(found).length) return;
        setDone('');
        record.mutateAsync({ meetingId: meeting.id, version: meeting.version, notes: notes.trim(), decisions: decisions.trim() }).then(
          () => setDone('Compte rendu enregistré.'),
          () => undefined,
        );
      }}
    >
      <div className="parcours-grid">
        <TextAreaField label="Notes" rows={3} value={notes} onValueChange={setNotes} error={errors.notes} />
        <TextAreaField label="Décisions" rows={3} value={decisions} onValueChange={setDecisions} error={errors.decisions} />
      </div>
    </ParcoursForm>
  );
}

const SCHEDULE_FIELDS = ['scheduledAt', 'subject', 'requestedBy', 'participantMemberIds'];

function ScheduleForm({ person, onReload, reloading }: Props) {
  const schedule = useScheduleSynthese();
  const [subject, setSubject] = useState('');
  const [when, setWhen] = useState('');
  const [requestedBy, setRequestedBy] = useState<SyntheseRequester | ''>('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = { ...fieldErrors(schedule.error, SCHEDULE_FIELDS), ...clientErrors };
  const active = person.members.filter((m) => m.active);
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const scheduledAt = parisLocalToIso(when);
    const input = { personId: person.id, scheduledAt: scheduledAt ?? '', requestedBy, participantMemberIds: participants, subject: subject.trim() };
    const found = validate(parcoursSchemas.syntheseInput, input, { known: SCHEDULE_FIELDS });
    if (!scheduledAt) found.scheduledAt = 'Saisissez la date et l’heure de la synthèse.';
    if (!requestedBy) found.requestedBy = 'Dites qui a demandé la synthèse.';
    if (!participants.length) found.participantMemberIds = 'Cochez au moins un intervenant.';
    setClientErrors(found);
    if (Object.keys(found).length || !scheduledAt || !requestedBy) return;
    schedule.mutate(
      { ...input, scheduledAt, requestedBy },
      {
        onSuccess: () => {
          setSubject('');
          setWhen('');
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
          required
          value={subject}
          onValueChange={(v) => {
            setSubject(v);
            touch();
          }}
          error={errors.subject}
          autoComplete="off"
        />
        <TextField
          label="Date et heure"
          type="datetime-local"
          required
          value={when}
          onValueChange={(v) => {
            setWhen(v);
            touch();
          }}
          error={errors.scheduledAt}
        />
      </div>
      <fieldset className="parcours-radios" aria-describedby={errors.requestedBy ? 'synthese-demande-erreur' : undefined}>
        <legend>Demandée par</legend>
        {SYNTHESE_REQUESTERS.map((r) => (
          <div className="checkbox" key={r}>
            <input
              type="radio"
              id={`synthese-demande-${r}`}
              name="synthese-demande"
              checked={requestedBy === r}
              aria-invalid={errors.requestedBy ? true : undefined}
              onChange={() => {
                setRequestedBy(r);
                touch();
              }}
            />
            <label htmlFor={`synthese-demande-${r}`}>{SYNTHESE_REQUESTER_LABELS[r]}</label>
          </div>
        ))}
        {errors.requestedBy ? (
          <p className="field__error" role="alert" id="synthese-demande-erreur">
            {errors.requestedBy}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="parcours-radios" data-invalid={errors.participantMemberIds ? 'true' : undefined}>
        <legend>Intervenants participants</legend>
        {active.map((m) => (
          <CheckboxField
            key={m.id}
            label={`${m.displayName} — ${m.organisation.name}`}
            checked={participants.includes(m.id)}
            onCheckedChange={(checked) => {
              setParticipants((current) => (checked ? [...current, m.id] : current.filter((x) => x !== m.id)));
              touch();
            }}
          />
        ))}
        {errors.participantMemberIds ? (
          <p className="field__error" role="alert">
            {errors.participantMemberIds}
          </p>
        ) : null}
      </fieldset>
    </ParcoursForm>
  );
}
