import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { MEETING_KIND_LABELS, THEMATIC_PARCOURS_LABELS } from '@maillage/shared';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ListCount, ListView } from '../../ui/ListView';
import { LoadingState } from '../../ui/LoadingState';
import { pluralize } from '../identity/labels';
import { meetingWhenShort } from '../instances/format';
import { EMPTY_MEETING, MeetingForm } from '../instances/MeetingForm';
import { MeetingStatusBadge, placeOf } from '../instances/parts';
import { useCioMeetings, useScheduleMeeting, type MeetingListItem } from '../instances/queries';
import { useChosenCio, useOrientationCios, type OrientationCio } from './cios';
import '../../ui/styles/instances.css';
import '../../ui/styles/orientation.css';

const COLUMNS: Column<MeetingListItem>[] = [
  {
    key: 'when',
    header: 'Date',
    className: 'meetings__when',
    cell: (m) => <time dateTime={m.startsAt}>{meetingWhenShort(m.startsAt, m.endsAt)}</time>,
  },
  {
    key: 'kind',
    header: 'Type',
    cell: (m) =>
      m.parcours
        ? `${MEETING_KIND_LABELS[m.kind]} — ${THEMATIC_PARCOURS_LABELS[m.parcours]}`
        : MEETING_KIND_LABELS[m.kind],
  },
  { key: 'title', header: 'Intitulé', rowHeader: true, cell: (m) => <Link to={`/instances/${m.id}`}>{m.title}</Link> },
  { key: 'place', header: 'Lieu', cell: (m) => placeOf(m) },
  { key: 'status', header: 'Statut', cell: (m) => <MeetingStatusBadge status={m.status} /> },
];

/** Scheduling a concertation or a thematic action of the CIO, with the instances' meeting form. */
function ScheduleForm({ cio, onCancel }: { cio: OrientationCio; onCancel: () => void }) {
  const schedule = useScheduleMeeting();
  const navigate = useNavigate();
  return (
    <div className="meeting-page">
      <h2 className={fr.cx('fr-h4')}>Planifier une concertation ou une action</h2>
      <MeetingForm
        mode="schedule"
        initial={{ ...EMPTY_MEETING, platformId: '', cioId: cio.id, kind: 'CONCERTATION_PROJET' }}
        platforms={[]}
        cio={cio}
        submitLabel="Planifier et envoyer les invitations"
        pending={schedule.isPending}
        error={schedule.error}
        onSubmit={(input) =>
          schedule.mutate(input, {
            onSuccess: (data) =>
              navigate(`/instances/${data.scheduleMeeting.id}`, {
                state: { message: 'Réunion planifiée : les invitations sont envoyées.' },
              }),
          })
        }
        onCancel={
          <Button variant="tertiary" onClick={onCancel}>
            Annuler
          </Button>
        }
      />
    </div>
  );
}

/**
 * `/orientation/concertations` (issue 18): the CIO's « concertations sur projet », on the direction's or
 * a PsyEn's initiative, and its thematic actions for families and partners (parcours Avenir, Citoyen).
 * Its direction team and PsyEn read and schedule them; each opens on the meeting page of the instances.
 */
export function ConcertationsPage() {
  usePageTitle('Concertations et actions');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const meetings = useCioMeetings(cio?.id);
  const [scheduling, setScheduling] = useState(false);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  const rows = meetings.data?.pages.flatMap((p) => p.cioMeetings.nodes) ?? [];
  const total = meetings.data?.pages[0]?.cioMeetings.totalCount;
  return (
    <div className="page orientation meetings-page">
      <h1>Concertations et actions</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les concertations sur projet, à l’initiative de la direction ou d’un PsyEn, et les actions thématiques du
        territoire pour les familles et les partenaires (parcours Avenir, parcours Citoyen).
      </p>
      {picker}
      {!cio ? (
        <p>Vous n’êtes rattaché à aucun CIO.</p>
      ) : (
        <>
          {scheduling ? (
            <ScheduleForm key={cio.id} cio={cio} onCancel={() => setScheduling(false)} />
          ) : (
            <Button
              onClick={() => setScheduling(true)}
              className={fr.cx('fr-mb-2w', 'fr-icon-calendar-line', 'fr-btn--icon-left')}
            >
              Planifier une concertation ou une action
            </Button>
          )}
          <ListView
            query={meetings}
            labelledBy="titre-concertations"
            busyWhileFetching
            heading={
              <h2 id="titre-concertations" className={fr.cx('fr-h4', 'fr-mb-1w')}>
                Réunions et actions du {cio.name}
              </h2>
            }
            count={
              <ListCount
                className={fr.cx('fr-text--sm', 'fr-mb-1w')}
                text={
                  total === undefined
                    ? undefined
                    : pluralize(total, 'réunion ou action', 'réunions ou actions', 'Aucune concertation ni action.')
                }
              />
            }
          >
            <DataTable<MeetingListItem>
              caption={`Concertations et actions du ${cio.name}, de la plus récente à la plus ancienne`}
              captionHidden
              rows={rows}
              rowKey={(m) => m.id}
              columns={COLUMNS}
              busy={meetings.isFetching}
              emptyMessage="Aucune concertation ni action."
            />
            {meetings.hasNextPage ? (
              <Button
                variant="secondary"
                busy={meetings.isFetchingNextPage}
                onClick={() => void meetings.fetchNextPage()}
              >
                Afficher des réunions plus anciennes
              </Button>
            ) : null}
          </ListView>
        </>
      )}
    </div>
  );
}
