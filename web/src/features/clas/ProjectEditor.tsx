import { fr } from '@codegouvfr/react-dsfr';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { estimateFunding, evaluateEligibility } from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { EligibilityPanel } from './editor/EligibilityPanel';
import { GroupsStep } from './editor/GroupsStep';
import { PartnershipsStep } from './editor/PartnershipsStep';
import { ProjectStep } from './editor/ProjectStep';
import { ReviewStep } from './editor/ReviewStep';
import { STEPS, STEP_COUNT, knownPaths, stepFromParam, stepOf } from './editor/steps';
import { useFocusAfterRender } from './fields';
import {
  describePath,
  emptyProject,
  groupCosts,
  projectPath,
  projectToValues,
  validateProject,
  valuesToContent,
  valuesToEligibilityInput,
  type ProjectValues,
} from './projectForm';
import { useClasYearConfig } from './configQueries';
import { useClasProjects, type ClasProjectData } from './projectQueries';
import { useSaveClasProject, useSubmitClasProject } from './workflowQueries';

const CONFLICT_MESSAGE =
  'Ce projet a été modifié entre-temps (dans un autre onglet ou par un collègue). Rechargez-le pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.';

interface ProjectEditorProps {
  /** The saved project, or null for a new one. */
  project: ClasProjectData | null;
  /** The holder's organisations (the one a new project is filed for). */
  organisations: readonly { id: string; name: string }[];
  initialYear: string;
  /** Announces a result in the page's status line. */
  onMessage: (message: string) => void;
  /** A new project was created (the page moves to its address, on the same step). */
  onCreated: (project: ClasProjectData, message: string) => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

/** Where the focus goes after the next render: a field (by its form path), the stepper's title, or the error summary. */
type FocusTarget = { kind: 'field'; path: string } | { kind: 'stepper' } | { kind: 'summary' };

/**
 * The holder's declaration as a four-step DSFR form (the project, partnerships, groups, review and
 * deposit), with the live eligibility panel and funding estimate beside every step. A message of the
 * server or of the shared rules shows at its field, on its step (focused), and in the summary next to
 * the buttons.
 */
export function ProjectEditor({
  project,
  organisations,
  initialYear,
  onMessage,
  onCreated,
  onReload,
  reloading,
}: ProjectEditorProps) {
  // The page keys the editor by project: its values start from the project read (or an empty one).
  const [initial] = useState(() => (project ? projectToValues(project) : emptyProject(initialYear)));
  const [values, setValues] = useState<ProjectValues>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(valuesToContent(initial)));
  const [organisationId, setOrganisationId] = useState(project?.organisation.id ?? organisations[0]?.id ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [params, setParams] = useSearchParams();
  const step = stepFromParam(params.get('etape'));
  const formRef = useRef<HTMLFormElement>(null);
  const stepperRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const [, setFocusTick] = useState(0);
  const focusAfterRender = useFocusAfterRender();
  const save = useSaveClasProject();
  const submit = useSubmitClasProject();
  const config = useClasYearConfig(/^\d{4}-\d{4}$/.test(values.schoolYear) ? values.schoolYear : null);
  const ids = useId();
  // The organisation's other projects: their years are taken (one project per organisation and year).
  const others = useClasProjects({});
  const takenYears = (others.data?.nodes ?? [])
    .filter((p) => p.organisation.id === organisationId && p.id !== project?.id)
    .map((p) => p.schoolYear);

  const dirty = JSON.stringify(valuesToContent(values)) !== baseline;
  const known = knownPaths(values);
  const server = splitErrors(save.error ?? submit.error, known, projectPath);
  const errors: Record<string, string | undefined> = { ...server.fields, ...localErrors };
  const err = (path: string) => errors[path];
  const labels = Object.fromEntries(Object.keys(errors).map((path) => [path, describePath(path, values)]));

  // Live eligibility and estimate: the shared rules on the form as it stands, with the year's configuration.
  const live = useMemo(
    () => (config.data ? evaluateEligibility(valuesToEligibilityInput(values), config.data) : null),
    [values, config.data],
  );
  const funding = useMemo(
    () => (config.data ? estimateFunding(groupCosts(values), config.data) : null),
    [values, config.data],
  );
  const groupLabels = values.groups.map((g) => g.label.trim());

  // Moves the focus once the element it aims at is in the page (a step change renders its fields first).
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    let element: HTMLElement | null | undefined = null;
    if (target.kind === 'stepper') {
      element = stepperRef.current?.querySelector<HTMLElement>('.fr-stepper__title');
      element?.setAttribute('tabindex', '-1');
    } else if (target.kind === 'summary') {
      element = summaryRef.current?.querySelector<HTMLElement>('[tabindex="-1"], button');
    } else {
      const form = formRef.current;
      const escaped = CSS.escape(target.path);
      element =
        form?.querySelector<HTMLElement>(`[name="${escaped}"]`) ??
        form?.querySelector<HTMLElement>(
          `[data-field="${escaped}"] input, [data-field="${escaped}"] select, [data-field="${escaped}"] textarea`,
        );
    }
    if (!element) return;
    pendingFocus.current = null;
    element.scrollIntoView?.({ block: 'center' });
    element.focus();
  });
  function focusNext(target: FocusTarget) {
    pendingFocus.current = target;
    setFocusTick((n) => n + 1);
  }

  function goToStep(next: number, focus: FocusTarget = { kind: 'stepper' }) {
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('etape', String(next + 1));
        return copy;
      },
      { replace: true },
    );
    focusNext(focus);
  }

  /** After a failed check or save: the step of the first message, its field focused (the summary when no field names it). */
  function showErrors(fields: Record<string, string | undefined>) {
    const first = known.find((path) => fields[path]) ?? Object.keys(fields).find((path) => fields[path]);
    if (!first) {
      focusNext({ kind: 'summary' });
      return;
    }
    const target = stepOf(first);
    if (target !== step) goToStep(target, { kind: 'field', path: first });
    else focusNext({ kind: 'field', path: first });
  }

  function change(mutate: (v: ProjectValues) => ProjectValues, clearPrefix?: string) {
    setValues(mutate);
    setConfirming(false);
    // The server's answer was about the form as it was: a change sets it aside until the next save.
    if (save.error) save.reset();
    if (submit.error) submit.reset();
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
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) =>
    change((v) => ({ ...v, [key]: value }), key);

  /** The whole declaration checked (or one step's fields): the messages set, true when none. */
  function check(onlyStep?: number): boolean {
    const found = validateProject(values);
    if (!organisationId && !project) found.organisationId = 'Choisissez la structure qui porte le projet.';
    const kept =
      onlyStep === undefined
        ? found
        : Object.fromEntries(Object.entries(found).filter(([path]) => stepOf(path) === onlyStep));
    setLocalErrors(kept);
    if (Object.keys(kept).length) {
      showErrors(kept);
      return false;
    }
    return true;
  }

  /** Saves when needed; the saved project (with the server's ids for new groups), or null when it failed. */
  async function persist(): Promise<ClasProjectData | null> {
    if (project && !dirty) return project;
    const content = valuesToContent(values);
    try {
      const saved = await save.mutateAsync({
        id: project?.id ?? null,
        version: project?.version ?? null,
        organisationId,
        content,
      });
      setBaseline(JSON.stringify(content));
      setValues((v) => ({ ...v, groups: v.groups.map((g, i) => ({ ...g, id: saved.groups[i]?.id ?? g.id })) }));
      return saved;
    } catch (error) {
      showErrors(splitErrors(error, known, projectPath).fields);
      return null;
    }
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    submit.reset();
    save.reset();
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

  function onNext() {
    save.reset();
    submit.reset();
    if (!check(step)) return;
    goToStep(step + 1);
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
    } catch (error) {
      setConfirming(false);
      showErrors(splitErrors(error, known, projectPath).fields);
      if (!project) onCreated(saved, 'Projet enregistré en brouillon, mais il n’a pas pu être déposé.');
      return;
    }
    setConfirming(false);
    const message = 'Projet déposé auprès de la CAF. Il n’est plus modifiable, sauf si la CAF demande des compléments.';
    if (!project) onCreated(saved, message);
    else onMessage(message);
  }

  /** A link of the summary to a field of another step: that step first, then its field. */
  function onSummaryClick(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    const text = link.textContent ?? '';
    const path = Object.keys(labels).find((p) => errors[p] && text.startsWith(`${labels[p]} : `));
    if (!path || stepOf(path) === step) return;
    event.preventDefault();
    event.stopPropagation();
    goToStep(stepOf(path), { kind: 'field', path });
  }

  const stepProps = { values, err };
  const last = step === STEP_COUNT - 1;

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
        <form ref={formRef} noValidate onSubmit={(e) => void onSave(e)} aria-labelledby={`${ids}-titre`}>
          <h2 id={`${ids}-titre`} className="visually-hidden">
            Déclaration du projet
          </h2>
          <div ref={stepperRef}>
            <Stepper
              currentStep={step + 1}
              stepCount={STEP_COUNT}
              title={STEPS[step]}
              nextTitle={last ? undefined : STEPS[step + 1]}
            />
          </div>

          {step === 0 ? (
            <ProjectStep
              {...stepProps}
              set={set}
              organisations={project ? null : organisations}
              organisationId={organisationId}
              takenYears={takenYears}
              onOrganisationChange={(id) => {
                setOrganisationId(id);
                setLocalErrors(({ organisationId: _, ...rest }) => rest);
              }}
            />
          ) : step === 1 ? (
            <PartnershipsStep {...stepProps} set={set} change={change} focusAfterRender={focusAfterRender} />
          ) : step === 2 ? (
            <GroupsStep {...stepProps} change={change} focusAfterRender={focusAfterRender} />
          ) : (
            <ReviewStep
              values={values}
              live={live}
              fundingCents={funding?.totalCents ?? null}
              confirming={confirming}
              confirmRef={confirmRef}
              busy={save.isPending || submit.isPending}
              onConfirm={() => void deposit()}
              onCancel={() => {
                setConfirming(false);
                focusAfterRender(`${ids}-deposer`);
              }}
            />
          )}

          <div ref={summaryRef} onClickCapture={onSummaryClick}>
            <SaveErrorBanner
              conflict={server.conflict}
              conflictMessage={CONFLICT_MESSAGE}
              reloadLabel="Recharger le projet"
              onReload={() => void onReload()}
              reloading={reloading}
              general={null}
            />
            <ErrorSummary
              fields={errors}
              general={server.conflict ? null : server.general}
              labels={labels}
              order={known}
              focus="never"
              title={
                Object.keys(localErrors).length ? 'Des champs sont à corriger' : "Le projet n'a pas pu être enregistré"
              }
            />
          </div>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left', 'fr-mt-2w')}>
            {step > 0 ? (
              <li>
                <Button
                  variant="tertiary"
                  className={fr.cx('fr-icon-arrow-left-line')}
                  onClick={() => goToStep(step - 1)}
                >
                  Étape précédente
                </Button>
              </li>
            ) : null}
            <li>
              <Button type="submit" variant="secondary" busy={save.isPending && !submit.isPending}>
                Enregistrer
              </Button>
            </li>
            {last ? (
              <li>
                <Button
                  busy={submit.isPending}
                  disabled={save.isPending}
                  onClick={onDeposit}
                  data-focus={`${ids}-deposer`}
                >
                  Déposer le projet
                </Button>
              </li>
            ) : (
              <li>
                <Button className={fr.cx('fr-icon-arrow-right-line')} onClick={onNext}>
                  Étape suivante
                </Button>
              </li>
            )}
          </ul>
          <p className={fr.cx('fr-hint-text')} aria-live="polite">
            {dirty ? 'Modifications non enregistrées.' : project ? 'Tout est enregistré.' : ''}
          </p>
        </form>
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
        <EligibilityPanel config={config} live={live} funding={funding} groupLabels={groupLabels} />
      </div>
    </div>
  );
}
