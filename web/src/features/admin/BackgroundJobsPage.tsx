import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import type { BackgroundJobsQuery, BackgroundJobState, BackgroundQueuesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { ListCount, ListFilters, ListView } from '../../ui/ListView';
import { LoadingState } from '../../ui/LoadingState';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { StatusMessage } from '../../ui/StatusMessage';
import { pageCountOf } from '../../ui/usePagedList';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { pluralize } from '../identity/labels';
import { JOB_PAGE_SIZES, useBackgroundJobs, useBackgroundQueues, useRetryBackgroundJob } from './queries';

type Queue = BackgroundQueuesQuery['backgroundQueues'][number];
type Job = BackgroundJobsQuery['backgroundJobs']['nodes'][number];

const STATES: {
  state: BackgroundJobState;
  label: string;
  severity: 'info' | 'new' | 'success' | 'error' | 'warning';
}[] = [
  { state: 'CREATED', label: 'En attente', severity: 'info' },
  { state: 'RETRY', label: 'À relancer', severity: 'warning' },
  { state: 'ACTIVE', label: 'En cours', severity: 'new' },
  { state: 'COMPLETED', label: 'Terminée', severity: 'success' },
  { state: 'FAILED', label: 'En échec', severity: 'error' },
  { state: 'CANCELLED', label: 'Annulée', severity: 'info' },
];

const stateOf = (state: BackgroundJobState) => STATES.find((s) => s.state === state)!;

/** The confirmation before a failed job is run again (a DSFR modal: focus kept inside, Échap closes). */
const retryModal = createModal({ id: 'taches-relance', isOpenedByDefault: false });

const number = (n: number) => n.toLocaleString('fr-FR');

const QUEUE_COLUMNS: Column<Queue>[] = [
  {
    key: 'queue',
    header: 'File',
    rowHeader: true,
    cell: (q) => (
      <>
        {q.label}
        <br />
        <code className={fr.cx('fr-text--xs')}>{q.name}</code>
      </>
    ),
  },
  { key: 'created', header: 'En attente', cell: (q) => number(q.created) },
  { key: 'retry', header: 'À relancer', cell: (q) => number(q.retry) },
  { key: 'active', header: 'En cours', cell: (q) => number(q.active) },
  { key: 'completed', header: 'Terminées', cell: (q) => number(q.completed) },
  { key: 'failed', header: 'En échec', cell: (q) => number(q.failed) },
  { key: 'cancelled', header: 'Annulées', cell: (q) => number(q.cancelled) },
  { key: 'dead', header: 'Abandonnées (file des échecs)', cell: (q) => number(q.deadLetter) },
  {
    key: 'cron',
    header: 'Planification',
    cell: (q) => (q.cron ? <span title={q.cron}>{q.scheduleLabel ?? q.cron}</span> : 'À la demande'),
  },
];

/** « Tâches de fond »: the app's background queues, their jobs, and a way to run a failed one again. */
export function BackgroundJobsPage() {
  usePageTitle('Tâches de fond');
  const queues = useBackgroundQueues();
  const [queue, setQueue] = useState('');
  const [state, setState] = useState<BackgroundJobState | ''>('');
  const [pageSize, setPageSize] = useState<number>(25);
  const pager = useCursorPagination(`${queue}|${state}|${pageSize}`);
  const jobs = useBackgroundJobs(queue || null, state || null, pageSize, pager.after);
  const connection = jobs.data?.backgroundJobs;
  const retry = useRetryBackgroundJob();
  const [pending, setPending] = useState<Job | null>(null);
  const [status, setStatus] = useState('');

  const jobColumns: Column<Job>[] = [
    {
      key: 'created',
      header: 'Créée le',
      rowHeader: true,
      cell: (job) => <time dateTime={job.createdOn}>{formatDateTime(job.createdOn)}</time>,
    },
    { key: 'queue', header: 'File', cell: (job) => job.queueLabel },
    {
      key: 'state',
      header: 'État',
      cell: (job) => (
        <Badge as="span" severity={stateOf(job.state).severity} small noIcon>
          {stateOf(job.state).label}
        </Badge>
      ),
    },
    {
      key: 'started',
      header: 'Démarrée le',
      cell: (job) => (job.startedOn ? <time dateTime={job.startedOn}>{formatDateTime(job.startedOn)}</time> : '—'),
    },
    {
      key: 'completed',
      header: 'Finie le',
      cell: (job) =>
        job.completedOn ? <time dateTime={job.completedOn}>{formatDateTime(job.completedOn)}</time> : '—',
    },
    { key: 'retries', header: 'Relances', cell: (job) => `${job.retryCount} sur ${job.retryLimit}` },
    { key: 'error', header: 'Erreur', cell: (job) => job.error ?? '—' },
    {
      key: 'action',
      header: 'Action',
      cell: (job) =>
        job.state === 'FAILED' ? (
          <Button
            variant="secondary"
            size="small"
            {...retryModal.buttonProps}
            id={undefined}
            busy={retry.isPending && retry.variables?.id === job.id}
            onClick={() => {
              setStatus('');
              setPending(job);
            }}
          >
            Relancer
            <VisuallyHidden>
              {' '}
              la tâche « {job.queueLabel} » créée le {formatDateTime(job.createdOn)}
            </VisuallyHidden>
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div className="page">
      <h1>Tâches de fond</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les traitements que Maillage mène en arrière-plan : distribution des notifications, envoi des courriels, purges
        et nettoyages planifiés. Une tâche en échec est relancée automatiquement quelques fois ; ensuite, elle attend
        ici qu’un administrateur la relance.
      </p>
      <section aria-labelledby="titre-files" className={fr.cx('fr-mb-4w')}>
        <h2 id="titre-files">Files de tâches</h2>
        {queues.isPending ? (
          <LoadingState />
        ) : queues.isError ? (
          <ErrorState error={queues.error} onRetry={() => void queues.refetch()} />
        ) : (
          <DataTable
            caption="Nombre de tâches de chaque file, par état (tâches terminées gardées une semaine, en échec un mois)"
            columns={QUEUE_COLUMNS}
            rows={queues.data}
            rowKey={(q) => q.name}
            emptyMessage="Aucune file de tâches."
            busy={queues.isFetching}
            compact
          />
        )}
      </section>
      <StatusMessage message={status} />
      {retry.error ? <ErrorState error={retry.error} title="La tâche n’a pas été relancée" /> : null}
      <ListView
        query={jobs}
        labelledBy="titre-taches"
        heading={<h2 id="titre-taches">Tâches</h2>}
        filters={
          <ListFilters label="Filtrer les tâches">
            <div>
              <SelectField label="File" value={queue} onValueChange={setQueue}>
                <option value="">Toutes les files</option>
                {(queues.data ?? []).map((q) => (
                  <option key={q.name} value={q.name}>
                    {q.label}
                  </option>
                ))}
              </SelectField>
            </div>
            <div>
              <SelectField
                label="État"
                value={state}
                onValueChange={(value) => setState(value as BackgroundJobState | '')}
              >
                <option value="">Tous les états</option>
                {STATES.map((s) => (
                  <option key={s.state} value={s.state}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
            </div>
          </ListFilters>
        }
        count={
          <ListCount
            className={fr.cx('fr-mb-2w')}
            text={connection ? pluralize(connection.totalCount, 'tâche', 'tâches', 'Aucune tâche') : undefined}
            stale={jobs.isFetching}
          />
        }
        pagination={{
          label: 'Pages des tâches',
          ...cursorPages(pager, connection?.pageInfo),
          pageCount: connection ? pageCountOf(connection.totalCount, pageSize) : undefined,
          pageSize,
          pageSizes: JOB_PAGE_SIZES,
          onPageSizeChange: setPageSize,
        }}
      >
        <DataTable
          caption="Tâches, de la plus récente à la plus ancienne"
          columns={jobColumns}
          rows={connection?.nodes ?? []}
          rowKey={(job) => job.id}
          emptyMessage="Aucune tâche ne correspond à ces filtres."
          busy={jobs.isFetching}
          compact
        />
      </ListView>
      <retryModal.Component
        title="Relancer cette tâche ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          {
            children: 'Relancer la tâche',
            onClick: () => {
              const job = pending;
              if (!job) return;
              retry.mutate(
                { queue: job.queue, id: job.id },
                {
                  onSuccess: () =>
                    setStatus(`Tâche relancée : « ${job.queueLabel} » créée le ${formatDateTime(job.createdOn)}.`),
                },
              );
            },
          },
        ]}
      >
        {pending ? (
          <p>
            La tâche « {pending.queueLabel} » créée le {formatDateTime(pending.createdOn)} sera remise dans sa file et
            exécutée de nouveau dans quelques instants.
            {pending.error ? ` Dernière erreur : ${pending.error}` : ''}
          </p>
        ) : (
          <p>Choisissez la tâche à relancer.</p>
        )}
      </retryModal.Component>
    </div>
  );
}
