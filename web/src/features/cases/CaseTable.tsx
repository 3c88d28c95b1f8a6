import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { CASE_FLAG_LABELS, CASE_SOURCE_LABELS, CASE_STATUS_LABELS } from './labels';
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

const FLAG_CLASSES: Record<keyof typeof CASE_FLAG_LABELS, string> = {
  minorWithoutSolution: 'badge badge--warning',
  noContactAfterAssignment: 'badge badge--warning',
  injoignableReached: 'badge badge--inactive',
  obligationFormationOverdue: 'badge badge--inactive',
};

function Flags({ row }: { row: CaseListItem }) {
  const raised = (Object.keys(CASE_FLAG_LABELS) as (keyof typeof CASE_FLAG_LABELS)[]).filter((flag) => row.flags[flag]);
  if (raised.length === 0) return <span className="muted">Aucune</span>;
  return (
    <ul className="badges case-flags">
      {raised.map((flag) => (
        <li key={flag} className={FLAG_CLASSES[flag]}>
          {CASE_FLAG_LABELS[flag]}
        </li>
      ))}
    </ul>
  );
}

export interface CaseSelection {
  /** Selected case ids and the version read for each. */
  selected: ReadonlyMap<string, number>;
  isSelectable: (row: CaseListItem) => boolean;
  onChange: (rows: readonly CaseListItem[], checked: boolean) => void;
}

function SelectAll({ rows, selection }: { rows: readonly CaseListItem[]; selection: CaseSelection }) {
  const ref = useRef<HTMLInputElement>(null);
  const selectable = rows.filter(selection.isSelectable);
  const count = selectable.filter((row) => selection.selected.has(row.id)).length;
  const all = selectable.length > 0 && count === selectable.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <label className="case-table__select">
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        disabled={selectable.length === 0}
        onChange={(event) => selection.onChange(selectable, event.target.checked)}
      />
      <VisuallyHidden>Sélectionner tous les suivis à traiter de cette page</VisuallyHidden>
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
}

/** The table of a worklist, shared by the referent's and the counsellor's pages. */
export function CaseTable({ caption, rows, emptyMessage, busy, selection, showPartner = true }: CaseTableProps) {
  const columns: Column<CaseListItem>[] = [];
  if (selection) {
    columns.push({
      key: 'select',
      header: <SelectAll rows={rows} selection={selection} />,
      className: 'case-table__select-cell',
      cell: (row) =>
        selection.isSelectable(row) ? (
          <label className="case-table__select">
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
      cell: (row) =>
        row.youngPerson ? (
          <>
            <Link to={`/suivis/${row.id}`}>
              {row.youngPerson.lastName} {row.youngPerson.firstNames}
            </Link>
            {row.youngPerson.ine ? <span className="case-table__ine">INE {row.youngPerson.ine}</span> : null}
          </>
        ) : (
          <Link to={`/suivis/${row.id}`}>Personne non visible</Link>
        ),
    },
    {
      key: 'birth',
      header: 'Naissance',
      cell: (row) => {
        if (!row.youngPerson) return '—';
        const age = ageOf(row.youngPerson.birthDate);
        return (
          <>
            {formatShortDate(row.youngPerson.birthDate)}
            {age !== null ? <span className="case-table__age">{age} ans</span> : null}
          </>
        );
      },
    },
    { key: 'commune', header: 'Commune', cell: (row) => row.youngPerson?.commune || '—' },
    { key: 'status', header: 'Statut', className: 'case-table__nowrap', cell: (row) => CASE_STATUS_LABELS[row.status] },
  );
  if (showPartner) {
    columns.push({ key: 'partner', header: 'Partenaire', cell: (row) => row.assignedOrganisation?.name ?? <span className="muted">Non affecté</span> });
  }
  columns.push(
    {
      key: 'origin',
      header: 'Origine',
      cell: (row) => (row.campaign ? `${CASE_SOURCE_LABELS[row.source]} ${row.campaign}` : CASE_SOURCE_LABELS[row.source]),
    },
    { key: 'flags', header: 'Alertes', cell: (row) => <Flags row={row} /> },
    {
      key: 'lastAttempt',
      header: 'Dernière tentative',
      cell: (row) => (row.lastAttemptAt ? formatDateTime(row.lastAttemptAt) : <span className="muted">Aucune</span>),
    },
  );
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} emptyMessage={emptyMessage} busy={busy} />;
}
