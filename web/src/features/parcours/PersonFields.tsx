import { parcoursSchemas } from '@maillage/shared';
import type { PersonInput } from '../../gql/graphql';
import { validate } from '../../app/validation';
import { CheckboxField, DateField, TextField } from '../../ui/Field';
import { OrganisationSelect } from './OrganisationSelect';
import { Fieldset } from './parts';

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

export const PERSON_FIELDS = [
  'lastName',
  'firstNames',
  'birthDate',
  'phone',
  'email',
  'address',
  'domiciled',
  'domiciliationOrganisationId',
] as const;

/** The fields' labels, for the error summary. */
export const PERSON_LABELS: Record<string, string> = {
  lastName: 'Nom',
  firstNames: 'Prénoms',
  birthDate: 'Date de naissance',
  phone: 'Téléphone',
  email: 'Adresse e-mail',
  address: 'Adresse',
  domiciled: 'Domiciliation',
  domiciliationOrganisationId: 'Organisme de domiciliation',
};

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
      <Fieldset legend="Identité">
        <TextField
          label="Nom"
          required
          value={values.lastName}
          name="lastName"
          onValueChange={(v) => set('lastName', v)}
          error={errors.lastName}
          autoComplete="off"
        />
        <TextField
          label="Prénoms"
          required
          value={values.firstNames}
          name="firstNames"
          onValueChange={(v) => set('firstNames', v)}
          error={errors.firstNames}
          autoComplete="off"
        />
        <DateField
          label="Date de naissance (facultative)"
          name="birthDate"
          value={values.birthDate}
          onValueChange={(v) => set('birthDate', v)}
          error={errors.birthDate}
        />
      </Fieldset>
      <Fieldset legend="Contact">
        <TextField
          label="Téléphone (facultatif)"
          type="tel"
          value={values.phone}
          name="phone"
          onValueChange={(v) => set('phone', v)}
          error={errors.phone}
          autoComplete="off"
        />
        <TextField
          label="Adresse e-mail (facultative)"
          type="email"
          value={values.email}
          name="email"
          onValueChange={(v) => set('email', v)}
          error={errors.email}
          autoComplete="off"
        />
        <TextField
          label="Adresse (facultative)"
          value={values.address}
          name="address"
          onValueChange={(v) => set('address', v)}
          error={errors.address}
          autoComplete="off"
        />
      </Fieldset>
      <Fieldset legend="Domiciliation">
        <CheckboxField
          label="La personne est domiciliée"
          hint="Domiciliation administrative auprès d'un organisme agréé (CCAS, association…), pour une personne sans domicile stable."
          checked={values.domiciled}
          onCheckedChange={(checked) =>
            onChange({
              ...values,
              domiciled: checked,
              domiciliationOrganisationId: checked ? values.domiciliationOrganisationId : '',
            })
          }
          error={errors.domiciled}
        />
        {values.domiciled ? (
          <OrganisationSelect
            label="Organisme de domiciliation (facultatif)"
            name="domiciliationOrganisationId"
            value={values.domiciliationOrganisationId}
            onValueChange={(v) => set('domiciliationOrganisationId', v)}
            error={errors.domiciliationOrganisationId}
            emptyLabel="Non renseigné"
          />
        ) : null}
      </Fieldset>
    </>
  );
}
