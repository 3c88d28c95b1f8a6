import { fr } from '@codegouvfr/react-dsfr';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CLAS_RULE_LABELS, clasSchemas, clasTransition, type ClasAction } from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { validate } from '../../app/validation';
import type { ClasDecisionInput, ClasDecisionKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { DECISION_LABELS } from './DecisionSummary';
import { eligibilitySummary } from './Eligibility';
import { TextAreaField } from './fields';
import { centsToInput, formatEuros, parseEuros } from './format';
import type { ClasProjectData } from './projectQueries';
import { useCloseClasProject, useDecideClasProject, useExamineClasProject } from './workflowQueries';

const CONFLICT =
  'Le projet a été modifié entre-temps (par un collègue ou par le porteur) : rechargez-le, vérifiez-le, puis recommencez.';

interface StepProps {
  project: ClasProjectData;
  onDone: (message: string) => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

/** A one-button step (put in instruction, close) under its own heading, offered only when the project's state allows it. */
export function StepCard({
  project,
  title,
  description,
  button,
  done,
  kind,
  onDone,
  onReload,
  reloading,
}: StepProps & { title: string; description: string; button: string; done: string; kind: 'examine' | 'close' }) {
  const titleId = useId();
  const examine = useExamineClasProject();
  const close = useCloseClasProject();
  const mutation = kind === 'examine' ? examine : close;
  const error = splitErrors(mutation.error, []);
  return (
    <section className={fr.cx('fr-card', 'fr-card--no-arrow', 'fr-p-3w')} aria-labelledby={titleId}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {title}
      </h3>
      <p className={fr.cx('fr-text--sm')}>{description}</p>
      <SaveErrorBanner
        conflict={error.conflict}
        conflictMessage={CONFLICT}
        reloadLabel="Recharger le projet"
        onReload={() => void onReload()}
        reloading={reloading}
        general={null}
      />
      <ErrorSummary general={error.conflict ? null : error.general} title="L'action n'a pas pu être faite" />
      <div>
        <Button
          busy={mutation.isPending}
          onClick={() =>
            mutation.mutate({ id: project.id, version: project.version }, { onSuccess: () => onDone(done) })
          }
        >
          {button}
        </Button>
      </div>
    </section>
  );
}

const DECISION_OPTIONS: {
  value: ClasDecisionKind;
  label: string;
  action: 'ACCEPT' | 'REFUSE' | 'REQUEST_COMPLETION';
}[] = [
  { value: 'ACCEPTE', label: 'Accepter', action: 'ACCEPT' },
  { value: 'REFUSE', label: 'Refuser', action: 'REFUSE' },
  { value: 'A_COMPLETER', label: 'Demander des compléments', action: 'REQUEST_COMPLETION' },
];
const FIELDS = ['decision', 'amountGrantedCents', 'reasons'] as const;
const FIELD_LABELS = { decision: 'Décision', amountGrantedCents: 'Montant accordé', reasons: 'Motifs' };

/** Summarises the decision before it is recorded (it concerns money and a holder's year). */
const confirmModal = createModal({ id: 'clas-confirmer-decision', isOpenedByDefault: false });

/**
 * Accept with an amount (prefilled with the estimate), refuse, or send back for completion, with reasons;
 * a DSFR modal summarises the decision (amount against the request, the rule results, the reasons) and
 * asks to confirm it. Cancelling changes nothing.
 */
export function DecisionForm({ project, onDone, onReload, reloading }: StepProps) {
  const titleId = useId();
  const options = DECISION_OPTIONS.filter((o) => project.allowedActions.includes(o.action));
  const [decision, setDecision] = useState<ClasDecisionKind>(options[0]?.value ?? 'ACCEPTE');
  const [amount, setAmount] = useState(centsToInput(project.fundingEstimateCents));
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<ClasDecisionInput | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const decide = useDecideClasProject();
  const server = splitErrors(decide.error, FIELDS, (p) => p.replace(/^input\./, ''));
  const err = (f: string) => errors[f] || server.fields[f] || undefined;
  const open = useIsModalOpen(confirmModal);

  // Cancelling (or closing) the summary changes nothing: back to the submit button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open && !decide.isPending && pending) {
      setPending(null);
      formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    }
    wasOpen.current = open;
  }, [open, decide.isPending, pending]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    decide.reset();
    const found: Record<string, string> = {};
    const cents = decision === 'ACCEPTE' ? parseEuros(amount) : null;
    if (decision === 'ACCEPTE' && (cents === undefined || cents === null))
      found.amountGrantedCents = 'Saisissez le montant accordé en euros (par exemple 1 950 ou 1 950,50).';
    const input: ClasDecisionInput = {
      projectId: project.id,
      version: project.version,
      decision,
      reasons: reasons.trim(),
      amountGrantedCents: cents ?? null,
    };
    if (!Object.keys(found).length)
      Object.assign(found, validate(clasSchemas.clasDecisionInput, input, { known: FIELDS }));
    if (!Object.keys(found).length) {
      const option = DECISION_OPTIONS.find((o) => o.value === decision)!;
      const action: ClasAction =
        option.action === 'ACCEPT'
          ? { type: 'ACCEPT', amountGrantedCents: cents ?? 0 }
          : { type: option.action, reasons: input.reasons };
      const transition = clasTransition(
        { status: project.status, requestedCents: project.fundingEstimateCents },
        action,
      );
      if (!transition.ok) found[option.action === 'ACCEPT' ? 'amountGrantedCents' : 'reasons'] = transition.reason;
    }
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setPending(input);
    confirmModal.open();
  }

  function confirm() {
    if (!pending) return;
    const granted = pending.amountGrantedCents;
    const kind = pending.decision;
    decide.mutate(pending, {
      onSuccess: () => {
        setPending(null);
        onDone(
          kind === 'ACCEPTE'
            ? `Projet accepté : ${formatEuros(granted)} accordés.`
            : kind === 'REFUSE'
              ? 'Projet refusé : le porteur en est informé.'
              : 'Compléments demandés : le projet revient au porteur.',
        );
      },
      onError: () => setPending(null),
    });
  }

  const requested = project.fundingEstimateCents;
  const eligibleCost = project.groups.reduce((s, g) => s + g.eligibleCostCents, 0);
  const flagged = project.eligibility.results.filter((r) => r.outcome !== 'PASS');
  const groupLabel = (i: number | null) =>
    i === null ? '' : ` (groupe ${i + 1}${project.groups[i]?.label ? ` : ${project.groups[i]!.label}` : ''})`;

  return (
    <section className={fr.cx('fr-card', 'fr-card--no-arrow', 'fr-p-3w')} aria-labelledby={titleId}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        Décision
      </h3>
      <p className={fr.cx('fr-text--sm')}>
        La décision garde les résultats des règles et la configuration de l'année tels qu'ils sont maintenant. Un résumé
        vous est présenté avant l'enregistrement.
      </p>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
        <RadioButtons
          legend="Décision"
          name="decision"
          orientation="horizontal"
          state={err('decision') ? 'error' : 'default'}
          stateRelatedMessage={err('decision')}
          options={options.map((o) => ({
            label: o.label,
            nativeInputProps: {
              value: o.value,
              checked: decision === o.value,
              onChange: () => {
                setDecision(o.value);
                setErrors({});
                decide.reset();
              },
            },
          }))}
        />
        {decision === 'ACCEPTE' ? (
          <TextField
            label="Montant accordé (€)"
            name="amountGrantedCents"
            required
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onValueChange={(v) => {
              setAmount(v);
              setErrors(({ amountGrantedCents: _, ...rest }) => rest);
            }}
            error={err('amountGrantedCents')}
            hint={`Prérempli avec la prestation calculée : ${formatEuros(requested)} au plus.`}
          />
        ) : null}
        <TextAreaField
          label={
            decision === 'ACCEPTE'
              ? 'Motifs (facultatif)'
              : decision === 'REFUSE'
                ? 'Motifs du refus'
                : 'Ce que le porteur doit compléter'
          }
          name="reasons"
          required={decision !== 'ACCEPTE'}
          value={reasons}
          onValueChange={(v) => {
            setReasons(v);
            setErrors(({ reasons: _, ...rest }) => rest);
          }}
          error={err('reasons')}
          rows={4}
        />
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={CONFLICT}
          reloadLabel="Recharger le projet"
          onReload={() => void onReload()}
          reloading={reloading}
          general={null}
        />
        <ErrorSummary
          fields={{ ...server.fields, ...errors }}
          general={server.conflict ? null : server.general}
          labels={FIELD_LABELS}
          order={FIELDS}
          title="La décision n'a pas été enregistrée"
        />
        <Button type="submit" variant={decision === 'REFUSE' ? 'danger' : 'primary'} busy={decide.isPending}>
          Enregistrer la décision
        </Button>
      </form>

      <confirmModal.Component
        title={pending ? `${DECISION_LABELS[pending.decision]} : confirmer la décision ?` : 'Confirmer la décision'}
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: 'Confirmer la décision', doClosesModal: true, onClick: confirm },
        ]}
      >
        {pending ? (
          <>
            <dl className="clas-review">
              <dt>Décision</dt>
              <dd>{DECISION_LABELS[pending.decision]}</dd>
              {pending.decision === 'ACCEPTE' ? (
                <>
                  <dt>Montant accordé</dt>
                  <dd>
                    <strong>{formatEuros(pending.amountGrantedCents)}</strong>
                    {typeof pending.amountGrantedCents === 'number' && pending.amountGrantedCents < requested
                      ? ` (${formatEuros(requested - pending.amountGrantedCents)} de moins que demandé)`
                      : ''}
                  </dd>
                </>
              ) : null}
              <dt>Montant demandé</dt>
              <dd>{formatEuros(requested)}, la prestation estimée (taux et plafond de l'année)</dd>
              <dt>Coût éligible déclaré</dt>
              <dd>{formatEuros(eligibleCost)}</dd>
              <dt>Règles</dt>
              <dd>{eligibilitySummary(project.eligibility)}</dd>
              <dt>{pending.decision === 'A_COMPLETER' ? 'À compléter' : 'Motifs'}</dt>
              <dd className="clas-text">{pending.reasons || 'Aucun'}</dd>
            </dl>
            {flagged.length ? (
              <>
                <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>Écarts aux règles gardés avec la décision :</p>
                <ul>
                  {flagged.map((r) => (
                    <li key={`${r.rule}-${r.groupIndex ?? 'p'}`}>
                      {CLAS_RULE_LABELS[r.rule]}
                      {groupLabel(r.groupIndex)} — {r.outcome === 'FAIL' ? 'non conforme' : 'avertissement'} : {r.value}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Toutes les règles sont respectées.</p>
            )}
            <p className={fr.cx('fr-text--sm')}>
              Le porteur verra la décision et ses motifs dès qu'elle sera enregistrée.
            </p>
          </>
        ) : (
          <p>Aucune décision à confirmer.</p>
        )}
      </confirmModal.Component>
    </section>
  );
}
