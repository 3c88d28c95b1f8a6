import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import {
  AUDIT_ACTION_FAMILIES,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_SUBJECT_KINDS,
  auditActionGroup,
} from '@maillage/shared';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import type { AuditEventsQuery, AuditFilter, AuditOutcome } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { formatDateTime, parisMidnightIso } from '../../ui/format';
import { ListCount, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { pageCountOf } from '../../ui/usePagedList';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { pluralize } from '../identity/labels';
import { PAGE_SIZES, useAuditEvents, useAuditUsers } from './queries';

type Row = AuditEventsQuery['auditEvents']['nodes'][number];

const OUTCOMES: AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILURE'];
const OUTCOME_SEVERITY = { SUCCESS: 'success', DENIED: 'error', FAILURE: 'warning' } as const;

/** The actions of each group of the filter, in the label's alphabetical order. */
const ACTIONS_BY_GROUP = AUDIT_ACTION_GROUPS.map((group) => ({
  label: group.label,
  actions: Object.keys(AUDIT_ACTION_LABELS)
    .filter((action) => auditActionGroup(action) === group.label)
    .sort((a, b) => AUDIT_ACTION_LABELS[a]!.localeCompare(AUDIT_ACTION_LABELS[b]!, 'fr')),
}));

/** The action filter's value for the security alerts (the admin home page's link: ?alertes). */
const ALERTS = 'alerts';

/**
 * The action filter's value: one action ("exact:case.read"), every action of a group
 * ("group:PSAD"), or a family of GraphQL operations by prefix ("prefix:Mutation.").
 */
function actionFilter(value: string): Pick<AuditFilter, 'action' | 'actions' | 'alerts'> {
  if (value === ALERTS) return { alerts: true };
  const [kind, rest = ''] = value.split(/:(.*)/s);
  if (kind === 'exact') return { actions: [rest] };
  if (kind === 'group') return { actions: ACTIONS_BY_GROUP.find((g) => g.label === rest)?.actions ?? [] };
  if (kind === 'prefix') return { action: rest };
  return {};
}

interface FormState {
  action: string;
  outcome: string;
  actorId: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
}

/** What a list read showed (« 100 dossiers affichés »): the kind's French name, in lower case. */
const RECORD_WORDS: Record<string, [string, string]> = {
  psad_case: ['dossier affiché', 'dossiers affichés'],
  young_person: ['jeune affiché', 'jeunes affichés'],
  accompanied_person: ['personne affichée', 'personnes affichées'],
};
function shownRecords(count: number, type: string | null | undefined): string {
  const [singular, plural] = RECORD_WORDS[type ?? ''] ?? ['enregistrement affiché', 'enregistrements affichés'];
  return pluralize(count, singular, plural, 'aucun enregistrement affiché');
}

const EMPTY: FormState = { action: '', outcome: '', actorId: '', subjectType: '', subjectId: '', from: '', to: '' };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function toFilter(state: FormState): AuditFilter {
  return {
    ...actionFilter(state.action),
    outcome: (state.outcome || undefined) as AuditOutcome | undefined,
    actorId: state.actorId || undefined,
    subjectType: state.subjectType || undefined,
    subjectId: state.subjectId.trim() || undefined,
    from: state.from ? parisMidnightIso(state.from) : undefined,
    // "Au" is inclusive: up to midnight of the next day.
    to: state.to ? parisMidnightIso(state.to, 1) : undefined,
  };
}

function validate(state: FormState): Partial<Record<'from' | 'to' | 'subjectId', string>> {
  const errors: Partial<Record<'from' | 'to' | 'subjectId', string>> = {};
  if (state.from && !ISO_DAY.test(state.from)) errors.from = 'Date invalide : saisissez-la au format jj/mm/aaaa.';
  if (state.to && !ISO_DAY.test(state.to)) errors.to = 'Date invalide : saisissez-la au format jj/mm/aaaa.';
  if (!errors.from && !errors.to && state.from && state.to && state.from > state.to) {
    errors.to = 'La date de fin doit être postérieure ou égale à la date de début.';
  }
  if (state.subjectId.trim() && !state.subjectType) errors.subjectId = "Choisissez aussi le type de l'objet.";
  return errors;
}

export function AuditPage() {
  usePageTitle("Journal d'audit");
  const [params] = useSearchParams();
  const initial = params.has('alertes') ? { ...EMPTY, action: ALERTS } : EMPTY;
  const [form, setForm] = useState<FormState>(initial);
  const [applied, setApplied] = useState<FormState>(initial);
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});
  const [userSearch, setUserSearch] = useState('');
  const [pageSize, setPageSize] = useState<number>(50);
  const users = useAuditUsers(useDebouncedValue(userSearch.trim(), 300));
  const filter = toFilter(applied);
  const pager = useCursorPagination(JSON.stringify([filter, pageSize]));
  const events = useAuditEvents(filter, pageSize, pager.after);
  const connection = events.data?.auditEvents;
  const pageCount = connection ? pageCountOf(connection.totalCount, pageSize) : undefined;

  function apply(next: FormState) {
    const found = validate(next);
    setErrors(found);
    if (Object.keys(found).length === 0) setApplied(next);
    return found;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = apply(form);
    const first = (['subjectId', 'from', 'to'] as const).find((key) => found[key]);
    if (first) document.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus();
  }

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  /** "Voir ses événements": the object filter set to this row's object, applied at once. */
  function filterOnObject(row: Row) {
    const next = { ...EMPTY, subjectType: row.subjectType ?? '', subjectId: row.subjectId ?? '' };
    setForm(next);
    setUserSearch('');
    setChosenUser(null);
    apply(next);
    document.getElementById('titre-evenements')?.focus();
  }

  const userOptions = users.data?.users.nodes ?? [];
  // The chosen account stays offered when a new search no longer lists it.
  const [chosenUser, setChosenUser] = useState<{ id: string; label: string } | null>(null);
  const userLabel = (user: { displayName: string; email: string }) => `${user.displayName} (${user.email})`;

  const columns: Column<Row>[] = [
    {
      key: 'date',
      header: 'Date et heure',
      rowHeader: true,
      cell: (row) => <time dateTime={row.occurredAt}>{formatDateTime(row.occurredAt)}</time>,
    },
    {
      key: 'action',
      header: 'Action',
      cell: (row) => (
        <>
          {row.actionLabel}
          <span className={fr.cx('fr-hint-text')}>{row.action}</span>
        </>
      ),
    },
    {
      key: 'outcome',
      header: 'Résultat',
      cell: (row) => (
        <Badge as="span" severity={OUTCOME_SEVERITY[row.outcome]} small noIcon>
          {AUDIT_OUTCOME_LABELS[row.outcome]}
        </Badge>
      ),
    },
    {
      key: 'subject',
      header: 'Objet',
      cell: (row) =>
        row.subject ? (
          <>
            <span className={row.subject.named ? undefined : fr.cx('fr-text--sm')}>{row.subject.label}</span>
            {row.recordCount !== null && row.recordCount !== undefined ? (
              <>
                <br />
                <span className={fr.cx('fr-text--sm')}>{shownRecords(row.recordCount, row.recordType)}</span>
              </>
            ) : null}
            <br />
            <Button
              variant="link"
              size="small"
              className={fr.cx('fr-px-0')}
              onClick={() => filterOnObject(row)}
              aria-label={`Voir ses événements : ${row.subject.label} (${row.subject.kindLabel})`}
            >
              Voir ses événements
            </Button>
          </>
        ) : row.recordCount !== null && row.recordCount !== undefined ? (
          shownRecords(row.recordCount, row.recordType)
        ) : (
          '—'
        ),
    },
    {
      key: 'actor',
      header: 'Auteur',
      cell: (row) =>
        row.actor ? (
          <Link to={`/admin/utilisateurs/${row.actor.id}`}>{row.actor.displayName}</Link>
        ) : row.actorId ? (
          'Utilisateur supprimé'
        ) : (
          'Système ou anonyme'
        ),
    },
    {
      key: 'request',
      header: 'Requête',
      cell: (row) => (row.requestId ? <span className={fr.cx('fr-text--xs')}>{row.requestId}</span> : '—'),
    },
  ];

  return (
    <div className="page">
      <h1>Journal d'audit</h1>
      <p className={fr.cx('fr-text--lead')}>
        Qui a fait quoi, sur quel objet et quand, des actions les plus récentes aux plus anciennes (heure de Paris). Le
        journal ne contient jamais les données personnelles : l'objet est nommé à la lecture, seulement s'il vous est
        accessible.
      </p>

      <form role="search" aria-label="Filtrer le journal" noValidate onSubmit={onSubmit} className={fr.cx('fr-mb-4w')}>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-5')}>
            <SelectField
              label="Action"
              hint="Une action, ou toutes celles d'un domaine."
              value={form.action}
              onValueChange={(value) => set('action', value)}
            >
              <option value="">Toutes les actions</option>
              <option value={ALERTS}>Alertes de sécurité (échecs de connexion répétés, limite de consultation)</option>
              {ACTIONS_BY_GROUP.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  <option value={`group:${group.label}`}>Toutes les actions « {group.label} »</option>
                  {group.actions.map((action) => (
                    <option key={action} value={`exact:${action}`}>
                      {AUDIT_ACTION_LABELS[action]}
                    </option>
                  ))}
                </optgroup>
              ))}
              <optgroup label="Opérations de l'API">
                {AUDIT_ACTION_FAMILIES.map((family) => (
                  <option key={family.prefix} value={`prefix:${family.prefix}`}>
                    {family.label}
                  </option>
                ))}
              </optgroup>
            </SelectField>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
            <SelectField
              label="Résultat"
              hint="Succès, refus ou échec."
              value={form.outcome}
              onValueChange={(value) => set('outcome', value)}
            >
              <option value="">Tous les résultats</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {AUDIT_OUTCOME_LABELS[outcome]}
                </option>
              ))}
            </SelectField>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-2')} data-field="from">
            <DateField label="Du" value={form.from} onValueChange={(value) => set('from', value)} error={errors.from} />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-2')} data-field="to">
            <DateField
              label="Au (inclus)"
              value={form.to}
              onValueChange={(value) => set('to', value)}
              error={errors.to}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
            <TextField
              type="search"
              label="Rechercher un utilisateur"
              hint="Nom ou e-mail : restreint la liste « Utilisateur »."
              value={userSearch}
              onValueChange={setUserSearch}
              autoComplete="off"
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
            <SelectField
              label="Utilisateur"
              hint={
                users.data
                  ? pluralize(
                      users.data.users.totalCount,
                      'compte correspond',
                      'comptes correspondent',
                      'Aucun compte ne correspond',
                    ) +
                    (users.data.users.totalCount > userOptions.length
                      ? ` (les ${userOptions.length} premiers sont proposés)`
                      : '')
                  : 'Chargement des comptes…'
              }
              value={form.actorId}
              onValueChange={(value) => {
                const user = userOptions.find((u) => u.id === value);
                setChosenUser(user ? { id: user.id, label: userLabel(user) } : null);
                set('actorId', value);
              }}
            >
              <option value="">Tous les utilisateurs</option>
              {chosenUser && chosenUser.id === form.actorId && !userOptions.some((u) => u.id === chosenUser.id) ? (
                <option value={chosenUser.id}>{chosenUser.label}</option>
              ) : null}
              {userOptions.map((user) => (
                <option key={user.id} value={user.id}>
                  {userLabel(user)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
            <SelectField
              label="Type d'objet"
              hint="Dossier, compte, organisation, projet…"
              value={form.subjectType}
              onValueChange={(value) => set('subjectType', value)}
            >
              <option value="">Tous les objets</option>
              {Object.entries(AUDIT_SUBJECT_KINDS)
                .sort(([, a], [, b]) => a.label.localeCompare(b.label, 'fr'))
                .map(([type, kind]) => (
                  <option key={type} value={type}>
                    {kind.label}
                  </option>
                ))}
            </SelectField>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')} data-field="subjectId">
            <TextField
              label="Identifiant de l'objet"
              hint="Ou « Voir ses événements » sur une ligne."
              value={form.subjectId}
              onValueChange={(value) => set('subjectId', value)}
              error={errors.subjectId}
              autoComplete="off"
            />
          </div>
        </div>
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
          <li>
            <Button type="submit">Filtrer</Button>
          </li>
          <li>
            <Button
              variant="secondary"
              onClick={() => {
                setForm(EMPTY);
                setApplied(EMPTY);
                setErrors({});
                setUserSearch('');
                setChosenUser(null);
              }}
            >
              Réinitialiser les filtres
            </Button>
          </li>
        </ul>
      </form>

      <ListView
        query={events}
        labelledBy="titre-evenements"
        heading={
          <h2 id="titre-evenements" tabIndex={-1}>
            Événements
          </h2>
        }
        count={
          <ListCount
            className={fr.cx('fr-mb-2w')}
            text={
              connection ? pluralize(connection.totalCount, 'événement', 'événements', 'Aucun événement') : undefined
            }
            stale={events.isFetching}
          />
        }
        pagination={{
          label: 'Pages du journal',
          ...cursorPages(pager, connection?.pageInfo),
          pageCount,
          pageSize,
          pageSizes: PAGE_SIZES,
          onPageSizeChange: setPageSize,
        }}
      >
        <DataTable
          caption="Événements d'audit"
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucun événement ne correspond à ces critères."
          busy={events.isFetching}
          compact
        />
      </ListView>
    </div>
  );
}
