import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { CaseOrder, CaseSource, CaseStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import type { WorklistFilter } from './worklistQueries';
import { CASE_ORDER_LABELS, CASE_SOURCE_LABELS, CASE_STATUS_LABELS, keysOf } from './labels';

const STATUSES = keysOf(CASE_STATUS_LABELS);
const SOURCES = keysOf(CASE_SOURCE_LABELS);
const ORDERS = keysOf(CASE_ORDER_LABELS);

// URL search parameters of the filters. Only non-personal criteria go in the URL
// (so that "back" from a case restores the list); the name/INE search stays in memory.
const PARAM = {
  status: 'statut',
  partner: 'partenaire',
  campaign: 'campagne',
  source: 'source',
  minor: 'mineurs',
  commune: 'commune',
  days: 'jours',
  order: 'tri',
  mine: 'moi',
} as const;

const MAX_DAYS = 3650;

/** Marks in history state the navigations that only mirror the form. */
const FILTER_NAVIGATION = 'worklistFilter';

/** Parses the "days without contact" field: a whole number from 0 to 3650, or an error message. */
function parseDays(raw: string): { value: number | null; error?: string } {
  const text = raw.trim();
  if (!text) return { value: null };
  if (!/^\d+$/.test(text)) return { value: null, error: 'Indiquez un nombre entier de jours (0 ou plus).' };
  const value = Number(text);
  if (value > MAX_DAYS) return { value: null, error: `Indiquez au plus ${MAX_DAYS} jours.` };
  return { value };
}

export interface CaseFilterState {
  statuses: CaseStatus[];
  organisationId: string;
  campaign: string;
  source: string;
  minorWithoutSolution: boolean;
  commune: string;
  days: string;
  daysError: string | undefined;
  search: string;
  orderBy: CaseOrder;
  assignedToMe: boolean;
  toggleStatus: (status: CaseStatus, checked: boolean) => void;
  setOrganisationId: (value: string) => void;
  setCampaign: (value: string) => void;
  setSource: (value: string) => void;
  setMinorWithoutSolution: (value: boolean) => void;
  setCommune: (value: string) => void;
  setDays: (value: string) => void;
  setSearch: (value: string) => void;
  setOrderBy: (value: CaseOrder) => void;
  setAssignedToMe: (value: boolean) => void;
  reset: () => void;
  /** True when any criterion is set (the sort aside). */
  active: boolean;
  /** How many criteria of the filter panel are set (the search and « mes suivis » have their own controls). */
  panelCount: number;
  /** The filter to send, typed text debounced. */
  filter: WorklistFilter;
  /** Changes whenever the filter or the sort sent changes: pagination starts again then. */
  resetKey: string;
}

interface Criteria {
  statuses: CaseStatus[];
  organisationId: string;
  campaign: string;
  source: string;
  minorWithoutSolution: boolean;
  commune: string;
  days: string;
  orderBy: CaseOrder;
  assignedToMe: boolean;
}

function criteriaFromParams(params: URLSearchParams, withPartner: boolean): Criteria {
  const statuses = params.getAll(PARAM.status);
  const source = params.get(PARAM.source) ?? '';
  const order = params.get(PARAM.order) ?? '';
  return {
    statuses: STATUSES.filter((s) => statuses.includes(s)),
    organisationId: withPartner ? (params.get(PARAM.partner) ?? '') : '',
    campaign: params.get(PARAM.campaign) ?? '',
    source: (SOURCES as string[]).includes(source) ? source : '',
    minorWithoutSolution: params.get(PARAM.minor) === '1',
    commune: params.get(PARAM.commune) ?? '',
    days: params.get(PARAM.days) ?? '',
    orderBy: (ORDERS as string[]).includes(order) ? (order as CaseOrder) : 'NAME',
    assignedToMe: params.get(PARAM.mine) === '1',
  };
}

/** The search string of the criteria, other parameters of the URL kept. */
function paramsOf(previous: URLSearchParams, criteria: Criteria): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const key of Object.values(PARAM)) next.delete(key);
  for (const s of criteria.statuses) next.append(PARAM.status, s);
  const set = (key: string, value: string) => {
    if (value) next.set(key, value);
  };
  set(PARAM.partner, criteria.organisationId);
  set(PARAM.campaign, criteria.campaign);
  set(PARAM.source, criteria.source);
  set(PARAM.minor, criteria.minorWithoutSolution ? '1' : '');
  set(PARAM.commune, criteria.commune);
  set(PARAM.days, criteria.days);
  set(PARAM.order, criteria.orderBy === 'NAME' ? '' : criteria.orderBy);
  set(PARAM.mine, criteria.assignedToMe ? '1' : '');
  return next;
}

/**
 * The worklists' filter. The form's state is the source of truth (router
 * navigations run in transitions, too late for controlled inputs); the
 * non-personal criteria are mirrored into the URL search params so that
 * "back" from a case restores the list. The name/INE search stays in memory
 * only (no personal data in URLs). `withPartner` keeps the partner criterion
 * (the referent's list only).
 */
export function useCaseFilterState({ withPartner }: { withPartner: boolean }): CaseFilterState {
  const [params, setParams] = useSearchParams();
  const [criteria, setCriteria] = useState<Criteria>(() => criteriaFromParams(params, withPartner));
  const [search, setSearch] = useState('');
  const written = useRef<string | null>(null);

  // A navigation from elsewhere (a menu link to the bare page) wins over the form; ours carry a mark in their
  // state, as they may land after the form has moved on (router navigations run in transitions).
  const location = useLocation();
  const ours = (location.state as Record<string, unknown> | null)?.[FILTER_NAVIGATION] === true;
  const current = params.toString();
  useEffect(() => {
    if (!ours && written.current !== null && current !== written.current) {
      written.current = current;
      setCriteria(criteriaFromParams(new URLSearchParams(current), withPartner));
    }
  }, [current, ours, withPartner]);

  // Mirror the form into the URL (replace: typing is not history).
  useEffect(() => {
    const now = new URLSearchParams(window.location.search);
    const next = paramsOf(now, criteria).toString();
    written.current = next;
    if (next !== now.toString())
      setParams(new URLSearchParams(next), { replace: true, state: { [FILTER_NAVIGATION]: true } });
  }, [criteria, setParams]);

  const patch = (change: Partial<Criteria>) => setCriteria((current) => ({ ...current, ...change }));
  const parsedDays = parseDays(criteria.days);

  // Typed criteria are sent once the user pauses (one string: the debounce compares by identity).
  const typed = JSON.parse(
    useDebouncedValue(
      JSON.stringify({
        search: search.trim(),
        campaign: criteria.campaign.trim(),
        commune: criteria.commune.trim(),
        days: parsedDays.value,
      }),
      300,
    ),
  ) as { search: string; campaign: string; commune: string; days: number | null };

  const statusKey = criteria.statuses.join(',');
  const { organisationId, source, minorWithoutSolution, assignedToMe } = criteria;
  const filter = useMemo<WorklistFilter>(
    () => ({
      status: statusKey ? (statusKey.split(',') as CaseStatus[]) : undefined,
      organisationId: organisationId || undefined,
      campaign: typed.campaign || undefined,
      source: (source || undefined) as CaseSource | undefined,
      minorWithoutSolution: minorWithoutSolution || undefined,
      commune: typed.commune || undefined,
      daysWithoutContact: typed.days ?? undefined,
      search: typed.search || undefined,
      assignedToMe: assignedToMe || undefined,
    }),
    [
      statusKey,
      organisationId,
      typed.campaign,
      typed.commune,
      typed.days,
      typed.search,
      source,
      minorWithoutSolution,
      assignedToMe,
    ],
  );
  const panelCount = [
    criteria.statuses.length > 0,
    criteria.organisationId,
    criteria.campaign.trim(),
    criteria.source,
    criteria.minorWithoutSolution,
    criteria.commune.trim(),
    criteria.days.trim(),
  ].filter(Boolean).length;

  return {
    ...criteria,
    daysError: parsedDays.error,
    search,
    toggleStatus: (status, checked) =>
      setCriteria((current) => ({
        ...current,
        // Kept in the declared order, so that the same choice is the same URL.
        statuses: STATUSES.filter((s) => (s === status ? checked : current.statuses.includes(s))),
      })),
    setOrganisationId: (value) => patch({ organisationId: value }),
    setCampaign: (value) => patch({ campaign: value }),
    setSource: (value) => patch({ source: value }),
    setMinorWithoutSolution: (value) => patch({ minorWithoutSolution: value }),
    setCommune: (value) => patch({ commune: value }),
    setDays: (value) => patch({ days: value }),
    setSearch,
    setOrderBy: (value) => patch({ orderBy: value }),
    setAssignedToMe: (value) => patch({ assignedToMe: value }),
    reset: () => {
      setSearch('');
      setCriteria((current) => ({
        ...criteriaFromParams(new URLSearchParams(), withPartner),
        orderBy: current.orderBy,
        assignedToMe: current.assignedToMe,
      }));
    },
    panelCount,
    active: Boolean(
      criteria.statuses.length ||
      criteria.organisationId ||
      criteria.campaign ||
      criteria.source ||
      criteria.minorWithoutSolution ||
      criteria.commune ||
      criteria.days ||
      search,
    ),
    filter,
    resetKey: JSON.stringify([filter, criteria.orderBy]),
  };
}

interface CaseFiltersProps {
  state: CaseFilterState;
  /** The platform's partners: shows the partner criterion (the referent's list). */
  partners?: readonly { id: string; name: string }[];
  /** Accessible name of the search form. */
  label: string;
  /** The statuses worth offering (a counsellor never holds an A_TRAITER or CLOS case); all by default. */
  statuses?: readonly CaseStatus[];
}

const activeLabel = (n: number) => (n === 0 ? 'aucun actif' : n === 1 ? '1 actif' : `${n} actifs`);

/**
 * The filter and sort form of both worklists: the name search in view, the other criteria in a
 * panel that opens from a button saying how many are set, so that the list starts high on the page.
 */
export function CaseFilters({ state, partners, label, statuses = STATUSES }: CaseFiltersProps) {
  const statusLegendId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <form role="search" aria-label={label} className="case-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="case-filters__bar">
        <div className="case-filters__search">
          <TextField
            label="Rechercher par nom ou INE"
            type="search"
            value={state.search}
            onValueChange={state.setSearch}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="case-filters__sort">
          <SelectField
            label="Trier par"
            value={state.orderBy}
            onValueChange={(value) => state.setOrderBy(value as CaseOrder)}
          >
            {ORDERS.map((order) => (
              <option key={order} value={order}>
                {CASE_ORDER_LABELS[order]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="case-filters__buttons">
          <button
            type="button"
            className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-filter-line', 'fr-btn--icon-left')}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
          >
            Filtres ({activeLabel(state.panelCount)})
          </button>
          {state.active ? (
            <Button variant="tertiary" onClick={state.reset}>
              Effacer les filtres
            </Button>
          ) : null}
        </div>
      </div>
      <div id={panelId} className="case-filters__panel" hidden={!open}>
        {partners ? (
          <SelectField label="Partenaire" value={state.organisationId} onValueChange={state.setOrganisationId}>
            <option value="">Tous les partenaires</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label="Origine" value={state.source} onValueChange={state.setSource}>
          <option value="">Toutes les origines</option>
          {SOURCES.map((source) => (
            <option key={source} value={source}>
              {CASE_SOURCE_LABELS[source]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Campagne"
          hint="Par exemple 2026-S2."
          value={state.campaign}
          onValueChange={state.setCampaign}
          autoComplete="off"
        />
        <TextField
          label="Commune"
          hint="Le nom exact de la commune."
          value={state.commune}
          onValueChange={state.setCommune}
          autoComplete="off"
        />
        <TextField
          label="Jours sans contact"
          hint="Affectés depuis au moins ce nombre de jours, sans tentative de contact depuis."
          inputMode="numeric"
          autoComplete="off"
          value={state.days}
          onValueChange={state.setDays}
          error={state.daysError}
        />
        <fieldset className={fr.cx('fr-fieldset')} aria-labelledby={statusLegendId}>
          <legend id={statusLegendId} className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>
            Statut
          </legend>
          <div className="case-filters__status-list">
            {statuses.map((status) => (
              <CheckboxField
                key={status}
                label={CASE_STATUS_LABELS[status]}
                checked={state.statuses.includes(status)}
                onCheckedChange={(checked) => state.toggleStatus(status, checked)}
              />
            ))}
          </div>
          <CheckboxField
            label="Mineurs sans solution uniquement"
            checked={state.minorWithoutSolution}
            onCheckedChange={state.setMinorWithoutSolution}
          />
        </fieldset>
      </div>
    </form>
  );
}

/** The counsellor's choice between the cases naming them and all their organisation's (a DSFR segmented control). */
export function AssignedToMeControl({ state }: { state: CaseFilterState }) {
  const name = useId();
  const options = [
    { value: false, label: 'Tous les suivis de mon organisation' },
    { value: true, label: 'Mes suivis (où je suis nommé)' },
  ];
  return (
    <fieldset className={fr.cx('fr-segmented', 'fr-segmented--sm', 'fr-mb-1w')}>
      <legend className={fr.cx('fr-segmented__legend', 'fr-segmented__legend--inline')}>Afficher</legend>
      <div className={fr.cx('fr-segmented__elements')}>
        {options.map((option) => (
          <div key={String(option.value)} className={fr.cx('fr-segmented__element')}>
            <input
              type="radio"
              id={`${name}-${String(option.value)}`}
              name={name}
              checked={state.assignedToMe === option.value}
              onChange={() => state.setAssignedToMe(option.value)}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${name}-${String(option.value)}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
