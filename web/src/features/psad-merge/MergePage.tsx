import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { TextField } from '../../ui/Field';
import { formatIsoDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { CASE_STATUS_LABELS, DUPLICATE_REASON_LABELS } from '../cases/labels';
import { useActivePlatform } from '../platforms/activePlatform';
import { useCandidate, useDuplicates, useMergeSearch } from './queries';
import { Comparison, personName, type MergeDone } from './Comparison';

const TITLE = 'Fusionner deux dossiers';

const breadcrumb = (
  <Breadcrumb
    currentPageLabel={TITLE}
    homeLinkProps={{ to: '/' }}
    segments={[{ label: 'Suivi PSAD', linkProps: { to: '/psad' } }]}
  />
);

/** Referents: two records of one young person on the platform's list become one (docs/domain.md §2). */
export function MergePage() {
  usePageTitle(TITLE);
  const active = useActivePlatform();
  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!active.platform) {
    return (
      <>
        {breadcrumb}
        <h1>{TITLE}</h1>
        <p>Vous n'êtes référent d'aucune plateforme pour l'instant. Un administrateur peut vous y rattacher.</p>
      </>
    );
  }
  // Keyed by platform: switching platforms starts again from nothing chosen.
  return (
    <MergeWorkspace key={active.platform.id} platformId={active.platform.id} platformName={active.platform.name} />
  );
}

function MergeWorkspace({ platformId, platformName }: { platformId: string; platformName: string }) {
  const [params] = useSearchParams();
  const [first, setFirst] = useState<string | null>(params.get('suivi'));
  const [second, setSecond] = useState<string | null>(null);
  const [done, setDone] = useState<MergeDone | null>(null);

  if (done) return <MergeResult done={done} onAgain={() => (setDone(null), setFirst(null), setSecond(null))} />;

  return (
    <>
      {breadcrumb}
      <h1>{TITLE}</h1>
      <p className={fr.cx('fr-text--lead')}>
        Quand un même jeune figure deux fois sur la liste de {platformName} (une faute de frappe, un signalement avant
        l'import…), regroupez ses deux dossiers en un seul : ses suivis, leur historique et ses coordonnées sont
        conservés.
      </p>
      <DuplicateSuggestions
        platformId={platformId}
        onPick={(a, b) => {
          setFirst(a);
          setSecond(b);
        }}
      />
      <section aria-labelledby="titre-choix" className={fr.cx('fr-mb-5w')}>
        <h2 id="titre-choix">Choisir les deux dossiers</h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <CandidatePicker platformId={platformId} side="1" caseId={first} onChange={setFirst} />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <CandidatePicker platformId={platformId} side="2" caseId={second} onChange={setSecond} />
          </div>
        </div>
      </section>
      {first && second ? (
        <Comparison
          key={`${first}|${second}`}
          platformId={platformId}
          firstCaseId={first}
          secondCaseId={second}
          onDone={setDone}
        />
      ) : (
        <p className={fr.cx('fr-hint-text')}>
          Choisissez deux dossiers pour les comparer : la fusion est proposée ensuite.
        </p>
      )}
    </>
  );
}

// ─── Suggested pairs ──────────────────────────────────────────────────────────────────────────

function DuplicateSuggestions({
  platformId,
  onPick,
}: {
  platformId: string;
  onPick: (firstCaseId: string, secondCaseId: string) => void;
}) {
  const duplicates = useDuplicates(platformId);
  const pairs = (duplicates.data ?? []).filter((p) => p.first.cases.length > 0 && p.second.cases.length > 0);
  return (
    <section aria-labelledby="titre-doublons" className={fr.cx('fr-mb-5w')}>
      <h2 id="titre-doublons">Doublons probables</h2>
      {duplicates.isPending ? <LoadingState label="Recherche des doublons probables…" /> : null}
      {duplicates.error ? <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} /> : null}
      {duplicates.data && pairs.length === 0 ? <p>Aucun doublon probable sur la liste de la plateforme.</p> : null}
      {pairs.length > 0 ? (
        <ul className={fr.cx('fr-raw-list')}>
          {pairs.map((pair) => {
            const label = `${personName(pair.first)} et ${personName(pair.second)}`;
            return (
              <li key={`${pair.first.id}|${pair.second.id}`} className={fr.cx('fr-py-1w')}>
                <span className={fr.cx('fr-mr-2w')}>
                  <strong>{personName(pair.first)}</strong> et <strong>{personName(pair.second)}</strong>, nés le{' '}
                  {formatIsoDate(pair.first.birthDate)}{' '}
                  <Badge as="span" small noIcon severity={pair.reason === 'SAME_MATCH_KEY' ? 'warning' : 'info'}>
                    {DUPLICATE_REASON_LABELS[pair.reason]}
                  </Badge>
                </span>
                <Button
                  variant="secondary"
                  size="small"
                  onClick={() => onPick(pair.first.cases[0]!.id, pair.second.cases[0]!.id)}
                  aria-label={`Comparer ${label}`}
                >
                  Comparer
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

// ─── Picking one record ───────────────────────────────────────────────────────────────────────

function CandidatePicker({
  platformId,
  side,
  caseId,
  onChange,
}: {
  platformId: string;
  side: '1' | '2';
  caseId: string | null;
  onChange: (caseId: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search, 300);
  const results = useMergeSearch(platformId, caseId ? '' : term);
  const chosen = useCandidate(caseId);
  const headingId = `titre-dossier-${side}`;

  if (caseId) {
    const person = chosen.data?.youngPerson;
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>Dossier {side}</h3>
        {chosen.isPending ? <LoadingState /> : null}
        {chosen.error ? <ErrorState error={chosen.error} onRetry={() => void chosen.refetch()} /> : null}
        {chosen.data === null || (chosen.data && !person) ? (
          <p role="alert">Ce suivi est introuvable sur la plateforme.</p>
        ) : null}
        {person ? (
          <p>
            <strong>{personName(person)}</strong>, né(e) le {formatIsoDate(person.birthDate)}
            {person.ine ? <> — INE {person.ine}</> : null}
          </p>
        ) : null}
        <Button
          variant="secondary"
          size="small"
          onClick={() => onChange(null)}
          aria-label={`Changer le dossier ${side}`}
        >
          Changer
        </Button>
      </section>
    );
  }

  const nodes = results.data?.nodes ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Dossier {side}</h3>
      <TextField
        type="search"
        label={`Rechercher le dossier ${side}`}
        hint="Nom, prénom ou INE (2 caractères au moins)."
        value={search}
        onValueChange={setSearch}
        autoComplete="off"
      />
      {term.trim().length >= 2 ? (
        <div aria-live="polite">
          {results.isPending ? <LoadingState label="Recherche…" /> : null}
          {results.error ? <ErrorState error={results.error} /> : null}
          {results.data && nodes.length === 0 ? <p>Aucun suivi ne correspond.</p> : null}
          {nodes.length > 0 ? (
            <ul className={fr.cx('fr-raw-list')} aria-label={`Résultats pour le dossier ${side}`}>
              {nodes.map((node) =>
                node.youngPerson ? (
                  <li key={node.id} className={fr.cx('fr-py-1w')}>
                    <span className={fr.cx('fr-mr-2w')}>
                      <strong>{personName(node.youngPerson)}</strong>, né(e) le{' '}
                      {formatIsoDate(node.youngPerson.birthDate)}
                      {node.youngPerson.ine ? <> — INE {node.youngPerson.ine}</> : null}
                      <span className={fr.cx('fr-hint-text')}>
                        Suivi n° {node.episode}, {CASE_STATUS_LABELS[node.status].toLowerCase()}
                        {node.youngPerson.commune ? `, ${node.youngPerson.commune}` : ''}
                      </span>
                    </span>
                    <Button
                      variant="secondary"
                      size="small"
                      onClick={() => onChange(node.id)}
                      aria-label={`Choisir ${personName(node.youngPerson)} (suivi n° ${node.episode}) comme dossier ${side}`}
                    >
                      Choisir
                    </Button>
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
          {results.data && results.data.totalCount > nodes.length ? (
            <p className={fr.cx('fr-hint-text')}>Les 10 premiers résultats sont affichés : précisez la recherche.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function MergeResult({ done, onAgain }: { done: MergeDone; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = done.cases.find((c) => c.status !== 'CLOS');
  const target = open ?? [...done.cases].sort((a, b) => b.episode - a.episode)[0];
  return (
    <>
      {breadcrumb}
      <h1 ref={heading} tabIndex={-1}>
        Dossiers fusionnés
      </h1>
      <div className={fr.cx('fr-mb-3w')}>
        <Alert
          severity="success"
          small
          description={`Le dossier de ${done.name} regroupe désormais ${done.cases.length === 1 ? 'son suivi' : `ses ${done.cases.length} suivis`}${
            open
              ? `, dont un ouvert (${CASE_STATUS_LABELS[open.status as keyof typeof CASE_STATUS_LABELS].toLowerCase()})`
              : ''
          }.`}
        />
      </div>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        {target ? (
          <li>
            <Link className={fr.cx('fr-btn')} to={`/suivis/${target.id}`}>
              Voir le suivi {open ? 'ouvert' : 'le plus récent'}
            </Link>
          </li>
        ) : null}
        <li>
          <Button variant="secondary" onClick={onAgain}>
            Fusionner deux autres dossiers
          </Button>
        </li>
      </ul>
    </>
  );
}
