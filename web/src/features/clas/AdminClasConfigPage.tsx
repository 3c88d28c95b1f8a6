import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { WEEKDAYS, WEEKDAY_LABELS, clasYearConfigInput, type Weekday } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import type { ClasYearConfigInput } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useFocusAfterRender } from './fields';
import { centsToInput, currentSchoolYear, parseCount, parseEuros, schoolYearOptions } from './format';
import { newKey } from './projectForm';
import { StatusMessage } from './parts';
import { useClasYearConfig, useSetClasYearConfig, type ClasYearConfigData } from './configQueries';
import '../../ui/styles/clas.css';

interface HoursValues {
  key: string;
  day: Weekday;
  start: string;
  end: string;
}

interface ConfigValues {
  ratePercent: string;
  ceiling: string;
  minChildren: string;
  maxChildren: string;
  maxChildrenPerAdult: string;
  warnChildrenPerAdult: string;
  recommendedSessionsPerWeek: string;
  latestStartDate: string;
  earliestEndDate: string;
  maxBreakWeeks: string;
  classHours: HoursValues[];
}

const FIELD_LABELS: Record<string, string> = {
  ratePercent: 'Taux',
  ceilingCentsPerGroup: 'Plafond par groupe',
  minChildren: 'Enfants par groupe, au moins',
  maxChildren: 'Enfants par groupe, au plus',
  maxChildrenPerAdult: 'Enfants par accompagnateur, au plus',
  warnChildrenPerAdult: 'Enfants par accompagnateur, référence',
  recommendedSessionsPerWeek: 'Séances par semaine recommandées',
  latestStartDate: 'Début au plus tard le',
  earliestEndDate: 'Fin au plus tôt le',
  maxBreakWeeks: 'Interruption la plus longue admise',
};

const COUNT_FIELDS = [
  'minChildren',
  'maxChildren',
  'maxChildrenPerAdult',
  'warnChildrenPerAdult',
  'recommendedSessionsPerWeek',
  'maxBreakWeeks',
] as const;

function toValues(c: ClasYearConfigData): ConfigValues {
  return {
    ratePercent: c.ratePercent.toLocaleString('fr-FR', { maximumFractionDigits: 2, useGrouping: false }),
    ceiling: centsToInput(c.ceilingCentsPerGroup),
    minChildren: String(c.minChildren),
    maxChildren: String(c.maxChildren),
    maxChildrenPerAdult: String(c.maxChildrenPerAdult),
    warnChildrenPerAdult: String(c.warnChildrenPerAdult),
    recommendedSessionsPerWeek: String(c.recommendedSessionsPerWeek),
    latestStartDate: c.latestStartDate,
    earliestEndDate: c.earliestEndDate,
    maxBreakWeeks: String(c.maxBreakWeeks),
    classHours: c.classHours.map((h) => ({ key: newKey(), day: h.day, start: h.start, end: h.end })),
  };
}

/** « Paramètres CLAS »: an admin sets a school year's rules and funding; past decisions keep theirs. */
export function AdminClasConfigPage() {
  usePageTitle('Paramètres CLAS');
  const [year, setYear] = useState(currentSchoolYear());
  const config = useClasYearConfig(year);
  const [saved, setSaved] = useState('');
  const data = config.data?.schoolYear === year ? config.data : undefined;

  return (
    <div className="page">
      <h1>Paramètres CLAS</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les seuils d'éligibilité et le financement des projets CLAS, par année scolaire. Les CAF publient leurs propres
        chiffres : ajustez-les pour l'année concernée.
      </p>
      <div className={fr.cx('fr-callout', 'fr-mb-3w')}>
        <p className={fr.cx('fr-callout__text', 'fr-text--md')}>
          Les décisions déjà prises gardent la configuration avec laquelle elles ont été prises : modifier une année
          change l'évaluation des projets en cours, pas celle des décisions passées.
        </p>
      </div>
      <div className="clas-toolbar">
        <SelectField
          label="Année scolaire"
          value={year}
          onValueChange={(y) => {
            setYear(y);
            setSaved('');
          }}
        >
          {schoolYearOptions(new Date(), year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <StatusMessage message={saved} />
      {config.isError ? (
        <ErrorState error={config.error} onRetry={() => void config.refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <section aria-labelledby="clas-titre-config">
          <h2 id="clas-titre-config" className={fr.cx('fr-h4')}>
            Configuration {data.schoolYear}{' '}
            {data.configured ? `(version ${data.version})` : '(valeurs par défaut, jamais enregistrée)'}
          </h2>
          <ConfigForm
            key={`${data.schoolYear}-${data.version}-${data.configured}`}
            config={data}
            onSaved={setSaved}
            onReload={() => void config.refetch()}
            reloading={config.isFetching}
          />
        </section>
      )}
    </div>
  );
}

function ConfigForm({
  config,
  onSaved,
  onReload,
  reloading,
}: {
  config: ClasYearConfigData;
  onSaved: (m: string) => void;
  onReload: () => void;
  reloading: boolean;
}) {
  const [values, setValues] = useState(() => toValues(config));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const save = useSetClasYearConfig();
  const known = [
    'ratePercent',
    'ceilingCentsPerGroup',
    ...COUNT_FIELDS,
    'latestStartDate',
    'earliestEndDate',
    ...values.classHours.flatMap((_, i) => [`classHours.${i}.day`, `classHours.${i}.start`, `classHours.${i}.end`]),
  ];
  const server = splitErrors(save.error, known);
  const err = (f: string) => server.fields[f] ?? errors[f];
  useFocusFirstInvalid(formRef, errors);

  const set = <K extends keyof ConfigValues>(key: K, value: ConfigValues[K], field: string = key) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      if (!e[field]) return e;
      const next = { ...e };
      delete next[field];
      return next;
    });
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSaved('');
    const found: Record<string, string> = {};
    const rate = Number(values.ratePercent.replace(',', '.').replace(/[\s%]/g, ''));
    if (!values.ratePercent.trim() || !Number.isFinite(rate))
      found.ratePercent = 'Saisissez un taux en pourcentage (par exemple 32,5).';
    const ceiling = parseEuros(values.ceiling);
    if (ceiling === undefined || ceiling === null)
      found.ceilingCentsPerGroup = 'Saisissez un montant en euros (par exemple 2 563).';
    const counts = {} as Record<(typeof COUNT_FIELDS)[number], number>;
    for (const f of COUNT_FIELDS) {
      const n = parseCount(values[f]);
      if (n === undefined || n === null) found[f] = 'Saisissez un nombre entier.';
      counts[f] = n ?? 0;
    }
    const input: ClasYearConfigInput = {
      schoolYear: config.schoolYear,
      version: config.configured ? config.version : null,
      ratePercent: rate,
      ceilingCentsPerGroup: ceiling ?? 0,
      ...counts,
      latestStartDate: values.latestStartDate,
      earliestEndDate: values.earliestEndDate,
      classHours: values.classHours.map((h) => ({ day: h.day, start: h.start, end: h.end })),
    };
    const schema = validate(clasYearConfigInput, input);
    for (const [k, m] of Object.entries(schema)) found[k] ??= m;
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(input, {
      onSuccess: (c) =>
        onSaved(
          `Configuration ${c.schoolYear} enregistrée : les projets en cours de cette année sont réévalués avec elle.`,
        ),
    });
  }

  const unknownErrors = Object.entries(errors).filter(([k]) => !known.includes(k));

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>Financement (prestation de service)</legend>
        <TextField
          label="Taux (%)"
          required
          inputMode="decimal"
          autoComplete="off"
          name="ratePercent"
          value={values.ratePercent}
          onValueChange={(v) => set('ratePercent', v)}
          error={err('ratePercent')}
          hint="Part du coût éligible de chaque groupe."
        />
        <TextField
          label="Plafond par groupe (€)"
          required
          inputMode="decimal"
          autoComplete="off"
          name="ceilingCentsPerGroup"
          value={values.ceiling}
          onValueChange={(v) => set('ceiling', v, 'ceilingCentsPerGroup')}
          error={err('ceilingCentsPerGroup')}
          hint="Par groupe et par année scolaire."
        />
      </fieldset>
      <fieldset>
        <legend>Taille des groupes et encadrement</legend>
        <TextField
          label="Enfants par groupe, au moins"
          required
          inputMode="numeric"
          name="minChildren"
          value={values.minChildren}
          onValueChange={(v) => set('minChildren', v)}
          error={err('minChildren')}
        />
        <TextField
          label="Enfants par groupe, au plus"
          required
          inputMode="numeric"
          name="maxChildren"
          value={values.maxChildren}
          onValueChange={(v) => set('maxChildren', v)}
          error={err('maxChildren')}
        />
        <TextField
          label="Enfants par accompagnateur, au plus (non conforme au-delà)"
          required
          inputMode="numeric"
          name="maxChildrenPerAdult"
          value={values.maxChildrenPerAdult}
          onValueChange={(v) => set('maxChildrenPerAdult', v)}
          error={err('maxChildrenPerAdult')}
        />
        <TextField
          label="Enfants par accompagnateur, référence (avertissement au-delà)"
          required
          inputMode="numeric"
          name="warnChildrenPerAdult"
          value={values.warnChildrenPerAdult}
          onValueChange={(v) => set('warnChildrenPerAdult', v)}
          error={err('warnChildrenPerAdult')}
        />
        <TextField
          label="Séances par semaine recommandées"
          required
          inputMode="numeric"
          name="recommendedSessionsPerWeek"
          value={values.recommendedSessionsPerWeek}
          onValueChange={(v) => set('recommendedSessionsPerWeek', v)}
          error={err('recommendedSessionsPerWeek')}
        />
      </fieldset>
      <fieldset>
        <legend>Calendrier</legend>
        <DateField
          label="Début au plus tard le"
          name="latestStartDate"
          required
          value={values.latestStartDate}
          onValueChange={(v) => set('latestStartDate', v)}
          error={err('latestStartDate')}
          hint="Un groupe qui commence après ne couvre pas l'année."
        />
        <DateField
          label="Fin au plus tôt le"
          name="earliestEndDate"
          required
          value={values.earliestEndDate}
          onValueChange={(v) => set('earliestEndDate', v)}
          error={err('earliestEndDate')}
          hint="Un groupe qui s'arrête avant ne couvre pas l'année."
        />
        <TextField
          label="Interruption la plus longue admise (semaines)"
          required
          inputMode="numeric"
          name="maxBreakWeeks"
          value={values.maxBreakWeeks}
          onValueChange={(v) => set('maxBreakWeeks', v)}
          error={err('maxBreakWeeks')}
          hint="La durée des vacances scolaires : au-delà, avertissement."
        />
      </fieldset>
      <fieldset>
        <legend>Heures de classe</legend>
        <p className={fr.cx('fr-hint-text')} style={{ gridColumn: '1 / -1' }}>
          Une séance qui empiète sur ces plages n'a pas lieu hors temps scolaire.
        </p>
        {values.classHours.map((h, i) => (
          <fieldset key={h.key} className="clas-row" data-focus={h.key}>
            <legend className={fr.cx('fr-text--bold')}>Plage {i + 1}</legend>
            <div className="clas-row__fields">
              <SelectField
                label="Jour"
                value={h.day}
                onValueChange={(day) =>
                  set(
                    'classHours',
                    values.classHours.map((x, j) => (j === i ? { ...x, day: day as Weekday } : x)),
                    `classHours.${i}.day`,
                  )
                }
              >
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {WEEKDAY_LABELS[d]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="De"
                name={`classHours.${i}.start`}
                inputMode="numeric"
                autoComplete="off"
                hint="hh:mm (24 h)"
                value={h.start}
                onValueChange={(start) =>
                  set(
                    'classHours',
                    values.classHours.map((x, j) => (j === i ? { ...x, start } : x)),
                    `classHours.${i}.start`,
                  )
                }
                error={err(`classHours.${i}.start`)}
              />
              <TextField
                label="À"
                name={`classHours.${i}.end`}
                inputMode="numeric"
                autoComplete="off"
                hint="hh:mm (24 h)"
                value={h.end}
                onValueChange={(end) =>
                  set(
                    'classHours',
                    values.classHours.map((x, j) => (j === i ? { ...x, end } : x)),
                    `classHours.${i}.end`,
                  )
                }
                error={err(`classHours.${i}.end`)}
              />
            </div>
            <div>
              <Button
                variant="tertiary"
                size="small"
                onClick={() => {
                  set(
                    'classHours',
                    values.classHours.filter((_, j) => j !== i),
                    'classHours',
                  );
                  focusAfterRender('clas-ajouter-plage');
                }}
              >
                Retirer la plage {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            variant="secondary"
            data-focus="clas-ajouter-plage"
            onClick={() => {
              const row: HoursValues = { key: newKey(), day: 'LUNDI', start: '08:30', end: '16:30' };
              set('classHours', [...values.classHours, row], 'classHours');
              focusAfterRender(row.key);
            }}
          >
            Ajouter une plage
          </Button>
        </div>
      </fieldset>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette configuration a été modifiée entre-temps par un autre administrateur. Rechargez-la : vos saisies non enregistrées seront perdues."
        reloadLabel="Recharger la configuration"
        onReload={onReload}
        reloading={reloading}
        general={null}
      />
      <ErrorSummary
        fields={Object.fromEntries(known.map((k) => [k, err(k)]))}
        general={
          [server.conflict ? null : server.general, ...unknownErrors.map(([, m]) => m)].filter(Boolean).join(' ') ||
          null
        }
        labels={FIELD_LABELS}
        order={known}
        title="La configuration n'a pas été enregistrée"
      />
      <div className="form__actions">
        <Button type="submit" busy={save.isPending}>
          Enregistrer la configuration
        </Button>
      </div>
    </form>
  );
}
