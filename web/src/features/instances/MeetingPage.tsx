import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  KINDS_WITH_SITUATIONS,
  MEETING_KIND_LABELS,
  MULTI_PLATFORM_KINDS,
  THEMATIC_PARCOURS_LABELS,
} from '@maillage/shared';
import { problemOf, fetchWithToken, saveBlob } from '../../app/download';
import { splitErrors } from '../../app/formErrors';
import { isErrorCode } from '../../app/graphql';
import { ProblemError } from '../../app/http';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { TextAreaField } from '../clas/fields';
import { meetingWhen } from './format';
import { Announce, MeetingStatusBadge } from './parts';
import { useCancelMeeting, useMeeting, type MeetingDetail } from './queries';
import { ActionsSection, InviteesSection, MinutesSection } from './RecordSections';
import { SituationsSection } from './SituationsSection';
import '../../ui/styles/instances.css';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const FILES = [
  { key: 'ics', label: 'Ajouter à mon agenda (.ics)', path: 'invitation.ics' },
  { key: 'pdf', label: 'Compte rendu PDF', path: 'compte-rendu.pdf' },
  { key: 'docx', label: 'Compte rendu DOCX', path: 'compte-rendu.docx' },
] as const;

/** The file name the server chose (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
}

/** The meeting's calendar file and its minutes as documents, fetched with the session's token. */
function MeetingFiles({ meetingId, cancelled }: { meetingId: string; cancelled: boolean }) {
  const [running, setRunning] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [error, setError] = useState('');

  async function download(file: (typeof FILES)[number]) {
    setRunning(file.key);
    setDone('');
    setError('');
    try {
      const response = await fetchWithToken(`/api/meetings/${encodeURIComponent(meetingId)}/${file.path}`);
      if (!response.ok) throw await problemOf(response);
      const name = fileNameOf(response, file.path);
      saveBlob(await response.blob(), name);
      setDone(`Téléchargé : ${name}.`);
    } catch (e) {
      setError(e instanceof ProblemError ? e.message : 'Le téléchargement a échoué. Réessayez dans un instant.');
    } finally {
      setRunning(null);
    }
  }

  return (
    <div className="meeting-files">
      <ul className="meeting-files__buttons" aria-label="Fichiers de la réunion">
        {/* A cancelled meeting has no minutes; its calendar file cancels it in the agenda. */}
        {FILES.filter((file) => !cancelled || file.key === 'ics').map((file) => (
          <li key={file.key}>
            <Button
              variant={file.key === 'ics' ? 'primary' : 'secondary'}
              size="small"
              className={fr.cx(
                file.key === 'ics' ? 'fr-icon-calendar-line' : 'fr-icon-download-line',
                'fr-btn--icon-left',
              )}
              busy={running === file.key}
              disabled={running !== null}
              onClick={() => void download(file)}
            >
              {file.label}
            </Button>
          </li>
        ))}
      </ul>
      <p className={fr.cx('fr-text--sm', 'fr-mb-0')} role="status">
        {running ? 'Téléchargement en cours…' : done}
      </p>
      {error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const cancelModal = createModal({ id: 'annuler-reunion', isOpenedByDefault: false });

/** Changing or cancelling a planned meeting: the convening referents only. */
function ManageSection({
  meeting,
  onDone,
  onReload,
  reloading,
}: {
  meeting: MeetingDetail;
  onDone: (message: string) => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const cancel = useCancelMeeting();
  const [reason, setReason] = useState('');
  const error = splitErrors(cancel.error, []);
  const buttonRef = useRef<HTMLDivElement>(null);

  function confirm() {
    // mutateAsync: the section unmounts once the meeting is cancelled, its callbacks with it.
    cancel.mutateAsync({ id: meeting.id, version: meeting.version, reason: reason.trim() || null }).then(
      () => {
        onDone('Réunion annulée : les invités sont prévenus.');
        // The section goes with the planned meeting: the focus goes back to the page's title.
        document.querySelector<HTMLElement>('main h1')?.focus();
      },
      () => buttonRef.current?.querySelector<HTMLElement>('button')?.focus(),
    );
  }

  return (
    <section aria-labelledby="titre-gerer" className="meeting-section">
      <h2 id="titre-gerer" className={fr.cx('fr-h4')}>
        Gérer la réunion
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Chaque invité est prévenu d’une modification ou d’une annulation, avec la mise à jour pour son agenda.
      </p>
      <SaveErrorBanner
        conflict={error.conflict}
        conflictMessage={error.general ?? 'La réunion a été modifiée entre-temps : rechargez-la puis recommencez.'}
        reloadLabel="Recharger la réunion"
        onReload={() => {
          cancel.reset();
          void onReload();
        }}
        reloading={reloading}
        general={error.general}
      />
      <div ref={buttonRef} className="meeting-form__actions">
        <Link
          to={`/instances/${meeting.id}/modifier`}
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-edit-line', 'fr-btn--icon-left')}
        >
          Modifier la réunion
        </Link>
        <Button variant="danger" busy={cancel.isPending} onClick={() => cancelModal.open()}>
          Annuler la réunion
        </Button>
      </div>
      <cancelModal.Component
        title={`Annuler « ${meeting.title} » ?`}
        buttons={[
          { children: 'Ne pas annuler', priority: 'secondary' },
          { children: 'Annuler la réunion', doClosesModal: true, onClick: confirm },
        ]}
      >
        <p>Les invités reçoivent l’annulation, qui retire la réunion de leur agenda. Elle ne peut pas être rétablie.</p>
        <TextAreaField
          label="Motif (facultatif)"
          hint="Communiqué aux invités."
          rows={3}
          value={reason}
          onValueChange={setReason}
          maxLength={500}
        />
      </cancelModal.Component>
    </section>
  );
}

/** `/instances/:id`: a meeting as the caller may see it, with what a referent of the convening platform records. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useMeeting(id);
  const m = query.data;
  usePageTitle(m ? `${m.title} — Réunion` : 'Réunion');
  const initial = (location.state as { message?: string } | null)?.message ?? '';
  const [message, setMessage] = useState(initial);
  useEffect(() => setMessage(initial), [id, initial]);

  const breadcrumb = (current: string, home = { to: '/instances', label: 'Réunions et instances' }) => (
    <Breadcrumb
      currentPageLabel={current}
      homeLinkProps={{ to: '/' }}
      segments={[{ label: home.label, linkProps: { to: home.to } }]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !m) || isErrorCode(query.error, 'NOT_FOUND') || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        {breadcrumb('Réunion introuvable')}
        <h1>Réunion introuvable</h1>
        <p>Cette réunion n’existe pas ou ne vous est pas visible.</p>
      </div>
    );
  }
  if (query.isError || !m) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const reload = () => query.refetch();
  const reloadProps = { onReload: reload, reloading: query.isFetching };
  const others = m.platforms.filter((p) => p.id !== m.platform?.id);
  // A CIO's concertation or thematic action lives in the orientation area (issue 18).
  // A CPMS contract's concertation, in the contract's page (issue 19).
  const home = m.cio
    ? { to: '/orientation/concertations', label: 'Concertations et actions' }
    : m.cpmsContract
      ? { to: `/cpms/contrats/${m.cpmsContract.id}`, label: `Contrat avec ${m.cpmsContract.school.name}` }
      : { to: '/instances', label: 'Réunions et instances' };

  return (
    <div className="page meeting-page">
      {breadcrumb(m.title, home)}
      <h1 tabIndex={-1} className={fr.cx('fr-mb-1w')}>
        {m.title}
      </h1>
      <p className="meeting-page__badges">
        <span className={fr.cx('fr-badge', 'fr-badge--no-icon', 'fr-badge--blue-ecume')}>
          {MEETING_KIND_LABELS[m.kind]}
        </span>{' '}
        <MeetingStatusBadge status={m.status} small={false} />
      </p>
      <Announce message={message} />
      {m.status === 'ANNULEE' ? (
        <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-2w')}>
          <p className={fr.cx('fr-alert__title')}>Réunion annulée</p>
          <p>{m.cancelReason ? `Motif : ${m.cancelReason}` : 'Aucun motif indiqué.'}</p>
        </div>
      ) : null}

      <div className="meeting-summary">
        <dl className="meeting-facts">
          <Item term="Date">{meetingWhen(m.startsAt, m.endsAt)}</Item>
          <Item term="Lieu">{m.place || (m.visioUrl ? 'En visioconférence' : '—')}</Item>
          {m.visioUrl ? (
            <Item term="Visioconférence">
              <a href={m.visioUrl} target="_blank" rel="noopener noreferrer" title={`${m.visioUrl} (nouvelle fenêtre)`}>
                Rejoindre la visioconférence
              </a>
            </Item>
          ) : null}
          <Item term="Convoquée par">{m.platform?.name ?? m.cio?.name ?? m.cpmsContract?.cpms.name}</Item>
          {m.cpmsContract ? (
            <Item term="Contrat">
              <Link to={home.to}>
                Contrat {m.cpmsContract.cpms.name} – {m.cpmsContract.school.name}
              </Link>
            </Item>
          ) : null}
          {m.parcours ? <Item term="Parcours">{THEMATIC_PARCOURS_LABELS[m.parcours]}</Item> : null}
          {MULTI_PLATFORM_KINDS.includes(m.kind) && others.length ? (
            <Item term="Avec">{others.map((p) => p.name).join(', ')}</Item>
          ) : null}
          {m.theme ? <Item term="Thème">{m.theme}</Item> : null}
          {m.communes.length ? <Item term="Communes">{m.communes.join(', ')}</Item> : null}
        </dl>
        <MeetingFiles meetingId={m.id} cancelled={m.status === 'ANNULEE'} />
      </div>

      <section aria-labelledby="titre-odj" className="meeting-section">
        <h2 id="titre-odj" className={fr.cx('fr-h4')}>
          Ordre du jour
        </h2>
        {m.agenda.length ? (
          <ol>
            {m.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        ) : (
          <p>Aucun ordre du jour.</p>
        )}
      </section>

      <InviteesSection meeting={m} {...reloadProps} />
      {KINDS_WITH_SITUATIONS.includes(m.kind) ? <SituationsSection meeting={m} {...reloadProps} /> : null}
      <MinutesSection meeting={m} {...reloadProps} />
      <ActionsSection meeting={m} {...reloadProps} />
      {m.canEdit && m.status === 'PLANIFIEE' ? (
        <ManageSection meeting={m} onDone={setMessage} {...reloadProps} />
      ) : null}
      <p className={fr.cx('fr-mt-2w')}>
        <Link to={home.to} className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          {m.cio
            ? 'Toutes les concertations et actions du CIO'
            : m.cpmsContract
              ? 'Retour au contrat'
              : 'Toutes les réunions'}
        </Link>
      </p>
    </div>
  );
}
