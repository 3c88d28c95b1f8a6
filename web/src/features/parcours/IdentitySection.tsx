import { useEffect, useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import type { SectionProps } from './ParcoursForm';
import { SectionTitle } from './parts';
import {
  PERSON_FIELDS,
  PERSON_LABELS,
  PersonFields,
  personInputOf,
  personPath,
  personValuesOf,
  validatePerson,
  type PersonValues,
} from './PersonFields';
import { type PersonDetail } from './queries';
import { useUpdateAccompaniedPerson } from './mutations';

interface Props extends SectionProps {
  person: PersonDetail;
  onSaved: (message: string) => void;
}

/** « Identité »: identity, contact, domiciliation; edited with the version read (a stale one is refused). */
export function IdentitySection({ person, onSaved, onReload, reloading }: Props) {
  const [editing, setEditing] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  const backToView = useRef(false);
  // Leaving the form (saved or cancelled) puts the focus back on « Modifier l'identité ».
  useEffect(() => {
    if (!editing && backToView.current) {
      backToView.current = false;
      viewRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    }
  }, [editing]);
  const leave = () => {
    backToView.current = true;
    setEditing(false);
  };
  return (
    <section aria-labelledby="parcours-identite" className="parcours-section">
      <SectionTitle id="parcours-identite">Identité</SectionTitle>
      {editing ? (
        <IdentityForm
          person={person}
          onReload={onReload}
          reloading={reloading}
          onSaved={(message) => {
            leave();
            onSaved(message);
          }}
          onCancel={leave}
        />
      ) : (
        <div ref={viewRef}>
          <dl className="parcours-identity">
            <div>
              <dt>Nom</dt>
              <dd>{person.lastName}</dd>
            </div>
            <div>
              <dt>Prénoms</dt>
              <dd>{person.firstNames}</dd>
            </div>
            <div>
              <dt>Date de naissance</dt>
              <dd>{person.birthDate ? formatDate(person.birthDate) : '—'}</dd>
            </div>
            <div>
              <dt>Téléphone</dt>
              <dd>{person.phone ?? '—'}</dd>
            </div>
            <div>
              <dt>Adresse e-mail</dt>
              <dd>{person.email ?? '—'}</dd>
            </div>
            <div>
              <dt>Adresse</dt>
              <dd>{person.address ?? '—'}</dd>
            </div>
            <div>
              <dt>Domiciliation</dt>
              <dd>
                {person.domiciled
                  ? `Domiciliée${person.domiciliationOrganisation ? ` auprès de ${person.domiciliationOrganisation.name}` : ''}`
                  : 'Non domiciliée'}
              </dd>
            </div>
          </dl>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Modifier l'identité
          </Button>
        </div>
      )}
    </section>
  );
}

function IdentityForm({ person, onSaved, onCancel, onReload, reloading }: Props & { onCancel: () => void }) {
  const update = useUpdateAccompaniedPerson();
  const [values, setValues] = useState<PersonValues>(() => personValuesOf(person));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(update.error, PERSON_FIELDS, personPath);
  const errors = { ...server.fields, ...clientErrors };
  useFocusFirstInvalid(formRef, errors);
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validatePerson(values);
    setClientErrors(found);
    if (Object.keys(found).length) return;
    update.mutateAsync({ id: person.id, version: person.version, person: personInputOf(values) }).then(
      () => onSaved('Identité enregistrée.'),
      () => undefined,
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Modifier l'identité">
      <PersonFields
        values={values}
        onChange={(next) => {
          setValues(next);
          setClientErrors({});
        }}
        errors={errors}
      />
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Quelqu'un a modifié l'identité de cette personne entre-temps : rechargez la fiche pour voir sa version, puis refaites vos modifications."
        reloadLabel="Recharger la fiche"
        onReload={() => {
          update.reset();
          void Promise.resolve(onReload()).then(() => onCancel());
        }}
        reloading={reloading}
      />
      {server.conflict ? null : (
        <ErrorSummary errors={server} fields={clientErrors} labels={PERSON_LABELS} order={PERSON_FIELDS} />
      )}
      <div className="parcours-actions">
        <Button type="submit" busy={update.isPending}>
          Enregistrer l'identité
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
