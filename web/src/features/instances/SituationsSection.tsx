import { fr } from '@codegouvfr/react-dsfr';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  CLOSE_OUTCOME_LABELS,
  CLOSE_OUTCOMES,
  instances,
  SITUATION_DECISION_LABELS,
  SITUATION_DECISIONS,
  type CloseOutcome,
  type SituationDecision,
} from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { useMe } from '../../app/me';
import { validate } from '../../app/validation';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/Field';
import { formatDate, formatDateTime } from '../../ui/format';
import { CounsellorField } from '../cases/actions/AssignAction';
import { useCasePlatforms } from '../cases/caseQueries';
import { CaseFlagBadges, CaseStatusBadge } from '../cases/CaseBadges';
import { TextAreaField } from '../clas/fields';
import { useDecideSituation, type MeetingDetail, type MeetingSituation } from './queries';
import { SubForm, type ReloadProps } from './SubForm';

const nameOf = (s: Pick<MeetingSituation, 'lastName' | 'firstNames'>) => `${s.lastName} ${s.firstNames}`;

interface Props extends ReloadProps {
  meeting: MeetingDetail;
}

/** A cotech's situations: what the caller may see of them, the decision on each, and the form to decide. */
export function SituationsSection({ meeting, onReload, reloading }: Props) {
  const me = useMe();
  const counselledOrgs = new Set(
    (me.data?.memberships ?? []).filter((m) => m.roles.includes('COUNSELLOR')).map((m) => m.organisation.id),
  );
  const isCounsellor = counselledOrgs.size > 0;
  const rows = meeting.situations;
  const until = formatDateTime(meeting.caseAccessUntil);
  const windowOver = new Date(meeting.caseAccessUntil).getTime() <= Date.now();
  const cancelled = meeting.status === 'ANNULEE';
  // A referent opens every case; a counsellor the ones their organisation holds.
  const opens = (s: MeetingSituation) =>
    meeting.canEdit || (s.assignedOrganisation ? counselledOrgs.has(s.assignedOrganisation.id) : false);

  return (
    <section aria-labelledby="titre-situations" className="meeting-section">
      <h2 id="titre-situations" className={fr.cx('fr-h4')}>
        Situations examinées
      </h2>
      {rows.length === 0 ? (
        <p>
          {meeting.canEdit
            ? 'Aucune situation n’est inscrite à ce comité.'
            : cancelled
              ? 'La réunion est annulée : ses situations ne sont plus accessibles aux partenaires invités.'
              : windowOver
                ? `Les situations examinées par ce comité ne sont plus accessibles aux partenaires invités depuis le ${until}.`
                : 'Aucune situation de ce comité ne vous est accessible.'}
        </p>
      ) : (
        <DataTable<MeetingSituation>
          caption={
            <>
              Situations à examiner ({rows.length}).{' '}
              <span className="meeting-caption__note">
                {cancelled
                  ? 'La réunion est annulée : les partenaires invités n’y ont plus accès.'
                  : windowOver
                    ? `Les partenaires invités y avaient accès jusqu’au ${until}.`
                    : `Les partenaires invités y ont accès jusqu’au ${until}.`}
              </span>
            </>
          }
          compact
          rows={rows}
          rowKey={(s) => s.caseId}
          className="situations-table"
          columns={[
            {
              key: 'name',
              header: 'Jeune',
              rowHeader: true,
              cell: (s) => (opens(s) ? <Link to={`/suivis/${s.caseId}`}>{nameOf(s)}</Link> : nameOf(s)),
            },
            { key: 'age', header: 'Âge', className: 'meetings__nowrap', cell: (s) => `${s.age} ans` },
            { key: 'commune', header: 'Commune', cell: (s) => s.commune || '—' },
            {
              key: 'status',
              header: 'Statut',
              cell: (s) => (
                <>
                  <CaseStatusBadge status={s.status} />
                  {s.assignedOrganisation ? (
                    <span className="meeting-caption__note fr-text--xs"> {s.assignedOrganisation.name}</span>
                  ) : null}
                </>
              ),
            },
            {
              key: 'contact',
              header: 'Dernier contact',
              className: 'meetings__nowrap',
              cell: (s) => (s.lastContactAt ? formatDate(s.lastContactAt) : 'Aucun'),
            },
            { key: 'flags', header: 'Alertes', cell: (s) => <CaseFlagBadges flags={s.flags} short /> },
            { key: 'proposal', header: 'Proposition', cell: (s) => s.proposal || '—' },
            {
              key: 'decision',
              header: 'Décision',
              cell: (s) =>
                s.decision ? (
                  <>
                    <strong>{SITUATION_DECISION_LABELS[s.decision]}</strong>
                    {s.decisionComment ? <span className="meeting-cell__line">{s.decisionComment}</span> : null}
                    {s.decidedAt ? (
                      <span className="meeting-cell__line meeting-caption__note">le {formatDate(s.decidedAt)}</span>
                    ) : null}
                  </>
                ) : (
                  'À décider'
                ),
            },
          ]}
        />
      )}
      {rows.length > 0 && !cancelled && (meeting.canEdit || isCounsellor) ? (
        <DecisionForm
          key={meeting.id}
          meeting={meeting}
          reviewOnly={!meeting.canEdit}
          onReload={onReload}
          reloading={reloading}
        />
      ) : null}
    </section>
  );
}

const FIELDS = ['caseId', 'decision', 'organisationId', 'counsellorId', 'toPlatformId', 'outcome', 'comment'];
const LABELS = {
  caseId: 'Situation',
  decision: 'Décision',
  organisationId: 'Partenaire',
  counsellorId: 'Conseiller',
  toPlatformId: 'Plateforme',
  outcome: 'Motif de clôture',
  comment: 'Commentaire',
};
/** The case actions' own paths (transfers, closing) → this form's fields. */
const decisionPath = (path: string) => {
  const p = path.replace(/^input\./, '');
  if (p === 'toOrganisationId') return 'organisationId';
  if (p === 'reason') return 'comment';
  return p;
};

/**
 * The decision on one situation, sent with the case's version read: a referent of the convening
 * platform applies any decision through the case's own rules (the server's refusal shown as it
 * says it); an invited counsellor records « à revoir au prochain cotech » only.
 */
function DecisionForm({ meeting, reviewOnly, onReload, reloading }: Props & { reviewOnly: boolean }) {
  const decide = useDecideSituation();
  const platforms = useCasePlatforms();
  const [caseId, setCaseId] = useState(meeting.situations.length === 1 ? meeting.situations[0]!.caseId : '');
  const [decision, setDecision] = useState<SituationDecision | ''>(reviewOnly ? 'REVOIR' : '');
  const [organisationId, setOrganisationId] = useState('');
  const [counsellorId, setCounsellorId] = useState('');
  const [target, setTarget] = useState<'organisation' | 'platform'>('organisation');
  const [toPlatformId, setToPlatformId] = useState('');
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [comment, setComment] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  // The server's messages at this form's fields (its reason for a refused rule goes to the summary).
  const server = splitErrors(decide.error, FIELDS, decisionPath).fields;
  const errors: Record<string, string | undefined> = { ...clientErrors, ...server };
  const situation = meeting.situations.find((s) => s.caseId === caseId);
  const partners = meeting.platform?.partners ?? [];
  const otherPlatforms = (platforms.data ?? []).filter((p) => p.id !== meeting.platform?.id);
  const touch = () => {
    setClientErrors({});
    setDone('');
  };

  function submit() {
    const input = {
      meetingId: meeting.id,
      caseId,
      caseVersion: situation?.caseVersion ?? 0,
      decision: decision || 'REVOIR',
      organisationId:
        decision === 'AFFECTER' || (decision === 'TRANSFERER' && target === 'organisation')
          ? organisationId || null
          : null,
      counsellorId: decision === 'AFFECTER' ? counsellorId || null : null,
      toPlatformId: decision === 'TRANSFERER' && target === 'platform' ? toPlatformId || null : null,
      outcome: decision === 'CLORE' ? outcome || null : null,
      comment: comment.trim() || null,
    };
    const found = validate(instances.decideSituation, input, { known: FIELDS });
    if (!situation) found.caseId = 'Choisissez la situation.';
    if (!decision) found.decision = 'Choisissez la décision.';
    if (decision === 'TRANSFERER' && target === 'platform' && !toPlatformId) {
      delete found.organisationId;
      found.toPlatformId = 'Choisissez la plateforme qui reprend le suivi.';
    }
    if (decision === 'CLORE' && outcome === 'AUTRE' && !comment.trim())
      found.comment = 'Un commentaire est obligatoire pour le motif « Autre ».';
    setClientErrors(found);
    if (Object.keys(found).length || !situation || !decision) return;
    setDone('');
    decide.mutate(input, {
      onSuccess: () => {
        setOrganisationId('');
        setCounsellorId('');
        setToPlatformId('');
        setOutcome('');
        setComment('');
        if (!reviewOnly) setDecision('');
        setDone(
          `Décision enregistrée pour ${nameOf(situation)} : ${SITUATION_DECISION_LABELS[decision].toLowerCase()}.`,
        );
      },
    });
  }

  return (
    <SubForm
      title={reviewOnly ? 'Proposer de revoir une situation au prochain comité' : 'Décider pour une situation'}
      description={
        reviewOnly
          ? 'En tant que partenaire invité, vous pouvez demander qu’une situation soit revue au prochain comité technique. Les autres décisions reviennent aux référents de la plateforme.'
          : 'La décision s’applique au suivi selon ses règles (affectation, transfert, clôture) et s’inscrit dans son historique.'
      }
      submitLabel={reviewOnly ? 'Enregistrer « À revoir »' : 'Enregistrer la décision'}
      pending={decide.isPending}
      error={decide.error}
      onResetError={() => decide.reset()}
      fields={FIELDS}
      mapPath={decisionPath}
      labels={LABELS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
      className="meeting-decision"
    >
      <SelectField
        label="Situation"
        name="caseId"
        required
        value={caseId}
        onValueChange={(id) => {
          setCaseId(id);
          touch();
          decide.reset();
        }}
        error={errors.caseId}
      >
        <option value="">Choisir une situation…</option>
        {meeting.situations.map((s) => (
          <option key={s.caseId} value={s.caseId}>
            {`${nameOf(s)} (${s.age} ans)${s.decision ? ` — ${SITUATION_DECISION_LABELS[s.decision].toLowerCase()}` : ''}`}
          </option>
        ))}
      </SelectField>
      {reviewOnly ? null : (
        <div data-field="decision">
          <RadioButtons
            legend="Décision"
            name="decision"
            state={errors.decision ? 'error' : 'default'}
            stateRelatedMessage={errors.decision}
            options={SITUATION_DECISIONS.map((d) => ({
              label: SITUATION_DECISION_LABELS[d],
              nativeInputProps: {
                checked: decision === d,
                onChange: () => {
                  setDecision(d);
                  touch();
                  decide.reset();
                },
              },
            }))}
          />
        </div>
      )}
      {decision === 'AFFECTER' ? (
        <>
          <SelectField
            label="Partenaire"
            name="organisationId"
            required
            value={organisationId}
            onValueChange={(v) => {
              setOrganisationId(v);
              setCounsellorId('');
              touch();
            }}
            error={errors.organisationId}
          >
            <option value="">Choisir un partenaire…</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <CounsellorField
            platformId={meeting.platform?.id ?? ''}
            organisationId={organisationId}
            value={counsellorId}
            onValueChange={setCounsellorId}
            error={errors.counsellorId}
          />
        </>
      ) : null}
      {decision === 'TRANSFERER' ? (
        <>
          <RadioButtons
            legend="Vers"
            name="transfer-target"
            orientation="horizontal"
            options={[
              {
                label: 'Un autre partenaire de la plateforme',
                nativeInputProps: { checked: target === 'organisation', onChange: () => setTarget('organisation') },
              },
              {
                label: 'Une autre plateforme (déménagement)',
                nativeInputProps: { checked: target === 'platform', onChange: () => setTarget('platform') },
              },
            ]}
          />
          {target === 'organisation' ? (
            <SelectField
              label="Partenaire qui reprend le suivi"
              name="organisationId"
              required
              value={organisationId}
              onValueChange={(v) => {
                setOrganisationId(v);
                touch();
              }}
              error={errors.organisationId}
            >
              <option value="">Choisir un partenaire…</option>
              {partners
                .filter((p) => p.id !== situation?.assignedOrganisation?.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </SelectField>
          ) : (
            <SelectField
              label="Plateforme qui reprend le suivi"
              name="toPlatformId"
              required
              value={toPlatformId}
              onValueChange={(v) => {
                setToPlatformId(v);
                touch();
              }}
              error={errors.toPlatformId}
            >
              <option value="">
                {platforms.isPending ? 'Chargement des plateformes…' : 'Choisir une plateforme…'}
              </option>
              {otherPlatforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          )}
        </>
      ) : null}
      {decision === 'CLORE' ? (
        <SelectField
          label="Motif de clôture"
          name="outcome"
          required
          value={outcome}
          onValueChange={(v) => {
            setOutcome(v as CloseOutcome | '');
            touch();
          }}
          error={errors.outcome}
        >
          <option value="">Choisir un motif…</option>
          {CLOSE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {CLOSE_OUTCOME_LABELS[o]}
            </option>
          ))}
        </SelectField>
      ) : null}
      {decision ? (
        <TextAreaField
          label={
            decision === 'TRANSFERER'
              ? 'Motif du transfert'
              : decision === 'AFFECTER'
                ? 'Motif (facultatif)'
                : decision === 'CLORE'
                  ? 'Commentaire'
                  : 'Commentaire (facultatif)'
          }
          name="comment"
          rows={2}
          hint={
            decision === 'TRANSFERER'
              ? 'Sans motif, « Décision du comité technique » est inscrit.'
              : decision === 'CLORE'
                ? 'Obligatoire pour le motif « Autre ».'
                : decision === 'REVOIR'
                  ? 'Ce qu’il faudra regarder au prochain comité.'
                  : undefined
          }
          value={comment}
          onValueChange={(v) => {
            setComment(v);
            touch();
          }}
          error={errors.comment}
          maxLength={1000}
        />
      ) : null}
    </SubForm>
  );
}
