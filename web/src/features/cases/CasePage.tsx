import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isErrorCode, errorMessage } from '../../app/graphql';
import { hasRole, useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDate, formatDateTime } from '../../ui/format';
import { useMyPlatforms } from '../platforms/queries';
import { AssignAction } from './actions/AssignAction';
import { CloseAction } from './actions/CloseAction';
import { ContactAttemptAction } from './actions/ContactAttemptAction';
import type { ActionProps } from './actions/ActionForm';
import { ReopenAction } from './actions/ReopenAction';
import { SituationCheckAction } from './actions/SituationCheckAction';
import { SolutionAction } from './actions/SolutionAction';
import { describeEvent, sourceLabel, type NameLookup } from './actions/timeline';
import { TransferAction } from './actions/TransferAction';
import { useCancelTransfer, useCaseDetail, useCasePlatforms, type CaseDetail } from './caseQueries';
import { CaseStatusBadge } from './CaseBadges';
import { CLOSE_OUTCOME_LABELS, CONTACT_CHANNEL_LABELS, CONTACT_RESULT_LABELS, SOLUTION_TYPE_LABELS } from './labels';
import '../../ui/styles/case.css';

const SEX_LABELS: Record<string, string> = { F: 'Féminin', M: 'Masculin' };

/** Age in whole years today (Europe/Paris is close enough for a display). */
function ageOf(birthDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const now = new Date();
  let age = now.getFullYear() - Number(m[1]);
  if (now.getMonth() + 1 < Number(m[2]) || (now.getMonth() + 1 === Number(m[2]) && now.getDate() < Number(m[3])))
    age -= 1;
  return age;
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

const or = (v: string | null | undefined) => (v && v.trim() ? v : '—');

/** The readable alerts of a case (computed by the server from shared/src/psad/flags.ts). */
function flagAlerts(c: CaseDetail): { text: string; level: 'danger' | 'warning' }[] {
  const out: { text: string; level: 'danger' | 'warning' }[] = [];
  const f = c.flags;
  if (f.minorWithoutSolution)
    out.push({
      level: 'danger',
      text: 'Mineur soumis à l’obligation de formation, sans solution : suivi prioritaire.',
    });
  if (f.noContactAfterAssignment)
    out.push({
      level: 'warning',
      text: `Aucune tentative de contact depuis l’affectation${c.assignedAt ? ` du ${formatDate(c.assignedAt)}` : ''} : le délai est dépassé.`,
    });
  if (f.injoignableReached)
    out.push({ level: 'warning', text: 'Seuil « injoignable » atteint : le suivi peut être clôturé pour ce motif.' });
  if (f.obligationFormationDueDate) {
    out.push(
      f.obligationFormationOverdue
        ? {
            level: 'danger',
            text: `Obligation de formation : le dossier devait être transmis au président du conseil départemental le ${formatDate(f.obligationFormationDueDate)} (échéance dépassée).`,
          }
        : {
            level: 'warning',
            text: `Obligation de formation : dossier à transmettre au président du conseil départemental le ${formatDate(f.obligationFormationDueDate)} si l’obligation n’est toujours pas remplie.`,
          },
    );
  }
  return out;
}

export function CasePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useCaseDetail(id);
  const me = useMe();
  const platforms = useCasePlatforms();
  const isReferent = hasRole(me.data?.roles, 'PSAD_REFERENT');
  const myPlatforms = useMyPlatforms(isReferent);
  const cancel = useCancelTransfer();
  const initial = (location.state as { message?: string } | null)?.message ?? '';
  const [message, setMessage] = useState(initial);
  useEffect(() => setMessage(initial), [id, initial]);
  const c = query.data;
  const person = c?.youngPerson;
  usePageTitle(person ? `${person.lastName} ${person.firstNames} — Suivi` : 'Suivi');

  const parent = isReferent ? { label: 'Suivi PSAD', to: '/psad' } : { label: 'Mes suivis', to: '/suivis' };
  const breadcrumb = (current: string) => (
    <Breadcrumb
      currentPageLabel={current}
      segments={[
        { label: 'Accueil', linkProps: { to: '/' } },
        { label: parent.label, linkProps: { to: parent.to } },
      ]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );
  const status = (
    <div role="status">
      {message ? (
        <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-mb-2w')}>
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !c) || isErrorCode(query.error, 'NOT_FOUND') || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        {breadcrumb(message ? 'Suivi' : 'Suivi introuvable')}
        <h1>{message ? 'Suivi' : 'Suivi introuvable'}</h1>
        {status}
        <p>{message ? 'Ce suivi ne vous est plus visible.' : 'Ce suivi n’existe pas ou ne vous est pas visible.'}</p>
      </div>
    );
  }
  if (query.isError || !c) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const orgNames = new Map<string, string>();
  for (const o of [
    ...(c.platform?.partners ?? []),
    c.assignedOrganisation,
    c.solutionOrganisation,
    c.pendingTransfer?.toOrganisation,
  ])
    if (o) orgNames.set(o.id, o.name);
  const platformNames = new Map<string, string>((platforms.data ?? []).map((p) => [p.id, p.name]));
  if (c.platform) platformNames.set(c.platform.id, c.platform.name);
  const names: NameLookup = {
    organisation: (v) => (typeof v === 'string' && orgNames.get(v)) || 'une organisation partenaire',
    platform: (v) => (typeof v === 'string' && platformNames.get(v)) || 'une autre plateforme',
    offer: (v) => (c.solutionOffer && v === c.solutionOffer.id ? c.solutionOffer.name : null),
  };

  const memberships = me.data?.memberships ?? [];
  const counsellorOf = (orgId: string | null | undefined) =>
    Boolean(orgId) && memberships.some((m) => m.organisation.id === orgId && m.roles.includes('COUNSELLOR'));
  const referentHere = isReferent && (myPlatforms.data ?? []).some((p) => p.id === c.platform?.id);
  // The holder acts on the case; a receiver of a pending transfer only looks at it and decides on the transfers page.
  const holder = referentHere || counsellorOf(c.assignedOrganisation?.id);
  const pt = c.pendingTransfer;
  const sender = pt
    ? (referentHere && pt.fromPlatformId === c.platform?.id) || counsellorOf(pt.fromOrganisationId)
    : false;

  async function reload() {
    setMessage('');
    await query.refetch();
  }
  // The mutation hooks have already refetched the case (they await the invalidation of ['cases']).
  function done(text: string) {
    setMessage(text);
  }
  const actionProps: ActionProps = { case: c, onDone: done, onReload: reload, reloading: query.isFetching };
  const allowed = new Set(holder ? c.allowedActions : []);
  const actions: ReactNode[] = [];
  if (referentHere && allowed.has('ASSIGN')) actions.push(<AssignAction key="assign" mode="assign" {...actionProps} />);
  if (referentHere && allowed.has('REASSIGN') && !pt)
    actions.push(<AssignAction key="reassign" mode="reassign" {...actionProps} />);
  if (allowed.has('CONTACT_ATTEMPT')) actions.push(<ContactAttemptAction key="attempt" {...actionProps} />);
  if (allowed.has('SITUATION_CHECK')) actions.push(<SituationCheckAction key="check" {...actionProps} />);
  if (allowed.has('RECORD_SOLUTION')) actions.push(<SolutionAction key="solution" {...actionProps} />);
  // Proposing needs a state a transfer could be accepted from, and no transfer already pending.
  if (allowed.has('TRANSFER_ACCEPTED') && !pt) actions.push(<TransferAction key="transfer" {...actionProps} />);
  if (allowed.has('CLOSE')) actions.push(<CloseAction key="close" {...actionProps} />);
  if (referentHere && allowed.has('REOPEN')) actions.push(<ReopenAction key="reopen" {...actionProps} />);

  const alerts = flagAlerts(c);
  const age = person ? ageOf(person.birthDate) : null;

  function cancelTransfer() {
    if (!pt) return;
    setMessage('');
    cancel.mutateAsync(pt.id).then(
      () => done('Transfert annulé : le suivi reste ici.'),
      () => undefined,
    );
  }

  const title = person ? `${person.lastName} ${person.firstNames}` : 'Suivi';
  return (
    <div className="page case-page">
      {breadcrumb(title)}
      <h1 className={fr.cx('fr-h2', 'fr-mb-1w')}>{title}</h1>
      <p className={fr.cx('fr-mb-2w')}>
        <CaseStatusBadge status={c.status} small={false} />{' '}
        <span className="case-page__meta">
          {c.platform?.name ?? ''} · épisode {c.episode} · {sourceLabel(c.source, c.campaign)}
        </span>
      </p>
      {status}

      <section aria-labelledby="titre-alertes" className={fr.cx('fr-mb-3w')}>
        <h2 id="titre-alertes" className={fr.cx('fr-h5', 'fr-mb-1w')}>
          Alertes
        </h2>
        {alerts.length ? (
          <ul className="case-page__alerts">
            {alerts.map((a) => (
              <li
                key={a.text}
                className={fr.cx(
                  'fr-alert',
                  a.level === 'danger' ? 'fr-alert--error' : 'fr-alert--warning',
                  'fr-alert--sm',
                  'fr-mb-1w',
                )}
              >
                <p>{a.text}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucune alerte.</p>
        )}
      </section>

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}>
        <section aria-labelledby="titre-identite" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
          <div className="case-panel">
            <h2 id="titre-identite" className={fr.cx('fr-h6')}>
              Identité
            </h2>
            {person ? (
              <dl className="case-page__facts">
                <Item term="Nom">{person.lastName}</Item>
                <Item term="Prénoms">{person.firstNames}</Item>
                <Item term="Date de naissance">
                  {formatDate(person.birthDate)}
                  {age !== null ? ` (${age} ans)` : ''}
                </Item>
                <Item term="Sexe">{person.sex ? (SEX_LABELS[person.sex] ?? person.sex) : '—'}</Item>
                <Item term="INE">{person.ine ?? '—'}</Item>
              </dl>
            ) : (
              <p>Les données du jeune ne vous sont plus visibles.</p>
            )}
          </div>
        </section>

        {person ? (
          <section aria-labelledby="titre-contact" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
            <div className="case-panel">
              <h2 id="titre-contact" className={fr.cx('fr-h6')}>
                Contact
              </h2>
              <dl className="case-page__facts">
                <Item term="Adresse">
                  {person.address || person.postalCode || person.commune ? (
                    <>
                      {person.address ? (
                        <>
                          {person.address}
                          <br />
                        </>
                      ) : null}
                      {[person.postalCode, person.commune].filter(Boolean).join(' ') || ''}
                    </>
                  ) : (
                    '—'
                  )}
                </Item>
                <Item term="Téléphone">
                  {person.phone ? <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a> : '—'}
                </Item>
                <Item term="Courriel">
                  {person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '—'}
                </Item>
              </dl>
            </div>
          </section>
        ) : null}

        {person ? (
          <section aria-labelledby="titre-scolarite" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
            <div className="case-panel">
              <h2 id="titre-scolarite" className={fr.cx('fr-h6')}>
                Dernière scolarité
              </h2>
              <dl className="case-page__facts">
                <Item term="Établissement (UAI)">{person.lastSchoolUai ?? '—'}</Item>
                <Item term="Formation">{or(person.lastFormation)}</Item>
                <Item term="Date de sortie">{formatDate(person.schoolExitDate)}</Item>
                <Item term="Plus haut diplôme">{or(person.highestDiploma)}</Item>
              </dl>
            </div>
          </section>
        ) : null}

        <section aria-labelledby="titre-affectation" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
          <div className="case-panel">
            <h2 id="titre-affectation" className={fr.cx('fr-h6')}>
              Affectation
            </h2>
            <dl className="case-page__facts">
              <Item term="Partenaire">{c.assignedOrganisation?.name ?? 'Non affecté'}</Item>
              <Item term="Conseiller">{c.assignedCounsellor?.displayName ?? '—'}</Item>
              <Item term="Affecté le">{formatDateTime(c.assignedAt)}</Item>
              <Item term="Première tentative de contact">{formatDateTime(c.firstAttemptAt)}</Item>
              <Item term="Jeune joint le">{formatDateTime(c.reachedAt)}</Item>
            </dl>
          </div>
        </section>

        {c.solutionType || c.closeOutcome ? (
          <section aria-labelledby="titre-issue" className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
            <div className="case-panel">
              <h2 id="titre-issue" className={fr.cx('fr-h6')}>
                {c.closeOutcome ? 'Solution et clôture' : 'Solution'}
              </h2>
              <dl className="case-page__facts">
                {c.solutionType ? (
                  <>
                    <Item term="Solution">{SOLUTION_TYPE_LABELS[c.solutionType]}</Item>
                    {c.solutionOffer ? <Item term="Solution du catalogue">{c.solutionOffer.name}</Item> : null}
                    <Item term="Début">{formatDate(c.solutionStartDate)}</Item>
                    <Item term="Organisation">{c.solutionOrganisation?.name ?? '—'}</Item>
                  </>
                ) : null}
                {c.closeOutcome ? (
                  <>
                    <Item term="Motif de clôture">{CLOSE_OUTCOME_LABELS[c.closeOutcome]}</Item>
                    <Item term="Clôturé le">{formatDateTime(c.closedAt)}</Item>
                    <Item term="Commentaire">{or(c.closeComment)}</Item>
                  </>
                ) : null}
              </dl>
            </div>
          </section>
        ) : null}
      </div>

      {pt ? (
        <section aria-labelledby="titre-transfert" className={fr.cx('fr-callout', 'fr-mb-3w')}>
          <h2 id="titre-transfert" className={fr.cx('fr-callout__title', 'fr-h5')}>
            Transfert en attente
          </h2>
          <p className={fr.cx('fr-callout__text', 'fr-text--md')}>
            Proposé{' '}
            {pt.toOrganisation
              ? `à ${pt.toOrganisation.name}`
              : `à la plateforme ${pt.toPlatform?.name ?? names.platform(pt.toPlatformId)}`}{' '}
            le {formatDateTime(pt.proposedAt)}
            {pt.proposedBy ? ` par ${pt.proposedBy.displayName}` : ''}.
          </p>
          {pt.reason ? <p className={fr.cx('fr-text--md')}>Motif : {pt.reason}</p> : null}
          <p className={fr.cx('fr-text--sm')}>
            {sender
              ? 'Le suivi reste chez vous tant que le destinataire ne l’a pas accepté.'
              : 'Ce suivi vous est proposé : acceptez ou refusez-le depuis la page des transferts.'}
          </p>
          {cancel.error ? (
            <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-2w')} role="alert">
              <p>{errorMessage(cancel.error)}</p>
              <Button
                variant="secondary"
                size="small"
                onClick={() => void reload().then(() => cancel.reset())}
                busy={query.isFetching}
              >
                Recharger le suivi
              </Button>
            </div>
          ) : null}
          {sender ? (
            <Button variant="secondary" onClick={cancelTransfer} busy={cancel.isPending}>
              Annuler le transfert
            </Button>
          ) : (
            <Link className={fr.cx('fr-link')} to="/transferts">
              Voir les transferts reçus
            </Link>
          )}
        </section>
      ) : null}

      <section aria-labelledby="titre-actions" className={fr.cx('fr-mb-3w')}>
        <h2 id="titre-actions" className={fr.cx('fr-h4')}>
          Actions
        </h2>
        {actions.length ? (
          <div className="case-page__actions">{actions}</div>
        ) : (
          <p>
            {!holder && pt
              ? 'Aucune action tant que vous n’avez pas accepté le transfert.'
              : 'Aucune action possible sur ce suivi dans son état actuel.'}
          </p>
        )}
        {referentHere && person ? (
          <p className={fr.cx('fr-mt-2w')}>
            <Link className={fr.cx('fr-link')} to={`/psad/fusion?suivi=${encodeURIComponent(c.id)}`}>
              Fusionner avec un autre dossier
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="titre-tentatives" className={fr.cx('fr-mb-3w')}>
        <h2 id="titre-tentatives" className={fr.cx('fr-h5')}>
          Tentatives de contact
        </h2>
        {c.contactAttempts.length ? (
          <DataTable
            caption="Tentatives de contact, de la plus ancienne à la plus récente"
            compact
            rows={c.contactAttempts}
            rowKey={(a) => a.id}
            columns={[
              { key: 'date', header: 'Date', cell: (a) => formatDateTime(a.attemptedAt) },
              { key: 'channel', header: 'Canal', cell: (a) => CONTACT_CHANNEL_LABELS[a.channel] },
              { key: 'result', header: 'Résultat', cell: (a) => CONTACT_RESULT_LABELS[a.result] },
              { key: 'actor', header: 'Par', cell: (a) => a.actor?.displayName ?? '—' },
            ]}
          />
        ) : (
          <p>Aucune tentative de contact.</p>
        )}
      </section>

      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique" className={fr.cx('fr-h5')}>
          Historique
        </h2>
        {c.timeline.length ? (
          <ol className="case-page__timeline">
            {c.timeline.map((e) => {
              const { what, details, link } = describeEvent(e.kind, e.data, names);
              return (
                <li key={e.id}>
                  <p className={`${fr.cx('fr-text--xs', 'fr-mb-0')} case-page__meta`}>
                    <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time> ·{' '}
                    {e.actor?.displayName ?? 'Système'}
                  </p>
                  <p className={fr.cx('fr-text--bold', 'fr-mb-0')}>{what}</p>
                  {details.map((d) => (
                    <p key={d} className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                      {d}
                    </p>
                  ))}
                  {link ? (
                    <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                      <Link className={fr.cx('fr-link', 'fr-link--sm')} to={link.to}>
                        {link.label}
                        <span className={fr.cx('fr-sr-only')}> (décision du {formatDateTime(e.occurredAt)})</span>
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : (
          <p>Aucun événement.</p>
        )}
      </section>
    </div>
  );
}
