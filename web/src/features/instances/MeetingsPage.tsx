import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@maillage/shared';
import { hasRole, useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { SelectField } from '../../ui/Field';
import { parisMidnightIso, parisToday } from '../../ui/format';
import { ListCount, ListView } from '../../ui/ListView';
import { pluralize } from '../identity/labels';
import { meetingWhenShort } from './format';
import { MeetingStatusBadge, placeOf } from './parts';
import { usePastMeetings, useUpcomingMeetings, type MeetingListItem } from './queries';
import '../../ui/styles/instances.css';

const columns = (showPlatform: boolean): Column<MeetingListItem>[] => [
  {
    key: 'when',
    header: 'Date',
    className: 'meetings__when',
    cell: (m) => <time dateTime={m.startsAt}>{meetingWhenShort(m.startsAt, m.endsAt)}</time>,
  },
  { key: 'kind', header: 'Instance', cell: (m) => MEETING_KIND_LABELS[m.kind] },
  { key: 'title', header: 'Intitulé', rowHeader: true, cell: (m) => <Link to={`/instances/${m.id}`}>{m.title}</Link> },
  { key: 'place', header: 'Lieu', cell: (m) => placeOf(m) },
  ...(showPlatform
    ? [
        {
          key: 'platform',
          header: 'Convoquée par',
          cell: (m: MeetingListItem) => m.platform?.name ?? m.cio?.name ?? '',
        },
      ]
    : []),
  { key: 'status', header: 'Statut', cell: (m) => <MeetingStatusBadge status={m.status} /> },
];

const reunions = (n: number, none: string) => pluralize(n, 'réunion', 'réunions', none);

/** « Réunions et instances »: the meetings the user convenes or is invited to, today's and the coming ones first. */
export function MeetingsPage() {
  usePageTitle('Réunions et instances');
  const me = useMe();
  const isReferent = hasRole(me.data?.roles, 'PSAD_REFERENT');
  // Today's meetings stay among the coming ones all day.
  const [today] = useState(() => parisMidnightIso(parisToday()) ?? new Date().toISOString());
  const before = new Date(new Date(today).getTime() - 1).toISOString();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const upcoming = useUpcomingMeetings(today, kind || null);
  const past = usePastMeetings(before, kind || null);
  const pastRows = past.data?.pages.flatMap((p) => p.meetings.nodes) ?? [];
  const pastTotal = past.data?.pages[0]?.meetings.totalCount;
  // Whoever sees meetings of several platforms is told which one convenes each.
  const platforms = new Set([...(upcoming.data?.nodes ?? []), ...pastRows].map((m) => m.platform?.id ?? m.cio?.id));
  const cols = columns(platforms.size > 1);
  const kindName = kind ? ` (${MEETING_KIND_LABELS[kind].toLowerCase()})` : '';

  return (
    <div className="page meetings-page">
      <Breadcrumb
        currentPageLabel="Réunions et instances"
        homeLinkProps={{ to: '/' }}
        segments={[]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Réunions et instances</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les comités techniques, réunions de partenaires et comités de pilotage que votre plateforme convoque ou auxquels
        vous êtes invité.
      </p>
      {isReferent || hasRole(me.data?.roles, 'COUNSELLOR') ? (
        <p className={fr.cx('fr-text--sm')}>
          Outils partagés de la plateforme : <Link to="/instances/catalogue">Catalogue des solutions</Link> ·{' '}
          <Link to="/instances/actions">Actions de la plateforme</Link> ·{' '}
          <Link to="/instances/veille">Veille documentaire</Link>
        </p>
      ) : null}
      <div className="meetings__toolbar">
        {isReferent ? (
          <Link to="/instances/nouvelle" className={fr.cx('fr-btn', 'fr-icon-calendar-line', 'fr-btn--icon-left')}>
            Planifier une réunion
          </Link>
        ) : null}
        <SelectField
          label="Type d’instance"
          value={kind}
          onValueChange={(v) => setKind(v as MeetingKind | '')}
          className="meetings__filter"
        >
          <option value="">Toutes les instances</option>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {MEETING_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
      </div>

      <ListView
        query={upcoming}
        labelledBy="titre-a-venir"
        busyWhileFetching
        heading={
          <h2 id="titre-a-venir" className={fr.cx('fr-h4', 'fr-mb-1w')}>
            Aujourd’hui et à venir
          </h2>
        }
        count={
          <ListCount
            className={fr.cx('fr-text--sm', 'fr-mb-1w')}
            text={
              upcoming.data
                ? reunions(upcoming.data.totalCount, `Aucune réunion à venir${kindName}.`) +
                  (upcoming.data.totalCount > upcoming.data.nodes.length
                    ? ` — les ${upcoming.data.nodes.length} plus proches affichées`
                    : '')
                : undefined
            }
          />
        }
      >
        <DataTable<MeetingListItem>
          caption={`Réunions d’aujourd’hui et à venir${kindName}, de la plus proche à la plus lointaine`}
          captionHidden
          rows={upcoming.data?.nodes ?? []}
          rowKey={(m) => m.id}
          columns={cols}
          busy={upcoming.isFetching}
          emptyMessage="Aucune réunion prévue."
        />
      </ListView>

      <ListView
        query={past}
        labelledBy="titre-passees"
        busyWhileFetching
        className={fr.cx('fr-mt-4w')}
        heading={
          <h2 id="titre-passees" className={fr.cx('fr-h4', 'fr-mb-1w')}>
            Réunions passées
          </h2>
        }
        count={
          <ListCount
            className={fr.cx('fr-text--sm', 'fr-mb-1w')}
            text={pastTotal === undefined ? undefined : reunions(pastTotal, `Aucune réunion passée${kindName}.`)}
          />
        }
      >
        <DataTable<MeetingListItem>
          caption={`Réunions passées${kindName}, de la plus récente à la plus ancienne`}
          captionHidden
          rows={pastRows}
          rowKey={(m) => m.id}
          columns={cols}
          busy={past.isFetching}
          emptyMessage="Aucune réunion passée."
        />
        {past.hasNextPage ? (
          <Button variant="secondary" busy={past.isFetchingNextPage} onClick={() => void past.fetchNextPage()}>
            Afficher des réunions plus anciennes
          </Button>
        ) : null}
      </ListView>
    </div>
  );
}
