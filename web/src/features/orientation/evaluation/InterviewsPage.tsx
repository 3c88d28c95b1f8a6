import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { INTERVIEW_THEMES, INTERVIEW_THEME_LABELS } from '@maillage/shared';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { GroupedBarChart } from '../../psad-dashboard/charts/GroupedBarChart';
import { useChosenCio, useOrientationCios } from '../cios';
import '../../../ui/styles/dashboard.css';

const InterviewCountsDocument = graphql(`
  query InterviewCounts($cioId: ID!, $from: String!, $to: String!) {
    orientationInterviewCounts(cioId: $cioId, from: $from, to: $to) {
      networkId
      networkName
      month
      theme
      count
    }
  }
`);

const monthOf = (back: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
};
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (m: string) => MONTH.format(new Date(`${m}-01T00:00:00Z`));

/** The externalised interviews of a CIO over the last twelve months, by month and theme: counts only. */
export function InterviewsPage() {
  usePageTitle('Entretiens externalisés');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const from = monthOf(11);
  const to = monthOf(0);
  const counts = useQuery({
    queryKey: ['interviewCounts', cio?.id, from, to],
    queryFn: () => gqlRequest(InterviewCountsDocument, { cioId: cio!.id, from, to }),
    enabled: !!cio,
  });
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  const rows = counts.data?.orientationInterviewCounts ?? [];
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const total = (month: string, theme: string) =>
    rows.filter((r) => r.month === month && r.theme === theme).reduce((s, r) => s + r.count, 0);
  const series = INTERVIEW_THEMES.map((t) => INTERVIEW_THEME_LABELS[t]);
  return (
    <div className="page">
      <h1>Entretiens externalisés</h1>
      {picker}
      {!cio ? <p>Vous n’êtes rattaché à aucun CIO.</p> : null}
      {counts.isPending && cio ? <LoadingState /> : null}
      {counts.isError ? <ErrorState error={counts.error} onRetry={() => void counts.refetch()} /> : null}
      {counts.data && months.length === 0 ? <p>Aucun entretien saisi ces douze derniers mois.</p> : null}
      {months.length > 0 ? (
        <>
          <p>
            Nombre d’entretiens par mois et par thème, pour l’ensemble du CIO (réseaux compris). Aucun élève n’est
            nommé.
          </p>
          <GroupedBarChart
            series={series}
            groups={months.map((m) => ({
              label: monthLabel(m),
              bars: INTERVIEW_THEMES.map((t) => ({
                series: INTERVIEW_THEME_LABELS[t],
                value: total(m, t),
                display: String(total(m, t)),
              })),
            }))}
          />
          <div className={fr.cx('fr-table', 'fr-table--sm')}>
            <table>
              <caption>Entretiens externalisés par mois et par thème</caption>
              <thead>
                <tr>
                  <th scope="col">Mois</th>
                  {INTERVIEW_THEMES.map((t) => (
                    <th scope="col" key={t}>
                      {INTERVIEW_THEME_LABELS[t]}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m}>
                    <th scope="row">{monthLabel(m)}</th>
                    {INTERVIEW_THEMES.map((t) => (
                      <td key={t}>{total(m, t)}</td>
                    ))}
                    <td>{INTERVIEW_THEMES.reduce((s, t) => s + total(m, t), 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
