import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { useActivePlatform } from '../platforms/activePlatform';
import { EMPTY_MEETING, MeetingForm } from './MeetingForm';
import { useScheduleMeeting } from './queries';
import '../../ui/styles/instances.css';

/** `/instances/nouvelle`: a referent schedules a meeting of one of their platforms; the invitations leave at once. */
export function NewMeetingPage() {
  usePageTitle('Planifier une réunion');
  const active = useActivePlatform();
  const schedule = useScheduleMeeting();
  const navigate = useNavigate();

  const breadcrumb = (
    <Breadcrumb
      currentPageLabel="Planifier une réunion"
      homeLinkProps={{ to: '/' }}
      segments={[{ label: 'Réunions et instances', linkProps: { to: '/instances' } }]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );
  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!active.platform) {
    return (
      <div className="page">
        {breadcrumb}
        <h1>Planifier une réunion</h1>
        <p>Vous n’êtes référent d’aucune plateforme : seuls ses référents convoquent ses instances.</p>
      </div>
    );
  }

  return (
    <div className="page meeting-page">
      {breadcrumb}
      <h1>Planifier une réunion</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les invités reçoivent aussitôt une notification et un courriel avec l’invitation pour leur agenda.
      </p>
      <MeetingForm
        // A new active platform (the header's select) starts a new form.
        key={active.platform.id}
        mode="schedule"
        initial={{ ...EMPTY_MEETING, platformId: active.platform.id }}
        platforms={active.platforms}
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
          <Link to="/instances" className={fr.cx('fr-btn', 'fr-btn--tertiary')}>
            Annuler
          </Link>
        }
      />
    </div>
  );
}
