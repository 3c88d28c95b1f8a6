import { fr } from '@codegouvfr/react-dsfr';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState } from 'react';
import {
  allowedReferenceActions,
  parcoursSchemas,
  REFERENCE_END_REASON_LABELS,
  REFERENCE_END_REASONS,
  referenceTransition,
  SANS_SUITE_MOTIVE_LABELS,
  SANS_SUITE_MOTIVES,
  type ReferenceAction,
  type ReferenceActionType,
  type ReferenceEndReason,
  type SansSuiteMotive,
} from '@maillage/shared';
import { validate } from '../../app/validation';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/Field';
import { formatDate, formatDateTime } from '../../ui/format';
import { TextAreaField } from '../clas/fields';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import { Announce, ReferenceBadge, SectionTitle, StepNotice, TabLink, refusalOf } from './parts';
import { type PersonDetail, type ReferenceData } from './queries';
import { useDecideReference, useProposeReference } from './mutations';

interface Props extends SectionProps {
  person: PersonDetail;
}

const ACTION_LABELS: Record<ReferenceActionType, string> = {
  ACCEPT: 'La personne a choisi son référent',
  REFUSE: 'La personne refuse la référence',
  SANS_SUITE: 'Classer la proposition sans suite',
  CHANGE_REFERENT: 'La personne change de référent',
  END: 'Mettre fin à la référence',
};

const ACTION_DONE: Record<ReferenceActionType, string> = {
  ACCEPT: 'Choix de la personne enregistré : la référence est active.',
  REFUSE: 'Refus de la personne enregistré.',
  SANS_SUITE: 'Proposition classée sans suite.',
  CHANGE_REFERENT: 'Changement de référent enregistré.',
  END: 'La référence a pris fin.',
};

type HistoryEvent = ReferenceData['history'][number];

/** One line of a reference's history, in words. */
function describeEvent(e: HistoryEvent): string {
  switch (e.toStatus) {
    case 'PROPOSEE':
      return 'Référence proposée à la personne';
    case 'ACCEPTEE':
      return e.fromStatus === 'ACCEPTEE'
        ? `Changement de référent : ${e.referent?.displayName ?? 'intervenant'}`
        : `La personne a choisi son référent : ${e.referent?.displayName ?? 'intervenant'}`;
    case 'REFUSEE':
      return 'La personne a refusé la référence';
    case 'SANS_SUITE':
      return `Classée sans suite${e.motive ? ` : ${SANS_SUITE_MOTIVE_LABELS[e.motive]}` : ''}`;
    case 'TERMINEE':
      return `Référence terminée${e.endReason ? ` : ${REFERENCE_END_REASON_LABELS[e.endReason]}` : ''}`;
    default:
      return e.action;
  }
}

/** « Référence »: propose, record the PA's decision (the PA alone chooses the referent), history. */
export function ReferenceSection({ person, onReload, reloading }: Props) {
  const [done, setDone] = useState('');
  const reference = person.reference;
  const past = person.references.filter((r) => r.id !== reference?.id);

  return (
    <section aria-labelledby="parcours-reference" className="parcours-section">
      <SectionTitle id="parcours-reference">Référence de parcours</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Une référence se propose à une personne accompagnée par plusieurs intervenants. La personne choisit librement
        son référent parmi eux ; le référent coordonne, et la personne peut en changer.
      </p>
      <Announce message={done} />
      {reference ? (
        <>
          <dl className="parcours-summary">
            <dt>Statut</dt>
            <dd>
              <ReferenceBadge status={reference.status} />
            </dd>
            <dt>Référent</dt>
            <dd>{reference.referent?.displayName ?? 'Pas encore choisi par la personne'}</dd>
            <dt>Proposée</dt>
            <dd>
              le {formatDateTime(reference.proposedAt)}
              {reference.proposedBy ? ` par ${reference.proposedBy.displayName}` : ''}
            </dd>
            {reference.chosenAt ? (
              <>
                <dt>Référent choisi le</dt>
                <dd>{formatDateTime(reference.chosenAt)}</dd>
              </>
            ) : null}
            {reference.comment ? (
              <>
                <dt>Commentaire</dt>
                <dd className="parcours-text">{reference.comment}</dd>
              </>
            ) : null}
          </dl>
          {reference.status === 'ACCEPTEE' ? (
            <p className={fr.cx('fr-mt-2w')}>
              <TabLink tab="plan" className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}>
                Construire le plan d'action partagé
              </TabLink>
            </p>
          ) : null}
          <DecisionForm
            key={`${reference.id}-${reference.version}`}
            person={person}
            reference={reference}
            onReload={onReload}
            reloading={reloading}
            onDone={setDone}
          />
          <History reference={reference} />
        </>
      ) : (
        <ProposeForm person={person} onReload={onReload} reloading={reloading} onDone={setDone} />
      )}
      {past.length ? (
        <DataTable
          caption="Références précédentes"
          rows={past}
          rowKey={(r) => r.id}
          columns={[
            { key: 'proposed', header: 'Proposée le', rowHeader: true, cell: (r) => formatDate(r.proposedAt) },
            { key: 'status', header: 'Issue', cell: (r) => <ReferenceBadge status={r.status} /> },
            { key: 'referent', header: 'Référent', cell: (r) => r.referent?.displayName ?? '—' },
            {
              key: 'why',
              header: 'Motif',
              cell: (r) =>
                r.sansSuiteMotive
                  ? SANS_SUITE_MOTIVE_LABELS[r.sansSuiteMotive]
                  : r.endReason
                    ? REFERENCE_END_REASON_LABELS[r.endReason]
                    : '—',
            },
            { key: 'ended', header: 'Terminée le', cell: (r) => (r.endedAt ? formatDate(r.endedAt) : '—') },
          ]}
        />
      ) : null}
    </section>
  );
}

function ProposeForm({ person, onReload, reloading, onDone }: Props & { onDone: (message: string) => void }) {
  const propose = useProposeReference();
  const [comment, setComment] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // The server says whether a reference may be proposed now, and what comes first when it may not.
  if (refusalOf(person, 'PROPOSE_REFERENCE'))
    return <StepNotice person={person} action="PROPOSE_REFERENCE" title="Proposer une référence" />;
  return (
    <ParcoursForm
      title="Proposer une référence"
      description="La personne choisira ensuite son référent parmi les intervenants de sa liste."
      submitLabel="Proposer une référence"
      pending={propose.isPending}
      error={propose.error}
      fields={['comment']}
      clientErrors={clientErrors}
      onReload={onReload}
      reloading={reloading}
      className="parcours-subform"
      onSubmit={() => {
        const found = validate(
          parcoursSchemas.proposeReferenceInput,
          { personId: person.id, comment },
          { known: ['comment'] },
        );
        setClientErrors(found);
        if (Object.keys(found).length) return;
        onDone('');
        // Awaited rather than an onSuccess of mutate(): this form leaves the page once the reference exists.
        propose.mutateAsync({ personId: person.id, comment: comment.trim() || null }).then(
          () => onDone('Référence proposée : enregistrez maintenant la décision de la personne.'),
          () => undefined,
        );
      }}
    >
      <TextAreaField
        label="Commentaire (facultatif)"
        name="comment"
        rows={2}
        value={comment}
        onValueChange={(v) => {
          setComment(v);
          setClientErrors({});
        }}
        error={clientErrors.comment ?? fieldErrors(propose.error, ['comment']).comment}
      />
    </ParcoursForm>
  );
}

const DECISION_FIELDS = ['referentMemberId', 'motive', 'reason', 'comment'];

function DecisionForm({
  person,
  reference,
  onReload,
  reloading,
  onDone,
}: Props & { reference: ReferenceData; onDone: (message: string) => void }) {
  const decide = useDecideReference();
  const actions = (
    reference.allowedActions.length ? reference.allowedActions : allowedReferenceActions(reference.status)
  ) as ReferenceActionType[];
  const [type, setType] = useState<ReferenceActionType | ''>(actions.length === 1 ? actions[0]! : '');
  const [referentMemberId, setReferent] = useState('');
  const [motive, setMotive] = useState<SansSuiteMotive | ''>('');
  const [reason, setReason] = useState<ReferenceEndReason | ''>('');
  const [comment, setComment] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const candidates = person.members.filter(
    (m) => m.active && !(type === 'CHANGE_REFERENT' && m.id === reference.referent?.id),
  );
  const errors: Record<string, string | undefined> = { ...fieldErrors(decide.error, DECISION_FIELDS), ...clientErrors };
  if (!actions.length) return null;

  const touch = () => {
    setClientErrors({});
    onDone('');
  };

  function submit() {
    if (!type) {
      setClientErrors({ type: 'Choisissez ce que la personne a décidé.' });
      return;
    }
    const input = {
      type,
      referenceId: reference.id,
      version: reference.version,
      ...(type === 'ACCEPT' || type === 'CHANGE_REFERENT' ? { referentMemberId } : {}),
      ...(type === 'SANS_SUITE' ? { motive: motive || undefined } : {}),
      ...(type === 'END' ? { reason: reason || undefined } : {}),
      ...(type === 'SANS_SUITE' || type === 'END' ? { comment: comment.trim() || null } : {}),
    };
    const found = validate(parcoursSchemas.referenceDecisionInput, input, { known: DECISION_FIELDS });
    if ((type === 'ACCEPT' || type === 'CHANGE_REFERENT') && !referentMemberId)
      found.referentMemberId = 'Choisissez le référent que la personne a choisi.';
    if (type === 'SANS_SUITE' && !motive) found.motive = 'Choisissez le motif.';
    if (type === 'END' && !reason) found.reason = 'Choisissez la raison.';
    if (!Object.keys(found).length) {
      // The shared state machine says the rest (a referent among the current intervenants, « Autre motif » explained).
      const action = { type, referentMemberId, motive, reason, comment: comment.trim() || null } as ReferenceAction;
      const check = referenceTransition(
        {
          status: reference.status,
          referentMemberId: reference.referent?.id ?? null,
          activeMemberIds: person.members.filter((m) => m.active).map((m) => m.id),
        },
        action,
      );
      if (!check.ok) found[type === 'SANS_SUITE' ? 'comment' : 'referentMemberId'] = check.reason;
    }
    setClientErrors(found);
    if (Object.keys(found).length) return;
    // Awaited rather than an onSuccess of mutate(): the form is rebuilt for the reference's new version.
    decide
      .mutateAsync({
        type,
        referenceId: reference.id,
        version: reference.version,
        referentMemberId: type === 'ACCEPT' || type === 'CHANGE_REFERENT' ? referentMemberId : null,
        motive: type === 'SANS_SUITE' ? (motive as SansSuiteMotive) : null,
        reason: type === 'END' ? (reason as ReferenceEndReason) : null,
        comment: type === 'SANS_SUITE' || type === 'END' ? comment.trim() || null : null,
      })
      .then(
        () => onDone(ACTION_DONE[type]),
        () => undefined,
      );
  }

  return (
    <ParcoursForm
      title={reference.status === 'PROPOSEE' ? 'Enregistrer la décision de la personne' : 'Faire évoluer la référence'}
      submitLabel="Enregistrer"
      pending={decide.isPending}
      error={decide.error}
      fields={DECISION_FIELDS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      className="parcours-subform"
    >
      <RadioButtons
        legend="Décision"
        name="type"
        state={clientErrors.type ? 'error' : 'default'}
        stateRelatedMessage={clientErrors.type}
        options={actions.map((a) => ({
          label: ACTION_LABELS[a],
          nativeInputProps: {
            checked: type === a,
            'aria-invalid': clientErrors.type ? true : undefined,
            onChange: () => {
              setType(a);
              touch();
            },
          },
        }))}
      />
      {type === 'ACCEPT' || type === 'CHANGE_REFERENT' ? (
        <SelectField
          label={type === 'ACCEPT' ? 'Référent choisi par la personne' : 'Nouveau référent choisi par la personne'}
          name="referentMemberId"
          hint="La personne choisit librement son référent parmi les intervenants actuels de sa liste."
          required
          value={referentMemberId}
          onValueChange={(v) => {
            setReferent(v);
            touch();
          }}
          error={errors.referentMemberId}
        >
          <option value="">Choisissez l'intervenant</option>
          {candidates.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName} — {m.organisation.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {type === 'SANS_SUITE' ? (
        <SelectField
          label="Motif"
          name="motive"
          required
          value={motive}
          onValueChange={(v) => {
            setMotive(v as SansSuiteMotive);
            touch();
          }}
          error={errors.motive}
        >
          <option value="">Choisissez le motif</option>
          {SANS_SUITE_MOTIVES.map((m) => (
            <option key={m} value={m}>
              {SANS_SUITE_MOTIVE_LABELS[m]}
            </option>
          ))}
        </SelectField>
      ) : null}
      {type === 'END' ? (
        <SelectField
          label="Raison"
          name="reason"
          required
          value={reason}
          onValueChange={(v) => {
            setReason(v as ReferenceEndReason);
            touch();
          }}
          error={errors.reason}
        >
          <option value="">Choisissez la raison</option>
          {REFERENCE_END_REASONS.map((r) => (
            <option key={r} value={r}>
              {REFERENCE_END_REASON_LABELS[r]}
            </option>
          ))}
        </SelectField>
      ) : null}
      {type === 'SANS_SUITE' || type === 'END' ? (
        <TextAreaField
          label={
            type === 'SANS_SUITE' && motive === 'AUTRE'
              ? 'Commentaire (expliquez le motif)'
              : 'Commentaire (facultatif)'
          }
          name="comment"
          rows={2}
          value={comment}
          onValueChange={(v) => {
            setComment(v);
            touch();
          }}
          error={errors.comment}
        />
      ) : null}
    </ParcoursForm>
  );
}

function History({ reference }: { reference: ReferenceData }) {
  if (!reference.history.length) return null;
  return (
    <section aria-labelledby="parcours-reference-historique" className="parcours-subsection">
      <h3 id="parcours-reference-historique" className={fr.cx('fr-h6')}>
        Historique de la référence
      </h3>
      <ol className="parcours-timeline">
        {reference.history.map((e, i) => (
          <li key={`${e.at}-${i}`} className="parcours-timeline__event">
            <p className="parcours-timeline__meta">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              {e.by ? ` · ${e.by.displayName}` : ''}
            </p>
            <p className="parcours-timeline__what">{describeEvent(e)}</p>
            {e.comment ? <p className="parcours-timeline__detail parcours-text">{e.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
