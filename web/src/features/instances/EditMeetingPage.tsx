import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { KINDS_WITH_SITUATIONS, MULTI_PLATFORM_KINDS } from '@maillage/shared';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { parisParts } from './format';
import { MeetingForm, newKey, type MeetingFormValues } from './MeetingForm';
import { useMeeting, useUpdateMeeting, type MeetingDetail } from './queries';
import '../../ui/styles/instances.css';

/** The form's values for a meeting as it stands. */
function valuesOf(m: MeetingDetail): MeetingFormValues {
  const start = parisParts(m.startsAt);
  return {
    platformId: m.platform?.id ?? '',
    cioId: m.cio?.id ?? '',
    kind: m.kind,
    parcours: m.parcours ?? '',
    previousMeetingId: '',
    title: m.title,
    theme: m.theme ?? '',
    communes: m.communes.join(', '),
    otherPlatformIds: m.platforms.filter((p) => p.id !== m.platform?.id).map((p) => p.id),
    day: start.day,
    startTime: start.time,
    endTime: parisParts(m.endsAt).time,
    place: m.place ?? '',
    visioUrl: m.visioUrl ?? '',
    agenda: m.agenda.map((text) => ({ key: newKey(), text })),
    invitedOrganisationIds: m.invitees.flatMap((i) => (i.organisation ? [i.organisation.id] : [])),
    invitedUsers: m.invitees.flatMap((i) => (i.userId ? [{ id: i.userId, name: i.label }] : [])),
    guests: m.invitees
      .filter((i) => i.guestName)
      .map((i) => ({
        key: newKey(),
        name: i.guestName ?? '',
        email: i.guestEmail ?? '',
        organisationName: i.guestOrganisation ?? '',
      })),
    situations: m.situations.map((s) => ({
      caseId: s.caseId,
      name: `${s.lastName} ${s.firstNames}`,
      age: s.age,
      status: s.status,
      proposal: s.proposal ?? '',
    })),
  };
}

/** `/instances/:id/modifier`: a referent changes a planned meeting; every invitee hears of it. */
export function EditMeetingPage() {
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const update = useUpdateMeeting();
  const navigate = useNavigate();
  const m = query.data;
  usePageTitle(m ? `Modifier « ${m.title} »` : 'Modifier la réunion');

  const breadcrumb = (
    <Breadcrumb
      currentPageLabel="Modifier"
      homeLinkProps={{ to: '/' }}
      segments={[
        m?.cpmsContract
          ? {
              label: `Contrat avec ${m.cpmsContract.school.name}`,
              linkProps: { to: `/cpms/contrats/${m.cpmsContract.id}` },
            }
          : { label: 'Réunions et instances', linkProps: { to: '/instances' } },
        ...(m ? [{ label: m.title, linkProps: { to: `/instances/${m.id}` } }] : []),
      ]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !m) || isErrorCode(query.error, 'NOT_FOUND') || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        {breadcrumb}
        <h1>Réunion introuvable</h1>
        <p>Cette réunion n’existe pas ou ne vous est pas visible.</p>
      </div>
    );
  }
  if (query.isError || !m) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!m.canEdit || m.status !== 'PLANIFIEE') {
    return (
      <div className="page">
        {breadcrumb}
        <h1>Modifier la réunion</h1>
        <p>
          {m.canEdit
            ? 'Seule une réunion planifiée peut être modifiée.'
            : m.cio
              ? 'Cette réunion est modifiée par l’équipe de direction du CIO ou par le PsyEn qui l’a planifiée.'
              : m.cpmsContract
                ? 'Cette concertation est modifiée par l’équipe du centre PMS du contrat.'
                : 'Seuls les référents de la plateforme qui la convoque modifient cette réunion.'}
        </p>
        <p>
          <Link to={`/instances/${m.id}`}>Retour à la réunion</Link>
        </p>
      </div>
    );
  }

  const withSituations = KINDS_WITH_SITUATIONS.includes(m.kind);
  return (
    <div className="page meeting-page">
      {breadcrumb}
      <h1>Modifier « {m.title} »</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les invités qui le restent reçoivent la mise à jour pour leur agenda ; les nouveaux, l’invitation ; ceux que
        vous retirez, l’annulation. Les décisions déjà prises sur les situations maintenues sont conservées.
      </p>
      <MeetingForm
        // A newer version read (after « Recharger la réunion ») starts the form again from it.
        key={m.version}
        mode="update"
        initial={valuesOf(m)}
        platforms={m.platform ? [m.platform] : []}
        platformName={m.platform?.name ?? m.cio?.name ?? m.cpmsContract?.cpms.name}
        // A contract's concertation is convened like a CIO's meeting: by an organisation, gathering no platform.
        cio={m.cio ?? m.cpmsContract?.cpms ?? undefined}
        meetingId={m.id}
        submitLabel="Enregistrer et prévenir les invités"
        pending={update.isPending}
        error={update.error}
        onReload={() => {
          update.reset();
          void query.refetch();
        }}
        reloading={query.isFetching}
        onSubmit={(input) =>
          update.mutate(
            {
              id: m.id,
              version: m.version,
              title: input.title,
              theme: input.theme ?? null,
              communes: input.communes ?? [],
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              place: input.place ?? null,
              visioUrl: input.visioUrl ?? null,
              agenda: input.agenda ?? [],
              invitedOrganisationIds: input.invitedOrganisationIds ?? [],
              invitedUserIds: input.invitedUserIds ?? [],
              guests: input.guests ?? [],
              ...(withSituations ? { situations: input.situations ?? [] } : {}),
              ...(MULTI_PLATFORM_KINDS.includes(m.kind) ? { otherPlatformIds: input.otherPlatformIds ?? [] } : {}),
            },
            {
              onSuccess: () =>
                navigate(`/instances/${m.id}`, {
                  state: { message: 'Réunion modifiée : les invités sont prévenus.' },
                }),
            },
          )
        }
        onCancel={
          <Link to={`/instances/${m.id}`} className={fr.cx('fr-btn', 'fr-btn--tertiary')}>
            Annuler
          </Link>
        }
      />
    </div>
  );
}
