import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { psad, SIGNAL_SOURCES, type SignalSource } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { isErrorCode } from '../../app/graphql';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import type { SignalInput } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { DateField, Field, SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SIGNAL_SOURCE_LABELS } from '../cases/labels';
import { useActivePlatform } from '../platforms/activePlatform';
import { useSignalPlatforms, useSignalYoungPerson } from './queries';

const FIELDS = [
  'platformId',
  'sourceKind',
  'lastName',
  'firstNames',
  'birthDate',
  'ine',
  'phone',
  'email',
  'address',
  'postalCode',
  'commune',
  'comment',
] as const;
type FieldName = (typeof FIELDS)[number];

const LABELS: Record<FieldName, string> = {
  platformId: 'Plateforme',
  sourceKind: 'Origine du signalement',
  lastName: 'Nom',
  firstNames: 'Prénoms',
  birthDate: 'Date de naissance',
  ine: 'INE',
  phone: 'Téléphone',
  email: 'Adresse e-mail',
  address: 'Adresse',
  postalCode: 'Code postal',
  commune: 'Commune',
  comment: 'Commentaire',
};

/** The server names the signal's fields `input.<name>` (or `<name>`). */
const fieldOfPath = (path: string) => path.replace(/^input\./, '');
type Values = Record<FieldName, string>;

/** What a new signal starts with: everything about the young person blank. */
const blank = (platformId: string, sourceKind: string): Values => ({
  platformId,
  sourceKind,
  lastName: '',
  firstNames: '',
  birthDate: '',
  ine: '',
  phone: '',
  email: '',
  address: '',
  postalCode: '',
  commune: '',
  comment: '',
});

const isSignalSource = (value: string): value is SignalSource => (SIGNAL_SOURCES as readonly string[]).includes(value);

interface Outcome {
  matched: boolean;
  caseId: string | null;
  platformName: string;
}

/** A partner (or a referent) signals a young person to a platform (repérage, docs/domain.md §2). */
export function SignalPage() {
  usePageTitle('Signaler un jeune');
  const me = useMe();
  const active = useActivePlatform();
  const platforms = useSignalPlatforms();

  if (me.isPending || platforms.isPending || active.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (platforms.isError) return <ErrorState error={platforms.error} onRetry={() => void platforms.refetch()} />;

  const organisationIds = new Set(
    (me.data?.memberships ?? []).filter((m) => m.roles.length > 0).map((m) => m.organisation.id),
  );
  // Only the platforms the server accepts a signal to: those the user is referent of, and those their organisation is a partner of.
  const referentOf = new Set(active.platforms.map((p) => p.id));
  const allowed = platforms.data.filter(
    (p) => referentOf.has(p.id) || p.partners.some((o) => organisationIds.has(o.id)),
  );
  // A referent starts on their active platform; a partner on the first platform their organisation works with.
  const defaultPlatform = active.platform?.id ?? (allowed.length === 1 ? allowed[0]!.id : '');
  // A partner of a kind that is also a signal source (Mission Locale, EPLE…) signals as that kind.
  const ownKind = me.data?.memberships[0]?.organisation.kind ?? '';
  const defaultSource = !active.isReferent && isSignalSource(ownKind) ? ownKind : '';

  return (
    <>
      <h1>Signaler un jeune</h1>
      <p className={fr.cx('fr-text--lead')}>
        Signalez à une plateforme PSAD un jeune de 16 ans ou plus qui a quitté l'école sans diplôme. S'il est déjà connu
        de la plateforme, le signalement s'ajoute à son suivi ; sinon un suivi « À traiter » est ouvert.
      </p>
      {allowed.length === 0 ? (
        <Alert
          severity="info"
          title="Aucune plateforme à qui signaler"
          description="Votre organisation n'est partenaire d'aucune plateforme PSAD. Demandez au référent de la plateforme de votre territoire de l'ajouter à ses partenaires, ou signalez le jeune directement à ce référent."
        />
      ) : (
        <SignalForm platforms={allowed} defaultPlatform={defaultPlatform} defaultSource={defaultSource} />
      )}
    </>
  );
}

interface SignalFormProps {
  platforms: readonly { id: string; name: string }[];
  defaultPlatform: string;
  defaultSource: string;
}

function SignalForm({ platforms, defaultPlatform, defaultSource }: SignalFormProps) {
  const signal = useSignalYoungPerson();
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Values>(() => blank(defaultPlatform, defaultSource));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const forbidden = isErrorCode(signal.error, 'FORBIDDEN');
  const server = forbidden
    ? {
        fields: {},
        general:
          "Signalement refusé : votre organisation n'est pas partenaire de cette plateforme. Choisissez une plateforme dont votre organisation est partenaire, ou contactez son référent.",
        conflict: false,
      }
    : splitErrors(signal.error, FIELDS, fieldOfPath);
  const errors: Record<string, string | undefined> = { ...server.fields, ...localErrors };
  useFocusFirstInvalid(formRef, errors);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function set(name: FieldName, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    setLocalErrors((current) => {
      if (!(name in current)) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
    if (signal.error) signal.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const optional = (value: string) => value.trim() || null;
    const input: SignalInput = {
      platformId: values.platformId,
      sourceKind: values.sourceKind as SignalSource,
      lastName: values.lastName.trim(),
      firstNames: values.firstNames.trim(),
      birthDate: values.birthDate,
      ine: optional(values.ine),
      phone: optional(values.phone),
      email: optional(values.email),
      address: optional(values.address),
      postalCode: optional(values.postalCode),
      commune: optional(values.commune),
      comment: optional(values.comment),
    };
    const found: Record<string, string> = {};
    if (!values.platformId) found.platformId = 'Choisissez la plateforme à qui signaler ce jeune.';
    if (!values.sourceKind) found.sourceKind = "Choisissez l'origine du signalement.";
    if (!values.lastName.trim()) found.lastName = 'Saisissez le nom du jeune.';
    if (!values.firstNames.trim()) found.firstNames = 'Saisissez le ou les prénoms du jeune.';
    if (!values.birthDate) found.birthDate = 'Saisissez la date de naissance (jj/mm/aaaa).';
    for (const [key, message] of Object.entries(validate(psad.signalInput, input, { known: FIELDS })))
      found[key] ??= message;
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    const platformName = platforms.find((p) => p.id === input.platformId)?.name ?? '';
    signal.mutate(input, {
      onSuccess: (data) => {
        setOutcome({ ...data.signalYoungPerson, platformName });
        // Ready for the next young person: same platform, same source.
        setValues(blank(values.platformId, values.sourceKind));
      },
    });
  }

  return (
    <>
      {outcome ? (
        <div ref={outcomeRef} tabIndex={-1} className={fr.cx('fr-mb-4w')}>
          <Alert
            severity="success"
            title="Signalement enregistré"
            description={
              <>
                Auprès de la plateforme {outcome.platformName}.{' '}
                {outcome.matched
                  ? 'Ce jeune était déjà connu de la plateforme : le signalement est ajouté à son suivi.'
                  : "Ce jeune n'était pas encore connu de la plateforme : un suivi « À traiter » est ouvert."}
                {outcome.caseId ? (
                  <>
                    {' '}
                    <Link className={fr.cx('fr-link')} to={`/suivis/${outcome.caseId}`}>
                      Ouvrir le suivi
                    </Link>
                  </>
                ) : null}
              </>
            }
          />
        </div>
      ) : null}
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="titre-signalement">
        <h2 id="titre-signalement" className={fr.cx('fr-sr-only')}>
          Nouveau signalement
        </h2>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-h5')}>Signalement</legend>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <SelectField
              label={LABELS.platformId}
              name="platformId"
              required
              value={values.platformId}
              onValueChange={(v) => set('platformId', v)}
              error={errors.platformId}
            >
              <option value="">Choisissez une plateforme</option>
              {platforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <SelectField
              label={LABELS.sourceKind}
              name="sourceKind"
              required
              value={values.sourceKind}
              onValueChange={(v) => set('sourceKind', v)}
              error={errors.sourceKind}
            >
              <option value="">Choisissez l'origine</option>
              {SIGNAL_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SIGNAL_SOURCE_LABELS[s]}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-h5')}>Identité du jeune</legend>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <TextField
              label={LABELS.lastName}
              name="lastName"
              required
              autoComplete="off"
              value={values.lastName}
              onValueChange={(v) => set('lastName', v)}
              error={errors.lastName}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <TextField
              label={LABELS.firstNames}
              name="firstNames"
              required
              autoComplete="off"
              value={values.firstNames}
              onValueChange={(v) => set('firstNames', v)}
              error={errors.firstNames}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <DateField
              label={LABELS.birthDate}
              name="birthDate"
              required
              value={values.birthDate}
              onValueChange={(v) => set('birthDate', v)}
              error={errors.birthDate}
              hint="Format jj/mm/aaaa. Le jeune doit avoir 16 ans ou plus."
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <TextField
              label={LABELS.ine}
              name="ine"
              autoComplete="off"
              spellCheck={false}
              value={values.ine}
              onValueChange={(v) => set('ine', v)}
              error={errors.ine}
              hint="Facultatif : 11 lettres ou chiffres (identifiant national élève)."
            />
          </div>
        </fieldset>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-h5')}>Coordonnées</legend>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <TextField
              label={LABELS.phone}
              name="phone"
              type="tel"
              autoComplete="off"
              value={values.phone}
              onValueChange={(v) => set('phone', v)}
              error={errors.phone}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6')}>
            <TextField
              label={LABELS.email}
              name="email"
              type="email"
              autoComplete="off"
              value={values.email}
              onValueChange={(v) => set('email', v)}
              error={errors.email}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element')}>
            <TextField
              label={LABELS.address}
              name="address"
              autoComplete="off"
              value={values.address}
              onValueChange={(v) => set('address', v)}
              error={errors.address}
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-4')}>
            <TextField
              label={LABELS.postalCode}
              name="postalCode"
              inputMode="numeric"
              autoComplete="off"
              value={values.postalCode}
              onValueChange={(v) => set('postalCode', v)}
              error={errors.postalCode}
              hint="5 chiffres."
            />
          </div>
          <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-8')}>
            <TextField
              label={LABELS.commune}
              name="commune"
              autoComplete="off"
              value={values.commune}
              onValueChange={(v) => set('commune', v)}
              error={errors.commune}
            />
          </div>
        </fieldset>
        <Field
          label={LABELS.comment}
          hint="Ce qui motive le signalement (facultatif). Pas d'information médicale."
          error={errors.comment}
        >
          {(props) => (
            <textarea
              {...props}
              name="comment"
              rows={4}
              value={values.comment}
              onChange={(event) => set('comment', event.target.value)}
            />
          )}
        </Field>
        <ErrorSummary
          title="Le signalement n'a pas été enregistré"
          fields={errors}
          general={server.general}
          labels={LABELS}
          order={FIELDS}
        />
        <Button type="submit" busy={signal.isPending} className={fr.cx('fr-mt-2w')}>
          Enregistrer le signalement
        </Button>
      </form>
    </>
  );
}
