import { useState } from 'react';
import type { SolutionType } from '../../../gql/graphql';
import { DateField, SelectField } from '../../../ui/Field';
import { formatDate } from '../../../ui/format';
import { useCaseSolutionOffers, useRecordSolution } from '../caseQueries';
import { SOLUTION_TYPE_LABELS, keysOf } from '../labels';
import { parisToday } from '../../../ui/format';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['offerId', 'type', 'startDate', 'organisationId'] as const;

/** Age in whole years on a day (both yyyy-mm-dd). */
function ageOn(birthDate: string, day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
/** « (du 1 septembre 2026 au 30 juin 2027) », or the bound there is. */
function activePeriod(from: string | null | undefined, until: string | null | undefined): string {
  if (from && until) return ` (du ${formatDate(from)} au ${formatDate(until)})`;
  if (from) return ` (à partir du ${formatDate(from)})`;
  if (until) return ` (jusqu’au ${formatDate(until)})`;
  return '';
}

const LABELS = {
  offerId: 'Solution du catalogue',
  type: 'Type de solution',
  startDate: 'Date de début',
  organisationId: 'Organisation',
};

/** The solution found: its type, start date, and optionally the organisation that provides it. */
export function SolutionAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useRecordSolution(c);
  const [type, setType] = useState<SolutionType | ''>('');
  const [startDate, setStartDate] = useState(parisToday);
  const [organisationId, setOrganisationId] = useState('');
  const [offerId, setOfferId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // The catalogue's offers active today for the young person's commune and age: choosing one fills the
  // type and the organisation, and the solution records it (the server checks its type and dates again).
  const today = parisToday();
  const age = c.youngPerson ? ageOn(c.youngPerson.birthDate, today) : null;
  const offers = useCaseSolutionOffers(
    {
      platformId: c.platform?.id ?? null,
      communeName: c.youngPerson?.commune || null,
      age,
      activeOn: today,
    },
    Boolean(c.platform?.id),
  );
  const partners = c.platform?.partners ?? [];
  const chosen = offers.data?.find((o) => o.id === offerId);
  const organisations =
    chosen?.organisation && !partners.some((p) => p.id === chosen.organisation!.id)
      ? [...partners, chosen.organisation]
      : partners;
  const chooseOffer = (id: string) => {
    setOfferId(id);
    const offer = offers.data?.find((o) => o.id === id);
    if (offer) {
      setType(offer.solutionType);
      setOrganisationId(offer.organisation?.id ?? '');
    }
  };
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!type) errors.type = 'Choisissez le type de solution.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) errors.startDate = 'Indiquez la date de début au format jj/mm/aaaa.';
    else if (
      chosen &&
      ((chosen.activeFrom && startDate < chosen.activeFrom) || (chosen.activeUntil && startDate > chosen.activeUntil))
    )
      errors.offerId = `Cette solution n’est pas active à la date de début${activePeriod(chosen.activeFrom, chosen.activeUntil)}.`;
    if (chosen && type && type !== chosen.solutionType)
      errors.type = `Le type doit être celui de la solution choisie au catalogue : ${SOLUTION_TYPE_LABELS[chosen.solutionType].toLowerCase()}.`;
    setClientErrors(errors);
    if (Object.keys(errors).length || !type) return;
    const recorded = { type, startDate, organisationId: organisationId || null, offerId: offerId || null };
    runMutation(mutation.mutateAsync(recorded), async () => {
      setType('');
      setOrganisationId('');
      setOfferId('');
      await onDone(`Solution enregistrée : ${SOLUTION_TYPE_LABELS[type].toLowerCase()}.`);
    });
  }

  return (
    <ActionForm
      title="Enregistrer une solution"
      submitLabel="Enregistrer la solution"
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      labels={LABELS}
      anchor="action-solution"
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    >
      {offers.data && offers.data.length > 0 ? (
        <SelectField
          label="Solution du catalogue"
          name="offerId"
          hint="Facultatif : les solutions actives pour la commune et l’âge du jeune ; le choix remplit le type et l’organisation."
          value={offerId}
          onValueChange={chooseOffer}
          error={err('offerId')}
        >
          <option value="">Aucune (saisie libre)</option>
          {offers.data.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.organisation ? ` — ${o.organisation.name}` : ''}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField
        label="Type de solution"
        name="type"
        required
        value={type}
        onValueChange={(v) => setType(v as SolutionType | '')}
        error={err('type')}
      >
        <option value="">Choisir un type…</option>
        {keysOf(SOLUTION_TYPE_LABELS).map((k) => (
          <option key={k} value={k}>
            {SOLUTION_TYPE_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <DateField
        label="Date de début"
        name="startDate"
        required
        value={startDate}
        onValueChange={setStartDate}
        error={err('startDate')}
      />
      <SelectField
        label="Organisation"
        name="organisationId"
        hint="Facultatif : le partenaire qui porte la solution."
        value={organisationId}
        onValueChange={setOrganisationId}
        error={err('organisationId')}
      >
        <option value="">Aucune</option>
        {organisations.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
    </ActionForm>
  );
}
