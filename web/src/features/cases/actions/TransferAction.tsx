import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Field, SelectField } from '../../../ui/Field';
import { useCasePlatforms, useProposeTransfer } from '../caseQueries';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['toOrganisationId', 'toPlatformId', 'reason'] as const;
const LABELS = {
  toOrganisationId: 'Partenaire destinataire',
  toPlatformId: 'Plateforme destinataire',
  reason: 'Motif',
};

/** Proposes the case to another partner of the platform, or to another platform (moved away). */
export function TransferAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useProposeTransfer(c);
  const platforms = useCasePlatforms();
  const [kind, setKind] = useState<'organisation' | 'platform'>('organisation');
  const [toOrganisationId, setToOrganisationId] = useState('');
  const [toPlatformId, setToPlatformId] = useState('');
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);
  const partners = (c.platform?.partners ?? []).filter((p) => p.id !== c.assignedOrganisation?.id);
  const otherPlatforms = (platforms.data ?? []).filter((p) => p.id !== c.platform?.id);

  function submit() {
    const errors: Record<string, string> = {};
    if (kind === 'organisation' && !toOrganisationId)
      errors.toOrganisationId = 'Choisissez le partenaire destinataire.';
    if (kind === 'platform' && !toPlatformId) errors.toPlatformId = 'Choisissez la plateforme destinataire.';
    if (reason.trim().length < 3) errors.reason = 'Un motif est obligatoire (3 caractères au moins).';
    if (reason.length > 1000) errors.reason = 'Le motif fait 1000 caractères au plus.';
    setClientErrors(errors);
    if (Object.keys(errors).length) return;
    const to =
      kind === 'organisation'
        ? (partners.find((p) => p.id === toOrganisationId)?.name ?? 'le partenaire')
        : (otherPlatforms.find((p) => p.id === toPlatformId)?.name ?? 'la plateforme');
    runMutation(
      mutation.mutateAsync({
        toOrganisationId: kind === 'organisation' ? toOrganisationId : null,
        toPlatformId: kind === 'platform' ? toPlatformId : null,
        reason: reason.trim(),
      }),
      async () => {
        setReason('');
        await onDone(`Transfert proposé à ${to}. Le suivi reste ici tant que le destinataire ne l’a pas accepté.`);
      },
    );
  }

  return (
    <ActionForm
      title="Proposer un transfert"
      description="Le suivi reste chez vous jusqu’à ce que le destinataire accepte."
      submitLabel="Proposer le transfert"
      variant="secondary"
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      labels={LABELS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    >
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Destinataire</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <div className={fr.cx('fr-radio-group')}>
            <input
              type="radio"
              id={`${c.id}-vers-partenaire`}
              name="transfer-kind"
              checked={kind === 'organisation'}
              onChange={() => setKind('organisation')}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${c.id}-vers-partenaire`}>
              Un autre partenaire de la plateforme
            </label>
          </div>
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <div className={fr.cx('fr-radio-group')}>
            <input
              type="radio"
              id={`${c.id}-vers-plateforme`}
              name="transfer-kind"
              checked={kind === 'platform'}
              onChange={() => setKind('platform')}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${c.id}-vers-plateforme`}>
              Une autre plateforme (déménagement)
            </label>
          </div>
        </div>
      </fieldset>
      {kind === 'organisation' ? (
        <SelectField
          label="Partenaire destinataire"
          name="toOrganisationId"
          required
          value={toOrganisationId}
          onValueChange={setToOrganisationId}
          error={err('toOrganisationId')}
        >
          <option value="">Choisir un partenaire…</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label="Plateforme destinataire"
          name="toPlatformId"
          required
          value={toPlatformId}
          onValueChange={setToPlatformId}
          error={err('toPlatformId')}
        >
          <option value="">{platforms.isPending ? 'Chargement des plateformes…' : 'Choisir une plateforme…'}</option>
          {otherPlatforms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      <Field label="Motif" required hint="1000 caractères au plus." error={err('reason')}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
    </ActionForm>
  );
}
