import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { searchKey } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid, type SplitErrors } from '../../app/formErrors';
import { GraphQLRequestError } from '../../app/graphql';
import type { OrganisationKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, pluralize } from '../identity/labels';
import { TerritorySelect } from '../identity/TerritorySelect';
import { usePlatformPartnerOptions, usePlatformReferentOptions } from './queries';

export interface PlatformFormValues {
  name: string;
  territoryId: string;
  referentIds: string[];
  partnerIds: string[];
}

export const PLATFORM_FIELDS = ['name', 'territoryId', 'referentIds', 'partnerIds'] as const;

export const EMPTY_PLATFORM: PlatformFormValues = { name: '', territoryId: '', referentIds: [], partnerIds: [] };

/** "referentIds.2" → "referentIds": a message about one item goes to its list. */
export function platformPath(path: string): string {
  return path.replace(/\.\d+$/, '');
}

/**
 * The mutation's error split for the form. A CONFLICT on the name (another
 * platform bears it) is a field error, not a stale version.
 */
export function platformErrors(error: unknown): SplitErrors {
  if (error instanceof GraphQLRequestError && error.hasCode('CONFLICT')) {
    const name = error.fieldErrors().name;
    if (name) return { fields: { name }, general: null, conflict: false };
  }
  return splitErrors(error, PLATFORM_FIELDS, platformPath);
}

export interface PartnerSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
}

interface PlatformFormProps {
  initialValues: PlatformFormValues;
  /** Partners already chosen (their names, even if no longer listed among the options). */
  initialPartners?: readonly PartnerSummary[];
  submitLabel: string;
  pending: boolean;
  serverErrors: Record<string, string>;
  banner?: ReactNode;
  /** Extra checks (the shared zod schema), messages keyed by field name. */
  validateValues?: (values: PlatformFormValues) => Record<string, string>;
  onSubmit: (values: PlatformFormValues) => void;
}

function toggle(list: readonly string[], id: string, checked: boolean): string[] {
  return checked ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((item) => item !== id);
}

/** Enter in a filter field must not submit the whole form. */
function keepEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

function ReferentCheckboxes({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const options = usePlatformReferentOptions();
  const users = options.data?.users.nodes ?? [];
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <fieldset
      className={error ? 'role-checkboxes field--invalid' : 'role-checkboxes'}
      aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
      data-invalid={error ? 'true' : undefined}
    >
      <legend>Référents</legend>
      <p id={hintId} className="field__hint">
        {options.isPending
          ? 'Chargement des référents…'
          : options.isError
            ? "Les référents n'ont pas pu être chargés."
            : users.length === 0
              ? "Aucun utilisateur n'a le rôle « Référent PSAD » : attribuez-le d'abord dans Utilisateurs."
              : 'Les utilisateurs ayant le rôle « Référent PSAD ». Au moins un.'}
      </p>
      <div className="role-checkboxes__grid">
        {users.map((user) => (
          <div className="checkbox platform-option" key={user.id}>
            <input
              type="checkbox"
              id={`${id}-${user.id}`}
              checked={value.includes(user.id)}
              onChange={(event) => onChange(toggle(value, user.id, event.target.checked))}
            />
            <label htmlFor={`${id}-${user.id}`}>
              {user.displayName} <span className="referent-option__email">({user.email})</span>
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function PartnerPicker({
  value,
  onChange,
  initialPartners,
  error,
}: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  initialPartners: readonly PartnerSummary[];
  error?: string | undefined;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const options = usePlatformPartnerOptions();
  const organisations = options.data?.organisations.nodes ?? [];
  const truncated = (options.data?.organisations.totalCount ?? 0) > organisations.length;
  const key = searchKey(search.trim());
  const shown = organisations.filter((o) => (!kind || o.kind === kind) && (!key || searchKey(o.name).includes(key)));
  const groups = ORGANISATION_KINDS.map((k) => ({ kind: k, nodes: shown.filter((o) => o.kind === k) })).filter((g) => g.nodes.length > 0);
  const names = new Map<string, string>([...initialPartners, ...organisations].map((o) => [o.id, o.name]));
  const selectedNames = value.map((partnerId) => names.get(partnerId) ?? 'organisation inconnue');
  const errorId = `${id}-erreur`;

  return (
    <fieldset
      className={error ? 'partner-picker field--invalid' : 'partner-picker'}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? 'true' : undefined}
    >
      <legend>Partenaires</legend>
      <p className="partner-picker__selected" aria-live="polite">
        {value.length === 0
          ? 'Aucun partenaire sélectionné.'
          : `${pluralize(value.length, 'partenaire sélectionné', 'partenaires sélectionnés')} : ${selectedNames.join(', ')}.`}
      </p>
      <div className="partner-picker__filters">
        <TextField
          label="Filtrer les organisations par nom"
          type="search"
          autoComplete="off"
          value={search}
          onValueChange={setSearch}
          onKeyDown={keepEnter}
          hint="Les partenaires déjà cochés restent sélectionnés, même masqués par le filtre."
        />
        <SelectField label="Type d'organisation" value={kind} onValueChange={(v) => setKind(v as OrganisationKind | '')}>
          <option value="">Tous les types</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORGANISATION_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
      </div>
      {options.isPending ? (
        <p className="field__hint">Chargement des organisations…</p>
      ) : options.isError ? (
        <p className="field__hint">Les organisations n'ont pas pu être chargées.</p>
      ) : (
        <>
          <p className="field__hint" aria-live="polite">
            {pluralize(shown.length, 'organisation affichée', 'organisations affichées', 'Aucune organisation ne correspond à ce filtre.')}
            {truncated ? ' Seules les 200 premières organisations actives sont proposées : affinez avec le filtre.' : ''}
          </p>
          {groups.map((group) => (
            <fieldset key={group.kind} className="partner-picker__group">
              <legend>{ORGANISATION_KIND_LABELS[group.kind]}</legend>
              <div className="partner-picker__list">
                {group.nodes.map((organisation) => (
                  <div className="checkbox platform-option" key={organisation.id}>
                    <input
                      type="checkbox"
                      id={`${id}-${organisation.id}`}
                      checked={value.includes(organisation.id)}
                      onChange={(event) => onChange(toggle(value, organisation.id, event.target.checked))}
                    />
                    <label htmlFor={`${id}-${organisation.id}`}>{organisation.name}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </>
      )}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The platform fields, for creating and for editing. */
export function PlatformForm({
  initialValues,
  initialPartners = [],
  submitLabel,
  pending,
  serverErrors,
  banner,
  validateValues,
  onSubmit,
}: PlatformFormProps) {
  const [values, setValues] = useState<PlatformFormValues>(initialValues);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...localErrors };
  useFocusFirstInvalid(formRef, errors);
  const otherErrors = Object.entries(localErrors)
    .filter(([key]) => !(PLATFORM_FIELDS as readonly string[]).includes(key))
    .map(([, message]) => message);

  function set<K extends keyof PlatformFormValues>(key: K, value: PlatformFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = 'Saisissez le nom de la plateforme.';
    if (!values.territoryId) found.territoryId = 'Choisissez le territoire de la plateforme.';
    if (values.referentIds.length === 0) found.referentIds = 'Cochez au moins un référent.';
    if (Object.keys(found).length === 0 && validateValues) Object.assign(found, validateValues(values));
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    onSubmit(values);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {banner}
      {otherErrors.length ? (
        <div className="error-state" role="alert">
          {otherErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <fieldset>
        <legend>Identification</legend>
        <TextField
          label="Nom de la plateforme"
          required
          autoComplete="off"
          value={values.name}
          onValueChange={(value) => set('name', value)}
          error={errors.name}
        />
        <TerritorySelect
          value={values.territoryId}
          onValueChange={(value) => set('territoryId', value)}
          emptyLabel="Choisir un territoire"
          hint="En général le bassin de la plateforme."
          error={errors.territoryId}
        />
      </fieldset>
      <ReferentCheckboxes value={values.referentIds} onChange={(ids) => set('referentIds', ids)} error={errors.referentIds} />
      <PartnerPicker
        value={values.partnerIds}
        onChange={(ids) => set('partnerIds', ids)}
        initialPartners={initialPartners}
        error={errors.partnerIds}
      />
      <div className="form__actions">
        <Button type="submit" busy={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Form values from a platform read from the API. */
export function platformToValues(platform: {
  name: string;
  territory: { id: string };
  referents: readonly { id: string }[];
  partners: readonly { id: string }[];
}): PlatformFormValues {
  return {
    name: platform.name,
    territoryId: platform.territory.id,
    referentIds: platform.referents.map((r) => r.id),
    partnerIds: platform.partners.map((p) => p.id),
  };
}
