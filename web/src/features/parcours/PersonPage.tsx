import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ConsentsSection } from './ConsentsSection';
import { intervenantsLabel, personName } from './format';
import { IdentitySection } from './IdentitySection';
import { LockerSection } from './LockerSection';
import { MembersSection } from './MembersSection';
import { Announce, PERSON_TABS, ReferenceBadge, type PersonTab } from './parts';
import { PlanSection } from './PlanSection';
import { useAccompaniedPerson } from './queries';
import { ReferenceSection } from './ReferenceSection';
import { SynthesesSection } from './SynthesesSection';
import '../../ui/styles/parcours.css';

const isTab = (value: string): value is PersonTab => PERSON_TABS.some((t) => t.tabId === value);

const TAB_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];

/** Runs in React's capture phase, before the event reaches the tab: stops it there for the DSFR script's own listener. */
function keepArrowsToReact(event: KeyboardEvent<HTMLDivElement>) {
  if (TAB_KEYS.includes(event.key) && (event.target as HTMLElement).getAttribute('role') === 'tab')
    event.nativeEvent.stopPropagation();
}

/** `/parcours/personnes/:id`: a PA's record, one tab per section (the URL's hash names it); each read is audited by the server. */
export function PersonPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = useAccompaniedPerson(id);
  const person = query.data;
  const state = location.state as { message?: string; focusTab?: boolean } | null;
  const initial = state?.message ?? '';
  const [message, setMessage] = useState(initial);
  useEffect(() => {
    if (initial) setMessage(initial);
  }, [id, initial]);
  usePageTitle(person ? `${personName(person)} — Personne accompagnée` : 'Personne accompagnée');

  const hash = location.hash.replace(/^#/, '');
  const tab: PersonTab = isTab(hash) ? hash : 'identite';
  // A link to a step (« Proposer une référence ») selects its tab and moves the focus to its heading.
  // Once per link followed (the location's key), not at each reload of the record.
  const focusKey = state?.focusTab ? location.key : null;
  useEffect(() => {
    if (focusKey) document.getElementById(`parcours-${tab}`)?.focus();
    // The tab is read when the link is followed.
  }, [focusKey]);

  const breadcrumb = (current: string) => (
    <Breadcrumb
      currentPageLabel={current}
      homeLinkProps={{ to: '/' }}
      segments={[{ label: 'Personnes accompagnées', linkProps: { to: '/parcours' } }]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );

  if (query.isPending) return <LoadingState />;
  if (
    (query.isSuccess && !person) ||
    isErrorCode(query.error, 'NOT_FOUND') ||
    isErrorCode(query.error, 'BAD_USER_INPUT')
  ) {
    return (
      <div className="page">
        {breadcrumb('Personne introuvable')}
        <h1>Personne introuvable</h1>
        <p>Cette personne n'existe pas, ou vous n'êtes pas (ou plus) sur sa liste d'accompagnement.</p>
      </div>
    );
  }
  if (query.isError || !person) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const reload = () => query.refetch();
  const reloading = query.isFetching;
  const activeCount = person.members.filter((m) => m.active).length;
  const referent = person.reference?.status === 'ACCEPTEE' ? person.reference.referent : null;
  const props = { person, onReload: reload, reloading };

  return (
    <div className="page parcours-page">
      {breadcrumb(personName(person))}
      <h1>{personName(person)}</h1>
      <p className={['lead', fr.cx('fr-text--lead', 'fr-mb-2w')].join(' ')}>
        {intervenantsLabel(activeCount)} sur la liste ·{' '}
        {person.reference ? (
          <>
            référence <ReferenceBadge status={person.reference.status} />
            {referent ? ` · référent : ${referent.displayName}` : ''}
          </>
        ) : (
          'aucune référence en cours'
        )}
      </p>
      <Announce message={message} />
      {/* The arrow keys are the React Tabs' alone: the DSFR script, which also moves between tabs, would move twice. */}
      <div onKeyDownCapture={keepArrowsToReact}>
        <Tabs
          label="Sections de la fiche"
          tabs={PERSON_TABS.map((t) => ({ tabId: t.tabId, label: t.label }))}
          selectedTabId={tab}
          onTabChange={(next) => {
            setMessage('');
            navigate({ hash: next }, { replace: true });
          }}
        >
          {tab === 'identite' ? <IdentitySection {...props} onSaved={setMessage} /> : null}
          {tab === 'liste' ? <MembersSection {...props} /> : null}
          {tab === 'reference' ? <ReferenceSection {...props} /> : null}
          {tab === 'plan' ? <PlanSection {...props} /> : null}
          {tab === 'syntheses' ? <SynthesesSection {...props} /> : null}
          {tab === 'consentements' ? <ConsentsSection {...props} /> : null}
          {tab === 'armoire' ? <LockerSection {...props} /> : null}
        </Tabs>
      </div>
    </div>
  );
}
