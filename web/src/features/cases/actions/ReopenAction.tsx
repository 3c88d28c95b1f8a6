import { useNavigate } from 'react-router-dom';
import { useReopenCase } from '../caseQueries';
import { ActionForm, runMutation, type ActionProps } from './ActionForm';

/** A closed case comes back as a new episode (referents): the page moves to it. */
export function ReopenAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useReopenCase(c);
  const navigate = useNavigate();

  function submit() {
    runMutation(mutation.mutateAsync(undefined), async (data) => {
      const created = data.reopenCase;
      navigate(`/suivis/${created.id}`, {
        state: { message: `Nouvel épisode ouvert (n° ${created.episode}) : le suivi est à traiter.` },
      });
      await onDone(`Nouvel épisode ouvert (n° ${created.episode}).`);
    });
  }

  return (
    <ActionForm
      title="Rouvrir le suivi"
      description="Ouvre un nouvel épisode « À traiter » pour ce jeune ; l’historique de celui-ci est conservé."
      submitLabel="Rouvrir"
      variant="secondary"
      pending={mutation.isPending}
      error={mutation.error}
      fields={[]}
      clientErrors={{}}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    />
  );
}
