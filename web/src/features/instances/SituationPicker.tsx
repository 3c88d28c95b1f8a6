import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState } from 'react';
import { instances } from '@maillage/shared';
import type { CaseStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { TextField } from '../../ui/Field';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { CaseStatusBadge } from '../cases/CaseBadges';
import { ageOf } from '../cases/CaseTable';
import { useFocusAfterRender } from '../clas/fields';
import { formatDate } from '../../ui/format';
import { usePlatformCases, type CaseListItem } from '../cases/worklistQueries';
import type { SituationRow } from './MeetingForm';

/** A cotech examines open situations: the closed ones are not offered. */
const OPEN: CaseStatus[] = ['A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION'];
const FIRST_RESULTS = { first: 10, after: null, offset: null };

/** « AVRIL Lou », as the worklist gives it. */
export const caseName = (c: CaseListItem) =>
  c.youngPerson ? `${c.youngPerson.lastName} ${c.youngPerson.firstNames}` : 'Personne non visible';

interface Props {
  platformId: string;
  selected: SituationRow[];
  onChange: (rows: SituationRow[]) => void;
  errors: Record<string, string | undefined>;
}

interface SearchProps {
  platformId: string;
  /** The statuses offered; all of them when absent. */
  statuses?: CaseStatus[];
  /** The cases already chosen: shown « Ajouté ». */
  chosen: ReadonlySet<string>;
  /** No more may be added. */
  full: boolean;
  onAdd: (c: CaseListItem) => void;
  hint: string;
  /** The data-focus key of the search field, for focus to come back to it. */
  focusKey: string;
}

/**
 * A search in the platform's worklist (name, first names or INE), each result added with a button:
 * the cotech's situations, the young people who took part in an action of the platform.
 */
export function CaseSearch({ platformId, statuses, chosen, full, onAdd, hint, focusKey }: SearchProps) {
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 300);
  const active = term.length >= 2;
  const results = usePlatformCases(active ? platformId : undefined, {
    filter: { search: term, ...(statuses ? { status: statuses } : {}) },
    orderBy: 'NAME',
    page: FIRST_RESULTS,
  });
  const rows = active ? (results.data?.nodes ?? []) : [];

  const count = !active
    ? ''
    : results.isPending
      ? 'Recherche…'
      : results.isError
        ? 'La recherche a échoué.'
        : results.data.totalCount === 0
          ? 'Aucun jeune de la liste ne correspond.'
          : results.data.totalCount > rows.length
            ? `${results.data.totalCount} jeunes correspondent : les ${rows.length} premiers sont affichés, précisez la recherche.`
            : results.data.totalCount === 1
              ? '1 jeune correspond.'
              : `${results.data.totalCount} jeunes correspondent.`;

  return (
    <>
      <div data-focus={focusKey}>
        <TextField
          label="Rechercher un jeune de la liste de suivi"
          type="search"
          hint={hint}
          value={search}
          onValueChange={setSearch}
          autoComplete="off"
          onKeyDown={(event) => {
            // Enter searches as it types: it must not submit the whole form.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} role="status">
        {count}
      </p>
      {rows.length > 0 ? (
        <DataTable<CaseListItem>
          caption={`Résultats de la recherche « ${term} »`}
          captionHidden
          compact
          rows={rows}
          rowKey={(c) => c.id}
          columns={[
            { key: 'name', header: 'Jeune', rowHeader: true, cell: caseName },
            {
              key: 'birth',
              header: 'Naissance',
              cell: (c) =>
                c.youngPerson
                  ? `${formatDate(c.youngPerson.birthDate)} (${ageOf(c.youngPerson.birthDate) ?? '?'} ans)`
                  : '—',
            },
            { key: 'commune', header: 'Commune', cell: (c) => c.youngPerson?.commune || '—' },
            { key: 'status', header: 'Statut', cell: (c) => <CaseStatusBadge status={c.status} /> },
            {
              key: 'add',
              header: <VisuallyHidden>Action</VisuallyHidden>,
              cell: (c) =>
                chosen.has(c.id) ? (
                  <span className={fr.cx('fr-text--sm')}>Ajouté</span>
                ) : (
                  <Button variant="secondary" size="small" disabled={full} onClick={() => onAdd(c)}>
                    Ajouter<VisuallyHidden> {caseName(c)}</VisuallyHidden>
                  </Button>
                ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/**
 * The situations a cotech will examine: a search in the platform's worklist (name, first names or
 * INE), each result added with a button; the chosen ones listed with their optional proposal.
 */
export function SituationPicker({ platformId, selected, onChange, errors }: Props) {
  const id = useId();
  const focusAfter = useFocusAfterRender();
  const chosen = new Set(selected.map((s) => s.caseId));
  const full = selected.length >= instances.MEETING_MAX.situations;

  function add(c: CaseListItem) {
    if (chosen.has(c.id) || full) return;
    onChange([
      ...selected,
      {
        caseId: c.id,
        name: caseName(c),
        age: c.youngPerson ? ageOf(c.youngPerson.birthDate) : null,
        status: c.status,
        proposal: '',
      },
    ]);
  }

  return (
    <div className="situation-picker">
      <CaseSearch
        platformId={platformId}
        statuses={OPEN}
        chosen={chosen}
        full={full}
        onAdd={add}
        hint="Nom, prénom ou INE, 2 caractères au moins. Les suivis clos ne sont pas proposés."
        focusKey={`${id}-recherche`}
      />

      <h3 id={`${id}-choisies`} className={fr.cx('fr-h6', 'fr-mt-2w', 'fr-mb-1w')}>
        {selected.length === 0
          ? 'Aucune situation retenue'
          : selected.length === 1
            ? '1 situation retenue'
            : `${selected.length} situations retenues`}
      </h3>
      {full ? (
        <p className={fr.cx('fr-text--sm')}>
          Un comité examine {instances.MEETING_MAX.situations} situations au plus : retirez-en une pour en ajouter une
          autre.
        </p>
      ) : null}
      {errors.situations ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errors.situations}
        </p>
      ) : null}
      <ol className="situation-picker__chosen" aria-labelledby={`${id}-choisies`} data-field="situations">
        {selected.map((s) => (
          <li key={s.caseId} className="situation-picker__item" data-focus={`situation-${s.caseId}`}>
            <div className="situation-picker__who">
              <p className={fr.cx('fr-text--bold', 'fr-mb-0')}>{s.name}</p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {s.age !== null ? `${s.age} ans · ` : ''}
                <CaseStatusBadge status={s.status} />
              </p>
              {errors[`situations.${s.caseId}`] ? (
                <p className={fr.cx('fr-error-text')} role="alert">
                  {errors[`situations.${s.caseId}`]}
                </p>
              ) : null}
            </div>
            <TextField
              label={`Proposition pour ${s.name} (facultatif)`}
              name={`situations.${s.caseId}.proposal`}
              hint="Ce que la plateforme propose au comité."
              value={s.proposal}
              onValueChange={(proposal) =>
                onChange(selected.map((x) => (x.caseId === s.caseId ? { ...x, proposal } : x)))
              }
              error={errors[`situations.${s.caseId}.proposal`]}
              maxLength={1000}
              autoComplete="off"
              className="situation-picker__proposal"
            />
            <Button
              variant="tertiary"
              size="small"
              name={`situations.${s.caseId}`}
              onClick={() => {
                const index = selected.findIndex((x) => x.caseId === s.caseId);
                const next = selected.filter((x) => x.caseId !== s.caseId);
                onChange(next);
                const neighbour = next[index] ?? next[index - 1];
                focusAfter(neighbour ? `situation-${neighbour.caseId}` : `${id}-recherche`);
              }}
            >
              Retirer<VisuallyHidden> {s.name}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}
