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
import { Field, SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SIGNAL_SOURCE_LABELS } from '../cases/labels';
import { useActivePlatform } from '../platforms/activePlatform';
import { useSignalPlatforms, useSignalYoungPerson } from './queries';
import './import.css';

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

/** A partner (or a referent) signals a young person to a platform (repérage, DOMAIN.md §2). */
export function SignalPage() {
  usePageTitle('Signaler un jeune');
  const me = useMe();
  const active = useActivePlatform();
  const platforms = useSignalPlatforms();

  if (me.isPending || platforms.isPending || active.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (platforms.isError) return <ErrorState error={platforms.error} onRetry={() => void platforms.refetch()} />;

  const organisationIds = new Set((me.data?.memberships ?? []).map((m) => m.organisation.id));
  // A referent starts on their active platform; a partner on the first platform their organisation works with.
  const defaultPlatform =
    active.platform?.id ?? platforms.data.find((p) => p.partners.some((o) => organisationIds.has(o.id)))?.id ?? '';
  // A partner of a kind that is also a signal source (Mission Locale, EPLE…) signals as that kind.
  const ownKind = me.data?.memberships[0]?.organisation.kind ?? '';
  const defaultSource = !active.isReferent && isSignalSource(ownKind) ? ownKind : '';

  return (
    <div className="page">
      <h1>Signaler un jeune</h1>
      <p className="lead">
        Signalez à une plateforme PSAD un jeune de 16 ans ou plus qui a quitté l'école sans diplôme. S'il est déjà connu de la plateforme, le
        signalement s'ajoute à son suivi ; sinon un suivi « À traiter » est ouvert.
      </p>
      <SignalForm platforms={platforms.data} defaultPlatform={defaultPlatform} defaultSource={defaultSource} />
    </div>
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
  const server = forbidden ? { fields: {}, general: null, conflict: false } : splitErrors(signal.error, FIELDS);
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
    for (const [key, message] of Object.entries(validate(psad.signalInput, input, { known: FIELDS }))) found[key] ??= message;
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
        <div ref={outcomeRef} tabIndex={-1} className="notice notice--success signal-outcome" role="status">
          <p>
            <strong>Signalement enregistré</strong> auprès de la plateforme {outcome.platformName}.
          </p>
          <p>
            {outcome.matched
              ? 'Ce jeune était déjà connu de la plateforme : le signalement est ajouté à son suivi.'
              : "Ce jeune n'était pas encore connu de la plateforme : un suivi « À traiter » est ouvert."}
          </p>
          {outcome.caseId ? (
            <p>
              <Link to={`/suivis/${outcome.caseId}`}>Ouvrir le suivi</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <form ref={formRef} className="form card signal-form" noValidate onSubmit={onSubmit}>
        {forbidden ? (
          <div className="error-state" role="alert">
            <p className="error-state__title">Signalement refusé</p>
            <p>
              Votre organisation n'est pas partenaire de cette plateforme : vous ne pouvez pas lui signaler un jeune. Choisissez une plateforme dont
              votre organisation est partenaire, ou contactez son référent.
            </p>
          </div>
        ) : server.general ? (
          <div className="error-state" role="alert">
            <p>{server.general}</p>
          </div>
        ) : null}
        <fieldset>
          <legend>Signalement</legend>
          <div className="signal-grid">
            <SelectField label="Plateforme" required value={values.platformId} onValueChange={(v) => set('platformId', v)} error={errors.platformId}>
              <option value="">Choisissez une plateforme</option>
              {platforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Origine du signalement"
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
        <fieldset>
          <legend>Identité du jeune</legend>
          <div className="signal-grid">
            <TextField label="Nom" required autoComplete="off" value={values.lastName} onValueChange={(v) => set('lastName', v)} error={errors.lastName} />
            <TextField
              label="Prénoms"
              required
              autoComplete="off"
              value={values.firstNames}
              onValueChange={(v) => set('firstNames', v)}
              error={errors.firstNames}
            />
            <TextField
              label="Date de naissance"
              type="date"
              required
              value={values.birthDate}
              onValueChange={(v) => set('birthDate', v)}
              error={errors.birthDate}
              hint="Le jeune doit avoir 16 ans ou plus."
            />
            <TextField
              label="INE"
              autoComplete="off"
              spellCheck={false}
              value={values.ine}
              onValueChange={(v) => set('ine', v)}
              error={errors.ine}
              hint="Facultatif : 11 lettres ou chiffres (identifiant national élève)."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Coordonnées</legend>
          <div className="signal-grid">
            <TextField label="Téléphone" type="tel" autoComplete="off" value={values.phone} onValueChange={(v) => set('phone', v)} error={errors.phone} />
            <TextField label="Adresse e-mail" type="email" autoComplete="off" value={values.email} onValueChange={(v) => set('email', v)} error={errors.email} />
            <TextField
              label="Adresse"
              autoComplete="off"
              value={values.address}
              onValueChange={(v) => set('address', v)}
              error={errors.address}
              className="signal-grid__wide"
            />
            <TextField
              label="Code postal"
              inputMode="numeric"
              autoComplete="off"
              value={values.postalCode}
              onValueChange={(v) => set('postalCode', v)}
              error={errors.postalCode}
              hint="5 chiffres."
            />
            <TextField label="Commune" autoComplete="off" value={values.commune} onValueChange={(v) => set('commune', v)} error={errors.commune} />
          </div>
        </fieldset>
        <Field label="Commentaire" hint="Ce qui motive le signalement (facultatif). Pas d'information médicale." error={errors.comment}>
          {(props) => <textarea {...props} rows={4} value={values.comment} onChange={(event) => set('comment', event.target.value)} />}
        </Field>
        <div className="form__actions">
          <Button type="submit" busy={signal.isPending}>
            Enregistrer le signalement
          </Button>
        </div>
      </form>
    </>
  );
}
