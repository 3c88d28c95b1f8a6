import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Children, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { REFERENCE_STATUS_LABELS, type PersonAction, type PersonStep, type ReferenceStatus } from '@maillage/shared';
import type { PersonDetail } from './queries';

/** The tabs of a PA's page, each one a section (its id is the URL's hash). */
export const PERSON_TABS = [
  { tabId: 'identite', label: 'Identité' },
  { tabId: 'liste', label: "Liste d'accompagnement" },
  { tabId: 'reference', label: 'Référence' },
  { tabId: 'plan', label: "Plan d'action" },
  { tabId: 'syntheses', label: 'Synthèses' },
  { tabId: 'consentements', label: 'Consentements' },
  { tabId: 'armoire', label: 'Armoire numérique' },
] as const;
export type PersonTab = (typeof PERSON_TABS)[number]['tabId'];

/** Where each step that unlocks an action is taken, and what the link says. */
const STEPS: Record<PersonStep, { tab: PersonTab; label: string }> = {
  ADD_MEMBER: { tab: 'liste', label: 'Ajouter un intervenant à la liste' },
  PROPOSE_REFERENCE: { tab: 'reference', label: 'Proposer une référence' },
  DECIDE_REFERENCE: { tab: 'reference', label: 'Enregistrer le choix de la personne' },
};

/** The server's refusal of `action` on this record now, or null when it is allowed. */
export function refusalOf(person: PersonDetail, action: PersonAction) {
  if (person.allowedActions.includes(action)) return null;
  return (
    person.refusedActions.find((r) => r.action === action) ?? {
      action,
      reason: "Cette action n'est pas possible pour l'instant.",
      step: null,
    }
  );
}

/** A link to a tab of the PA's page: the page selects it and moves the focus to its heading. */
export function TabLink({ tab, children, className }: { tab: PersonTab; children: ReactNode; className?: string }) {
  return (
    <Link to={{ hash: tab }} state={{ focusTab: true }} className={className ?? fr.cx('fr-link')}>
      {children}
    </Link>
  );
}

/**
 * An action the state refuses now: the server's reason, and a link to the step that comes first
 * (« Proposer une référence »), instead of a form that would only be refused.
 */
export function StepNotice({ person, action, title }: { person: PersonDetail; action: PersonAction; title: string }) {
  const refusal = refusalOf(person, action);
  if (!refusal) return null;
  const step = refusal.step ? STEPS[refusal.step] : null;
  return (
    <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-alert--sm', 'fr-my-3w')}>
      <h3 className={fr.cx('fr-alert__title')}>{title}</h3>
      <p>{refusal.reason}</p>
      {step ? (
        <p className={fr.cx('fr-mt-1w')}>
          <TabLink tab={step.tab} className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}>
            {step.label}
          </TabLink>
        </p>
      ) : null}
    </div>
  );
}

const STATUS_SEVERITY: Record<ReferenceStatus, 'success' | 'info' | 'new' | undefined> = {
  ACCEPTEE: 'success',
  PROPOSEE: 'info',
  REFUSEE: undefined,
  SANS_SUITE: undefined,
  TERMINEE: undefined,
};

/** A reference's status as a DSFR badge. */
export function ReferenceBadge({ status }: { status: ReferenceStatus }) {
  return (
    <Badge severity={STATUS_SEVERITY[status]} small noIcon>
      {REFERENCE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** What the last action did, announced (an empty live region stays in the page so that it is). */
export function Announce({ message, className }: { message: string; className?: string }) {
  return (
    <p
      role="status"
      className={[fr.cx('fr-text--sm', message ? 'fr-mb-2w' : 'fr-mb-0'), 'parcours-announce', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      {message}
    </p>
  );
}

/** The heading of a section (its tab panel's first element, focused when a step link leads here). */
export function SectionTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} tabIndex={-1} className={fr.cx('fr-h4')}>
      {children}
    </h2>
  );
}

/** A DSFR fieldset: its legend, then each child as one element of the group. */
export function Fieldset({
  legend,
  hint,
  children,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={[fr.cx('fr-fieldset'), className ?? ''].filter(Boolean).join(' ')}>
      <legend className={fr.cx('fr-fieldset__legend')}>
        {legend}
        {hint ? <span className={fr.cx('fr-hint-text')}>{hint}</span> : null}
      </legend>
      {Children.toArray(children).map((child, i) => (
        <div key={i} className={fr.cx('fr-fieldset__element')}>
          {child}
        </div>
      ))}
    </fieldset>
  );
}
