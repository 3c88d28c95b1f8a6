import { useState } from 'react';
import { psad } from '@maillage/shared';
import { SelectField, TextField } from '../../../ui/Field';
import { useAssignCases, usePartnerCounsellors, useReassignCaseTo } from '../worklistQueries';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['organisationId', 'counsellorId', 'reason'] as const;
const LABELS = { organisationId: 'Partenaire', counsellorId: 'Conseiller', reason: 'Motif' };

interface CounsellorFieldProps {
  platformId: string | undefined;
  /** The partner chosen; the list stays empty until there is one. */
  organisationId: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * The optional counsellor of an assignment: the chosen partner's counsellors. The state of the list
 * (no partner yet, loading, none, unavailable) is the select's hint, so it is read with the control.
 */
export function CounsellorField({ platformId, organisationId, value, onValueChange, error }: CounsellorFieldProps) {
  const counsellors = usePartnerCounsellors(platformId, organisationId || undefined);
  const list = counsellors.data ?? [];
  const hint = !organisationId
    ? 'Choisissez d’abord le partenaire.'
    : counsellors.isPending
      ? 'Chargement des conseillers…'
      : counsellors.isError
        ? 'La liste des conseillers n’a pas pu être chargée : le suivi peut être affecté sans conseiller.'
        : list.length === 0
          ? 'Aucun conseiller enregistré pour ce partenaire'
          : undefined;
  return (
    <SelectField
      label="Conseiller (facultatif)"
      name="counsellorId"
      value={list.some((c) => c.id === value) ? value : ''}
      onValueChange={onValueChange}
      hint={hint}
      error={error}
      disabled={list.length === 0}
    >
      <option value="">Aucun conseiller désigné</option>
      {list.map((c) => (
        <option key={c.id} value={c.id}>
          {c.displayName}
        </option>
      ))}
    </SelectField>
  );
}

/** Assignment of a case still to be handled (ASSIGN) or reassignment to another partner (REASSIGN): referents only. */
export function AssignAction({
  case: c,
  onDone,
  onReload,
  reloading,
  mode,
}: ActionProps & { mode: 'assign' | 'reassign' }) {
  const assign = useAssignCases();
  const reassign = useReassignCaseTo();
  const mutation = mode === 'assign' ? assign : reassign;
  const platformId = c.platform?.id;
  const partners = (c.platform?.partners ?? []).filter((p) => mode === 'assign' || p.id !== c.assignedOrganisation?.id);
  const [organisationId, setOrganisationId] = useState('');
  const [counsellorId, setCounsellorId] = useState('');
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!organisationId) errors.organisationId = 'Choisissez le partenaire.';
    setClientErrors(errors);
    if (Object.keys(errors).length) return;
    const name = partners.find((p) => p.id === organisationId)?.name ?? 'le partenaire';
    const common = { organisationId, counsellorId: counsellorId || null, reason: reason.trim() || null };
    const pending: Promise<unknown> =
      mode === 'assign'
        ? assign.mutateAsync({ platformId: platformId ?? '', cases: [{ id: c.id, version: c.version }], ...common })
        : reassign.mutateAsync({ caseId: c.id, version: c.version, ...common });
    runMutation<unknown>(pending, async () => {
      setOrganisationId('');
      setCounsellorId('');
      setReason('');
      await onDone(mode === 'assign' ? `Suivi affecté à ${name}.` : `Suivi réaffecté à ${name}.`);
    });
  }

  return (
    <ActionForm
      title={mode === 'assign' ? 'Affecter le suivi' : 'Réaffecter le suivi'}
      description={
        mode === 'assign'
          ? 'Confie le suivi à un partenaire de la plateforme.'
          : 'Confie le suivi à un autre partenaire de la plateforme.'
      }
      submitLabel={mode === 'assign' ? 'Affecter' : 'Réaffecter'}
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
      <SelectField
        label="Partenaire"
        name="organisationId"
        required
        value={organisationId}
        onValueChange={(value) => {
          setOrganisationId(value);
          // A counsellor belongs to one partner: a new partner starts with none.
          setCounsellorId('');
        }}
        error={err('organisationId')}
      >
        <option value="">Choisir un partenaire…</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <CounsellorField
        platformId={platformId}
        organisationId={organisationId}
        value={counsellorId}
        onValueChange={setCounsellorId}
        error={err('counsellorId')}
      />
      <TextField
        label="Motif"
        name="reason"
        hint="Facultatif."
        value={reason}
        onValueChange={setReason}
        maxLength={psad.CASE_REASON_MAX}
        error={err('reason')}
      />
    </ActionForm>
  );
}
