import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage, isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { CheckboxField, TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { CASE_STATUS_LABELS, CLOSE_OUTCOME_LABELS, DUPLICATE_REASON_LABELS } from '../cases/labels';
import { useActivePlatform } from '../platforms/activePlatform';
import { useCandidate, useDuplicates, useMergeSearch, useMergeYoungPeople, type CandidateCase, type CandidatePerson } from './queries';
import './merge.css';

const TITLE = 'Fusionner deux dossiers';

/** Referents: two records of one young person on the platform's list become one (DOMAIN.md §2). */
export function MergePage() {
  usePageTitle(TITLE);
  const active = useActivePlatform();
  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!active.platform) {
    return (
      <div className="page">
        <h1>{TITLE}</h1>
        <p>Vous n'êtes référent d'aucune plateforme pour l'instant. Un administrateur peut vous y rattacher.</p>
      </div>
    );
  }
  // Keyed by platform: switching platforms starts again from nothing chosen.
  return <MergeWorkspace key={active.platform.id} platformId={active.platform.id} platformName={active.platform.name} />;
}

interface MergeDone {
  name: string;
  cases: { id: string; episode: number; status: string }[];
}

function MergeWorkspace({ platformId, platformName }: { platformId: string; platformName: string }) {
  const [params] = useSearchParams();
  const [first, setFirst] = useState<string | null>(params.get('suivi'));
  const [second, setSecond] = useState<string | null>(null);
  const [done, setDone] = useState<MergeDone | null>(null);

  if (done) return <MergeResult done={done} onAgain={() => (setDone(null), setFirst(null), setSecond(null))} />;

  return (
    <div className="page merge-page">
      <h1>{TITLE}</h1>
      <p className="lead">
        Quand un même jeune figure deux fois sur la liste de {platformName} (une faute de frappe, un signalement avant l'import…), regroupez ses deux dossiers en un
        seul : ses suivis, leur historique et ses coordonnées sont conservés.
      </p>
      <DuplicateSuggestions
        platformId={platformId}
        onPick={(a, b) => {
          setFirst(a);
          setSecond(b);
        }}
      />
      <section aria-labelledby="titre-choix" className="card">
        <h2 id="titre-choix">Choisir les deux dossiers</h2>
        <div className="merge-pickers">
          <CandidatePicker platformId={platformId} side="1" caseId={first} onChange={setFirst} />
          <CandidatePicker platformId={platformId} side="2" caseId={second} onChange={setSecond} />
        </div>
      </section>
      {first && second ? <Comparison key={`${first}|${second}`} platformId={platformId} firstCaseId={first} secondCaseId={second} onDone={setDone} /> : null}
    </div>
  );
}

// ─── Suggested pairs ──────────────────────────────────────────────────────────────────────────

function DuplicateSuggestions({ platformId, onPick }: { platformId: string; onPick: (firstCaseId: string, secondCaseId: string) => void }) {
  const duplicates = useDuplicates(platformId);
  const pairs = (duplicates.data ?? []).filter((p) => p.first.cases.length > 0 && p.second.cases.length > 0);
  return (
    <section aria-labelledby="titre-doublons" className="card">
      <h2 id="titre-doublons">Doublons probables</h2>
      {duplicates.isPending ? <LoadingState label="Recherche des doublons probables…" /> : null}
      {duplicates.error ? <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} /> : null}
      {duplicates.data && pairs.length === 0 ? <p className="muted">Aucun doublon probable sur la liste de la plateforme.</p> : null}
      {pairs.length > 0 ? (
        <ul className="merge-suggestions">
          {pairs.map((pair) => {
            const label = `${personName(pair.first)} et ${personName(pair.second)}`;
            return (
              <li key={`${pair.first.id}|${pair.second.id}`}>
                <span>
                  <strong>{personName(pair.first)}</strong> et <strong>{personName(pair.second)}</strong>, nés le {formatDate(pair.first.birthDate)}
                  <span className="muted"> — {DUPLICATE_REASON_LABELS[pair.reason]}</span>
                </span>
                <Button variant="secondary" onClick={() => onPick(pair.first.cases[0]!.id, pair.second.cases[0]!.id)} aria-label={`Comparer ${label}`}>
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

const personName = (p: { lastName: string; firstNames: string }) => `${p.lastName} ${p.firstNames}`;

function CandidatePicker({ platformId, side, caseId, onChange }: { platformId: string; side: '1' | '2'; caseId: string | null; onChange: (caseId: string | null) => void }) {
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search, 300);
  const results = useMergeSearch(platformId, caseId ? '' : term);
  const chosen = useCandidate(caseId);
  const headingId = `titre-dossier-${side}`;

  if (caseId) {
    const person = chosen.data?.youngPerson;
    return (
      <section aria-labelledby={headingId} className="merge-picker">
        <h3 id={headingId}>Dossier {side}</h3>
        {chosen.isPending ? <LoadingState /> : null}
        {chosen.error ? <ErrorState error={chosen.error} onRetry={() => void chosen.refetch()} /> : null}
        {chosen.data === null || (chosen.data && !person) ? <p role="alert">Ce suivi est introuvable sur la plateforme.</p> : null}
        {person ? (
          <p className="merge-picker__chosen">
            <strong>{personName(person)}</strong>, né(e) le {formatDate(person.birthDate)}
            {person.ine ? <span className="identifier"> — INE {person.ine}</span> : null}
          </p>
        ) : null}
        <Button variant="secondary" onClick={() => onChange(null)} aria-label={`Changer le dossier ${side}`}>
          Changer
        </Button>
      </section>
    );
  }

  const nodes = results.data?.nodes ?? [];
  return (
    <section aria-labelledby={headingId} className="merge-picker">
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
          {results.data && nodes.length === 0 ? <p className="muted">Aucun suivi ne correspond.</p> : null}
          {nodes.length > 0 ? (
            <ul className="merge-results" aria-label={`Résultats pour le dossier ${side}`}>
              {nodes.map((node) =>
                node.youngPerson ? (
                  <li key={node.id}>
                    <span>
                      <strong>{personName(node.youngPerson)}</strong>, né(e) le {formatDate(node.youngPerson.birthDate)}
                      {node.youngPerson.ine ? <span className="identifier"> — INE {node.youngPerson.ine}</span> : null}
                      <span className="muted">
                        {' '}
                        — suivi n° {node.episode}, {CASE_STATUS_LABELS[node.status].toLowerCase()}
                        {node.youngPerson.commune ? `, ${node.youngPerson.commune}` : ''}
                      </span>
                    </span>
                    <Button variant="secondary" onClick={() => onChange(node.id)} aria-label={`Choisir ${personName(node.youngPerson)} (suivi n° ${node.episode}) comme dossier ${side}`}>
                      Choisir
                    </Button>
                  </li>
                ) : null,
              )}
            </ul>
          ) : null}
          {results.data && results.data.totalCount > nodes.length ? <p className="muted">Les 10 premiers résultats sont affichés : précisez la recherche.</p> : null}
        </div>
      ) : null}
    </section>
  );
}

// ─── Side by side, choice and confirmation ────────────────────────────────────────────────────

const ROWS: { key: keyof CandidatePerson; label: string; date?: boolean; group: 'identity' | 'contact' | 'schooling' }[] = [
  { key: 'lastName', label: 'Nom', group: 'identity' },
  { key: 'firstNames', label: 'Prénoms', group: 'identity' },
  { key: 'birthDate', label: 'Date de naissance', date: true, group: 'identity' },
  { key: 'ine', label: 'INE', group: 'identity' },
  { key: 'sex', label: 'Sexe', group: 'identity' },
  { key: 'address', label: 'Adresse', group: 'contact' },
  { key: 'postalCode', label: 'Code postal', group: 'contact' },
  { key: 'commune', label: 'Commune', group: 'contact' },
  { key: 'phone', label: 'Téléphone', group: 'contact' },
  { key: 'email', label: 'Courriel', group: 'contact' },
  { key: 'lastSchoolUai', label: 'Dernier établissement (UAI)', group: 'schooling' },
  { key: 'lastFormation', label: 'Dernière formation', group: 'schooling' },
  { key: 'schoolExitDate', label: 'Sortie du système scolaire', date: true, group: 'schooling' },
  { key: 'highestDiploma', label: 'Plus haut diplôme', group: 'schooling' },
];

const GROUP_LABELS = { identity: 'Identité', contact: 'Coordonnées', schooling: 'Dernière scolarité' } as const;
const LABEL_OF = Object.fromEntries(ROWS.map((r) => [r.key, r.label])) as Record<string, string>;

const show = (person: CandidatePerson, row: (typeof ROWS)[number]): string => {
  const value = person[row.key];
  if (value === null || value === undefined || value === '') return '—';
  if (row.key === 'sex') return value === 'F' ? 'Féminin' : 'Masculin';
  return row.date ? formatDate(String(value)) : String(value);
};

/**
 * The fields the kept record takes from the other: the same rule as the server
 * (server/src/modules/psad/merge/service.ts, filledFields) — INE, sex, phone, e-mail one by one;
 * the address and the schooling as blocks, only when the kept record has none of the block.
 */
function filledFields(keep: CandidatePerson, other: CandidatePerson): string[] {
  const empty = (p: CandidatePerson, keys: (keyof CandidatePerson)[]) => keys.every((k) => p[k] === null || p[k] === undefined);
  const out: (keyof CandidatePerson)[] = [];
  for (const k of ['ine', 'sex', 'phone', 'email'] as const) if (keep[k] === null && other[k] !== null) out.push(k);
  for (const block of [
    ['address', 'postalCode', 'commune'],
    ['lastSchoolUai', 'lastFormation', 'schoolExitDate', 'highestDiploma'],
  ] as (keyof CandidatePerson)[][]) {
    if (empty(keep, block)) out.push(...block.filter((k) => other[k] !== null && other[k] !== undefined));
  }
  return out.map((k) => LABEL_OF[k]!);
}

const PROGRESS: Record<string, number> = { A_TRAITER: 0, AFFECTE: 1, EN_COURS: 2, SOLUTION: 3 };
const openCase = (p: CandidatePerson) => p.cases.find((c) => c.status !== 'CLOS') ?? null;

/** Of two open cases the one further along stays open, the kept record's on a tie (same rule as the server). */
function openCaseOutcome(keep: CandidatePerson, other: CandidatePerson): { stays: CandidateCase | null; closes: CandidateCase | null } {
  const a = openCase(keep);
  const b = openCase(other);
  if (!a || !b) return { stays: a ?? b, closes: null };
  return (PROGRESS[b.status] ?? 0) > (PROGRESS[a.status] ?? 0) ? { stays: b, closes: a } : { stays: a, closes: b };
}

const caseLine = (c: CandidateCase) =>
  `Suivi n° ${c.episode} — ${CASE_STATUS_LABELS[c.status]}${c.closeOutcome ? ` (${CLOSE_OUTCOME_LABELS[c.closeOutcome].toLowerCase()})` : ''}${c.assignedOrganisation ? `, ${c.assignedOrganisation.name}` : ''}`;

function Comparison({ platformId, firstCaseId, secondCaseId, onDone }: { platformId: string; firstCaseId: string; secondCaseId: string; onDone: (done: MergeDone) => void }) {
  const one = useCandidate(firstCaseId);
  const two = useCandidate(secondCaseId);
  const merge = useMergeYoungPeople();
  // Until the referent chooses: the record with an INE when only one has it (the SIEI list's, usually), else the first.
  const [chosenSide, setKeepSide] = useState<'1' | '2' | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>();

  if (one.isPending || two.isPending) return <LoadingState label="Chargement des deux dossiers…" />;
  if (one.error || two.error) return <ErrorState error={one.error ?? two.error} onRetry={() => (void one.refetch(), void two.refetch())} />;
  const p1 = one.data?.youngPerson;
  const p2 = two.data?.youngPerson;
  if (!p1 || !p2) return null;
  if (p1.id === p2.id) {
    return (
      <p className="notice" role="status">
        Ces deux suivis appartiennent déjà au même dossier : choisissez un autre dossier.
      </p>
    );
  }

  const keepSide = chosenSide ?? (!p1.ine && p2.ine ? '2' : '1');
  const keep = keepSide === '1' ? p1 : p2;
  const other = keepSide === '1' ? p2 : p1;
  const filled = filledFields(keep, other);
  const { stays, closes } = openCaseOutcome(keep, other);
  const ineConflict = Boolean(p1.ine && p2.ine && p1.ine !== p2.ine);
  const conflict = isErrorCode(merge.error, 'CONFLICT') && /entre-temps/.test(errorMessage(merge.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) {
      setConfirmError('Cochez la case pour confirmer que la fusion est définitive.');
      return;
    }
    setConfirmError(undefined);
    merge.mutate(
      { platformId, keepId: keep.id, keepVersion: keep.version, mergeId: other.id, mergeVersion: other.version },
      {
        onSuccess: (data) => {
          const kept = data.mergeYoungPeople;
          onDone({ name: personName(kept), cases: kept.cases });
        },
      },
    );
  };

  return (
    <>
      <section aria-labelledby="titre-comparaison" className="card">
        <h2 id="titre-comparaison">Comparer les deux dossiers</h2>
        <div className="table-wrapper">
          <table className="data-table merge-compare">
            <caption className="visually-hidden">Les deux dossiers, champ par champ ; les valeurs qui diffèrent sont signalées.</caption>
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Dossier 1{keepSide === '1' ? ' (conservé)' : ''}</th>
                <th scope="col">Dossier 2{keepSide === '2' ? ' (conservé)' : ''}</th>
              </tr>
            </thead>
            {(['identity', 'contact', 'schooling'] as const).map((group) => (
              <tbody key={group}>
                <tr className="merge-compare__group">
                  <th scope="colgroup" colSpan={3}>
                    {GROUP_LABELS[group]}
                  </th>
                </tr>
                {ROWS.filter((r) => r.group === group).map((row) => {
                  const a = show(p1, row);
                  const b = show(p2, row);
                  const differs = a !== b && a !== '—' && b !== '—';
                  return (
                    <tr key={row.key} className={differs ? 'merge-compare__diff' : undefined}>
                      <th scope="row">
                        {row.label}
                        {differs ? <span className="badge badge--warning merge-compare__flag">différent</span> : null}
                      </th>
                      <td>{a}</td>
                      <td>{b}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
            <tbody>
              <tr className="merge-compare__group">
                <th scope="colgroup" colSpan={3}>
                  Suivis
                </th>
              </tr>
              <tr>
                <th scope="row">Épisodes</th>
                {[p1, p2].map((p) => (
                  <td key={p.id}>
                    <ul className="compact-list">
                      {p.cases.map((c) => (
                        <li key={c.id}>
                          <Link to={`/suivis/${c.id}`}>{caseLine(c)}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <form className="card merge-confirm" aria-labelledby="titre-fusion" onSubmit={submit} noValidate>
        <h2 id="titre-fusion">Fusionner</h2>
        {ineConflict ? (
          <p className="error-state" role="alert">
            Ces deux dossiers portent des INE différents : ce sont deux jeunes distincts, ils ne peuvent pas être fusionnés.
          </p>
        ) : null}
        {ineConflict ? null : (
          <>
            <fieldset className="merge-keep">
              <legend>Dossier à conserver</legend>
              <p className="field__hint">Son identité (nom, prénoms, date de naissance) est gardée ; l'autre dossier disparaît de la liste.</p>
              {(['1', '2'] as const).map((side) => {
                const p = side === '1' ? p1 : p2;
                return (
                  <div className="checkbox" key={side}>
                    <input type="radio" id={`garder-${side}`} name="garder" checked={keepSide === side} onChange={() => setKeepSide(side)} />
                    <label htmlFor={`garder-${side}`}>
                      Dossier {side} : {personName(p)}, né(e) le {formatDate(p.birthDate)}
                    </label>
                  </div>
                );
              })}
            </fieldset>
            <h3>Ce que fera la fusion</h3>
            <ul className="merge-effects">
              <li>
                Le dossier de <strong>{personName(keep)}</strong> est conservé ; celui de <strong>{personName(other)}</strong> est supprimé après la fusion.
              </li>
              <li>
                {other.cases.length === 0
                  ? "L'autre dossier n'a aucun suivi."
                  : `${other.cases.length === 1 ? 'Son suivi est rattaché' : `Ses ${other.cases.length} suivis sont rattachés`} au dossier conservé, avec leur historique et leurs tentatives de contact.`}
              </li>
              <li>
                {filled.length > 0
                  ? `Complété depuis l'autre dossier (champs vides du dossier conservé) : ${filled.join(', ')}.`
                  : "Rien n'est repris de l'autre dossier : quand les deux ont une valeur, celle du dossier conservé reste."}
              </li>
              {closes && stays ? (
                <li>
                  Les deux dossiers ont un suivi ouvert.{' '}
                  {stays.status === closes.status
                    ? `Celui du dossier conservé reste ouvert (${CASE_STATUS_LABELS[stays.status].toLowerCase()})`
                    : `Le plus avancé reste ouvert (suivi n° ${stays.episode}, ${CASE_STATUS_LABELS[stays.status].toLowerCase()})`}{' '}
                  ; l'autre (suivi n° {closes.episode}, {CASE_STATUS_LABELS[closes.status].toLowerCase()}) est clos avec le motif « Autre : Doublon fusionné avec un autre
                  dossier ».
                </li>
              ) : null}
            </ul>
            <div className="merge-warning" role="note">
              <p>
                <strong>Attention : la fusion est définitive.</strong> Elle ne peut pas être annulée depuis l'application.
              </p>
            </div>
            <CheckboxField
              label="J'ai vérifié qu'il s'agit du même jeune et je comprends que la fusion ne peut pas être annulée."
              checked={confirmed}
              onCheckedChange={(checked) => {
                setConfirmed(checked);
                if (checked) setConfirmError(undefined);
              }}
              error={confirmError}
            />
            <SaveErrorBanner
              conflict={conflict}
              conflictMessage="Un des deux dossiers a été modifié entre-temps par quelqu'un d'autre. Rechargez-les pour voir leur état actuel avant de fusionner."
              reloadLabel="Recharger les deux dossiers"
              reloading={one.isFetching || two.isFetching}
              onReload={() => {
                merge.reset();
                void one.refetch();
                void two.refetch();
              }}
              general={merge.error && !conflict ? errorMessage(merge.error) : null}
            />
            <div className="form__actions">
              <Button type="submit" variant="danger" busy={merge.isPending}>
                Fusionner les deux dossiers
              </Button>
            </div>
          </>
        )}
      </form>
    </>
  );
}

// ─── Result ───────────────────────────────────────────────────────────────────────────────────

function MergeResult({ done, onAgain }: { done: MergeDone; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = done.cases.find((c) => c.status !== 'CLOS');
  const target = open ?? [...done.cases].sort((a, b) => b.episode - a.episode)[0];
  return (
    <div className="page merge-page">
      <h1 ref={heading} tabIndex={-1}>
        Dossiers fusionnés
      </h1>
      <p className="notice notice--success" role="status">
        Le dossier de {done.name} regroupe désormais {done.cases.length === 1 ? 'son suivi' : `ses ${done.cases.length} suivis`}
        {open ? `, dont un ouvert (${CASE_STATUS_LABELS[open.status as keyof typeof CASE_STATUS_LABELS].toLowerCase()})` : ''}.
      </p>
      <div className="actions">
        {target ? <Link to={`/suivis/${target.id}`}>Voir le suivi {open ? 'ouvert' : 'le plus récent'}</Link> : null}
        <Button variant="secondary" onClick={onAgain}>
          Fusionner deux autres dossiers
        </Button>
      </div>
    </div>
  );
}
