import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FUNNEL_STAGES, formatShare, type CaseStatus, type FunnelStage } from '@maillage/shared';
import { hasRole, useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import {
  CASE_STATUS_LABELS,
  CLOSE_OUTCOME_LABELS,
  SIGNAL_SOURCE_LABELS,
  SOLUTION_TYPE_LABELS,
  keysOf,
} from '../cases/labels';
import { useActivePlatform } from '../platforms/activePlatform';
import { BarChart } from './charts/BarChart';
import { StackedBarChart } from './charts/StackedBarChart';
import { useDashboardPlatforms, usePsadDashboard, type PsadDashboardData } from './queries';
import '../../ui/styles/dashboard.css';

/** What each funnel stage counts (the server's definition, in words). */
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = {
  IDENTIFIED: 'Repérés',
  ASSIGNED: 'Affectés à un partenaire',
  CONTACTED: 'Contactés (au moins une tentative)',
  REACHED: 'Joints',
  SOLUTION: 'En solution',
};

const ALL = '';
const count = (n: number) => n.toLocaleString('fr-FR');
const daysLabel = (d: number | null) => (d === null ? '—' : `${d.toLocaleString('fr-FR')} jour${d >= 2 ? 's' : ''}`);

/**
 * The PSAD dashboard: aggregates of a platform (and optionally a SIEI campaign), never a person.
 * A referent sees their active platform; a viewer chooses any platform.
 */
export function DashboardPage() {
  const me = useMe();
  const active = useActivePlatform();
  const isViewer = hasRole(me.data?.roles, 'VIEWER');
  // A referent works on their active platform; a viewer (who is not a referent) picks one.
  const choosesPlatform = isViewer && !active.isReferent;
  const allPlatforms = useDashboardPlatforms(choosesPlatform);
  const [chosenId, setChosenId] = useState<string>('');
  const [campaign, setCampaign] = useState<string>(ALL);

  const platforms = choosesPlatform ? (allPlatforms.data ?? []) : active.platforms;
  const platform = choosesPlatform
    ? (platforms.find((p) => p.id === chosenId) ?? platforms[0] ?? null)
    : active.platform;
  usePageTitle(platform ? `Tableau de bord — ${platform.name}` : 'Tableau de bord PSAD');
  const dashboard = usePsadDashboard(platform?.id, campaign === ALL ? null : campaign);

  if (me.isPending || active.isPending || (choosesPlatform && allPlatforms.isPending)) return <DashboardSkeleton />;
  const loadError = me.error ?? active.error ?? allPlatforms.error;
  if (loadError)
    return <ErrorState error={loadError} onRetry={() => void (active.refetch(), allPlatforms.refetch())} />;
  if (!platform) {
    return (
      <div className="page">
        <h1>Tableau de bord PSAD</h1>
        <p>Aucune plateforme à afficher pour l'instant.</p>
      </div>
    );
  }

  const choosePlatform = (id: string) => {
    setCampaign(ALL);
    if (choosesPlatform) setChosenId(id);
    else active.setActivePlatform(id);
  };
  const data = dashboard.data?.platformId === platform.id ? dashboard.data : undefined;

  return (
    <div className="page dashboard">
      <h1>Tableau de bord — {platform.name}</h1>
      <p className="lead">
        Chiffres agrégés du suivi des jeunes repérés par la plateforme
        {campaign === ALL ? ', toutes campagnes et signalements compris' : `, campagne SIEI ${campaign}`}. Aucune donnée
        personnelle n'y figure.
      </p>
      <p className={fr.cx('fr-text--sm')}>
        <Link to="/psad/bilan">Bilan de la plateforme pour le COPIL (période, comparaison, documents PDF et DOCX)</Link>
      </p>
      <div className={`dashboard__filters ${fr.cx('fr-mb-2w')}`}>
        {platforms.length > 1 ? (
          <SelectField label="Plateforme" value={platform.id} onValueChange={choosePlatform}>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label="Campagne"
          hint="Une campagne ne compte que les jeunes de ses listes SIEI : les signalements n'ont pas de campagne."
          value={campaign}
          onValueChange={setCampaign}
        >
          <option value={ALL}>Toutes (signalements compris)</option>
          {(data?.campaigns ?? (campaign === ALL ? [] : [campaign])).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" className={`dashboard__print ${fr.cx('fr-mb-3w')}`} onClick={() => window.print()}>
          Imprimer
        </Button>
      </div>
      {dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : !data ? (
        <IndicatorsSkeleton />
      ) : (
        <Indicators data={data} busy={dashboard.isFetching} />
      )}
    </div>
  );
}

interface Row {
  key: string;
  label: string;
  count: number;
  share: number | null;
}

const rowColumns = (what: string, shareHeader: string): Column<Row>[] => [
  { key: 'label', header: what, cell: (r) => r.label, rowHeader: true },
  { key: 'count', header: 'Nombre', cell: (r) => count(r.count), className: 'numeric' },
  { key: 'share', header: shareHeader, cell: (r) => formatShare(r.share), className: 'numeric' },
];

function Indicators({ data, busy }: { data: PsadDashboardData; busy: boolean }) {
  const solution = data.funnel.find((s) => s.stage === 'SOLUTION')?.count ?? 0;
  const funnelRows = FUNNEL_STAGES.map((stage) => data.funnel.find((s) => s.stage === stage)!).filter(Boolean);
  const sourceRows: Row[] = data.bySource.map((s) => ({
    key: s.signalSource ?? s.source,
    label: s.signalSource ? `Signalement : ${SIGNAL_SOURCE_LABELS[s.signalSource]}` : 'Listes SIEI',
    count: s.count,
    share: data.total > 0 ? s.count / data.total : null,
  }));
  const solutionRows: Row[] = data.solutionsByType.map((s) => ({
    key: s.type,
    label: SOLUTION_TYPE_LABELS[s.type],
    count: s.count,
    share: s.share ?? null,
  }));
  const outcomeRows: Row[] = data.closuresByOutcome.map((s) => ({
    key: s.outcome,
    label: CLOSE_OUTCOME_LABELS[s.outcome],
    count: s.count,
    share: s.share ?? null,
  }));
  const statuses = keysOf(CASE_STATUS_LABELS).filter((s) => s !== 'A_TRAITER');
  const countOf = (p: PsadDashboardData['partners'][number], status: CaseStatus) =>
    p.byStatus.find((b) => b.status === status)?.count ?? 0;
  const minors = data.minorsWithoutSolution;

  return (
    <div className="dashboard__body" aria-busy={busy || undefined}>
      <section aria-labelledby="dashboard-figures">
        <h2 id="dashboard-figures">Chiffres clés</h2>
        <dl className="figures">
          <Figure label="Jeunes repérés" value={count(data.total)} />
          <Figure label="Sans solution" value={count(data.withoutSolution)} detail="à traiter, affectés ou en cours" />
          <Figure
            label="En solution"
            value={count(solution)}
            detail={`${formatShare(data.total > 0 ? solution / data.total : null)} des repérés`}
          />
          <Figure
            label="Mineurs de 16 à 17 ans sans solution"
            value={count(minors.count)}
            detail={
              minors.minors > 0
                ? `${formatShare(minors.share ?? null)} des ${count(minors.minors)} mineurs (obligation de formation)`
                : 'aucun mineur repéré'
            }
            emphasis={minors.count > 0}
          />
          <Figure
            label="Délai médian jusqu'au premier contact"
            value={daysLabel(data.delays.medianDaysToFirstAttempt ?? null)}
            detail={`depuis le repérage, sur ${count(data.delays.firstAttemptCount)} jeunes contactés`}
          />
          <Figure
            label="Délai médian jusqu'à la solution"
            value={daysLabel(data.delays.medianDaysToSolution ?? null)}
            detail={`depuis le repérage, sur ${count(data.delays.solutionCount)} solutions`}
          />
          <Figure
            label="Transferts reçus"
            value={count(data.transfers.incoming)}
            detail="acceptés, venant d'autres plateformes"
          />
          <Figure
            label="Transferts envoyés"
            value={count(data.transfers.outgoing)}
            detail={`acceptés par d'autres plateformes ; ${count(data.transfers.betweenPartners)} entre partenaires de la plateforme`}
          />
        </dl>
      </section>

      <section aria-labelledby="dashboard-funnel" className={fr.cx('fr-mt-5w')}>
        <h2 id="dashboard-funnel">Du repérage à la solution</h2>
        <p className={fr.cx('fr-text--sm')}>Chaque étape compte les jeunes qui l'ont atteinte ou dépassée.</p>
        <div className="dashboard__chart-table dashboard__chart-table--stacked">
          <BarChart
            bars={funnelRows.map((s) => ({
              key: s.stage,
              label: FUNNEL_STAGE_LABELS[s.stage],
              value: s.count,
              note: formatShare(s.shareOfIdentified ?? null),
            }))}
          />
          <DataTable
            caption="Parcours des jeunes repérés, par étape"
            rows={funnelRows}
            rowKey={(s) => s.stage}
            columns={[
              { key: 'stage', header: 'Étape', cell: (s) => FUNNEL_STAGE_LABELS[s.stage], rowHeader: true },
              { key: 'count', header: 'Jeunes', cell: (s) => count(s.count), className: 'numeric' },
              {
                key: 'identified',
                header: 'Part des repérés',
                cell: (s) => formatShare(s.shareOfIdentified ?? null),
                className: 'numeric',
              },
              {
                key: 'previous',
                header: "Part de l'étape précédente",
                cell: (s) => formatShare(s.shareOfPrevious ?? null),
                className: 'numeric',
              },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="dashboard-sources" className={fr.cx('fr-mt-5w')}>
        <h2 id="dashboard-sources">Origine du repérage</h2>
        <DataTable
          caption="Jeunes repérés par origine"
          rows={sourceRows}
          rowKey={(r) => r.key}
          columns={rowColumns('Origine', 'Part des repérés')}
        />
      </section>

      <section aria-labelledby="dashboard-solutions" className={fr.cx('fr-mt-5w')}>
        <h2 id="dashboard-solutions">Solutions par type</h2>
        <div className="dashboard__chart-table">
          <BarChart bars={solutionRows.map((r) => ({ key: r.key, label: r.label, value: r.count }))} />
          <DataTable
            caption="Solutions enregistrées, par type"
            rows={solutionRows}
            rowKey={(r) => r.key}
            columns={rowColumns('Type de solution', 'Part des solutions')}
          />
        </div>
      </section>

      <section aria-labelledby="dashboard-outcomes" className={fr.cx('fr-mt-5w')}>
        <h2 id="dashboard-outcomes">Clôtures par motif</h2>
        <div className="dashboard__chart-table">
          <BarChart bars={outcomeRows.map((r) => ({ key: r.key, label: r.label, value: r.count }))} />
          <DataTable
            caption="Suivis clos, par motif de clôture"
            rows={outcomeRows}
            rowKey={(r) => r.key}
            columns={rowColumns('Motif', 'Part des clôtures')}
          />
        </div>
      </section>

      <section aria-labelledby="dashboard-partners" className={fr.cx('fr-mt-5w')}>
        <h2 id="dashboard-partners">Suivis par partenaire</h2>
        <div className="dashboard__chart-table dashboard__chart-table--stacked">
          <StackedBarChart
            legend={statuses.map((s) => ({ key: s, label: CASE_STATUS_LABELS[s] }))}
            bars={data.partners.map((p) => ({
              key: p.organisation.id,
              label: p.organisation.name,
              segments: statuses.map((s) => ({ key: s, value: countOf(p, s) })),
            }))}
          />
          <DataTable
            caption="Suivis affectés à chaque partenaire, par statut"
            rows={data.partners}
            rowKey={(p) => p.organisation.id}
            emptyMessage="La plateforme n'a pas encore de partenaire."
            columns={[
              { key: 'name', header: 'Partenaire', cell: (p) => p.organisation.name, rowHeader: true },
              ...statuses.map((s) => ({
                key: s,
                header: CASE_STATUS_LABELS[s],
                cell: (p: PsadDashboardData['partners'][number]) => count(countOf(p, s)),
                className: 'numeric',
              })),
              { key: 'total', header: 'Total', cell: (p) => count(p.total), className: 'numeric' },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

/** The page's frame while the session and platforms load: the figures and charts to come, greyed. */
function DashboardSkeleton() {
  return (
    <div className="page dashboard">
      <h1>Tableau de bord PSAD</h1>
      <IndicatorsSkeleton />
    </div>
  );
}

/** Placeholders of the figures and the charts, announced as one status while the indicators are computed. */
function IndicatorsSkeleton() {
  return (
    <div aria-busy="true">
      <p role="status" className={fr.cx('fr-text--sm')}>
        Calcul des indicateurs…
      </p>
      <div className="figures" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="dashboard__skeleton-block dashboard__skeleton-figure" />
        ))}
      </div>
      <div className="dashboard__skeleton-block dashboard__skeleton-chart" aria-hidden="true" />
      <div className="dashboard__skeleton-block dashboard__skeleton-chart" aria-hidden="true" />
    </div>
  );
}

function Figure({
  label,
  value,
  detail,
  emphasis,
}: {
  label: string;
  value: string;
  detail?: string;
  emphasis?: boolean;
}) {
  return (
    <div className={emphasis ? 'figure figure--emphasis' : 'figure'}>
      <dt>{label}</dt>
      <dd>
        <span className="figure__value">{value}</span>
        {detail ? <span className="figure__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}
