import { fr } from '@codegouvfr/react-dsfr';
import {
  API_EXAMPLES,
  API_KEY_DEFAULT_RATE_PER_MINUTE,
  API_KEY_MAX_DAYS,
  API_SCOPES,
  apiScopeLabels,
  type ApiExample,
} from '@maillage/shared/api';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { DataTable, type Column } from '../../ui/DataTable';
import { SchemaReferenceSection } from './SchemaReferenceSection';
import '../../ui/styles/api.css';

/** A block of code or of a command, with its language said to assistive technologies. */
function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <figure className="api-code fr-mb-3w">
      <figcaption className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{label}</figcaption>
      {/* Focusable: a long line scrolls sideways, from the keyboard too. */}
      <pre tabIndex={0} aria-label={label}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}

const origin = () => window.location.origin;

/** The request body of an example, as JSON. */
const bodyOf = (example: ApiExample) =>
  JSON.stringify({ query: example.document, variables: example.variables }, null, 2);

/** The curl command that sends an example with the key kept in an environment variable. */
const curlOf = (body: string) =>
  [
    `curl -sS ${origin()}/graphql \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "X-Api-Key: $MAILLAGE_API_KEY" \\`,
    `  --data-binary @- <<'JSON'`,
    body,
    'JSON',
  ].join('\n');

const WEBHOOK_RECEIVER = `import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks'; // npm install standardwebhooks

// Le secret de l’adresse (whsec_…), affiché une fois à sa création ou à la rotation du secret.
const webhook = new Webhook(process.env.MAILLAGE_WEBHOOK_SECRET);

createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  // La signature porte sur les octets exacts reçus : vérifiez-les avant toute lecture du JSON.
  const body = Buffer.concat(chunks).toString('utf8');
  let event;
  try {
    // Lit les en-têtes webhook-id, webhook-timestamp et webhook-signature.
    event = webhook.verify(body, req.headers);
  } catch {
    res.writeHead(400).end(); // contrefait, altéré, ou envoyé il y a plus de cinq minutes
    return;
  }
  // { type: 'case.assigned', timestamp: '…', data: { objectType: 'Case', id: '…' } }
  // Livré au moins une fois : gardez webhook-id pour ignorer un événement déjà traité.
  console.log(req.headers['webhook-id'], event.type, event.data.objectType, event.data.id);
  res.writeHead(204).end(); // répondez vite (2xx) ; lisez l’objet par l’API ensuite
}).listen(8080);`;

const DOCUMENT_ID_SHELL = `# L’identifiant d’un document : sha256: et l’empreinte SHA-256 de son texte exact (chaque octet du fichier).
echo "sha256:$(sha256sum signal.graphql | cut -d' ' -f1)"`;

const DOCUMENT_ID_NODE = `import { createHash } from 'node:crypto';
const documentId = 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');`;

const persistedCurl = () =>
  [
    `curl -sS ${origin()}/graphql \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "X-Api-Key: $MAILLAGE_API_KEY" \\`,
    `  --data-binary '{"documentId": "sha256:…", "variables": {"input": {…}}}'`,
    '',
    '# Ou, pour une lecture (jamais une mutation), en GET :',
    `curl -sS -G ${origin()}/graphql -H "X-Api-Key: $MAILLAGE_API_KEY" \\`,
    `  --data-urlencode 'documentId=sha256:…' --data-urlencode 'variables={"since": null}'`,
  ].join('\n');

interface ScopeRow {
  scope: string;
  label: string;
}
const scopeColumns: Column<ScopeRow>[] = [
  { key: 'scope', header: 'Portée', rowHeader: true, cell: (row) => <code>{row.scope}</code> },
  { key: 'label', header: 'Ce qu’elle permet', cell: (row) => row.label },
];
const scopeRows: ScopeRow[] = API_SCOPES.map((scope) => ({ scope, label: apiScopeLabels[scope] }));

interface ErrorRow {
  code: string;
  status: string;
  meaning: string;
}
const ERRORS: ErrorRow[] = [
  { code: 'UNAUTHENTICATED', status: '401', meaning: 'Clé absente, invalide, expirée ou révoquée.' },
  {
    code: 'FORBIDDEN',
    status: '403',
    meaning:
      'Opération hors des portées de la clé, ou objet hors de ses organisations et plateformes (refus enregistré).',
  },
  { code: 'NOT_FOUND', status: '404 ou 200', meaning: 'Objet inexistant ou invisible pour le compte.' },
  {
    code: 'BAD_USER_INPUT',
    status: '400',
    meaning: 'Requête ou saisie invalide ; « extensions.fields » nomme chaque champ en cause.',
  },
  {
    code: 'CONFLICT',
    status: '409 ou 200',
    meaning: 'Refus d’une règle ; « extensions.reason » dit laquelle (STALE_VERSION : relisez puis recommencez).',
  },
  { code: 'RATE_LIMITED', status: '429', meaning: 'Limite de débit atteinte : attendez « Retry-After » secondes.' },
  {
    code: 'PERSISTED_DOCUMENT_NOT_FOUND',
    status: '400',
    meaning: '« documentId » inconnu : ni enregistré pour le compte de service, ni document de l’application web.',
  },
  {
    code: 'PERSISTED_DOCUMENT_REQUIRED',
    status: '403',
    meaning: 'La clé n’accepte que des documents enregistrés : envoyez « documentId », pas « query ».',
  },
  { code: 'SERVICE_UNAVAILABLE', status: '503', meaning: 'Base de données momentanément injoignable : réessayez.' },
  { code: 'INTERNAL', status: '500', meaning: 'Erreur interne ; « extensions.requestId » la désigne au support.' },
];
const errorColumns: Column<ErrorRow>[] = [
  { key: 'code', header: 'Code', rowHeader: true, cell: (row) => <code>{row.code}</code> },
  { key: 'status', header: 'Statut HTTP', cell: (row) => row.status },
  { key: 'meaning', header: 'Signification', cell: (row) => row.meaning },
];

/**
 * `/documentation-api`: how a partner's system uses Maillage's API (issue 20). Public, as the legal pages
 * are: it shows no data of the service, only how to ask for it; the schema reference, read from the server,
 * is shown to a signed-in reader (the schema is not public).
 */
export function ApiPage() {
  usePageTitle('API');
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const examples = Object.entries(API_EXAMPLES) as [string, ApiExample][];

  return (
    <div className="page api-page fr-my-4w">
      <h1>API de Maillage</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les systèmes des partenaires (système d’information d’une Mission Locale, logiciel social d’un département,
        outil d’une CAF, standard téléphonique) lisent et écrivent dans Maillage par une API GraphQL, avec la clé d’un
        compte de service.
      </p>
      <nav className={fr.cx('fr-summary', 'fr-mb-4w')} aria-labelledby="api-sommaire">
        <p className={fr.cx('fr-summary__title')} id="api-sommaire">
          Sommaire
        </p>
        <ol>
          {[
            ['api-cle', 'Obtenir une clé'],
            ['api-portees', 'Les portées'],
            ['api-exemples', 'Exemples'],
            ['api-limites', 'Limites de débit'],
            ['api-documents', 'Documents de confiance'],
            ['api-erreurs', 'Erreurs'],
            ['api-reference', 'Référence du schéma'],
          ].map(([id, label]) => (
            <li key={id}>
              <a className={fr.cx('fr-summary__link')} href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="api-cle">Obtenir une clé</h2>
      <ol>
        <li>
          Un administrateur de Maillage crée un <strong>compte de service</strong> pour votre système : un utilisateur
          qui a le rôle « Compte de service » dans l’organisation pour laquelle il agit.
        </li>
        <li>
          Sur la page de ce compte, il émet une <strong>clé d’API</strong> : ses portées (ce qu’elle permet), les
          organisations et plateformes PSAD pour lesquelles elle agit, sa date d’expiration (au plus {API_KEY_MAX_DAYS}{' '}
          jours), sa limite de débit, et, s’il le souhaite, la restriction aux documents de confiance.
        </li>
        <li>
          Le secret de la clé (<code>mlg_…</code>) s’affiche <strong>une seule fois</strong> : conservez-le dans le
          coffre à secrets de votre système, jamais dans le code. Maillage n’en garde que l’empreinte.
        </li>
      </ol>
      <p>
        Chaque requête l’envoie dans l’en-tête <code>X-Api-Key</code> (ou <code>Authorization: ApiKey …</code>) à{' '}
        <code>POST /graphql</code>, en JSON : <code>{'{ "query": "…", "variables": { … } }'}</code>.
      </p>
      <p>
        <strong>Rotation sans interruption</strong> : un compte de service peut détenir deux clés valides à la fois.
        Avant l’expiration, faites émettre la nouvelle clé, déployez-la, puis faites révoquer l’ancienne : la révocation
        est immédiate et définitive.
      </p>

      <h2 id="api-portees">Les portées</h2>
      <p>
        Une opération qu’aucune portée de la clé ne couvre est refusée (<code>FORBIDDEN</code>) et le refus est
        enregistré au journal d’audit. La référence du schéma, plus bas, indique la portée de chaque opération.
      </p>
      <DataTable
        caption="Les portées d’une clé d’API et ce que chacune permet"
        columns={scopeColumns}
        rows={scopeRows}
        rowKey={(row) => row.scope}
        compact
      />

      <h2 id="api-exemples">Exemples</h2>
      <p>
        Chaque exemple donne le document GraphQL, ses variables, et la commande <code>curl</code> qui l’envoie (la clé
        dans la variable d’environnement <code>MAILLAGE_API_KEY</code>). Les identifiants et les noms sont fictifs.
      </p>
      {examples.map(([name, example]) => {
        const body = bodyOf(example);
        return (
          <section key={name} aria-labelledby={`api-exemple-${name}`}>
            <h3 id={`api-exemple-${name}`}>{example.title}</h3>
            <p>
              {example.explanation} Portée nécessaire : <code>{example.scope}</code>.
            </p>
            <CodeBlock label={`${example.title} : document GraphQL`}>{example.document}</CodeBlock>
            <CodeBlock label={`${example.title} : variables (JSON)`}>
              {JSON.stringify(example.variables, null, 2)}
            </CodeBlock>
            <CodeBlock label={`${example.title} : commande curl`}>{curlOf(body)}</CodeBlock>
          </section>
        );
      })}
      <section aria-labelledby="api-exemple-webhook">
        <h3 id="api-exemple-webhook">Vérifier la signature d’un webhook</h3>
        <p>
          Un compte de service abonne ses adresses (HTTPS) à des types d’événements. Chaque envoi suit la spécification
          Standard Webhooks : en-têtes <code>webhook-id</code>, <code>webhook-timestamp</code> et{' '}
          <code>webhook-signature</code> (HMAC-SHA256 avec le secret de l’adresse). Le corps ne contient que le type
          d’événement, le type et l’identifiant de l’objet, et l’heure : lisez l’objet par l’API avec votre clé.
          Vérifiez la signature avec la bibliothèque <code>standardwebhooks</code>, par exemple en Node.js :
        </p>
        <CodeBlock label="Réception et vérification d’un webhook en Node.js">{WEBHOOK_RECEIVER}</CodeBlock>
        <p>
          Un envoi qui n’obtient pas de réponse 2xx est retenté pendant une journée, de plus en plus espacé ; une
          adresse en échec depuis trois jours est désactivée et les administrateurs en sont avertis.
        </p>
      </section>

      <h2 id="api-limites">Limites de débit</h2>
      <p>
        Chaque clé a sa limite d’appels par minute ({API_KEY_DEFAULT_RATE_PER_MINUTE} par défaut, réglable par
        l’administrateur), comptée sur l’ensemble des serveurs de l’API. Chaque réponse porte les en-têtes{' '}
        <code>RateLimit-Limit</code>, <code>RateLimit-Remaining</code> et <code>RateLimit-Reset</code> ; au-delà de la
        limite, la réponse est <code>429 Too Many Requests</code>, code <code>RATE_LIMITED</code>, avec l’en-tête{' '}
        <code>Retry-After</code> : le nombre de secondes à attendre avant de réessayer.
      </p>

      <h2 id="api-documents">Documents de confiance</h2>
      <p>
        Au lieu du texte d’un document GraphQL, une requête peut envoyer son identifiant, <code>documentId</code> :{' '}
        <code>sha256:</code> suivi de l’empreinte SHA-256 (en hexadécimal minuscule) du texte exact du document
        (pratique des « persisted documents » de GraphQL over HTTP). L’administrateur enregistre les documents de votre
        système pour son compte de service ; une clé <strong>restreinte aux documents de confiance</strong> n’envoie
        alors que ceux-là : un texte, ou un identifiant inconnu, est refusé avant toute lecture et le refus est
        enregistré. Une clé ainsi restreinte ne peut exécuter que ce qui a été relu et enregistré, même si son secret
        fuit.
      </p>
      <CodeBlock label="Calculer l’identifiant d’un document (shell)">{DOCUMENT_ID_SHELL}</CodeBlock>
      <CodeBlock label="Calculer l’identifiant d’un document (Node.js)">{DOCUMENT_ID_NODE}</CodeBlock>
      <CodeBlock label="Envoyer un document par son identifiant (curl)">{persistedCurl()}</CodeBlock>
      <p>L’application web de Maillage envoie elle-même ses documents par leur identifiant en production.</p>

      <h2 id="api-erreurs">Erreurs</h2>
      <p>
        Chaque erreur GraphQL porte <code>extensions.code</code> et <code>extensions.requestId</code> (à donner au
        support). Une requête refusée entière n’a pas de <code>data</code>.
      </p>
      <DataTable
        caption="Les codes d’erreur de l’API"
        columns={errorColumns}
        rows={ERRORS}
        rowKey={(row) => row.code}
        compact
      />

      <h2 id="api-reference">Référence du schéma</h2>
      {signedIn ? (
        <SchemaReferenceSection />
      ) : (
        <p>
          La référence du schéma (types, champs, arguments et leurs descriptions) s’affiche ici une fois connecté. Un
          système la lit avec sa clé : <code>GET /api/schema.graphql</code> (le schéma au format SDL, pour générer le
          code d’un client) ou <code>GET /api/schema/reference</code> (JSON).
        </p>
      )}
    </div>
  );
}
