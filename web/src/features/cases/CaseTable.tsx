import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { CaseFlagBadges, CaseStatusBadge } from './CaseBadges';
import { CASE_SOURCE_LABELS } from './labels';
import type { CaseListItem } from './worklistQueries';

// Short numeric dates keep the table narrow ("05/03/2010"); a calendar date, so formatted in UTC.
const shortDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' });

function formatShortDate(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : shortDate.format(date);
}

/** Age in whole years today (local calendar) of a yyyy-mm-dd birth date. */
export function ageOf(birthDate: string, today = new Date()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - year;
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) age -= 1;
  return age;
}

/** "Gabriel LUCAS": how a young person is named in labels. */
export function personName(row: CaseListItem): string {
  return row.youngPerson ? `${row.youngPerson.firstNames} ${row.youngPerson.lastName}` : 'Personne non visible';
}

export interface CaseSelection {
  /** Selected case ids and the version read for each. */
  selected: ReadonlyMap<string, number>;
  isSelectable: (row: CaseListItem) => boolean;
  onChange: (rows: readonly CaseListItem[], checked: boolean) => void;
}

function SelectAll({
  rows,
  selection,
  visibleLabel = false,
}: {
  rows: readonly CaseListItem[];
  selection: CaseSelection;
  visibleLabel?: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const selectable = rows.filter(selection.isSelectable);
  const count = selectable.filter((row) => selection.selected.has(row.id)).length;
  const all = selectable.length > 0 && count === selectable.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  const text = 'Sélectionner tous les suivis à traiter de cette page';
  return (
    <label className="worklist__select">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        disabled={selectable.length === 0}
        onChange={(event) => selection.onChange(selectable, event.target.checked)}
      />
      {visibleLabel ? <span>{text}</span> : <VisuallyHidden>{text}</VisuallyHidden>}
    </label>
  );
}

interface CaseTableProps {
  caption: string;
  rows: readonly CaseListItem[];
  emptyMessage: string;
  busy?: boolean;
  /** Row checkboxes (bulk assignment); only selectable rows get one. */
  selection?: CaseSelection;
  /** Shows the partner column (the referent's list). */
  showPartner?: boolean;
  /** The caption for assistive technologies only (the page says the count and the page number beside the list). */
  captionHidden?: boolean;
}

/** Narrow screens (under the DSFR's md breakpoint, 48em) get a card per case instead of a table. */
const NARROW = '(max-width: 47.99em)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
export const useNarrowScreen = () => useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches);

const originOf = (row: CaseListItem) =>
  row.campaign ? `${CASE_SOURCE_LABELS[row.source]} ${row.campaign}` : CASE_SOURCE_LABELS[row.source];

function BirthCell({ row }: { row: CaseListItem }) {
  if (!row.youngPerson) return <>—</>;
  const age = ageOf(row.youngPerson.birthDate);
  return (
    <>
      {formatShortDate(row.youngPerson.birthDate)}
      {age !== null ? ` (${age} ans)` : null}
    </>
  );
}

/**
 * The rows of a worklist, shared by the referent's and the counsellor's pages: a compact DSFR table
 * (one line a case), or on a narrow screen a list of DSFR cards.
 */
export function CaseTable(props: CaseTableProps) {
  const narrow = useNarrowScreen();
  return narrow ? <CaseCards {...props} /> : <CaseRows {...props} />;
}

function CaseRows({ caption, rows, emptyMessage, busy, selection, showPartner = true, captionHidden }: CaseTableProps) {
  const columns: Column<CaseListItem>[] = [];
  if (selection) {
    columns.push({
      key: 'select',
      header: <SelectAll rows={rows} selection={selection} />,
      className: 'worklist__select-cell',
      cell: (row) =>
        selection.isSelectable(row) ? (
          <label className="worklist__select">
            <input
              type="checkbox"
              checked={selection.selected.has(row.id)}
              onChange={(event) => selection.onChange([row], event.target.checked)}
            />
            <VisuallyHidden>Sélectionner {personName(row)}</VisuallyHidden>
          </label>
        ) : null,
    });
  }
  columns.push(
    {
      key: 'name',
      header: 'Jeune',
      rowHeader: true,
      cell: (row) => (
        <Link to={`/suivis/${row.id}`}>
          {row.youngPerson ? `${row.youngPerson.lastName} ${row.youngPerson.firstNames}` : 'Personne non visible'}
        </Link>
      ),
    },
    { key: 'birth', header: 'Naissance', className: 'worklist__nowrap', cell: (row) => <BirthCell row={row} /> },
    { key: 'commune', header: 'Commune', cell: (row) => row.youngPerson?.commune || '—' },
    {
      key: 'status',
      header: 'Statut',
      className: 'worklist__nowrap',
      cell: (row) => <CaseStatusBadge status={row.status} />,
    },
  );
  if (showPartner) {
    columns.push({
      key: 'partner',
      header: 'Partenaire',
      cell: (row) => row.assignedOrganisation?.name ?? <span className="worklist__none">Non affecté</span>,
    });
  }
  columns.push(
    { key: 'origin', header: 'Origine', className: 'worklist__nowrap', cell: originOf },
    { key: 'flags', header: 'Alertes', cell: (row) => <CaseFlagBadges flags={row.flags} short /> },
    {
      key: 'lastAttempt',
      header: 'Dernière tentative',
      className: 'worklist__nowrap',
      cell: (row) =>
        row.lastAttemptAt ? formatDateTime(row.lastAttemptAt) : <span className="worklist__none">Aucune</span>,
    },
  );
  return (
    <div className={busy ? 'worklist__rows worklist__rows--stale' : 'worklist__rows'}>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyMessage={emptyMessage}
        busy={busy}
        compact
        captionHidden={captionHidden}
      />
    </div>
  );
}

function CaseCards({ caption, rows, emptyMessage, busy, selection, showPartner = true }: CaseTableProps) {
  return (
    <section
      aria-label={caption}
      aria-busy={busy || undefined}
      className={busy ? 'worklist__rows worklist__rows--stale' : 'worklist__rows'}
    >
      {selection && rows.some(selection.isSelectable) ? (
        <div className={fr.cx('fr-mb-2w')}>
          <SelectAll rows={rows} selection={selection} visibleLabel />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p>{emptyMessage}</p>
      ) : (
        <ul className="worklist__cards">
          {rows.map((row) => (
            <li key={row.id} className={fr.cx('fr-card', 'fr-card--sm', 'fr-card--no-arrow', 'fr-mb-2w')}>
              <div className={fr.cx('fr-card__body')}>
                <div className={fr.cx('fr-card__content')}>
                  <h3 className={fr.cx('fr-card__title')}>
                    <Link to={`/suivis/${row.id}`}>
                      {row.youngPerson
                        ? `${row.youngPerson.lastName} ${row.youngPerson.firstNames}`
                        : 'Personne non visible'}
                    </Link>
                  </h3>
                  <div className={fr.cx('fr-card__desc')}>
                    <p className={fr.cx('fr-mb-1v')}>
                      Né(e) le <BirthCell row={row} />
                      {row.youngPerson?.commune ? ` — ${row.youngPerson.commune}` : ''}
                    </p>
                    <p className={fr.cx('fr-mb-1v')}>
                      {originOf(row)}
                      {showPartner ? ` — ${row.assignedOrganisation?.name ?? 'non affecté'}` : ''}
                    </p>
                    <p className={fr.cx('fr-mb-1v')}>
                      Dernière tentative : {row.lastAttemptAt ? formatDateTime(row.lastAttemptAt) : 'aucune'}
                    </p>
                    <CaseFlagBadges flags={row.flags} />
                  </div>
                  <div className={fr.cx('fr-card__start')}>
                    <CaseStatusBadge status={row.status} />
                  </div>
                  {selection?.isSelectable(row) ? (
                    <div className={fr.cx('fr-card__end')}>
                      <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
                        <input
                          type="checkbox"
                          id={`selection-${row.id}`}
                          checked={selection.selected.has(row.id)}
                          onChange={(event) => selection.onChange([row], event.target.checked)}
                        />
                        <label className={fr.cx('fr-label')} htmlFor={`selection-${row.id}`}>
                          Sélectionner {personName(row)}
                        </label>
                      </div>
                    </div>
                  ) : null}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
