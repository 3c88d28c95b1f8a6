import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  CPMS_CONTRACT_ACTION_LABELS,
  CPMS_EXCHANGE_WAY_LABELS,
  CPMS_EXCHANGE_WAYS,
  CPMS_SYSTEM_OBJECTIVE_LABELS,
  exchangeNameWarnings,
  type CpmsContractStatus,
  type CpmsExchangeWay,
} from '@maillage/shared/cpms-contracts';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { CheckboxField, DateField, Field, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { formatDate, formatDateTime, parisToday } from '../../../ui/format';
import type { CpmsContractFieldsFragment } from '../../../gql/graphql';
import { ContractTextForm } from './ContractTextForm';
import { ContractsNav, EvaluationDueBadge, formatNumber, LEAD_TEXT, StatusBadge } from './parts';
import {
  LogExchangeDocument,
  RecordReachedDocument,
  ScheduleConcertationDocument,
  SignContractDocument,
  StepContractDocument,
  useContract,
  useContractMutation,
} from './queries';

type Contract = CpmsContractFieldsFragment;

export function ContractPage() {
  const { id = '' } = useParams();
  const query = useContract(id);
  const contract = query.data?.cpmsContract;
  usePageTitle(contract ? `Contrat avec ${contract.school.name}` : 'Contrat CPMS–école');
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!contract)
    return (
      <div className={fr.cx('fr-container', 'fr-my-4w')}>
        <h1>Contrat introuvable</h1>
        <p>Ce contrat n’existe pas, ou vous n’y avez pas accès.</p>
        <Link to="/cpms/contrats">Retour aux contrats</Link>
      </div>
    );
  const status = contract.status as CpmsContractStatus;
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>
        Contrat {contract.cpms.name} – {contract.school.name}
      </h1>
      <ContractsNav current="contrats" />
      <p>
        <StatusBadge status={status} /> <EvaluationDueBadge status={status} due={contract.evaluationDue} />
      </p>
      <EvaluationNotice contract={contract} />
      <StatusMessage message={message} />
      <StatusActions contract={contract} onDone={setMessage} />
      {contract.textEditable && editing ? (
        <ContractTextForm
          contract={contract}
          onDone={(m) => {
            setEditing(false);
            setMessage(m);
          }}
          onCancel={() => setEditing(false)}
          onReload={() => {
            setEditing(false);
            void query.refetch();
          }}
        />
      ) : contract.textEditable ? (
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setEditing(true);
              setMessage(null);
            }}
          >
            Modifier le texte du contrat
          </Button>
        </p>
      ) : null}

      <h2>Plan de pilotage</h2>
      <p>
        « {contract.plan.title} » — évaluation finale le {formatDate(contract.plan.endEvaluationOn as string)}
        {contract.plan.midEvaluationOn
          ? `, à mi-parcours le ${formatDate(contract.plan.midEvaluationOn as string)}`
          : ''}
        .
      </p>
      <h3>Objectifs du plan que le contrat soutient</h3>
      {contract.objectives.length ? (
        <ul>
          {contract.objectives.map((o) => (
            <li key={o.code}>
              <strong>{CPMS_SYSTEM_OBJECTIVE_LABELS[o.code]}</strong> — {o.wording}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun objectif choisi.</p>
      )}

      <h2>Actions du centre</h2>
      {contract.actions.length ? (
        <ul>
          {contract.actions.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      ) : (
        <p>Aucune action saisie.</p>
      )}
      <h2>Engagements</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <h3>Du centre</h3>
          <p>{contract.cpmsCommitments ?? '—'}</p>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <h3>De l’école</h3>
          <p>{contract.schoolCommitments ?? '—'}</p>
        </div>
      </div>

      <h2>Circulation de l’information</h2>
      <p className={fr.cx('fr-text--sm')}>
        Dans le respect du secret professionnel des agents du centre : ce qui circule, comment, et avec l’accord de qui.
      </p>
      {contract.informationFlows.length ? (
        <div className={fr.cx('fr-table')}>
          <table>
            <caption>Modalités convenues</caption>
            <thead>
              <tr>
                <th scope="col">Information</th>
                <th scope="col">Moyen</th>
                <th scope="col">Accord de</th>
              </tr>
            </thead>
            <tbody>
              {contract.informationFlows.map((f, i) => (
                <tr key={i}>
                  <td>{f.what}</td>
                  <td>{f.how}</td>
                  <td>{f.consent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune modalité saisie.</p>
      )}

      <h2>Indicateurs</h2>
      {contract.indicators.length ? (
        <div className={fr.cx('fr-table')}>
          <table>
            <caption>Indicateurs, situation de départ, cible et valeur atteinte à l’évaluation</caption>
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Départ</th>
                <th scope="col">Cible</th>
                <th scope="col">Atteint</th>
              </tr>
            </thead>
            <tbody>
              {contract.indicators.map((i, n) => (
                <tr key={n}>
                  <td>{i.label}</td>
                  <td>{formatNumber(i.baseline)}</td>
                  <td>{formatNumber(i.target)}</td>
                  <td>
                    {formatNumber(i.reached)}
                    {i.achieved === null ? '' : i.achieved ? ' (cible atteinte)' : ' (cible non atteinte)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun indicateur saisi.</p>
      )}

      {contract.canEdit && contract.status === 'EN_EVALUATION' ? (
        <ReachedForm contract={contract} onDone={setMessage} />
      ) : null}

      <h2>Signatures</h2>
      <ul>
        {(['CPMS', 'ECOLE'] as const).map((party) => {
          const s = contract.signatures.find((x) => x.party === party);
          const who =
            party === 'CPMS' ? `Pour le centre (${contract.cpms.name})` : `Pour l’école (${contract.school.name})`;
          return (
            <li key={party}>
              {who} : {s ? `signé par ${s.signerName} le ${formatDateTime(s.signedAt as string)}` : 'pas encore signé'}
            </li>
          );
        })}
      </ul>

      <h2>Concertations</h2>
      {contract.concertations.length ? (
        <ul>
          {contract.concertations.map((m) => (
            <li key={m.id}>
              <Link to={`/instances/${m.id}`}>{m.title}</Link> — {formatDateTime(m.startsAt as string)}
              {m.place ? `, ${m.place}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune concertation planifiée.</p>
      )}

      {contract.canScheduleConcertation ? <ConcertationForm contract={contract} onDone={setMessage} /> : null}

      <h2>Journal des échanges</h2>
      {contract.exchanges.length ? (
        <div className={fr.cx('fr-table')}>
          <table>
            <caption>Échanges entre l’école et le centre ({contract.exchanges.length})</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Mode</th>
                <th scope="col">Participants</th>
                <th scope="col">Objet</th>
                <th scope="col">Convenu</th>
              </tr>
            </thead>
            <tbody>
              {contract.exchanges.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.occurredOn as string)}</td>
                  <td>{CPMS_EXCHANGE_WAY_LABELS[e.way as CpmsExchangeWay]}</td>
                  <td>{e.participants}</td>
                  <td>{e.subject}</td>
                  <td>{e.agreed || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun échange noté.</p>
      )}
      {contract.canLogExchange ? <ExchangeForm contractId={contract.id} onDone={setMessage} /> : null}
    </div>
  );
}

/** Says ahead of time that the contract is evaluated with the school's plan. */
function EvaluationNotice({ contract }: { contract: Contract }) {
  const status = contract.status as CpmsContractStatus;
  const due = contract.evaluationDue;
  if (!['SIGNE', 'EN_EVALUATION'].includes(status) || (!due.announced && due.daysLeft >= 0)) return null;
  return (
    <div
      className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-3w')}
      role="region"
      aria-label="Évaluation du contrat"
    >
      <h2 className={fr.cx('fr-alert__title')}>
        {due.daysLeft >= 0
          ? `Évaluation du contrat dans ${due.daysLeft} jour${due.daysLeft > 1 ? 's' : ''}`
          : 'Évaluation du contrat à faire'}
      </h2>
      <p>
        Le plan de pilotage de l’école est évalué le {formatDate(due.dueOn as string)} : le contrat s’évalue en même
        temps (annonce {LEAD_TEXT} avant). Préparez les valeurs atteintes des indicateurs.
      </p>
    </div>
  );
}

function StatusActions({ contract, onDone }: { contract: Contract; onDone: (m: string) => void }) {
  const step = useContractMutation((action: string) =>
    gqlRequest(StepContractDocument, {
      input: { id: contract.id, version: contract.version, action: action as never },
    }),
  );
  const sign = useContractMutation(() =>
    gqlRequest(SignContractDocument, {
      input: { id: contract.id, version: contract.version, party: contract.canSignAs! },
    }),
  );
  const error = step.error ?? sign.error;
  const errors = splitErrors(error, []);
  if (!contract.steps.length && !contract.canSignAs) return null;
  return (
    <section aria-labelledby="contract-actions" className={fr.cx('fr-mb-3w')}>
      <h2 id="contract-actions" className={fr.cx('fr-h4')}>
        Étapes du contrat
      </h2>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        {contract.canSignAs ? (
          <li>
            <Button
              busy={sign.isPending}
              onClick={() =>
                sign.mutate(undefined, {
                  onSuccess: () =>
                    onDone(contract.canSignAs === 'CPMS' ? 'Signé pour le centre.' : 'Signé pour l’école.'),
                })
              }
            >
              {contract.canSignAs === 'CPMS' ? 'Signer pour le centre' : 'Signer pour l’école'}
            </Button>
          </li>
        ) : null}
        {contract.steps.map((s) => (
          <li key={s}>
            <Button
              variant="secondary"
              busy={step.isPending && step.variables === s}
              onClick={() => step.mutate(s, { onSuccess: () => onDone(`${CPMS_CONTRACT_ACTION_LABELS[s]} : fait.`) })}
            >
              {CPMS_CONTRACT_ACTION_LABELS[s]}
            </Button>
          </li>
        ))}
      </ul>
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage={errors.general ?? ''}
        reloadLabel="Recharger le contrat"
        onReload={() => window.location.reload()}
        reloading={false}
        general={errors.conflict ? null : errors.general}
      />
    </section>
  );
}

const EXCHANGE_FIELDS = ['occurredOn', 'way', 'participants', 'subject', 'agreed', 'acknowledgeNames'];

function ExchangeForm({ contractId, onDone }: { contractId: string; onDone: (m: string) => void }) {
  const blank = { occurredOn: parisToday(), way: 'REUNION', participants: '', subject: '', agreed: '' };
  const [v, setV] = useState(blank);
  const [acknowledged, setAcknowledged] = useState(false);
  const [warned, setWarned] = useState<{ field: string; match: string }[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useContractMutation(() =>
    gqlRequest(LogExchangeDocument, {
      input: { contractId, ...v, way: v.way as CpmsExchangeWay, acknowledgeNames: acknowledged },
    }),
  );
  const errors = splitErrors(mutation.error, EXCHANGE_FIELDS, (p) => p.replace(/^input\./, ''));
  // A name warning (the server asks for the confirmation) is shown once, as the warning below.
  const fieldErrors = warned.length && !acknowledged ? {} : errors.fields;
  useFocusFirstInvalid(formRef, fieldErrors);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = exchangeNameWarnings(v);
    setWarned(names);
    if (names.length && !acknowledged) return;
    mutation.mutate(undefined, {
      onSuccess: () => {
        setV(blank);
        setAcknowledged(false);
        setWarned([]);
        onDone('Échange ajouté au journal.');
      },
    });
  };
  const LABELS = {
    occurredOn: 'Date',
    way: 'Mode',
    participants: 'Participants',
    subject: 'Objet',
    agreed: 'Ce qui a été convenu',
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby="exchange-title" className={fr.cx('fr-mt-3w')}>
      <h3 id="exchange-title">Noter un échange</h3>
      <div className={fr.cx('fr-notice', 'fr-notice--info', 'fr-mb-2w')}>
        <div className={fr.cx('fr-container')}>
          <p className={fr.cx('fr-notice__title')}>
            Ce journal ne contient jamais l’identité d’un élève : ni nom, ni date de naissance, ni numéro de registre
            national. Désignez les personnes par leur fonction.
          </p>
        </div>
      </div>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <DateField
            label={LABELS.occurredOn}
            required
            value={v.occurredOn}
            onValueChange={(x) => setV({ ...v, occurredOn: x })}
            error={fieldErrors.occurredOn}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <SelectField
            label={LABELS.way}
            required
            value={v.way}
            onValueChange={(x) => setV({ ...v, way: x })}
            error={fieldErrors.way}
          >
            {CPMS_EXCHANGE_WAYS.map((w) => (
              <option key={w} value={w}>
                {CPMS_EXCHANGE_WAY_LABELS[w]}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextField
        label={LABELS.participants}
        hint="Fonctions ou services (ex. direction, titulaire de 3e, agent PMS)"
        required
        value={v.participants}
        onValueChange={(x) => setV({ ...v, participants: x })}
        error={fieldErrors.participants}
      />
      <TextField
        label={LABELS.subject}
        required
        value={v.subject}
        onValueChange={(x) => setV({ ...v, subject: x })}
        error={fieldErrors.subject}
      />
      <Field label={LABELS.agreed} error={fieldErrors.agreed}>
        {(props) => (
          <textarea {...props} rows={3} value={v.agreed} onChange={(e) => setV({ ...v, agreed: e.target.value })} />
        )}
      </Field>
      {warned.length ? (
        <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-2w')} role="alert">
          <p>
            Ce texte contient ce qui ressemble à un prénom et un nom ({warned.map((w) => `« ${w.match} »`).join(', ')}).
            Un élève ne doit jamais être nommé ici.
          </p>
          <CheckboxField
            label="Je confirme qu’il ne s’agit pas d’un élève (un professionnel, un service)"
            checked={acknowledged}
            onCheckedChange={setAcknowledged}
          />
        </div>
      ) : null}
      <FormActions
        errors={{ fields: fieldErrors, general: errors.general, labels: LABELS }}
        submitLabel="Ajouter au journal"
        busy={mutation.isPending}
        onCancel={() => {
          setV(blank);
          setWarned([]);
          mutation.reset();
        }}
        cancelLabel="Effacer"
      />
    </form>
  );
}

/** At evaluation, the centre's director records the value each indicator reached. */
function ReachedForm({ contract, onDone }: { contract: Contract; onDone: (m: string) => void }) {
  const [values, setValues] = useState(contract.indicators.map((i) => (i.reached === null ? '' : String(i.reached))));
  const mutation = useContractMutation(() =>
    gqlRequest(RecordReachedDocument, {
      input: {
        id: contract.id,
        version: contract.version,
        reached: values.map((v) => (v.trim() === '' ? null : Number(v.replace(',', '.')))),
      },
    }),
  );
  const errors = splitErrors(mutation.error, ['reached'], (p) => p.replace(/^input\./, '').replace(/\.\d+$/, ''));
  if (!contract.indicators.length) return null;
  return (
    <form
      noValidate
      aria-label="Valeurs atteintes"
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(undefined, { onSuccess: () => onDone('Valeurs atteintes enregistrées.') });
      }}
    >
      <h3>Valeurs atteintes à l’évaluation</h3>
      {contract.indicators.map((i, n) => (
        <TextField
          key={n}
          label={`${i.label} (départ ${formatNumber(i.baseline)}, cible ${formatNumber(i.target)})`}
          inputMode="decimal"
          value={values[n] ?? ''}
          onValueChange={(x) => setValues(values.map((v, k) => (k === n ? x : v)))}
          error={errors.fields.reached}
        />
      ))}
      <FormActions
        errors={{ fields: errors.fields, general: errors.general, labels: { reached: 'Valeurs atteintes' } }}
        submitLabel="Enregistrer les valeurs"
        busy={mutation.isPending}
        onCancel={() => setValues(contract.indicators.map((i) => (i.reached === null ? '' : String(i.reached))))}
      />
    </form>
  );
}

const CONCERTATION_LABELS = {
  title: 'Intitulé',
  day: 'Date',
  start: 'Début (hh:mm)',
  end: 'Fin (hh:mm)',
  place: 'Lieu',
};

/** The centre's staff schedule a concertation with the school: a meeting of the instances module. */
function ConcertationForm({ contract, onDone }: { contract: Contract; onDone: (m: string) => void }) {
  const blank = { title: 'Concertation école–centre', day: '', start: '09:00', end: '10:30', place: '' };
  const [v, setV] = useState(blank);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useContractMutation(() =>
    gqlRequest(ScheduleConcertationDocument, {
      input: {
        contractId: contract.id,
        title: v.title,
        startsAt: new Date(`${v.day}T${v.start}:00`).toISOString(),
        endsAt: new Date(`${v.day}T${v.end}:00`).toISOString(),
        place: v.place,
      },
    }),
  );
  const errors = splitErrors(mutation.error, ['title', 'startsAt', 'endsAt', 'place'], (p) =>
    p.replace(/^input\./, ''),
  );
  useFocusFirstInvalid(formRef, errors.fields);
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Planifier une concertation"
      onSubmit={(e) => {
        e.preventDefault();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v.day)) return;
        mutation.mutate(undefined, {
          onSuccess: () => {
            setV(blank);
            onDone('Concertation planifiée.');
          },
        });
      }}
    >
      <h3>Planifier une concertation</h3>
      <TextField
        label={CONCERTATION_LABELS.title}
        required
        value={v.title}
        onValueChange={(x) => setV({ ...v, title: x })}
        error={errors.fields.title}
      />
      <DateField
        label={CONCERTATION_LABELS.day}
        required
        value={v.day}
        onValueChange={(x) => setV({ ...v, day: x })}
        error={errors.fields.startsAt}
      />
      <TextField
        label={CONCERTATION_LABELS.start}
        required
        value={v.start}
        onValueChange={(x) => setV({ ...v, start: x })}
      />
      <TextField
        label={CONCERTATION_LABELS.end}
        required
        value={v.end}
        onValueChange={(x) => setV({ ...v, end: x })}
        error={errors.fields.endsAt}
      />
      <TextField
        label={CONCERTATION_LABELS.place}
        required
        value={v.place}
        onValueChange={(x) => setV({ ...v, place: x })}
        error={errors.fields.place}
      />
      <FormActions
        errors={{
          fields: errors.fields,
          general: errors.general,
          labels: { title: 'Intitulé', startsAt: 'Date', endsAt: 'Fin', place: 'Lieu' },
        }}
        submitLabel="Planifier"
        busy={mutation.isPending}
        onCancel={() => setV(blank)}
      />
    </form>
  );
}
