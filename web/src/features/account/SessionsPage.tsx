import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useRef, useState } from 'react';
import { errorMessage } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import type { MySessionsQuery } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { useMySessions, useRevokeOtherSessions, useRevokeSession } from './queries';

type UserSession = MySessionsQuery['mySessions'][number];

const METHOD_LABELS: Record<string, string> = {
  PASSWORD: 'Mot de passe',
  PROCONNECT: 'ProConnect',
};

/** A session's device and browser in a few words (« Ordinateur, Chrome 131 »). */
export function sessionLabel(session: Pick<UserSession, 'device' | 'browser'>): string {
  return [session.device, session.browser].filter(Boolean).join(', ') || 'Appareil inconnu';
}

/**
 * `/compte/sessions`: where the user is signed in (device, browser, last use, approximate place), each
 * session revocable; a revoked session's next call is refused.
 */
export function SessionsPage() {
  usePageTitle('Mes sessions');
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const columns: Column<UserSession>[] = [
    {
      key: 'device',
      header: 'Appareil et navigateur',
      rowHeader: true,
      cell: (s) => (
        <>
          {sessionLabel(s)}
          {s.current ? (
            <>
              {' '}
              <Badge as="span" severity="info" small noIcon>
                Cette session
              </Badge>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'place',
      header: 'Lieu approximatif',
      cell: (s) => (s.addressPrefix ? <>Réseau {s.addressPrefix}</> : 'Inconnu'),
    },
    {
      key: 'method',
      header: 'Connexion',
      cell: (s) => (
        <>
          {METHOD_LABELS[s.method] ?? s.method}
          {s.secondFactor ? ' et deuxième étape' : ''}, le {formatDateTime(s.createdAt)}
        </>
      ),
    },
    { key: 'lastUsedAt', header: 'Dernière activité', cell: (s) => formatDateTime(s.lastUsedAt) },
    {
      key: 'actions',
      header: 'Actions',
      cell: (s) =>
        s.current ? (
          <span className={fr.cx('fr-hint-text', 'fr-mb-0')}>« Se déconnecter » ferme cette session</span>
        ) : (
          <ConfirmButton
            label="Fermer"
            labelSuffix={` la session ${sessionLabel(s)}`}
            question="Fermer cette session ?"
            confirmLabel="Fermer la session"
            busy={revoke.isPending && revoke.variables?.id === s.id}
            onConfirm={() =>
              revoke.mutate(
                { id: s.id },
                {
                  onSuccess: () => {
                    setStatus(`Session « ${sessionLabel(s)} » fermée.`);
                    headingRef.current?.focus();
                  },
                },
              )
            }
          />
        ),
    },
  ];

  const others = sessions.data?.mySessions.filter((s) => !s.current).length ?? 0;

  return (
    <>
      <Breadcrumb
        currentPageLabel="Mes sessions"
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Mon compte', linkProps: { to: '/compte' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1 ref={headingRef} tabIndex={-1}>
        Mes sessions
      </h1>
      <p>
        Les appareils et navigateurs où votre compte est connecté. Si vous n’en reconnaissez pas un, fermez sa session
        et changez votre mot de passe dans « Mon compte ». Le lieu est approximatif : le réseau de l’adresse IP, pas une
        adresse précise.
      </p>
      <StatusMessage message={status} />
      <ErrorSummary
        title="La session n'a pas été fermée"
        general={
          revoke.error ? errorMessage(revoke.error) : revokeOthers.error ? errorMessage(revokeOthers.error) : null
        }
      />
      {sessions.isPending ? (
        <LoadingState label="Chargement de vos sessions…" />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <>
          <DataTable
            caption="Vos sessions ouvertes"
            columns={columns}
            rows={sessions.data.mySessions}
            rowKey={(s) => s.id}
            emptyMessage="Aucune session ouverte."
          />
          {others > 0 ? (
            <ConfirmButton
              label="Fermer toutes les autres sessions"
              question={`Fermer ${others === 1 ? 'l’autre session' : `les ${others} autres sessions`} ? Cette session-ci reste ouverte.`}
              confirmLabel="Fermer les autres sessions"
              busy={revokeOthers.isPending}
              onConfirm={() =>
                revokeOthers.mutate(undefined, {
                  onSuccess: (data) => {
                    const n = data.revokeOtherSessions;
                    setStatus(n === 1 ? '1 autre session fermée.' : `${n} autres sessions fermées.`);
                    headingRef.current?.focus();
                  },
                })
              }
            />
          ) : null}
        </>
      )}
    </>
  );
}
