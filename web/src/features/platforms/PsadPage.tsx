import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { splitErrors } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { Pagination, useCursorPagination } from '../../ui/Pagination';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { CaseFilters, useCaseFilterState } from '../cases/CaseFilters';
import { CaseTable, type CaseSelection } from '../cases/CaseTable';
import { CounsellorField } from '../cases/actions/AssignAction';
import { useAssignCases, usePartnerCounsellors, usePlatformCases, type CaseListItem } from '../cases/worklistQueries';
import { pluralize, ORGANISATION_KIND_LABELS } from '../identity/labels';
import { ExportButtons } from '../psad-export/ExportButtons';
import { useActivePlatform } from './activePlatform';
import { usePsadPlatform } from './queries';
import '../cases/worklist.css';

/** The server refuses more in one batch. */
const MAX_BATCH = 500;

const suivis = (n: number) => pluralize(n, 'suivi', 'suivis', 'Aucun suivi');

/** Home of the PSAD follow-up for a referent: the worklist of their active platform, bulk assignment, partners. */
export function PsadPage() {
  const active = useActivePlatform();
  usePageTitle(active.platform ? `Suivi PSAD — ${active.platform.name}` : 'Suivi PSAD');

  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!active.platform) {
    return (
      <div className="page">
        <h1>Suivi PSAD</h1>
        <p>Vous n'êtes référent d'aucune plateforme pour l'instant. Un administrateur peut vous y rattacher.</p>
      </div>
    );
  }
  // Keyed by platform: switching platforms starts from a clean selection and first page.
  return <PlatformWorklist key={active.platform.id} platformId={active.platform.id} platformName={active.platform.name} />;
}

function PlatformWorklist({ platformId, platformName }: { platformId: string; platformName: string }) {
  const details = usePsadPlatform(platformId);
  const platform = details.data?.platform;
  const partners = platform?.partners ?? [];

  const filters = useCaseFilterState({ withPartner: true });
  const pager = useCursorPagination(filters.resetKey);
  const list = usePlatformCases(platformId, { filter: filters.filter, orderBy: filters.orderBy, after: pager.after });
  const connection = list.data;
  const rows = connection?.nodes ?? [];

  // The selection (case id → version read) survives paging, not a change of filter.
  const [selection, setSelection] = useState<{ key: string; cases: Map<string, number> }>({ key: filters.resetKey, cases: new Map() });
  const selected = selection.key === filters.resetKey ? selection.cases : new Map<string, number>();
  const select = (changed: readonly CaseListItem[], checked: boolean) => {
    const next = new Map(selected);
    for (const row of changed) {
      if (checked) next.set(row.id, row.version);
      else next.delete(row.id);
    }
    setSelection({ key: filters.resetKey, cases: next });
  };
  const caseSelection: CaseSelection = {
    selected,
    isSelectable: (row) => row.status === 'A_TRAITER',
    onChange: select,
  };

  return (
    <div className="page">
      <h1>Suivi PSAD — {platformName}</h1>
      {platform ? <p className="lead">Territoire : {platform.territory.name}.</p> : null}
      <ul className="worklist-links">
        <li>
          <Link to="/psad/imports">Imports SIEI</Link>
        </li>
        <li>
          <Link to="/psad/fusion">Fusionner deux dossiers</Link>
        </li>
      </ul>

      <section aria-labelledby="titre-liste-suivi" className="results">
        <h2 id="titre-liste-suivi">Liste de suivi</h2>
        <CaseFilters state={filters} partners={partners} label="Filtrer la liste de suivi" />
        <div className="worklist-toolbar">
          <p className="results__count" role="status">
            {connection ? suivis(connection.totalCount) : ''}
          </p>
          <ExportButtons scope={{ platformId }} filter={filters.filter} orderBy={filters.orderBy} />
        </div>

        <AssignForm
          platformId={platformId}
          partners={partners}
          selected={selected}
          onAssigned={() => setSelection({ key: filters.resetKey, cases: new Map() })}
          onReload={() => {
            setSelection({ key: filters.resetKey, cases: new Map() });
            return list.refetch();
          }}
          reloading={list.isFetching}
        />

        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <CaseTable
              caption={`Suivis de la plateforme (page ${pager.page})`}
              rows={rows}
              emptyMessage={filters.active ? 'Aucun suivi ne correspond à ces critères.' : 'Aucun suivi sur cette plateforme pour l’instant.'}
              busy={list.isFetching}
              selection={caseSelection}
            />
            <Pagination
              label="Pages de la liste de suivi"
              page={pager.page}
              hasPreviousPage={pager.hasPreviousPage}
              hasNextPage={connection?.pageInfo.hasNextPage ?? false}
              onPrevious={pager.previous}
              onNext={() => pager.next(connection?.pageInfo.endCursor)}
              disabled={list.isFetching}
            />
          </>
        )}
      </section>

      <section aria-labelledby="titre-partenaires" className="card">
        <h2 id="titre-partenaires">Partenaires</h2>
        {details.isPending ? (
          <LoadingState />
        ) : details.isError ? (
          <ErrorState error={details.error} onRetry={() => void details.refetch()} />
        ) : partners.length === 0 ? (
          <p>Aucune organisation partenaire pour l'instant.</p>
        ) : (
          <ul className="psad-partners">
            {partners.map((partner) => (
              <li key={partner.id}>
                <Link to={`/annuaire/${partner.id}`}>{partner.name}</Link> — {ORGANISATION_KIND_LABELS[partner.kind]}
                {partner.communeName ? `, ${partner.communeName}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

interface AssignFormProps {
  platformId: string;
  partners: readonly { id: string; name: string }[];
  selected: ReadonlyMap<string, number>;
  onAssigned: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

/** Bulk assignment of the selected A_TRAITER cases to one partner, with the versions read. */
function AssignForm({ platformId, partners, selected, onAssigned, onReload, reloading }: AssignFormProps) {
  const assign = useAssignCases();
  const [organisationId, setOrganisationId] = useState('');
  const [counsellorId, setCounsellorId] = useState('');
  const counsellors = usePartnerCounsellors(platformId, organisationId || undefined);
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<{ organisationId?: string; selection?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const selectionErrorRef = useRef<HTMLParagraphElement>(null);
  const partnerFieldRef = useRef<HTMLDivElement>(null);
  const errors = splitErrors(assign.error, ['organisationId', 'counsellorId', 'reason']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const problems: typeof localErrors = {};
    if (selected.size === 0) problems.selection = 'Sélectionnez au moins un suivi à traiter dans la liste.';
    else if (selected.size > MAX_BATCH) problems.selection = `Sélectionnez au plus ${MAX_BATCH} suivis à la fois.`;
    if (!organisationId) problems.organisationId = 'Choisissez le partenaire à qui affecter les suivis.';
    setLocalErrors(problems);
    if (problems.selection) {
      selectionErrorRef.current?.focus();
      return;
    }
    if (problems.organisationId) {
      partnerFieldRef.current?.querySelector('select')?.focus();
      return;
    }
    const partner = partners.find((p) => p.id === organisationId);
    const counsellor = counsellors.data?.find((c) => c.id === counsellorId);
    const cases = [...selected].map(([id, version]) => ({ id, version }));
    assign.mutate(
      { platformId, cases, organisationId, counsellorId: counsellorId || null, reason: reason.trim() || null },
      {
        onSuccess: (data) => {
          const n = data.assignCases.length;
          setDone(`${n === 1 ? '1 suivi affecté' : `${n} suivis affectés`} à ${partner?.name ?? 'ce partenaire'}${counsellor ? ` (${counsellor.displayName})` : ''}.`);
          setReason('');
          onAssigned();
        },
      },
    );
  };

  return (
    <form className="card assign-form" aria-labelledby="titre-affectation" onSubmit={submit} noValidate>
      <h3 id="titre-affectation">Affecter des suivis à un partenaire</h3>
      <p className="muted">
        Cochez dans la liste les suivis à traiter, puis choisissez le partenaire. Les suivis sont tous affectés, ou aucun si l’un d’eux a changé
        entre-temps.
      </p>
      <p className="assign-form__count" ref={selectionErrorRef} tabIndex={-1}>
        {selected.size === 0 ? 'Aucun suivi sélectionné.' : selected.size === 1 ? '1 suivi sélectionné.' : `${selected.size} suivis sélectionnés.`}
        {localErrors.selection && selected.size === 0 ? (
          <span className="field__error assign-form__error" role="alert">
            {localErrors.selection}
          </span>
        ) : null}
      </p>
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="Quelqu’un a modifié l’un des suivis sélectionnés entre-temps (déjà affecté ou changé) : aucun n’a été affecté. Rechargez la liste, vérifiez la sélection et recommencez."
        reloadLabel="Recharger la liste"
        onReload={() => {
          assign.reset();
          void onReload();
        }}
        reloading={reloading}
        general={errors.general}
      />
      <div className="assign-form__fields">
        <div ref={partnerFieldRef}>
          <SelectField
            label="Partenaire"
            required
            value={organisationId}
            onValueChange={(value) => {
              setOrganisationId(value);
              // A counsellor belongs to one partner: a new partner starts with none.
              setCounsellorId('');
              setLocalErrors((e) => ({ ...e, organisationId: undefined }));
            }}
            error={localErrors.organisationId ?? errors.fields.organisationId}
          >
            <option value="">Choisir un partenaire</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </SelectField>
        </div>
        <CounsellorField
          platformId={platformId}
          organisationId={organisationId}
          value={counsellorId}
          onValueChange={setCounsellorId}
          error={errors.fields.counsellorId}
        />
        <TextField label="Motif (facultatif)" value={reason} onValueChange={setReason} maxLength={500} error={errors.fields.reason} />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={assign.isPending}>
          Affecter la sélection
        </Button>
      </div>
      <p className="notice notice--success" role="status">
        {done ?? ''}
      </p>
    </form>
  );
}
