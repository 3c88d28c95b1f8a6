import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { splitErrors } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { formatIsoDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { CASE_STATUS_LABELS, CLOSE_OUTCOME_LABELS } from '../cases/labels';
import { useCandidate, useMergeYoungPeople, type CandidateCase, type CandidatePerson } from './queries';

/* The two records side by side, the choice of the one kept and the confirmation of the merge (MergePage's second step). */

/** The last word before a merge that cannot be undone (the DSFR's modal: focus kept inside, Escape closes it). */
const mergeModal = createModal({ id: 'confirmation-fusion', isOpenedByDefault: false });

export interface MergeDone {
  name: string;
  cases: { id: string; episode: number; status: string }[];
}

export const personName = (p: { lastName: string; firstNames: string }) => `${p.lastName} ${p.firstNames}`;

// ─── Side by side, choice and confirmation ────────────────────────────────────────────────────

const ROWS: {
  key: keyof CandidatePerson;
  label: string;
  date?: boolean;
  group: 'identity' | 'contact' | 'schooling';
}[] = [
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
  return row.date ? formatIsoDate(String(value)) : String(value);
};

/**
 * The fields the kept record takes from the other: the same rule as the server
 * (server/src/modules/psad/merge/service.ts, filledFields) — INE, sex, phone, e-mail one by one;
 * the address and the schooling as blocks, only when the kept record has none of the block.
 */
function filledFields(keep: CandidatePerson, other: CandidatePerson): string[] {
  const empty = (p: CandidatePerson, keys: (keyof CandidatePerson)[]) =>
    keys.every((k) => p[k] === null || p[k] === undefined);
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
function openCaseOutcome(
  keep: CandidatePerson,
  other: CandidatePerson,
): { stays: CandidateCase | null; closes: CandidateCase | null } {
  const a = openCase(keep);
  const b = openCase(other);
  if (!a || !b) return { stays: a ?? b, closes: null };
  return (PROGRESS[b.status] ?? 0) > (PROGRESS[a.status] ?? 0) ? { stays: b, closes: a } : { stays: a, closes: b };
}

const caseLine = (c: CandidateCase) =>
  `Suivi n° ${c.episode} — ${CASE_STATUS_LABELS[c.status]}${c.closeOutcome ? ` (${CLOSE_OUTCOME_LABELS[c.closeOutcome].toLowerCase()})` : ''}${c.assignedOrganisation ? `, ${c.assignedOrganisation.name}` : ''}`;

/** The server's field paths of a merge, on the keep/merge choice (the radio of each record). */
const MERGE_FIELDS = ['keepId', 'mergeId'] as const;

export function Comparison({
  platformId,
  firstCaseId,
  secondCaseId,
  onDone,
}: {
  platformId: string;
  firstCaseId: string;
  secondCaseId: string;
  onDone: (done: MergeDone) => void;
}) {
  const one = useCandidate(firstCaseId);
  const two = useCandidate(secondCaseId);
  const merge = useMergeYoungPeople();
  // Until the referent chooses: the record with an INE when only one has it (the SIEI list's, usually), else the first.
  const [chosenSide, setKeepSide] = useState<'1' | '2' | null>(null);

  if (one.isPending || two.isPending) return <LoadingState label="Chargement des deux dossiers…" />;
  if (one.error || two.error)
    return <ErrorState error={one.error ?? two.error} onRetry={() => (void one.refetch(), void two.refetch())} />;
  const p1 = one.data?.youngPerson;
  const p2 = two.data?.youngPerson;
  if (!p1 || !p2) return null;
  if (p1.id === p2.id) {
    return (
      <Alert
        severity="info"
        small
        role="status"
        description="Ces deux suivis appartiennent déjà au même dossier : choisissez un autre dossier."
      />
    );
  }

  const keepSide = chosenSide ?? (!p1.ine && p2.ine ? '2' : '1');
  const keep = keepSide === '1' ? p1 : p2;
  const other = keepSide === '1' ? p2 : p1;
  const filled = filledFields(keep, other);
  const { stays, closes } = openCaseOutcome(keep, other);
  const ineConflict = Boolean(p1.ine && p2.ine && p1.ine !== p2.ine);
  // The server's reason: a stale version offers a reload; any other refusal is said at the choice or in the summary.
  const server = splitErrors(merge.error, MERGE_FIELDS);
  const fieldIds = { keepId: `garder-${keepSide}`, mergeId: `garder-${keepSide === '1' ? '2' : '1'}` };
  const choiceError = server.fields.keepId ?? server.fields.mergeId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mergeModal.open();
  };
  const doMerge = () =>
    merge.mutate(
      { platformId, keepId: keep.id, keepVersion: keep.version, mergeId: other.id, mergeVersion: other.version },
      {
        onSuccess: (data) => {
          const kept = data.mergeYoungPeople;
          onDone({ name: personName(kept), cases: kept.cases });
        },
      },
    );

  const effects = (
    <ul>
      <li>
        Le dossier de <strong>{personName(keep)}</strong> est conservé ; celui de <strong>{personName(other)}</strong>{' '}
        est supprimé après la fusion.
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
          ; l'autre (suivi n° {closes.episode}, {CASE_STATUS_LABELS[closes.status].toLowerCase()}) est clos avec le
          motif « Autre : Doublon fusionné avec un autre dossier ».
        </li>
      ) : null}
    </ul>
  );

  return (
    <>
      <section aria-labelledby="titre-comparaison" className={fr.cx('fr-mb-5w')}>
        <h2 id="titre-comparaison">Comparer les deux dossiers</h2>
        <div className={fr.cx('fr-table', 'fr-table--bordered', 'fr-table--sm')}>
          <div className={fr.cx('fr-table__wrapper')}>
            <div className={fr.cx('fr-table__container')}>
              <div className={fr.cx('fr-table__content')}>
                <table>
                  <caption>Les deux dossiers, champ par champ ; les valeurs qui diffèrent sont signalées.</caption>
                  <thead>
                    <tr>
                      <th scope="col">Champ</th>
                      <th scope="col">Dossier 1{keepSide === '1' ? ' (conservé)' : ''}</th>
                      <th scope="col">Dossier 2{keepSide === '2' ? ' (conservé)' : ''}</th>
                    </tr>
                  </thead>
                  {(['identity', 'contact', 'schooling'] as const).map((group) => (
                    <tbody key={group}>
                      <tr>
                        <th scope="colgroup" colSpan={3}>
                          {GROUP_LABELS[group]}
                        </th>
                      </tr>
                      {ROWS.filter((r) => r.group === group).map((row) => {
                        const a = show(p1, row);
                        const b = show(p2, row);
                        const differs = a !== b && a !== '—' && b !== '—';
                        return (
                          <tr key={row.key}>
                            <th scope="row">
                              {row.label}
                              {differs ? (
                                <>
                                  {' '}
                                  <Badge as="span" small severity="warning">
                                    différent
                                  </Badge>
                                </>
                              ) : null}
                            </th>
                            <td>{a}</td>
                            <td>{b}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  ))}
                  <tbody>
                    <tr>
                      <th scope="colgroup" colSpan={3}>
                        Suivis
                      </th>
                    </tr>
                    <tr>
                      <th scope="row">Épisodes</th>
                      {[p1, p2].map((p) => (
                        <td key={p.id}>
                          <ul className={fr.cx('fr-raw-list')}>
                            {p.cases.map((c) => (
                              <li key={c.id}>
                                <Link className={fr.cx('fr-link', 'fr-link--sm')} to={`/suivis/${c.id}`}>
                                  {caseLine(c)}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        </td>
                      ))}
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="titre-fusion">
        <h2 id="titre-fusion">Fusionner</h2>
        {ineConflict ? (
          <Alert
            severity="error"
            title="Fusion impossible"
            description="Ces deux dossiers portent des INE différents : ce sont deux jeunes distincts, ils ne peuvent pas être fusionnés. Choisissez un autre dossier."
          />
        ) : (
          <form onSubmit={submit} noValidate aria-labelledby="titre-fusion">
            <SaveErrorBanner
              conflict={server.conflict}
              conflictMessage="Un des deux dossiers a été modifié entre-temps par quelqu'un d'autre. Rechargez-les pour voir leur état actuel avant de fusionner."
              reloadLabel="Recharger les deux dossiers"
              reloading={one.isFetching || two.isFetching}
              onReload={() => {
                merge.reset();
                void one.refetch();
                void two.refetch();
              }}
            />
            <fieldset
              className={fr.cx('fr-fieldset', choiceError ? 'fr-fieldset--error' : undefined)}
              aria-labelledby="legende-garder"
              aria-describedby={choiceError ? 'garder-erreur' : undefined}
            >
              <legend id="legende-garder" className={fr.cx('fr-fieldset__legend')}>
                Dossier à conserver
                <span className={fr.cx('fr-hint-text')}>
                  Son identité (nom, prénoms, date de naissance) est gardée ; l'autre dossier disparaît de la liste.
                </span>
              </legend>
              {(['1', '2'] as const).map((side) => {
                const p = side === '1' ? p1 : p2;
                return (
                  <div className={fr.cx('fr-fieldset__element')} key={side}>
                    <div className={fr.cx('fr-radio-group')}>
                      <input
                        type="radio"
                        id={`garder-${side}`}
                        name="garder"
                        checked={keepSide === side}
                        aria-invalid={choiceError ? true : undefined}
                        onChange={() => {
                          setKeepSide(side);
                          merge.reset();
                        }}
                      />
                      <label className={fr.cx('fr-label')} htmlFor={`garder-${side}`}>
                        Dossier {side} : {personName(p)}, né(e) le {formatIsoDate(p.birthDate)}
                      </label>
                    </div>
                  </div>
                );
              })}
              {choiceError ? (
                <div className={fr.cx('fr-messages-group')} id="garder-erreur" aria-live="polite">
                  <p className={fr.cx('fr-message', 'fr-message--error')}>{choiceError}</p>
                </div>
              ) : null}
            </fieldset>
            <h3>Ce que fera la fusion</h3>
            {effects}
            <Alert
              severity="warning"
              small
              className={fr.cx('fr-mb-3w')}
              description="La fusion est définitive : elle ne peut pas être annulée depuis l'application."
            />
            <ErrorSummary
              title="La fusion n'a pas été faite"
              errors={server.conflict ? undefined : server}
              fieldIds={fieldIds}
              labels={{ keepId: 'Dossier conservé', mergeId: 'Dossier fusionné' }}
            />
            <Button type="submit" variant="danger" busy={merge.isPending}>
              Fusionner les deux dossiers
            </Button>
          </form>
        )}
      </section>
      <mergeModal.Component
        titleAs="h2"
        title={`Fusionner le dossier de ${personName(other)} dans celui de ${personName(keep)} ?`}
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: 'Oui, fusionner définitivement', onClick: doMerge },
        ]}
      >
        {effects}
        <p>La fusion est définitive : elle ne peut pas être annulée depuis l'application.</p>
      </mergeModal.Component>
    </>
  );
}

// ─── Result ───────────────────────────────────────────────────────────────────────────────────
