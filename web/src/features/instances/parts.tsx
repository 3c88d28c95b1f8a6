import { fr, type FrClassName } from '@codegouvfr/react-dsfr';
import { Children, type ReactNode } from 'react';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '@maillage/shared';

const STATUS_BADGE: Record<MeetingStatus, FrClassName | undefined> = {
  PLANIFIEE: 'fr-badge--info',
  TENUE: 'fr-badge--success',
  ANNULEE: 'fr-badge--error',
};

/** A meeting's status as a small DSFR badge. */
export function MeetingStatusBadge({ status, small = true }: { status: MeetingStatus; small?: boolean }) {
  return (
    <span className={fr.cx('fr-badge', small ? 'fr-badge--sm' : undefined, 'fr-badge--no-icon', STATUS_BADGE[status])}>
      {MEETING_STATUS_LABELS[status]}
    </span>
  );
}

/** Where a meeting takes place, in a few words. */
export function placeOf(m: { place?: string | null; visioUrl?: string | null }): string {
  if (m.place && m.visioUrl) return `${m.place} et en visioconférence`;
  return m.place || (m.visioUrl ? 'Visioconférence' : '—');
}

/** A DSFR fieldset: its legend (and hint), then each child as one element of the group. */
export function Fieldset({
  legend,
  hint,
  children,
  className,
  field,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
  /** The form field it stands for (`data-field`), for the error summary's links. */
  field?: string;
}) {
  return (
    <fieldset className={[fr.cx('fr-fieldset'), className ?? ''].filter(Boolean).join(' ')} data-field={field}>
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

/** What the last action did, announced: an empty live region stays in the page so that it is. */
export function Announce({ message }: { message: string }) {
  return (
    <div role="status">
      {message ? (
        <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-mb-2w')}>
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );
}
