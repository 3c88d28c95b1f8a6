import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import type { AuditFilter, AuditOutcome } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { formatDateTime, parisMidnightIso } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { Pagination, useCursorPagination } from '../../ui/Pagination';
import { AUDIT_OUTCOME_LABELS, pluralize } from '../identity/labels';
import { useAuditEvents } from './queries';

interface Row {
  id: string;
  occurredAt: string;
  action: string;
  outcome: AuditOutcome;
  subjectType?: string | null;
  subjectId?: string | null;
  requestId?: string | null;
  actorId?: string | null;
  actor?: { id: string; displayName: string } | null;
}

const OUTCOMES: AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILURE'];

const columns: Column<Row>[] = [
  {
    key: 'date',
    header: 'Date',
    rowHeader: true,
    cell: (row) => <time dateTime={row.occurredAt}>{formatDateTime(row.occurredAt)}</time>,
  },
  { key: 'action', header: 'Action', cell: (row) => <code>{row.action}</code> },
  {
    key: 'outcome',
    header: 'Résultat',
    cell: (row) => (
      <span className={`badge badge--outcome-${row.outcome.toLowerCase()}`}>{AUDIT_OUTCOME_LABELS[row.outcome] ?? row.outcome}</span>
    ),
  },
  {
    key: 'subject',
    header: 'Objet',
    cell: (row) =>
      row.subjectType || row.subjectId ? (
        <>
          {row.subjectType ?? '—'}
          {row.subjectId ? (
            <>
              {' '}
              <code className="identifier">{row.subjectId}</code>
            </>
          ) : null}
        </>
      ) : (
        '—'
      ),
  },
  {
    key: 'actor',
    header: 'Auteur',
    cell: (row) =>
      row.actor ? (
        <Link to={`/admin/utilisateurs/${row.actor.id}`}>{row.actor.displayName}</Link>
      ) : row.actorId ? (
        <code className="identifier">{row.actorId}</code>
      ) : (
        'Système ou anonyme'
      ),
  },
  {
    key: 'request',
    header: 'Identifiant de requête',
    cell: (row) => (row.requestId ? <code className="identifier">{row.requestId}</code> : '—'),
  },
];

interface FormState {
  action: string;
  outcome: string;
  from: string;
  to: string;
}

const EMPTY: FormState = { action: '', outcome: '', from: '', to: '' };

function toFilter(state: FormState): AuditFilter {
  return {
    action: state.action.trim() || undefined,
    outcome: (state.outcome || undefined) as AuditOutcome | undefined,
    from: state.from ? parisMidnightIso(state.from) : undefined,
    // "Au" is inclusive: up to midnight of the next day.
    to: state.to ? parisMidnightIso(state.to, 1) : undefined,
  };
}

export function AuditPage() {
  usePageTitle("Journal d'audit");
  const [form, setForm] = useState<FormState>(EMPTY);
  const [applied, setApplied] = useState<FormState>(EMPTY);
  const [dateError, setDateError] = useState<string | undefined>();
  const filter = toFilter(applied);
  const pager = useCursorPagination(JSON.stringify(filter));
  const events = useAuditEvents(filter, pager.after);
  const connection = events.data?.auditEvents;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.from && form.to && form.from > form.to) {
      setDateError('La date de fin doit être postérieure ou égale à la date de début.');
      return;
    }
    setDateError(undefined);
    setApplied(form);
  }

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  return (
    <div className="page">
      <h1>Journal d'audit</h1>
      <p className="lead">
        Les actions enregistrées, des plus récentes aux plus anciennes. Les heures sont celles de Paris. Le journal ne contient
        jamais les données personnelles elles-mêmes.
      </p>

      <form role="search" aria-label="Filtrer le journal" className="filters" noValidate onSubmit={onSubmit}>
        <TextField
          label="Action (préfixe)"
          hint="Par exemple « user. » pour toutes les actions sur les comptes, « auth. » pour les connexions."
          value={form.action}
          onValueChange={(value) => set('action', value)}
          autoComplete="off"
        />
        <SelectField label="Résultat" value={form.outcome} onValueChange={(value) => set('outcome', value)}>
          <option value="">Tous les résultats</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {AUDIT_OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </SelectField>
        <TextField label="Du" type="date" value={form.from} onValueChange={(value) => set('from', value)} />
        <TextField label="Au" type="date" value={form.to} onValueChange={(value) => set('to', value)} error={dateError} />
        <div className="filters__actions">
          <Button type="submit">Filtrer</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setForm(EMPTY);
              setApplied(EMPTY);
              setDateError(undefined);
            }}
          >
            Réinitialiser les filtres
          </Button>
        </div>
      </form>

      <section aria-labelledby="titre-evenements" className="results">
        <h2 id="titre-evenements">Événements</h2>
        <p className="results__count" role="status">
          {connection ? pluralize(connection.totalCount, 'événement', 'événements', 'Aucun événement') : ''}
        </p>
        {events.isPending ? (
          <LoadingState />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <>
            <DataTable
              caption="Événements d'audit"
              columns={columns}
              rows={connection?.nodes ?? []}
              rowKey={(row) => row.id}
              emptyMessage="Aucun événement ne correspond à ces critères."
              busy={events.isFetching}
            />
            <Pagination
              label="Pages de résultats"
              page={pager.page}
              hasPreviousPage={pager.hasPreviousPage}
              hasNextPage={connection?.pageInfo.hasNextPage ?? false}
              onPrevious={pager.previous}
              onNext={() => pager.next(connection?.pageInfo.endCursor)}
              disabled={events.isFetching}
            />
          </>
        )}
      </section>
    </div>
  );
}
