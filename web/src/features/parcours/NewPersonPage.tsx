import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useNavigate } from 'react-router-dom';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadingState } from '../../ui/LoadingState';
import { Fieldset } from './parts';
import {
  EMPTY_PERSON,
  PERSON_FIELDS,
  PERSON_LABELS,
  PersonFields,
  personInputOf,
  personPath,
  validatePerson,
  type PersonValues,
} from './PersonFields';
import { useCreateAccompaniedPerson } from './mutations';
import '../../ui/styles/parcours.css';

const FIELDS = [...PERSON_FIELDS, 'organisationId', 'mission'];
const LABELS = { ...PERSON_LABELS, organisationId: 'Votre structure', mission: 'Votre mission' };

/** `/parcours/personnes/nouvelle`: a new PA, with the caller as the first entry of the list. */
export function NewPersonPage() {
  usePageTitle('Nouvelle personne accompagnée');
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateAccompaniedPerson();
  const [values, setValues] = useState<PersonValues>(EMPTY_PERSON);
  const [organisationId, setOrganisationId] = useState('');
  const [mission, setMission] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(create.error, FIELDS, personPath);
  const errors = { ...server.fields, ...clientErrors };
  useFocusFirstInvalid(formRef, errors);

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const social = me.data.memberships.filter((m) => m.roles.includes('SOCIAL_WORKER'));
  const memberships = social.length ? social : me.data.memberships;
  const chosenOrganisation = organisationId || (memberships.length === 1 ? memberships[0]!.organisation.id : '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validatePerson(values);
    if (!chosenOrganisation)
      found.organisationId = 'Choisissez la structure au titre de laquelle vous accompagnez la personne.';
    if (!mission.trim()) found.mission = 'Décrivez votre mission auprès de la personne.';
    setClientErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      { person: personInputOf(values), organisationId: chosenOrganisation, mission: mission.trim() },
      {
        onSuccess: (created) =>
          navigate(`/parcours/personnes/${created.id}`, {
            state: { message: 'Personne enregistrée : vous êtes le premier intervenant de sa liste d’accompagnement.' },
          }),
      },
    );
  }

  return (
    <div className="page parcours-page">
      <Breadcrumb
        currentPageLabel="Nouvelle personne"
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Personnes accompagnées', linkProps: { to: '/parcours' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Nouvelle personne accompagnée</h1>
      <p className={fr.cx('fr-text--lead')}>
        Vous serez le premier intervenant de sa liste d'accompagnement, au titre de votre structure et de votre mission.
      </p>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Nouvelle personne accompagnée">
        <PersonFields
          values={values}
          onChange={(next) => {
            setValues(next);
            setClientErrors({});
          }}
          errors={errors}
        />
        <Fieldset legend="Votre accompagnement">
          <SelectField
            label="Votre structure"
            required
            value={chosenOrganisation}
            onValueChange={(v) => {
              setOrganisationId(v);
              setClientErrors({});
            }}
            error={errors.organisationId}
            name="organisationId"
          >
            {memberships.length !== 1 ? <option value="">Choisissez une structure</option> : null}
            {memberships.map((m) => (
              <option key={m.id} value={m.organisation.id}>
                {m.organisation.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Votre mission auprès de la personne"
            required
            hint="Par exemple : accompagnement social global, accès au logement."
            value={mission}
            onValueChange={(v) => {
              setMission(v);
              setClientErrors({});
            }}
            error={errors.mission}
            name="mission"
            autoComplete="off"
          />
        </Fieldset>
        <ErrorSummary errors={server} fields={clientErrors} labels={LABELS} order={FIELDS} />
        <div className="parcours-actions">
          <Button type="submit" busy={create.isPending}>
            Enregistrer la personne
          </Button>
        </div>
      </form>
    </div>
  );
}
