import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import type { AccessRequestsQuery, Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useApproveAccessRequest, usePendingAccessRequests, useRejectAccessRequest } from './accessRequests';
import { OrganisationSelect } from './OrganisationSelect';
import { RoleCheckboxes } from './RoleCheckboxes';

type AccessRequest = AccessRequestsQuery['accessRequests'][number];

function fullName(request: Pick<AccessRequest, 'givenName' | 'usualName'>): string {
  return [request.givenName, request.usualName].filter(Boolean).join(' ') || '(nom non transmis)';
}

/** « 123 456 789 00012 »: a SIRET as it is usually read. */
function formatSiret(siret: string | null | undefined): string {
  return siret && /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : (siret ?? '—');
}

const APPROVE_FIELDS = ['organisationId', 'roles'] as const;
const APPROVE_LABELS = { organisationId: 'Organisation', roles: 'Rôles' };

/** The decision on one request: accept with an organisation and roles, or refuse with a reason. */
function DecisionPanel({
  request,
  onDone,
  onCancel,
}: {
  request: AccessRequest;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const approve = useApproveAccessRequest();
  const reject = useRejectAccessRequest();
  const name = fullName(request);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const approveRef = useRef<HTMLFormElement>(null);
  const rejectRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState(request.organisation?.id ?? '');
  const [roles, setRoles] = useState<Role[]>([]);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ organisationId?: string; roles?: string }>({});
  const [reasonError, setReasonError] = useState<string | undefined>();
  const server = splitErrors(
    approve.error,
    APPROVE_FIELDS.map((f) => `input.${f}`),
  );
  const errors = {
    organisationId: local.organisationId ?? server.fields['input.organisationId'],
    roles: local.roles ?? server.fields['input.roles'],
  };
  useFocusFirstInvalid(approveRef, errors);
  const rejectServer = splitErrors(reject.error, ['input.reason']);

  useEffect(() => {
    headingRef.current?.focus();
  }, [request.id]);

  function onApprove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof local = {};
    if (!organisationId) next.organisationId = 'Choisissez l’organisation du compte.';
    if (roles.length === 0) next.roles = 'Cochez au moins un rôle.';
    setLocal(next);
    if (next.organisationId || next.roles) return;
    approve.mutate(
      { id: request.id, version: request.version, organisationId, roles },
      { onSuccess: () => onDone(`Demande de ${name} acceptée : son compte est créé, ProConnect lui ouvre Maillage.`) },
    );
  }

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError('Donnez la raison du refus (3 caractères au moins).');
      rejectRef.current?.querySelector('input')?.focus();
      return;
    }
    setReasonError(undefined);
    reject.mutate(
      { id: request.id, version: request.version, reason: reason.trim() },
      { onSuccess: () => onDone(`Demande de ${name} refusée.`) },
    );
  }

  return (
    <section aria-labelledby="titre-decision" className="card fr-mb-4w">
      <h2 id="titre-decision" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h4')}>
        Demande de {name}
      </h2>
      <dl className="fr-mb-3w">
        <dt>Adresse e-mail</dt>
        <dd>{request.email}</dd>
        <dt>SIRET déclaré par ProConnect</dt>
        <dd>{formatSiret(request.siret)}</dd>
        <dt>Organisation de ce SIRET dans Maillage</dt>
        <dd>{request.organisation?.name ?? 'Aucune : choisissez-la ci-dessous.'}</dd>
      </dl>
      <p>
        ProConnect garantit l’identité de la personne, pas ses droits : accordez les rôles de sa mission, et eux seuls.
      </p>
      <form
        ref={approveRef}
        className="form"
        noValidate
        aria-label={`Accepter la demande de ${name}`}
        onSubmit={onApprove}
      >
        <OrganisationSelect
          label="Organisation"
          name="organisationId"
          value={organisationId}
          onValueChange={(value) => {
            setOrganisationId(value);
            setLocal((old) => ({ ...old, organisationId: undefined }));
          }}
          emptyLabel="Choisir une organisation"
          required
          error={errors.organisationId}
        />
        <RoleCheckboxes
          legend="Rôles"
          value={roles}
          onChange={(next) => {
            setRoles(next);
            setLocal((old) => ({ ...old, roles: undefined }));
          }}
          error={errors.roles}
          locked={{
            roles: ['SERVICE_ACCOUNT'],
            reason: 'Un compte de service ne s’ouvre pas par une demande d’accès.',
          }}
        />
        <ErrorSummary
          title="La demande n'a pas été acceptée"
          errors={server}
          fields={local}
          labels={APPROVE_LABELS}
          order={APPROVE_FIELDS}
        />
        <div className="actions">
          <Button type="submit" busy={approve.isPending}>
            Accepter et créer le compte
          </Button>
        </div>
      </form>
      <hr className="fr-mt-4w" />
      <form
        ref={rejectRef}
        className="form"
        noValidate
        aria-label={`Refuser la demande de ${name}`}
        onSubmit={onReject}
      >
        <TextField
          label="Raison du refus"
          hint="Gardée avec la demande, pour mémoire."
          name="reason"
          maxLength={500}
          required
          value={reason}
          onValueChange={(value) => {
            setReason(value);
            setReasonError(undefined);
          }}
          error={reasonError ?? rejectServer.fields['input.reason']}
        />
        <ErrorSummary title="La demande n'a pas été refusée" general={rejectServer.general} />
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Button type="submit" variant="danger" busy={reject.isPending}>
              Refuser la demande
            </Button>
          </li>
          <li>
            <Button variant="tertiary" onClick={onCancel}>
              Annuler
            </Button>
          </li>
        </ul>
      </form>
    </section>
  );
}

/** `/admin/demandes-acces`: ProConnect sign-ins of unknown e-mails, each accepted with roles or refused. */
export function AccessRequestsPage() {
  usePageTitle('Demandes d’accès');
  const requests = usePendingAccessRequests();
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = requests.data?.accessRequests ?? [];
  const open = rows.find((r) => r.id === openId) ?? null;

  const columns: Column<AccessRequest>[] = [
    { key: 'name', header: 'Nom', rowHeader: true, cell: (r) => fullName(r) },
    { key: 'email', header: 'Adresse e-mail', cell: (r) => r.email },
    { key: 'siret', header: 'SIRET', cell: (r) => formatSiret(r.siret) },
    {
      key: 'organisation',
      header: 'Organisation trouvée',
      cell: (r) => r.organisation?.name ?? 'Aucune pour ce SIRET',
    },
    { key: 'createdAt', header: 'Reçue le', cell: (r) => formatDateTime(r.createdAt) },
    {
      key: 'actions',
      header: 'Actions',
      cell: (r) => (
        <Button size="small" variant="secondary" onClick={() => setOpenId(r.id)} aria-expanded={openId === r.id}>
          Examiner<VisuallyHidden> la demande de {fullName(r)}</VisuallyHidden>
        </Button>
      ),
    },
  ];

  return (
    <>
      <Breadcrumb
        currentPageLabel="Demandes d’accès"
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Utilisateurs', linkProps: { to: '/admin/utilisateurs' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1 ref={headingRef} tabIndex={-1}>
        Demandes d’accès
      </h1>
      <p>
        Une personne qui se connecte avec ProConnect sans compte Maillage laisse une demande. Acceptez-la avec
        l’organisation et les rôles qui conviennent, ou refusez-la : aucun accès n’est donné sans votre décision.
      </p>
      <StatusMessage message={status} />
      {requests.isPending ? (
        <LoadingState label="Chargement des demandes…" />
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <>
          <DataTable
            caption="Demandes en attente"
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            emptyMessage="Aucune demande en attente."
          />
          {open ? (
            <DecisionPanel
              key={open.id}
              request={open}
              onCancel={() => setOpenId(null)}
              onDone={(message) => {
                setOpenId(null);
                setStatus(message);
                headingRef.current?.focus();
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}
