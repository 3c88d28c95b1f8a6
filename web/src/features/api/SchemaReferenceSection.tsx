import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useMemo, useState } from 'react';
import { downloadWithToken, fetchWithToken, problemOf } from '../../app/download';
import { errorMessage } from '../../app/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';

/** The server's reference of the schema (server/src/core/graphql/schema-reference.ts). */
interface ReferenceField {
  name: string;
  type: string;
  description: string | null;
  deprecationReason: string | null;
  args: { name: string; type: string; description: string | null; defaultValue: string | null }[];
  scope?: string | null;
}
interface ReferenceType {
  name: string;
  kind: 'OBJECT' | 'INPUT_OBJECT' | 'ENUM' | 'SCALAR' | 'INTERFACE' | 'UNION';
  description: string | null;
  fields?: ReferenceField[];
  values?: { name: string; description: string | null; deprecationReason: string | null }[];
  possibleTypes?: string[];
}
interface SchemaReference {
  graphiql: string | null;
  types: ReferenceType[];
}

const KIND_LABELS: Record<ReferenceType['kind'], string> = {
  OBJECT: 'type objet',
  INPUT_OBJECT: 'type d’entrée',
  ENUM: 'énumération',
  SCALAR: 'scalaire',
  INTERFACE: 'interface',
  UNION: 'union',
};

const ROOT_LABELS: Record<string, string> = { Query: 'Lectures (Query)', Mutation: 'Modifications (Mutation)' };

/** Types shown at most at once: a search narrows them. */
const MAX_SHOWN = 12;

function useSchemaReference() {
  const [state, setState] = useState<{ data?: SchemaReference; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState({});
    fetchWithToken('/api/schema/reference', { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw await problemOf(response);
        setState({ data: (await response.json()) as SchemaReference });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error });
      });
    return () => controller.abort();
  }, [attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

/** What a search matches: a type by its name, or by the name of one of its fields or values. */
function matches(type: ReferenceType, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return type.name === 'Query' || type.name === 'Mutation';
  return (
    type.name.toLowerCase().includes(needle) ||
    (type.fields ?? []).some((f) => f.name.toLowerCase().includes(needle)) ||
    (type.values ?? []).some((v) => v.name.toLowerCase().includes(needle))
  );
}

function scopeText(scope: string | null | undefined) {
  if (scope === undefined) return null;
  if (scope === null) return <span className="api-reference__muted">réservé aux personnes (aucune clé)</span>;
  if (scope === 'any-key') return <span>toute clé</span>;
  return <code>{scope}</code>;
}

function Deprecated({ reason }: { reason: string | null }) {
  return reason ? (
    <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
      <strong>Dépréciée :</strong> {reason}
    </p>
  ) : null;
}

function describeField(f: ReferenceField) {
  return (
    <>
      {f.description ? <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{f.description}</p> : null}
      {f.args.length > 0 ? (
        <ul className={fr.cx('fr-text--sm', 'fr-mb-0')} aria-label={`Arguments de ${f.name}`}>
          {f.args.map((a) => (
            <li key={a.name}>
              <code>
                {a.name}: {a.type}
                {a.defaultValue !== null ? ` = ${a.defaultValue}` : ''}
              </code>
              {a.description ? ` — ${a.description}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <Deprecated reason={f.deprecationReason} />
    </>
  );
}

const FIELD_COLUMNS: Column<ReferenceField>[] = [
  { key: 'name', header: 'Champ', rowHeader: true, cell: (f) => <code>{f.name}</code> },
  { key: 'type', header: 'Type', cell: (f) => <code>{f.type}</code> },
  { key: 'description', header: 'Description', cell: describeField },
];
const ROOT_FIELD_COLUMNS: Column<ReferenceField>[] = [
  ...FIELD_COLUMNS,
  { key: 'scope', header: 'Portée d’une clé', cell: (f) => scopeText(f.scope) },
];

/** The fields of a type; its caption is read by assistive technologies only (the type's heading is above). */
function FieldsTable({ type }: { type: ReferenceType }) {
  const root = type.name === 'Query' || type.name === 'Mutation';
  return (
    <DataTable
      caption={`Champs de ${type.name}`}
      captionHidden
      compact
      columns={root ? ROOT_FIELD_COLUMNS : FIELD_COLUMNS}
      rows={type.fields ?? []}
      rowKey={(f) => f.name}
    />
  );
}

function TypeEntry({ type }: { type: ReferenceType }) {
  const headingId = `api-type-${type.name}`;
  return (
    <section className="api-reference__type fr-mb-4w" aria-labelledby={headingId}>
      <h3 id={headingId} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {ROOT_LABELS[type.name] ?? (
          <>
            <code>{type.name}</code> <span className="api-reference__muted">({KIND_LABELS[type.kind]})</span>
          </>
        )}
      </h3>
      {type.description ? <p className={fr.cx('fr-mb-1w')}>{type.description}</p> : null}
      {type.possibleTypes?.length ? (
        <p className={fr.cx('fr-text--sm')}>
          {type.kind === 'UNION' ? 'L’un de : ' : 'Implémente : '}
          {type.possibleTypes.join(', ')}
        </p>
      ) : null}
      {type.fields ? <FieldsTable type={type} /> : null}
      {type.values ? (
        <ul className={fr.cx('fr-text--sm')} aria-label={`Valeurs de ${type.name}`}>
          {type.values.map((v) => (
            <li key={v.name}>
              <code>{v.name}</code>
              {v.description ? ` — ${v.description}` : ''}
              {v.deprecationReason ? ` (dépréciée : ${v.deprecationReason})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The schema's reference, read from the server: searchable by type, field or value name. */
export function SchemaReferenceSection() {
  const { data, error, retry } = useSchemaReference();
  const [search, setSearch] = useState('');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const found = useMemo(() => (data ? data.types.filter((type) => matches(type, search)) : []), [data, search]);
  const shown = found.slice(0, MAX_SHOWN);

  // Not ErrorState: the public pages run without TanStack Query, and a public chunk importing ErrorState alone
  // splits it from useQuery, which every signed-in page (the home page's budgeted bundle too) then loads apart.
  if (error)
    return (
      <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-3w')} role="alert">
        <p className={fr.cx('fr-alert__title')}>La référence du schéma n’a pas pu être chargée</p>
        <p>{errorMessage(error)}</p>
        <Button variant="secondary" size="small" className={fr.cx('fr-mt-2w')} onClick={retry}>
          Réessayer
        </Button>
      </div>
    );
  if (!data) return <LoadingState label="Chargement de la référence du schéma…" />;

  return (
    <>
      <p>
        Le schéma complet, avec ses descriptions, au format SDL : de quoi générer le code d’un client. Un système le lit
        avec sa clé : <code>GET /api/schema.graphql</code>.
      </p>
      <div className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mb-3w')}>
        <Button
          variant="secondary"
          onClick={() => {
            setDownloadError(null);
            downloadWithToken('/api/schema.graphql', 'maillage.graphql').catch((e: unknown) =>
              setDownloadError(errorMessage(e)),
            );
          }}
        >
          Télécharger le schéma (SDL)
        </Button>
        {data.graphiql ? (
          <a className={fr.cx('fr-btn', 'fr-btn--tertiary')} href={data.graphiql} target="_blank" rel="noopener">
            Essayer dans GraphiQL (hors production, nouvel onglet)
          </a>
        ) : null}
      </div>
      {downloadError ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {downloadError}
        </p>
      ) : null}
      {data.graphiql ? (
        <p className={fr.cx('fr-text--sm')}>
          Dans GraphiQL, ajoutez votre clé dans l’onglet des en-têtes : <code>{'{ "X-Api-Key": "mlg_…" }'}</code>.
        </p>
      ) : null}
      <TextField
        type="search"
        label="Rechercher un type, un champ ou une valeur"
        hint="Par exemple « cases », « SignalInput » ou « A_TRAITER ». Sans recherche : les lectures et les modifications."
        value={search}
        onValueChange={setSearch}
        autoComplete="off"
      />
      <p role="status" className={fr.cx('fr-text--sm')}>
        {found.length === 0
          ? 'Aucun type ne correspond.'
          : found.length > MAX_SHOWN
            ? `${found.length} types correspondent : les ${MAX_SHOWN} premiers sont affichés, précisez la recherche.`
            : `${found.length} ${found.length === 1 ? 'type affiché' : 'types affichés'}.`}
      </p>
      {shown.map((type) => (
        <TypeEntry key={type.name} type={type} />
      ))}
    </>
  );
}
