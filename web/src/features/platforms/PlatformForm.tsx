import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { searchKey } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid, type SplitErrors } from '../../app/formErrors';
import type { OrganisationKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, pluralize } from '../identity/labels';
import { TerritorySelect } from '../identity/TerritorySelect';
import { usePlatformPartnerOptions, usePlatformReferentOptions } from './queries';
import '../../ui/styles/platforms.css';

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

const PLATFORM_LABELS: Record<string, string> = {
  name: 'Nom de la plateforme',
  territoryId: 'Territoire',
  referentIds: 'Référents',
  partnerIds: 'Partenaires',
};

/**
 * The mutation's error split for the form: the server's reason at its field (a name another
 * platform bears: DUPLICATE at `name`), a stale version alone as a conflict.
 */
export function platformErrors(error: unknown): SplitErrors {
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
  /** The server's message for the whole form (a reason no field carries), shown in the summary. */
  serverGeneral?: string | null;
  /** Shown above the fields: the stale-version alert with its reload. */
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

/** A DSFR checkbox with its label (the long ones wrap beside the box). */
function OptionCheckbox({
  id,
  name,
  checked,
  onChange,
  children,
}: {
  id: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {children}
      </label>
    </div>
  );
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
  const legendId = `${id}-legende`;
  const messagesId = `${id}-messages`;
  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${legendId} ${messagesId}`}
      data-invalid={error ? 'true' : undefined}
      data-field="referentIds"
    >
      <legend id={legendId} className={fr.cx('fr-fieldset__legend')}>
        Référents
        <span className={fr.cx('fr-hint-text')}>
          {options.isPending
            ? 'Chargement des référents…'
            : options.isError
              ? "Les référents n'ont pas pu être chargés."
              : users.length === 0
                ? "Aucun utilisateur n'a le rôle « Référent PSAD » : attribuez-le d'abord dans Utilisateurs."
                : 'Les utilisateurs ayant le rôle « Référent PSAD ». Au moins un.'}
        </span>
      </legend>
      <div className={[fr.cx('fr-fieldset__element'), 'platform-options'].join(' ')}>
        {users.map((user) => (
          <OptionCheckbox
            key={user.id}
            id={`${id}-${user.id}`}
            name="referentIds"
            checked={value.includes(user.id)}
            onChange={(checked) => onChange(toggle(value, user.id, checked))}
          >
            {user.displayName}
            <span className={fr.cx('fr-hint-text')}>{user.email}</span>
          </OptionCheckbox>
        ))}
      </div>
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="assertive">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
      </div>
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
  const groups = ORGANISATION_KINDS.map((k) => ({ kind: k, nodes: shown.filter((o) => o.kind === k) })).filter(
    (g) => g.nodes.length > 0,
  );
  const names = new Map<string, string>([...initialPartners, ...organisations].map((o) => [o.id, o.name]));
  const selectedNames = value.map((partnerId) => names.get(partnerId) ?? 'organisation inconnue');
  const legendId = `${id}-legende`;
  const messagesId = `${id}-messages`;

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${legendId} ${messagesId}`}
      data-invalid={error ? 'true' : undefined}
      data-field="partnerIds"
    >
      <legend id={legendId} className={fr.cx('fr-fieldset__legend')}>
        Partenaires
      </legend>
      <p className={fr.cx('fr-fieldset__element', 'fr-mb-1w')} aria-live="polite">
        {value.length === 0
          ? 'Aucun partenaire sélectionné.'
          : `${pluralize(value.length, 'partenaire sélectionné', 'partenaires sélectionnés')} : ${selectedNames.join(', ')}.`}
      </p>
      <div className={[fr.cx('fr-fieldset__element'), 'partner-filters'].join(' ')}>
        <TextField
          label="Filtrer les organisations par nom"
          type="search"
          autoComplete="off"
          value={search}
          onValueChange={setSearch}
          onKeyDown={keepEnter}
          hint="Les partenaires déjà cochés restent sélectionnés, même masqués par le filtre."
        />
        <SelectField
          label="Type d'organisation"
          value={kind}
          onValueChange={(v) => setKind(v as OrganisationKind | '')}
        >
          <option value="">Tous les types</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORGANISATION_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        {options.isPending ? (
          <p className={fr.cx('fr-hint-text')}>Chargement des organisations…</p>
        ) : options.isError ? (
          <p className={fr.cx('fr-hint-text')}>Les organisations n'ont pas pu être chargées.</p>
        ) : (
          <>
            <p className={fr.cx('fr-hint-text')} aria-live="polite">
              {pluralize(
                shown.length,
                'organisation affichée',
                'organisations affichées',
                'Aucune organisation ne correspond à ce filtre.',
              )}
              {truncated
                ? ' Seules les 200 premières organisations actives sont proposées : affinez avec le filtre.'
                : ''}
            </p>
            {groups.map((group) => (
              <fieldset key={group.kind} className={fr.cx('fr-fieldset', 'fr-mb-0')}>
                <legend className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular', 'fr-text--bold')}>
                  {ORGANISATION_KIND_LABELS[group.kind]}
                </legend>
                <div className="platform-options">
                  {group.nodes.map((organisation) => (
                    <OptionCheckbox
                      key={organisation.id}
                      id={`${id}-${organisation.id}`}
                      name="partnerIds"
                      checked={value.includes(organisation.id)}
                      onChange={(checked) => onChange(toggle(value, organisation.id, checked))}
                    >
                      {organisation.name}
                    </OptionCheckbox>
                  ))}
                </div>
              </fieldset>
            ))}
          </>
        )}
      </div>
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="assertive">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
      </div>
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
  serverGeneral,
  banner,
  validateValues,
  onSubmit,
}: PlatformFormProps) {
  const [values, setValues] = useState<PlatformFormValues>(initialValues);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...localErrors };
  useFocusFirstInvalid(formRef, errors);
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
    <form ref={formRef} noValidate onSubmit={submit}>
      {banner}
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Identification</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <TextField
            label="Nom de la plateforme"
            required
            autoComplete="off"
            name="name"
            value={values.name}
            onValueChange={(value) => set('name', value)}
            error={errors.name}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <TerritorySelect
            value={values.territoryId}
            onValueChange={(value) => set('territoryId', value)}
            emptyLabel="Choisir un territoire"
            hint="En général le bassin de la plateforme."
            error={errors.territoryId}
          />
        </div>
      </fieldset>
      <ReferentCheckboxes
        value={values.referentIds}
        onChange={(ids) => set('referentIds', ids)}
        error={errors.referentIds}
      />
      <PartnerPicker
        value={values.partnerIds}
        onChange={(ids) => set('partnerIds', ids)}
        initialPartners={initialPartners}
        error={errors.partnerIds}
      />
      <ErrorSummary fields={errors} general={serverGeneral} labels={PLATFORM_LABELS} order={PLATFORM_FIELDS} />
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
