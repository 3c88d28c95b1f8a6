import { fr } from '@codegouvfr/react-dsfr';
import { CLAS_ACTIVITY_KINDS, CLAS_ACTIVITY_KIND_LABELS, type ClasActivityKind } from '@maillage/shared';
import { CheckboxField, SelectField, TextField } from '../../../ui/Field';
import { TextAreaField } from '../fields';
import { schoolYearOptions } from '../format';
import type { ProjectValues } from '../projectForm';

interface ProjectStepProps {
  values: ProjectValues;
  set: <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) => void;
  err: (path: string) => string | undefined;
  /** The holder's organisations, when a new project must say which one files it. */
  organisations: readonly { id: string; name: string }[] | null;
  organisationId: string;
  onOrganisationChange: (id: string) => void;
  /** The years the organisation already has another project for (one project per year). */
  takenYears: readonly string[];
}

/** Step 1: what the project is, for which year, and what it offers the children. */
export function ProjectStep({
  values,
  set,
  err,
  organisations,
  organisationId,
  onOrganisationChange,
  takenYears,
}: ProjectStepProps) {
  const activitiesError = err('activityKinds');
  return (
    <>
      {organisations && organisations.length > 1 ? (
        <SelectField
          label="Structure porteuse"
          name="organisationId"
          required
          value={organisationId}
          onValueChange={onOrganisationChange}
          error={err('organisationId')}
        >
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label="Intitulé du projet"
        name="title"
        required
        autoComplete="off"
        value={values.title}
        onValueChange={(v) => set('title', v)}
        error={err('title')}
      />
      <SelectField
        label="Année scolaire"
        name="schoolYear"
        required
        value={values.schoolYear}
        onValueChange={(v) => set('schoolYear', v)}
        error={err('schoolYear')}
        hint={`Un seul projet par structure et par année scolaire${takenYears.length ? ` (la vôtre en a déjà un pour ${takenYears.join(', ')})` : ''}. Les seuils d'éligibilité et le taux de financement sont ceux de cette année.`}
      >
        {schoolYearOptions(new Date(), values.schoolYear).map((y) => (
          <option key={y} value={y}>
            {y}
            {takenYears.includes(y) ? ' (projet déjà enregistré)' : ''}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Diagnostic des besoins"
        name="diagnostic"
        rows={5}
        value={values.diagnostic}
        onValueChange={(v) => set('diagnostic', v)}
        error={err('diagnostic')}
        hint="Les besoins des enfants et des familles du territoire auxquels le projet répond."
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Engagements de la structure</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <CheckboxField
            label="La structure adhère à la charte nationale de l'accompagnement à la scolarité (charte signée)"
            name="charterSigned"
            checked={values.charterSigned}
            onCheckedChange={(v) => set('charterSigned', v)}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <CheckboxField
            label="Le projet s'inscrit dans le cadre partenarial départemental"
            name="inDepartmentalFramework"
            checked={values.inDepartmentalFramework}
            onCheckedChange={(v) => set('inDepartmentalFramework', v)}
          />
        </div>
      </fieldset>
      <fieldset
        className={fr.cx('fr-fieldset', activitiesError ? 'fr-fieldset--error' : undefined)}
        data-field="activityKinds"
        data-invalid={activitiesError ? 'true' : undefined}
        aria-describedby="clas-activites-aide"
      >
        <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
          Activités proposées aux enfants
          <span id="clas-activites-aide" className={fr.cx('fr-hint-text')}>
            L'aide aux devoirs seule n'est pas un CLAS : cochez les autres activités proposées.
          </span>
        </legend>
        {CLAS_ACTIVITY_KINDS.map((kind) => (
          <div key={kind} className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')}>
            <CheckboxField
              label={CLAS_ACTIVITY_KIND_LABELS[kind]}
              checked={values.activityKinds.includes(kind)}
              onCheckedChange={(checked) =>
                set(
                  'activityKinds',
                  checked
                    ? [...values.activityKinds, kind]
                    : values.activityKinds.filter((k: ClasActivityKind) => k !== kind),
                )
              }
            />
          </div>
        ))}
        {activitiesError ? (
          <div className={fr.cx('fr-messages-group')} aria-live="assertive">
            <p className={fr.cx('fr-message', 'fr-message--error')}>{activitiesError}</p>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
