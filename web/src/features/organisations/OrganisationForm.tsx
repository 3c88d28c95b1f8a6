import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useFocusFirstInvalid } from '../../app/formErrors';
import type { OrganisationKind } from '../../gql/graphql';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '../identity/labels';
import { TerritorySelect } from '../identity/TerritorySelect';

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | '';
  uai: string;
  fase: string;
  lyceeTeteDeReseau: boolean;
  address: string;
  postalCode: string;
  communeInsee: string;
  communeName: string;
  territoryId: string;
  email: string;
  phone: string;
  website: string;
}

export const ORGANISATION_FIELDS = [
  'name',
  'kind',
  'uai',
  'fase',
  'lyceeTeteDeReseau',
  'address',
  'postalCode',
  'communeInsee',
  'communeName',
  'territoryId',
  'email',
  'phone',
  'website',
] as const;

const ORGANISATION_LABELS: Record<string, string> = {
  name: "Nom de l'organisation",
  kind: "Type d'organisation",
  uai: 'UAI',
  fase: 'Numéro FASE',
  lyceeTeteDeReseau: 'Lycée tête de réseau',
  address: 'Adresse',
  postalCode: 'Code postal',
  communeInsee: 'Code INSEE de la commune',
  communeName: 'Nom de la commune',
  territoryId: 'Territoire',
  email: 'E-mail de contact',
  phone: 'Téléphone',
  website: 'Site web',
};

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  name: '',
  kind: '',
  uai: '',
  fase: '',
  lyceeTeteDeReseau: false,
  address: '',
  postalCode: '',
  communeInsee: '',
  communeName: '',
  territoryId: '',
  email: '',
  phone: '',
  website: '',
};

type TextKey = Exclude<keyof OrganisationFormValues, 'lyceeTeteDeReseau' | 'kind'>;

interface OrganisationFormProps {
  initialValues: OrganisationFormValues;
  submitLabel: string;
  pending: boolean;
  /** Server-side messages keyed by field name. */
  serverErrors: Record<string, string>;
  /** The server's message for the whole form (a reason no field carries), shown in the summary. */
  serverGeneral?: string | null;
  /** Shown above the fields: the stale-version alert with its reload. */
  banner?: ReactNode;
  /** Extra checks (the shared zod schema), messages keyed by field name. */
  validateValues?: (values: OrganisationFormValues) => Record<string, string>;
  onSubmit: (values: OrganisationFormValues) => void;
}

/** The organisation fields, for creating and for editing. */
export function OrganisationForm({
  initialValues,
  submitLabel,
  pending,
  serverErrors,
  serverGeneral,
  banner,
  validateValues,
  onSubmit,
}: OrganisationFormProps) {
  const [values, setValues] = useState<OrganisationFormValues>(initialValues);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...localErrors };
  useFocusFirstInvalid(formRef, errors);
  function set<K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function text(
    key: TextKey,
    label: string,
    extra: { type?: string; hint?: string; autoComplete?: string; required?: boolean } = {},
  ) {
    return (
      <div className={fr.cx('fr-fieldset__element')}>
        <TextField
          label={label}
          type={extra.type ?? 'text'}
          hint={extra.hint}
          autoComplete={extra.autoComplete ?? 'off'}
          required={extra.required}
          name={key}
          value={values[key]}
          onValueChange={(value) => set(key, value)}
          error={errors[key]}
        />
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = "Saisissez le nom de l'organisation.";
    if (!values.kind) found.kind = "Choisissez le type d'organisation.";
    if (!found.name && !found.kind && validateValues) Object.assign(found, validateValues(values));
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    onSubmit(values);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      {banner}
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Identification</legend>
        {text('name', "Nom de l'organisation", { required: true })}
        <div className={fr.cx('fr-fieldset__element')}>
          <SelectField
            label="Type d'organisation"
            required
            name="kind"
            value={values.kind}
            onValueChange={(value) => set('kind', value as OrganisationKind | '')}
            error={errors.kind}
          >
            <option value="">Choisir un type</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ORGANISATION_KIND_LABELS[kind]}
              </option>
            ))}
          </SelectField>
        </div>
        {text('uai', 'UAI', {
          hint: "Identifiant de l'établissement scolaire (EPLE) : 7 chiffres et une lettre, par exemple 0180005H.",
        })}
        {/* The server refuses it for anything but a Belgian school: offered only then. */}
        {values.kind === 'ECOLE' || values.fase
          ? text('fase', 'Numéro FASE', {
              hint:
                values.kind === 'ECOLE'
                  ? 'Numéro de l’école dans la base FASE de la Fédération Wallonie-Bruxelles : 1 à 6 chiffres.'
                  : 'Pour une école belge seulement : videz-le pour un autre type.',
            })
          : null}
        {/* The server refuses it for anything but an EPLE: offered only then. */}
        <div className={fr.cx('fr-fieldset__element')}>
          {values.kind === 'EPLE' || values.lyceeTeteDeReseau ? (
            <CheckboxField
              label="Lycée tête de réseau"
              name="lyceeTeteDeReseau"
              checked={values.lyceeTeteDeReseau}
              onCheckedChange={(checked) => set('lyceeTeteDeReseau', checked)}
              hint={values.kind === 'EPLE' ? undefined : 'Pour un EPLE seulement : décochez-la pour un autre type.'}
              error={errors.lyceeTeteDeReseau}
            />
          ) : null}
        </div>
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Localisation</legend>
        {text('address', 'Adresse', { autoComplete: 'street-address' })}
        {text('postalCode', 'Code postal', { autoComplete: 'postal-code' })}
        {text('communeInsee', 'Code INSEE de la commune', { hint: '5 caractères, par exemple 59350.' })}
        {text('communeName', 'Nom de la commune')}
        <div className={fr.cx('fr-fieldset__element')}>
          <TerritorySelect
            value={values.territoryId}
            onValueChange={(value) => set('territoryId', value)}
            emptyLabel="Aucun territoire"
            error={errors.territoryId}
          />
        </div>
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Contacts</legend>
        {text('email', 'E-mail de contact', { type: 'email' })}
        {text('phone', 'Téléphone', { type: 'tel' })}
        {text('website', 'Site web', { type: 'url', hint: 'Adresse complète, par exemple https://www.exemple.fr' })}
      </fieldset>
      <ErrorSummary fields={errors} general={serverGeneral} labels={ORGANISATION_LABELS} order={ORGANISATION_FIELDS} />
      <div className="form__actions">
        <Button type="submit" busy={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Form values from an organisation read from the API. */
export function organisationToValues(organisation: {
  name: string;
  kind: OrganisationKind;
  uai?: string | null;
  fase?: string | null;
  lyceeTeteDeReseau: boolean;
  address?: string | null;
  postalCode?: string | null;
  communeInsee?: string | null;
  communeName?: string | null;
  territory?: { id: string } | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
}): OrganisationFormValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    uai: organisation.uai ?? '',
    fase: organisation.fase ?? '',
    lyceeTeteDeReseau: organisation.lyceeTeteDeReseau,
    address: organisation.address ?? '',
    postalCode: organisation.postalCode ?? '',
    communeInsee: organisation.communeInsee ?? '',
    communeName: organisation.communeName ?? '',
    territoryId: organisation.territory?.id ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
  };
}
