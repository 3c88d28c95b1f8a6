import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { COMPETENCE_KIND_LABELS, COMPETENCE_KINDS, parcoursSchemas, type CompetenceKind } from '@maillage/shared';
import { errorMessage } from '../../app/graphql';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { ParcoursForm, fieldErrors } from './ParcoursForm';
import { useAddCompetence, useRemoveCompetence } from './mutations';
import type { PlanSectionProps } from './PlanSection';

/* The person's potentials and competences, under the plan (PlanSection). */

export function Competences({ person, onReload, reloading }: PlanSectionProps) {
  const add = useAddCompetence();
  const remove = useRemoveCompetence();
  const [kind, setKind] = useState<CompetenceKind>('COMPETENCE');
  const [label, setLabel] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const errors: Record<string, string | undefined> = { ...fieldErrors(add.error, ['kind', 'label']), ...clientErrors };

  function submit() {
    const found = validate(
      parcoursSchemas.competenceInput,
      { personId: person.id, kind, label },
      { known: ['kind', 'label'] },
    );
    setClientErrors(found);
    if (Object.keys(found).length) return;
    const text = label.trim();
    add.mutate(
      { personId: person.id, kind, label: text },
      {
        onSuccess: () => {
          setLabel('');
          setDone(`${COMPETENCE_KIND_LABELS[kind]} « ${text} » ajouté.`);
        },
      },
    );
  }

  return (
    <section aria-labelledby="parcours-competences" className="parcours-subsection">
      <h3 id="parcours-competences" className={fr.cx('fr-h5')}>
        Potentiels et compétences
      </h3>
      <div className="parcours-columns">
        {COMPETENCE_KINDS.map((k) => {
          const items = person.competences.filter((c) => c.kind === k);
          return (
            <div key={k}>
              <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>{k === 'POTENTIEL' ? 'Potentiels' : 'Compétences'}</h4>
              {items.length ? (
                <ul className="parcours-chips">
                  {items.map((c) => (
                    <li key={c.id}>
                      {c.label}{' '}
                      <Button
                        variant="link"
                        busy={remove.isPending && remove.variables === c.id}
                        onClick={() => remove.mutate(c.id, { onSuccess: () => setDone(`« ${c.label} » retiré.`) })}
                      >
                        Retirer<VisuallyHidden> « {c.label} »</VisuallyHidden>
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>Aucun pour l'instant.</p>
              )}
            </div>
          );
        })}
      </div>
      {remove.error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
      <ParcoursForm
        label="Ajouter un potentiel ou une compétence"
        submitLabel="Ajouter"
        variant="secondary"
        pending={add.isPending}
        error={add.error}
        fields={['kind', 'label']}
        clientErrors={clientErrors}
        onSubmit={submit}
        onReload={onReload}
        reloading={reloading}
        done={done}
      >
        <div className="parcours-grid">
          <SelectField
            label="Nature"
            value={kind}
            onValueChange={(v) => {
              setKind(v as CompetenceKind);
              setDone('');
            }}
          >
            {COMPETENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {COMPETENCE_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Intitulé"
            name="label"
            required
            value={label}
            onValueChange={(v) => {
              setLabel(v);
              setClientErrors({});
              setDone('');
            }}
            error={errors.label}
            autoComplete="off"
          />
        </div>
      </ParcoursForm>
    </section>
  );
}
