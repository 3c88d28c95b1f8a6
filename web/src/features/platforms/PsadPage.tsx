import { fr } from '@codegouvfr/react-dsfr';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { splitErrors } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { useStartAtMainContent } from '../../app/useStartAtMainContent';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { ListView } from '../../ui/ListView';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { CaseFilters, useCaseFilterState } from '../cases/CaseFilters';
import { CaseTable, type CaseSelection } from '../cases/CaseTable';
import { CounsellorField } from '../cases/actions/AssignAction';
import { useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { WorklistCount } from '../cases/WorklistCount';
import {
  useAssignCases,
  usePartnerCounsellors,
  usePlatformCases,
  WORKLIST_PAGE_SIZES,
  type CaseListItem,
} from '../cases/worklistQueries';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';
import { ExportButtons } from '../psad-export/ExportButtons';
import { useActivePlatform } from './activePlatform';
import { usePsadPlatform } from './queries';
import '../../ui/styles/worklist.css';

/** The server refuses more in one batch. */
const MAX_BATCH = 500;

const suivisN = (n: number) => (n === 1 ? '1 suivi' : `${n} suivis`);

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
  return (
    <PlatformWorklist key={active.platform.id} platformId={active.platform.id} platformName={active.platform.name} />
  );
}

function PlatformWorklist({ platformId, platformName }: { platformId: string; platformName: string }) {
  const details = usePsadPlatform(platformId);
  const platform = details.data?.platform;
  const partners = platform?.partners ?? [];

  const filters = useCaseFilterState({ withPartner: true });
  const pager = usePagedList(filters.resetKey);
  const list = usePlatformCases(platformId, { filter: filters.filter, orderBy: filters.orderBy, page: pager.request });
  const connection = list.data;
  const rows = connection?.nodes ?? [];
  const { pageCount, pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);
  useStartAtMainContent(connection !== undefined);

  // The selection (case id → version read) survives paging, not a change of filter.
  const [selection, setSelection] = useState<{ key: string; cases: Map<string, number> }>({
    key: filters.resetKey,
    cases: new Map(),
  });
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
      <div className="worklist-page__head">
        <h1 className={fr.cx('fr-h4', 'fr-mb-0')}>Suivi PSAD — {platformName}</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          {platform ? `Territoire : ${platform.territory.name}. ` : ''}
          <Link to="/psad/imports">Imports SIEI</Link> · <Link to="/psad/fusion">Fusionner deux dossiers</Link> ·{' '}
          <Link to="/instances/catalogue">Catalogue des solutions</Link> ·{' '}
          <Link to="/instances/actions">Actions de la plateforme</Link> ·{' '}
          <Link to="/instances/veille">Veille documentaire</Link> ·{' '}
          <a href="#titre-affectation">Affecter la sélection</a> · <a href="#titre-partenaires">Partenaires</a>
        </p>
      </div>

      {/* One line: the heading, the count (and the stale cue), the selection and the exports; then search, sort and filters. */}
      <ListView
        query={list}
        labelledBy="titre-liste-suivi"
        busyWhileFetching
        heading={
          <div className="worklist__toolbar">
            <h2 id="titre-liste-suivi" className={fr.cx('fr-h6', 'fr-mb-0')}>
              Liste de suivi
            </h2>
            <WorklistCount
              total={connection?.totalCount}
              stale={list.isFetching}
              page={pageCount ? { page: pager.page, count: pageCount } : undefined}
            />
            {selected.size > 0 ? (
              <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {selected.size === 1 ? '1 suivi sélectionné' : `${selected.size} suivis sélectionnés`} —{' '}
                <a href="#titre-affectation">les affecter</a>
              </p>
            ) : null}
            <ExportButtons scope={{ platformId }} filter={filters.filter} orderBy={filters.orderBy} />
          </div>
        }
        filters={<CaseFilters state={filters} partners={partners} label="Filtrer la liste de suivi" />}
        loadingLabel="Chargement de la liste…"
        pagination={{ label: 'Pages de la liste de suivi', ...pagination, pageSizes: WORKLIST_PAGE_SIZES }}
      >
        <CaseTable
          caption={`Suivis de la plateforme, page ${pager.page}${pageCount ? ` sur ${pageCount}` : ''}`}
          rows={rows}
          emptyMessage={
            filters.active
              ? 'Aucun suivi ne correspond à ces critères.'
              : 'Aucun suivi sur cette plateforme pour l’instant.'
          }
          busy={list.isFetching}
          selection={caseSelection}
          captionHidden
        />
      </ListView>

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

      <section aria-labelledby="titre-partenaires" className={fr.cx('fr-mt-4w')}>
        <h2 id="titre-partenaires" className={fr.cx('fr-h5')}>
          Partenaires
        </h2>
        {details.isPending ? (
          <LoadingState />
        ) : details.isError ? (
          <ErrorState error={details.error} onRetry={() => void details.refetch()} />
        ) : partners.length === 0 ? (
          <p>Aucune organisation partenaire pour l'instant.</p>
        ) : (
          <ul>
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

/** Confirms a bulk assignment before it is sent (it touches many records). */
const confirmModal = createModal({ id: 'confirmer-affectation', isOpenedByDefault: false });

interface PendingAssignment {
  cases: { id: string; version: number }[];
  organisationId: string;
  partnerName: string;
  counsellorId: string | null;
  counsellorName: string | null;
  reason: string | null;
}

/** Bulk assignment of the selected A_TRAITER cases to one partner, with the versions read, after a confirmation. */
function AssignForm({ platformId, partners, selected, onAssigned, onReload, reloading }: AssignFormProps) {
  const assign = useAssignCases();
  const [organisationId, setOrganisationId] = useState('');
  const [counsellorId, setCounsellorId] = useState('');
  const counsellors = usePartnerCounsellors(platformId, organisationId || undefined);
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<{ organisationId?: string; selection?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingAssignment | null>(null);
  const confirmOpen = useIsModalOpen(confirmModal);
  const selectionErrorRef = useRef<HTMLParagraphElement>(null);
  const partnerFieldRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLDivElement>(null);
  const focusSubmit = () => submitRef.current?.querySelector('button')?.focus();
  const errors = splitErrors(assign.error, ['organisationId', 'counsellorId', 'reason']);

  // Cancelling (or closing) the confirmation changes nothing: back to the submit button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !confirmOpen && !assign.isPending && pending) {
      setPending(null);
      focusSubmit();
    }
    wasOpen.current = confirmOpen;
  }, [confirmOpen, assign.isPending, pending]);

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
    const counsellor = counsellors.data?.find((c) => c.id === counsellorId);
    setPending({
      cases: [...selected].map(([id, version]) => ({ id, version })),
      organisationId,
      partnerName: partners.find((p) => p.id === organisationId)?.name ?? 'ce partenaire',
      counsellorId: counsellor?.id ?? null,
      counsellorName: counsellor?.displayName ?? null,
      reason: reason.trim() || null,
    });
    assign.reset();
    confirmModal.open();
  };

  const confirm = () => {
    if (!pending) return;
    const { cases, organisationId: orgId, counsellorId: who, reason: why, partnerName, counsellorName } = pending;
    assign.mutate(
      { platformId, cases, organisationId: orgId, counsellorId: who, reason: why },
      {
        onSuccess: (data) => {
          const n = data.assignCases.length;
          setDone(
            `${n === 1 ? '1 suivi affecté' : `${n} suivis affectés`} à ${partnerName}${counsellorName ? ` (${counsellorName})` : ''}.`,
          );
          setReason('');
          onAssigned();
        },
        onSettled: () => {
          setPending(null);
          focusSubmit();
        },
      },
    );
  };

  return (
    <>
      <form className={fr.cx('fr-mt-4w')} aria-labelledby="titre-affectation" onSubmit={submit} noValidate>
        <h2 id="titre-affectation" className={fr.cx('fr-h5', 'fr-mb-1w')} tabIndex={-1}>
          Affecter des suivis à un partenaire
        </h2>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          Cochez dans la liste les suivis à traiter, puis choisissez le partenaire. Les suivis sont tous affectés, ou
          aucun si l’un d’eux a changé entre-temps.
        </p>
        <p className={fr.cx('fr-text--bold', 'fr-mb-1w')} ref={selectionErrorRef} tabIndex={-1}>
          {selected.size === 0
            ? 'Aucun suivi sélectionné.'
            : selected.size === 1
              ? '1 suivi sélectionné.'
              : `${selected.size} suivis sélectionnés.`}
        </p>
        {localErrors.selection && selected.size === 0 ? (
          <p className={fr.cx('fr-error-text', 'fr-mt-0', 'fr-mb-1w')} role="alert">
            {localErrors.selection}
          </p>
        ) : null}
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
        <div className="worklist__assign-fields">
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
          <TextField
            label="Motif (facultatif)"
            value={reason}
            onValueChange={setReason}
            maxLength={500}
            error={errors.fields.reason}
          />
        </div>
        <div ref={submitRef}>
          <Button type="submit" busy={assign.isPending}>
            Affecter la sélection
          </Button>
        </div>
        <p className={fr.cx('fr-mt-1w', done ? 'fr-valid-text' : undefined)} role="status">
          {done ?? ''}
        </p>
      </form>
      {/* Outside the form: its buttons must not submit it. */}
      <confirmModal.Component
        title={
          pending
            ? `Affecter ${suivisN(pending.cases.length)} à ${pending.partnerName}\u00a0?`
            : 'Confirmer l’affectation'
        }
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          {
            children: pending ? `Affecter ${suivisN(pending.cases.length)}` : 'Affecter',
            doClosesModal: true,
            onClick: confirm,
          },
        ]}
      >
        {pending ? (
          <>
            <p>
              {pending.cases.length === 1
                ? 'Le suivi sélectionné passera'
                : `Les ${pending.cases.length} suivis sélectionnés passeront`}{' '}
              « à traiter » → « affecté » chez {pending.partnerName}
              {pending.counsellorName ? `, au nom de ${pending.counsellorName}` : ''}.
            </p>
            <p>{pending.reason ? `Motif : ${pending.reason}` : 'Sans motif.'}</p>
            <p className={fr.cx('fr-text--sm')}>Si l’un d’eux a changé entre-temps, aucun n’est affecté.</p>
          </>
        ) : (
          <p>Aucune affectation en attente.</p>
        )}
      </confirmModal.Component>
    </>
  );
}
