import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { tools } from '@maillage/shared';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useFocusAfterRender } from '../clas/fields';
import { CaseSearch, caseName } from '../instances/SituationPicker';

/** The young people an action links, named: the action's own day is read back (the list carries ids only). */
const PlatformActionCasesDocument = graphql(`
  query PlatformActionCases($platformId: ID, $on: Date) {
    platformActions(platformId: $platformId, from: $on, to: $on, first: 100) {
      nodes {
        id
        cases {
          id
          youngPerson {
            lastName
            firstNames
          }
        }
      }
    }
  }
`);

function useLinkedNames(platformId: string, action: { id: string; heldOn: string } | null) {
  return useQuery({
    queryKey: ['platform-actions', 'cases', platformId, action?.id],
    queryFn: ({ signal }) => gqlRequest(PlatformActionCasesDocument, { platformId, on: action!.heldOn }, signal),
    select: (d) =>
      new Map(
        (d.platformActions.nodes.find((a) => a.id === action!.id)?.cases ?? []).map((c) => [
          c.id,
          c.youngPerson ? `${c.youngPerson.lastName} ${c.youngPerson.firstNames}` : 'Personne non visible',
        ]),
      ),
    enabled: action !== null,
  });
}

interface Props {
  platformId: string;
  /** The action being changed (its linked cases are named from it), null for a new one. */
  action: { id: string; heldOn: string } | null;
  caseIds: string[];
  onChange: (caseIds: string[]) => void;
  error?: string;
}

/**
 * The young people of the platform's list who took part in an action: searched by name and added,
 * listed by name, each with a button to remove it. The participants counted include them.
 */
export function ActionCasesField({ platformId, action, caseIds, onChange, error }: Props) {
  const id = useId();
  const focusAfter = useFocusAfterRender();
  const linked = useLinkedNames(platformId, action);
  const [added, setAdded] = useState<Map<string, string>>(() => new Map());
  const nameOf = (caseId: string) =>
    added.get(caseId) ?? linked.data?.get(caseId) ?? (linked.isPending ? 'Chargement…' : 'Suivi non visible');
  const full = caseIds.length >= tools.TOOLS_MAX.cases;

  return (
    <div className="situation-picker">
      <CaseSearch
        platformId={platformId}
        chosen={new Set(caseIds)}
        full={full}
        onAdd={(c) => {
          if (caseIds.includes(c.id) || full) return;
          setAdded((prev) => new Map(prev).set(c.id, caseName(c)));
          onChange([...caseIds, c.id]);
        }}
        hint="Nom, prénom ou INE, 2 caractères au moins. Les jeunes liés sont comptés parmi les participants."
        focusKey={`${id}-recherche`}
      />
      <h3 id={`${id}-lies`} className={fr.cx('fr-h6', 'fr-mt-2w', 'fr-mb-1w')}>
        {caseIds.length === 0
          ? 'Aucun jeune lié'
          : caseIds.length === 1
            ? '1 jeune lié à l’action'
            : `${caseIds.length} jeunes liés à l’action`}
      </h3>
      {full ? (
        <p className={fr.cx('fr-text--sm')}>
          Une action lie {tools.TOOLS_MAX.cases} jeunes au plus : retirez-en un pour en ajouter un autre.
        </p>
      ) : null}
      {error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {error}
        </p>
      ) : null}
      <ul className="situation-picker__chosen" aria-labelledby={`${id}-lies`}>
        {caseIds.map((caseId, index) => (
          <li key={caseId} className="situation-picker__item" data-focus={`${id}-${caseId}`}>
            <p className={fr.cx('fr-text--bold', 'fr-mb-0')}>{nameOf(caseId)}</p>
            <Button
              variant="tertiary"
              size="small"
              onClick={() => {
                const next = caseIds.filter((x) => x !== caseId);
                onChange(next);
                const neighbour = next[index] ?? next[index - 1];
                focusAfter(neighbour ? `${id}-${neighbour}` : `${id}-recherche`);
              }}
            >
              Retirer<VisuallyHidden> {nameOf(caseId)}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
