import { parcoursSchemas } from '@maillage/shared';
import type { PersonInput } from '../../gql/graphql';
import { validate } from '../../app/validation';
import { CheckboxField, TextField } from '../../ui/Field';
import { OrganisationSelect } from './OrganisationSelect';

/** The identity form's values, as typed. */
export interface PersonValues {
  lastName: string;
  firstNames: string;
  birthDate: string;
  phone: string;
  email: string;
  address: string;
  domiciled: boolean;
  domiciliationOrganisationId: string;
}

export const EMPTY_PERSON: PersonValues = {
  lastName: '',
  firstNames: '',
  birthDate: '',
  phone: '',
  email: '',
  address: '',
  domiciled: false,
  domiciliationOrganisationId: '',
};

export const PERSON_FIELDS = ['lastName', 'firstNames', 'birthDate', 'phone', 'email', 'address', 'domiciled', 'domiciliationOrganisationId'] as const;

export function personValuesOf(p: {
  lastName: string;
  firstNames: string;
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  domiciled: boolean;
  domiciliationOrganisation?: { id: string } | null;
}): PersonValues {
  return {
    lastName: p.lastName,
    firstNames: p.firstNames,
    birthDate: p.birthDate ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
    address: p.address ?? '',
    domiciled: p.domiciled,
    domiciliationOrganisationId: p.domiciliationOrganisation?.id ?? '',
  };
}

/** What the mutations take: empty fields as null. */
export function personInputOf(v: PersonValues): PersonInput {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    lastName: v.lastName.trim(),
    firstNames: v.firstNames.trim(),
    birthDate: orNull(v.birthDate),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
    domiciled: v.domiciled,
    domiciliationOrganisationId: v.domiciled ? orNull(v.domiciliationOrganisationId) : null,
  };
}

/** The shared rules (zod), checked before sending. */
export function validatePerson(v: PersonValues): Record<string, string> {
  return validate(parcoursSchemas.personInput, personInputOf(v));
}

/** Server paths "person.lastName" → "lastName". */
export const personPath = (path: string) => path.replace(/^person\./, '');

interface PersonFieldsProps {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  errors: Record<string, string | undefined>;
}

/** Identity, contact and domiciliation of a PA. */
export function PersonFields({ values, onChange, errors }: PersonFieldsProps) {
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <fieldset>
        <legend>Identité</legend>
        <TextField label="Nom" required value={values.lastName} onValueChange={(v) => set('lastName', v)} error={errors.lastName} autoComplete="off" />
        <TextField label="Prénoms" required value={values.firstNames} onValueChange={(v) => set('firstNames', v)} error={errors.firstNames} autoComplete="off" />
        <TextField label="Date de naissance (facultative)" type="date" value={values.birthDate} onValueChange={(v) => set('birthDate', v)} error={errors.birthDate} />
      </fieldset>
      <fieldset>
        <legend>Contact</legend>
        <TextField label="Téléphone (facultatif)" type="tel" value={values.phone} onValueChange={(v) => set('phone', v)} error={errors.phone} autoComplete="off" />
        <TextField label="Adresse e-mail (facultative)" type="email" value={values.email} onValueChange={(v) => set('email', v)} error={errors.email} autoComplete="off" />
        <TextField label="Adresse (facultative)" value={values.address} onValueChange={(v) => set('address', v)} error={errors.address} autoComplete="off" />
      </fieldset>
      <fieldset>
        <legend>Domiciliation</legend>
        <CheckboxField
          label="La personne est domiciliée"
          hint="Domiciliation administrative auprès d'un organisme agréé (CCAS, association…), pour une personne sans domicile stable."
          checked={values.domiciled}
          onCheckedChange={(checked) => onChange({ ...values, domiciled: checked, domiciliationOrganisationId: checked ? values.domiciliationOrganisationId : '' })}
          error={errors.domiciled}
        />
        {values.domiciled ? (
          <OrganisationSelect
            label="Organisme de domiciliation (facultatif)"
            value={values.domiciliationOrganisationId}
            onValueChange={(v) => set('domiciliationOrganisationId', v)}
            error={errors.domiciliationOrganisationId}
            emptyLabel="Non renseigné"
          />
        ) : null}
      </fieldset>
    </>
  );
}
