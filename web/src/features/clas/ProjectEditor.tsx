import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  ACCOMPAGNATEUR_KINDS,
  ACCOMPAGNATEUR_KIND_LABELS,
  CLAS_ACTIVITY_KINDS,
  CLAS_ACTIVITY_KIND_LABELS,
  CLAS_RULE_LABELS,
  SCHOOL_LEVELS,
  SCHOOL_LEVEL_LABELS,
  TRAINING_STATUSES,
  TRAINING_STATUS_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  estimateFunding,
  evaluateEligibility,
  type ClasActivityKind,
} from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { ErrorState } from '../../ui/ErrorState';
import { EligibilityList, FundingTable, eligibilitySummary } from './Eligibility';
import { TextAreaField, useFocusAfterRender } from './fields';
import { schoolYearOptions } from './format';
import {
  describePath,
  emptyProject,
  groupCosts,
  newAccompagnateur,
  newAction,
  newGroup,
  newPartner,
  newSchool,
  newSession,
  projectPath,
  projectToValues,
  validateProject,
  valuesToContent,
  valuesToEligibilityInput,
  type ActionValues,
  type GroupValues,
  type ProjectValues,
} from './projectForm';
import { useClasYearConfig, useSaveClasProject, useSubmitClasProject, type ClasProjectData } from './queries';

const CONFLICT_MESSAGE =
  "Ce projet a été modifié entre-temps (dans un autre onglet ou par un collègue). Rechargez-le pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.";

interface ProjectEditorProps {
  /** The saved project, or null for a new one. */
  project: ClasProjectData | null;
  /** The holder's organisations (the one a new project is filed for). */
  organisations: readonly { id: string; name: string }[];
  initialYear: string;
  /** Announces a result in the page's status line. */
  onMessage: (message: string) => void;
  /** A new project was created (the page moves to its address). */
  onCreated: (project: ClasProjectData, message: string) => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

/** Every path of the form that has a control of its own: server messages on them go beside it. */
function knownPaths(v: ProjectValues): string[] {
  const paths = ['title', 'schoolYear', 'diagnostic', 'concertationDescription', 'activityKinds', 'organisationId'];
  v.localPartners.forEach((_, i) => paths.push(`localPartners.${i}`));
  v.schools.forEach((_, i) => paths.push(`schools.${i}.name`, `schools.${i}.uai`, `schools.${i}.contactName`));
  for (const list of ['parentActions', 'concertationActions'] as const) v[list].forEach((_, i) => paths.push(`${list}.${i}.title`, `${list}.${i}.period`));
  v.groups.forEach((g, i) => {
    for (const f of ['label', 'level', 'childrenCount', 'startDate', 'endDate', 'longestBreakWeeks', 'place', 'eligibleCostCents', 'otherFundingCents']) paths.push(`groups.${i}.${f}`);
    g.accompagnateurs.forEach((_, j) => paths.push(`groups.${i}.accompagnateurs.${j}.label`, `groups.${i}.accompagnateurs.${j}.kind`, `groups.${i}.accompagnateurs.${j}.training`));
    g.sessions.forEach((_, j) => paths.push(`groups.${i}.sessions.${j}.day`, `groups.${i}.sessions.${j}.start`, `groups.${i}.sessions.${j}.durationMinutes`));
  });
  return paths;
}

const replaceAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] => list.map((item, i) => (i === index ? { ...item, ...patch } : item));
const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** The holder's form: the whole declaration, with the live eligibility panel beside it. */
export function ProjectEditor({ project, organisations, initialYear, onMessage, onCreated, onReload, reloading }: ProjectEditorProps) {
  // The page keys the editor by project: its values start from the project read (or an empty one).
  const [initial] = useState(() => (project ? projectToValues(project) : emptyProject(initialYear)));
  const [values, setValues] = useState<ProjectValues>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(valuesToContent(initial)));
  const [organisationId, setOrganisationId] = useState(project?.organisation.id ?? organisations[0]?.id ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const save = useSaveClasProject();
  const submit = useSubmitClasProject();
  const config = useClasYearConfig(/^\d{4}-\d{4}$/.test(values.schoolYear) ? values.schoolYear : null);
  const ids = useId();

  const dirty = JSON.stringify(valuesToContent(values)) !== baseline;
  const known = knownPaths(values);
  const serverError = save.error ?? submit.error;
  const server = splitErrors(serverError, known, projectPath);
  const errors: Record<string, string | undefined> = { ...server.fields, ...localErrors };
  useFocusFirstInvalid(formRef, localErrors);
  const err = (path: string) => errors[path];
  const errorCount = Object.keys(localErrors).length;

  // Live eligibility and estimate: the shared rules on the form as it stands, with the year's configuration.
  const live = useMemo(() => (config.data ? evaluateEligibility(valuesToEligibilityInput(values), config.data) : null), [values, config.data]);
  const funding = useMemo(() => (config.data ? estimateFunding(groupCosts(values), config.data) : null), [values, config.data]);
  const groupLabels = values.groups.map((g) => g.label.trim());

  function change(mutate: (v: ProjectValues) => ProjectValues, clearPrefix?: string) {
    setValues(mutate);
    setConfirming(false);
    if (clearPrefix !== undefined) {
      setLocalErrors((current) => {
        const keys = Object.keys(current).filter((k) => k === clearPrefix || k.startsWith(`${clearPrefix}.`));
        if (!keys.length) return current;
        const next = { ...current };
        for (const k of keys) delete next[k];
        return next;
      });
    }
  }
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) => change((v) => ({ ...v, [key]: value }), key);
  const setGroup = (i: number, patch: Partial<GroupValues>, field: string) => change((v) => ({ ...v, groups: replaceAt(v.groups, i, patch) }), `groups.${i}.${field}`);

  function check(): boolean {
    const found = validateProject(values);
    if (!organisationId && !project) found.organisationId = 'Choisissez la structure qui porte le projet.';
    setLocalErrors(found);
    return Object.keys(found).length === 0;
  }

  /** Saves when needed; the saved project (with the server's ids for new groups), or null when it failed. */
  async function persist(): Promise<ClasProjectData | null> {
    if (project && !dirty) return project;
    const content = valuesToContent(values);
    try {
      const saved = await save.mutateAsync({ id: project?.id ?? null, version: project?.version ?? null, organisationId, content });
      setBaseline(JSON.stringify(content));
      setValues((v) => ({ ...v, groups: v.groups.map((g, i) => ({ ...g, id: saved.groups[i]?.id ?? g.id })) }));
      return saved;
    } catch {
      return null;
    }
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    submit.reset();
    setConfirming(false);
    if (!check()) return;
    if (project && !dirty) {
      onMessage('Aucune modification à enregistrer.');
      return;
    }
    const saved = await persist();
    if (!saved) return;
    if (!project) onCreated(saved, 'Projet créé et enregistré en brouillon.');
    else onMessage('Projet enregistré.');
  }

  function onDeposit() {
    save.reset();
    submit.reset();
    if (!check()) return;
    if (live && live.failures > 0) {
      setConfirming(true);
      requestAnimationFrame(() => confirmRef.current?.focus());
      return;
    }
    void deposit();
  }

  async function deposit() {
    const saved = await persist();
    if (!saved) return;
    try {
      await submit.mutateAsync({ id: saved.id, version: saved.version });
    } catch {
      if (!project) onCreated(saved, 'Projet enregistré en brouillon, mais il n’a pas pu être déposé.');
      return;
    }
    setConfirming(false);
    const message = 'Projet déposé auprès de la CAF. Il n’est plus modifiable, sauf si la CAF demande des compléments.';
    if (!project) onCreated(saved, message);
    else onMessage(message);
  }

  const failures = live?.results.filter((r) => r.outcome === 'FAIL') ?? [];

  return (
    <div className="clas-editor">
      <form ref={formRef} className="form clas-form" noValidate onSubmit={(e) => void onSave(e)} aria-labelledby={`${ids}-titre`}>
        <h2 id={`${ids}-titre`} className="visually-hidden">
          Déclaration du projet
        </h2>
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={CONFLICT_MESSAGE}
          reloadLabel="Recharger le projet"
          onReload={() => void onReload()}
          reloading={reloading}
          general={server.general}
        />
        {errorCount ? (
          <div className="error-state clas-error-summary">
            <p className="error-state__title">
              {errorCount > 1 ? `${errorCount} champs sont à corriger :` : 'Un champ est à corriger :'}
            </p>
            <ul>
              {Object.entries(localErrors).map(([path, message]) => (
                <li key={path}>
                  {describePath(path, values)} : {message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <fieldset>
          <legend>Le projet</legend>
          {!project && organisations.length > 1 ? (
            <SelectField label="Structure porteuse" required value={organisationId} onValueChange={setOrganisationId} error={err('organisationId')}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField label="Intitulé du projet" required autoComplete="off" value={values.title} onValueChange={(v) => set('title', v)} error={err('title')} />
          <SelectField
            label="Année scolaire"
            required
            value={values.schoolYear}
            onValueChange={(v) => set('schoolYear', v)}
            error={err('schoolYear')}
            hint="Les seuils d'éligibilité et le taux de financement sont ceux de cette année."
          >
            {schoolYearOptions(new Date(), values.schoolYear).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label="Diagnostic des besoins"
            className="clas-form__wide"
            rows={5}
            value={values.diagnostic}
            onValueChange={(v) => set('diagnostic', v)}
            error={err('diagnostic')}
            hint="Les besoins des enfants et des familles du territoire auxquels le projet répond."
          />
          <div className="clas-form__wide clas-form__checks">
            <CheckboxField
              label="La structure adhère à la charte nationale de l'accompagnement à la scolarité (charte signée)"
              checked={values.charterSigned}
              onCheckedChange={(v) => set('charterSigned', v)}
            />
            <CheckboxField
              label="Le projet s'inscrit dans le cadre partenarial départemental"
              checked={values.inDepartmentalFramework}
              onCheckedChange={(v) => set('inDepartmentalFramework', v)}
            />
          </div>
        </fieldset>

        <fieldset className="clas-form__checkbox-list" data-invalid={err('activityKinds') ? 'true' : undefined}>
          <legend>Activités proposées aux enfants</legend>
          <p className="field__hint">L'aide aux devoirs seule n'est pas un CLAS : cochez les autres activités proposées.</p>
          <div className="role-checkboxes__grid">
            {CLAS_ACTIVITY_KINDS.map((kind) => (
              <CheckboxField
                key={kind}
                label={CLAS_ACTIVITY_KIND_LABELS[kind]}
                checked={values.activityKinds.includes(kind)}
                onCheckedChange={(checked) =>
                  set('activityKinds', checked ? [...values.activityKinds, kind] : values.activityKinds.filter((k: ClasActivityKind) => k !== kind))
                }
              />
            ))}
          </div>
          {err('activityKinds') ? (
            <p className="field__error" role="alert">
              {err('activityKinds')}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="clas-form__section">
          <legend>Partenariat avec l'école</legend>
          <TextAreaField
            label="Organisation de la concertation avec les enseignants"
            className="clas-form__wide"
            value={values.concertationDescription}
            onValueChange={(v) => set('concertationDescription', v)}
            error={err('concertationDescription')}
            hint="Comment et à quels moments de l'année l'équipe échange avec les enseignants."
          />
          <RowList
            legend="Établissements scolaires partenaires"
            itemLegend={(i) => `Établissement ${i + 1}`}
            rows={values.schools}
            empty="Aucun établissement pour l'instant."
            addLabel="Ajouter un établissement"
            removeLabel={(i) => `Retirer l'établissement ${i + 1}`}
            focusAfterRender={focusAfterRender}
            onAdd={() => {
              const row = newSchool();
              change((v) => ({ ...v, schools: [...v.schools, row] }));
              return row.key;
            }}
            onRemove={(i) => change((v) => ({ ...v, schools: removeAt(v.schools, i) }), 'schools')}
            render={(s, i) => (
              <>
                <TextField
                  label="Nom de l'établissement"
                  required
                  autoComplete="off"
                  value={s.name}
                  onValueChange={(name) => change((v) => ({ ...v, schools: replaceAt(v.schools, i, { name }) }), `schools.${i}.name`)}
                  error={err(`schools.${i}.name`)}
                />
                <TextField
                  label="UAI (facultatif)"
                  autoComplete="off"
                  value={s.uai}
                  onValueChange={(uai) => change((v) => ({ ...v, schools: replaceAt(v.schools, i, { uai }) }), `schools.${i}.uai`)}
                  error={err(`schools.${i}.uai`)}
                  hint="8 caractères, par exemple 0180001A."
                />
                <TextField
                  label="Contact dans l'établissement"
                  autoComplete="off"
                  value={s.contactName}
                  onValueChange={(contactName) => change((v) => ({ ...v, schools: replaceAt(v.schools, i, { contactName }) }), `schools.${i}.contactName`)}
                  error={err(`schools.${i}.contactName`)}
                  hint="Nom ou fonction (directrice, CPE…)."
                />
              </>
            )}
          />
          <ActionRows
            legend="Actions de concertation avec l'école"
            itemName="Action de concertation"
            list="concertationActions"
            rows={values.concertationActions}
            addLabel="Ajouter une action de concertation"
            change={change}
            err={err}
            focusAfterRender={focusAfterRender}
          />
        </fieldset>

        <fieldset className="clas-form__section">
          <legend>Parents et acteurs locaux</legend>
          <ActionRows
            legend="Actions avec et pour les parents"
            itemName="Action avec les parents"
            list="parentActions"
            rows={values.parentActions}
            addLabel="Ajouter une action avec les parents"
            change={change}
            err={err}
            focusAfterRender={focusAfterRender}
          />
          <RowList
            legend="Partenaires locaux"
            itemLegend={(i) => `Partenaire ${i + 1}`}
            rows={values.localPartners}
            empty="Aucun partenaire local pour l'instant."
            addLabel="Ajouter un partenaire local"
            removeLabel={(i) => `Retirer le partenaire ${i + 1}`}
            focusAfterRender={focusAfterRender}
            onAdd={() => {
              const row = newPartner();
              change((v) => ({ ...v, localPartners: [...v.localPartners, row] }));
              return row.key;
            }}
            onRemove={(i) => change((v) => ({ ...v, localPartners: removeAt(v.localPartners, i) }), 'localPartners')}
            render={(p, i) => (
              <TextField
                label="Nom du partenaire"
                required
                autoComplete="off"
                value={p.name}
                onValueChange={(name) => change((v) => ({ ...v, localPartners: replaceAt(v.localPartners, i, { name }) }), `localPartners.${i}`)}
                error={err(`localPartners.${i}`)}
                hint="Médiathèque, centre social, club sportif…"
              />
            )}
          />
        </fieldset>

        <section className="clas-groups" aria-labelledby={`${ids}-groupes`}>
          <h2 id={`${ids}-groupes`}>Groupes d'enfants</h2>
          {values.groups.length === 0 ? <p className="muted">Aucun groupe pour l'instant : un projet en compte au moins un.</p> : null}
          {values.groups.map((g, i) => (
            <fieldset key={g.key} className="clas-group" data-focus={g.key}>
              <legend>
                Groupe {i + 1}
                {g.label.trim() ? ` : ${g.label.trim()}` : ''}
              </legend>
              <TextField label="Nom du groupe" required autoComplete="off" value={g.label} onValueChange={(label) => setGroup(i, { label }, 'label')} error={err(`groups.${i}.label`)} hint="Par exemple « CP-CE1 du mardi »." />
              <SelectField label="Niveau scolaire" value={g.level} onValueChange={(level) => setGroup(i, { level: level as GroupValues['level'] }, 'level')} error={err(`groups.${i}.level`)}>
                {SCHOOL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {SCHOOL_LEVEL_LABELS[l]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Nombre d'enfants inscrits"
                required
                inputMode="numeric"
                autoComplete="off"
                value={g.childrenCount}
                onValueChange={(childrenCount) => setGroup(i, { childrenCount }, 'childrenCount')}
                error={err(`groups.${i}.childrenCount`)}
              />
              <TextField label="Lieu des séances" autoComplete="off" value={g.place} onValueChange={(place) => setGroup(i, { place }, 'place')} error={err(`groups.${i}.place`)} />
              <TextField label="Date de début" type="date" value={g.startDate} onValueChange={(startDate) => setGroup(i, { startDate }, 'startDate')} error={err(`groups.${i}.startDate`)} />
              <TextField label="Date de fin" type="date" value={g.endDate} onValueChange={(endDate) => setGroup(i, { endDate }, 'endDate')} error={err(`groups.${i}.endDate`)} />
              <TextField
                label="Plus longue interruption (semaines)"
                inputMode="numeric"
                autoComplete="off"
                value={g.longestBreakWeeks}
                onValueChange={(longestBreakWeeks) => setGroup(i, { longestBreakWeeks }, 'longestBreakWeeks')}
                error={err(`groups.${i}.longestBreakWeeks`)}
                hint="La plus longue période sans séance, vacances comprises. Laissez vide si les séances ne s’arrêtent que pendant les vacances."
              />
              <TextField
                label="Coût éligible (€)"
                required
                inputMode="decimal"
                autoComplete="off"
                value={g.eligibleCost}
                onValueChange={(eligibleCost) => setGroup(i, { eligibleCost }, 'eligibleCostCents')}
                error={err(`groups.${i}.eligibleCostCents`)}
                hint="Pour l'année scolaire, en euros."
              />
              <TextField
                label="Autres financements (€)"
                inputMode="decimal"
                autoComplete="off"
                value={g.otherFunding}
                onValueChange={(otherFunding) => setGroup(i, { otherFunding }, 'otherFundingCents')}
                error={err(`groups.${i}.otherFundingCents`)}
                hint="Commune, département, État…"
              />

              <RowList
                legend="Accompagnateurs"
                itemLegend={(j) => `Accompagnateur ${j + 1}`}
                rows={g.accompagnateurs}
                empty="Aucun accompagnateur pour l'instant."
                addLabel="Ajouter un accompagnateur"
                removeLabel={(j) => `Retirer l'accompagnateur ${j + 1}`}
                focusAfterRender={focusAfterRender}
                onAdd={() => {
                  const row = newAccompagnateur();
                  setGroup(i, { accompagnateurs: [...g.accompagnateurs, row] }, 'accompagnateurs');
                  return row.key;
                }}
                onRemove={(j) => setGroup(i, { accompagnateurs: removeAt(g.accompagnateurs, j) }, 'accompagnateurs')}
                render={(a, j) => (
                  <>
                    <TextField
                      label="Nom ou fonction"
                      required
                      autoComplete="off"
                      value={a.label}
                      onValueChange={(label) => setGroup(i, { accompagnateurs: replaceAt(g.accompagnateurs, j, { label }) }, `accompagnateurs.${j}.label`)}
                      error={err(`groups.${i}.accompagnateurs.${j}.label`)}
                    />
                    <SelectField label="Statut" value={a.kind} onValueChange={(kind) => setGroup(i, { accompagnateurs: replaceAt(g.accompagnateurs, j, { kind: kind as typeof a.kind }) }, `accompagnateurs.${j}.kind`)}>
                      {ACCOMPAGNATEUR_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {ACCOMPAGNATEUR_KIND_LABELS[k]}
                        </option>
                      ))}
                    </SelectField>
                    <SelectField
                      label="Formation"
                      value={a.training}
                      onValueChange={(training) => setGroup(i, { accompagnateurs: replaceAt(g.accompagnateurs, j, { training: training as typeof a.training }) }, `accompagnateurs.${j}.training`)}
                    >
                      {TRAINING_STATUSES.map((t) => (
                        <option key={t} value={t}>
                          {TRAINING_STATUS_LABELS[t]}
                        </option>
                      ))}
                    </SelectField>
                  </>
                )}
              />

              <RowList
                legend="Séances hebdomadaires"
                itemLegend={(j) => `Séance ${j + 1}`}
                rows={g.sessions}
                empty="Aucune séance pour l'instant."
                addLabel="Ajouter une séance"
                removeLabel={(j) => `Retirer la séance ${j + 1}`}
                focusAfterRender={focusAfterRender}
                onAdd={() => {
                  const row = newSession();
                  setGroup(i, { sessions: [...g.sessions, row] }, 'sessions');
                  return row.key;
                }}
                onRemove={(j) => setGroup(i, { sessions: removeAt(g.sessions, j) }, 'sessions')}
                render={(s, j) => (
                  <>
                    <SelectField label="Jour" value={s.day} onValueChange={(day) => setGroup(i, { sessions: replaceAt(g.sessions, j, { day: day as typeof s.day }) }, `sessions.${j}.day`)}>
                      {WEEKDAYS.map((d) => (
                        <option key={d} value={d}>
                          {WEEKDAY_LABELS[d]}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      label="Heure de début"
                      type="time"
                      value={s.start}
                      onValueChange={(start) => setGroup(i, { sessions: replaceAt(g.sessions, j, { start }) }, `sessions.${j}.start`)}
                      error={err(`groups.${i}.sessions.${j}.start`)}
                    />
                    <TextField
                      label="Durée (minutes)"
                      inputMode="numeric"
                      autoComplete="off"
                      value={s.durationMinutes}
                      onValueChange={(durationMinutes) => setGroup(i, { sessions: replaceAt(g.sessions, j, { durationMinutes }) }, `sessions.${j}.durationMinutes`)}
                      error={err(`groups.${i}.sessions.${j}.durationMinutes`)}
                    />
                  </>
                )}
              />
              <div className="clas-form__wide">
                <Button
                  variant="secondary"
                  onClick={() => {
                    change((v) => ({ ...v, groups: removeAt(v.groups, i) }), 'groups');
                    focusAfterRender(`${ids}-ajouter-groupe`);
                  }}
                >
                  Supprimer le groupe {i + 1}
                </Button>
              </div>
            </fieldset>
          ))}
          <Button
            variant="secondary"
            data-focus={`${ids}-ajouter-groupe`}
            onClick={() => {
              const group = newGroup();
              change((v) => ({ ...v, groups: [...v.groups, group] }));
              focusAfterRender(group.key);
            }}
          >
            Ajouter un groupe
          </Button>
        </section>

        <div className="form__actions clas-form__actions">
          <Button type="submit" busy={save.isPending && !submit.isPending}>
            Enregistrer
          </Button>
          <Button variant="secondary" busy={submit.isPending} disabled={save.isPending} onClick={onDeposit} data-focus={`${ids}-deposer`}>
            Déposer le projet
          </Button>
          <p className="muted clas-form__dirty" aria-live="polite">
            {dirty ? 'Modifications non enregistrées.' : project ? 'Tout est enregistré.' : ''}
          </p>
        </div>
        {confirming && live ? (
          <section className="clas-confirm" aria-labelledby={`${ids}-confirmer`}>
            <h2 id={`${ids}-confirmer`} ref={confirmRef} tabIndex={-1}>
              Déposer un projet qui ne respecte pas toutes les règles ?
            </h2>
            <p>
              {failures.length > 1 ? `${failures.length} règles ne sont pas respectées` : 'Une règle n’est pas respectée'}. Vous pouvez déposer le projet quand même : la CAF
              décidera au vu de ces écarts.
            </p>
            <ul>
              {failures.map((r) => (
                <li key={`${r.rule}-${r.groupIndex ?? 'p'}`}>
                  <strong>
                    {CLAS_RULE_LABELS[r.rule]}
                    {r.groupIndex !== null ? ` (groupe ${r.groupIndex + 1}${groupLabels[r.groupIndex] ? ` : ${groupLabels[r.groupIndex]}` : ''})` : ''}
                  </strong>{' '}
                  : {r.message}
                </li>
              ))}
            </ul>
            <div className="form__actions">
              <Button variant="danger" busy={save.isPending || submit.isPending} onClick={() => void deposit()}>
                Déposer malgré tout
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  focusAfterRender(`${ids}-deposer`);
                }}
              >
                Revenir au projet
              </Button>
            </div>
          </section>
        ) : null}

      </form>

      <aside className="clas-panel" aria-labelledby={`${ids}-eligibilite`} tabIndex={0}>
        <h2 id={`${ids}-eligibilite`}>Éligibilité</h2>
        {config.isError ? (
          <ErrorState error={config.error} title="La configuration de l'année n'a pas pu être chargée" onRetry={() => void config.refetch()} />
        ) : !live || !funding || !config.data ? (
          <LoadingState label="Chargement des règles de l'année…" />
        ) : (
          <>
            <p className={`clas-panel__summary ${live.failures ? 'clas-panel__summary--fail' : live.warnings ? 'clas-panel__summary--warning' : 'clas-panel__summary--pass'}`} role="status">
              {eligibilitySummary(live)}
            </p>
            <p className="field__hint">
              Évaluées à chaque saisie avec les seuils de l'année {config.data.schoolYear}
              {config.data.configured ? '' : ' (valeurs par défaut)'}. La CAF les évalue à nouveau au dépôt.
            </p>
            <h3>Financement estimé</h3>
            <FundingTable
              funding={{
                groups: funding.groups.map((f, i) => ({ label: groupLabels[i] ?? '', eligibleCostCents: f.eligibleCostCents, estimateCents: f.estimateCents, capped: f.capped })),
                totalCents: funding.totalCents,
                ratePercent: config.data.ratePercent,
                ceilingCentsPerGroup: config.data.ceilingCentsPerGroup,
              }}
            />
            <EligibilityList eligibility={live} groupLabels={groupLabels} />
          </>
        )}
      </aside>
    </div>
  );
}

interface RowListProps<T extends { key: string }> {
  legend: string;
  itemLegend: (index: number) => string;
  rows: readonly T[];
  empty: string;
  addLabel: string;
  removeLabel: (index: number) => string;
  onAdd: () => string;
  onRemove: (index: number) => void;
  render: (row: T, index: number) => ReactNode;
  focusAfterRender: (key: string) => void;
}

/** A list of rows, each in its own fieldset with a remove button, and an add button under them. */
function RowList<T extends { key: string }>({ legend, itemLegend, rows, empty, addLabel, removeLabel, onAdd, onRemove, render, focusAfterRender }: RowListProps<T>) {
  const addKey = useId();
  return (
    <fieldset className="clas-rows">
      <legend>{legend}</legend>
      {rows.length === 0 ? <p className="muted clas-rows__empty">{empty}</p> : null}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="clas-row" data-focus={row.key}>
          <legend>{itemLegend(i)}</legend>
          {render(row, i)}
          <div className="clas-row__remove">
            <Button
              variant="link"
              onClick={() => {
                onRemove(i);
                focusAfterRender(addKey);
              }}
            >
              {removeLabel(i)}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" data-focus={addKey} onClick={() => focusAfterRender(onAdd())}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}

function ActionRows({
  legend,
  itemName,
  list,
  rows,
  addLabel,
  change,
  err,
  focusAfterRender,
}: {
  legend: string;
  itemName: string;
  list: 'parentActions' | 'concertationActions';
  rows: readonly ActionValues[];
  addLabel: string;
  change: (mutate: (v: ProjectValues) => ProjectValues, clearPrefix?: string) => void;
  err: (path: string) => string | undefined;
  focusAfterRender: (key: string) => void;
}) {
  return (
    <RowList
      legend={legend}
      itemLegend={(i) => `${itemName} ${i + 1}`}
      rows={rows}
      empty="Aucune action prévue pour l'instant."
      addLabel={addLabel}
      removeLabel={(i) => `Retirer : ${itemName.toLowerCase()} ${i + 1}`}
      focusAfterRender={focusAfterRender}
      onAdd={() => {
        const row = newAction();
        change((v) => ({ ...v, [list]: [...v[list], row] }));
        return row.key;
      }}
      onRemove={(i) => change((v) => ({ ...v, [list]: removeAt(v[list], i) }), list)}
      render={(a, i) => (
        <>
          <TextField
            label="Intitulé"
            required
            autoComplete="off"
            value={a.title}
            onValueChange={(title) => change((v) => ({ ...v, [list]: replaceAt(v[list], i, { title }) }), `${list}.${i}.title`)}
            error={err(`${list}.${i}.title`)}
          />
          <TextField
            label="Période (facultatif)"
            autoComplete="off"
            value={a.period}
            onValueChange={(period) => change((v) => ({ ...v, [list]: replaceAt(v[list], i, { period }) }), `${list}.${i}.period`)}
            error={err(`${list}.${i}.period`)}
            hint="Par exemple « novembre » ou « fin de trimestre »."
          />
        </>
      )}
    />
  );
}
