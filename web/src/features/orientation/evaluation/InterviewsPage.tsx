import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, type InterviewTheme } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { useMe } from '../../../app/me';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { InterviewCountsQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ErrorState } from '../../../ui/ErrorState';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField } from '../../../ui/Field';
import { LoadingState } from '../../../ui/LoadingState';
import { GroupedBarChart } from '../../psad-dashboard/charts/GroupedBarChart';
import { useChosenCio, useOrientationCios, type OrientationCio } from '../cios';
import { useNetworks } from '../queries';
import { isCioStaff, useSaveInterviewCounts } from './queries';
import '../../../ui/styles/dashboard.css';
import '../../../ui/styles/orientation.css';

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

type CountRow = InterviewCountsQuery['orientationInterviewCounts'][number];
/** A row of the grid: a network, or the CIO as a whole (id null). */
interface GridRow {
  id: string | null;
  name: string;
}

const monthOf = (back: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
};
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (m: string) => MONTH.format(new Date(`${m}-01T00:00:00Z`));
const cellKey = (networkId: string | null, theme: string) => `${networkId ?? 'cio'}|${theme}`;
/** A cell the browser could not read as a number (type="number" then gives an empty value). */
const BAD = '?';

/** The month's grid: one count per row (the CIO as a whole, each network) and theme, replacing the month's. */
function CountsForm({
  cio,
  rows,
  month,
  existing,
}: {
  cio: OrientationCio;
  rows: readonly GridRow[];
  month: string;
  existing: readonly CountRow[];
}) {
  const [cells, setCells] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      existing.filter((r) => r.month === month).map((r) => [cellKey(r.networkId ?? null, r.theme), String(r.count)]),
    ),
  );
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveInterviewCounts();
  const order = rows.flatMap((r) => INTERVIEW_THEMES.map((t) => cellKey(r.id, t)));
  const labels = Object.fromEntries(
    rows.flatMap((r) => INTERVIEW_THEMES.map((t) => [cellKey(r.id, t), `${r.name}, ${INTERVIEW_THEME_LABELS[t]}`])),
  );
  const server = splitErrors(save.error, [...order, 'month'], (path) => {
    const cell = /^input\.counts\.(\d+)\./.exec(path);
    return cell ? (order[Number(cell[1])] ?? path) : path.replace(/^input\./, '');
  });
  const fields = { ...server.fields, ...local };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fields);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const errors: Record<string, string | undefined> = {};
    for (const key of order) {
      const text = (cells[key] ?? '').trim();
      if (text !== '' && (text === BAD || !/^\d+$/.test(text))) errors[key] = 'saisissez un nombre entier, 0 ou plus';
      else if (Number(text) > 100_000) errors[key] = '100 000 au plus';
    }
    setLocal(errors);
    if (Object.keys(errors).length) return;
    save.mutate(
      {
        cioId: cio.id,
        month,
        counts: rows.flatMap((r) =>
          INTERVIEW_THEMES.map((theme) => ({
            networkId: r.id,
            theme,
            count: Number((cells[cellKey(r.id, theme)] ?? '').trim() || 0),
          })),
        ),
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form" aria-labelledby="saisie-titre">
      <h2 id="saisie-titre" className={fr.cx('fr-h5')}>
        Saisir les entretiens de {monthLabel(month)}
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Un nombre d’entretiens par ligne et par thème (une case vide compte 0). L’enregistrement remplace les chiffres
        déjà saisis pour ce mois. Aucun nom d’élève.
      </p>
      <div className={fr.cx('fr-table', 'fr-table--sm')}>
        <table className="interviews-grid">
          <caption>Entretiens externalisés de {monthLabel(month)}, par réseau et par thème</caption>
          <thead>
            <tr>
              <th scope="col">Réseau</th>
              {INTERVIEW_THEMES.map((t) => (
                <th scope="col" key={t} id={`col-${t}`}>
                  {INTERVIEW_THEME_LABELS[t]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const rowId = `ligne-${r.id ?? 'cio'}`;
              return (
                <tr key={rowId}>
                  <th scope="row" id={rowId}>
                    {r.name}
                  </th>
                  {INTERVIEW_THEMES.map((t) => {
                    const key = cellKey(r.id, t);
                    const error = fields[key];
                    const errorId = `${rowId}-${t}-erreur`;
                    return (
                      <td key={t}>
                        <input
                          type="number"
                          min={0}
                          step={1}
                          inputMode="numeric"
                          name={key}
                          id={`${rowId}-${t}`}
                          className={fr.cx('fr-input', error ? 'fr-input--error' : undefined)}
                          aria-labelledby={`${rowId} col-${t}`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          value={cells[key] === BAD ? '' : (cells[key] ?? '')}
                          onChange={(e) => {
                            const value = e.target.validity.badInput ? BAD : e.target.value;
                            setCells((prev) => ({ ...prev, [key]: value }));
                          }}
                        />
                        {error ? (
                          <p id={errorId} className={fr.cx('fr-error-text')}>
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ErrorSummary fields={fields} general={server.general} labels={labels} order={order} />
      {saved && !save.isPending ? (
        <p className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-mb-2w')} role="status">
          Entretiens de {monthLabel(month)} enregistrés.
        </p>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        Enregistrer les entretiens de {monthLabel(month)}
      </Button>
    </form>
  );
}

const ALL = 'tous';

/** The externalised interviews of a CIO: the month's grid to enter, then the last twelve months by month, network and theme. */
export function InterviewsPage() {
  usePageTitle('Entretiens externalisés');
  const cios = useOrientationCios();
  const me = useMe();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const networks = useNetworks(cio?.id);
  const from = monthOf(11);
  const to = monthOf(0);
  const months12 = Array.from({ length: 12 }, (_, i) => monthOf(i));
  const [month, setMonth] = useState(to);
  const [shown, setShown] = useState(ALL);
  const counts = useQuery({
    queryKey: ['interviewCounts', cio?.id, from, to],
    queryFn: () => gqlRequest(InterviewCountsDocument, { cioId: cio!.id, from, to }),
    enabled: !!cio,
  });
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  const all = counts.data?.orientationInterviewCounts ?? [];
  const gridRows: GridRow[] = cio
    ? [
        { id: null, name: `${cio.name} (hors réseau)` },
        ...(networks.data?.orientationNetworks ?? []).map((n) => ({ id: n.id, name: n.name })),
      ]
    : [];
  // The networks the counts name, even one since removed.
  for (const r of all)
    if (r.networkId && !gridRows.some((g) => g.id === r.networkId))
      gridRows.push({ id: r.networkId, name: r.networkName ?? 'Réseau supprimé' });
  const rows = shown === ALL ? all : all.filter((r) => (r.networkId ?? 'cio') === shown);
  const shownName =
    shown === ALL ? 'tout le CIO, réseaux compris' : (gridRows.find((g) => (g.id ?? 'cio') === shown)?.name ?? '');
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const total = (month: string, theme: string) =>
    rows.filter((r) => r.month === month && r.theme === theme).reduce((s, r) => s + r.count, 0);
  const byRow = (id: string | null, theme: InterviewTheme) =>
    all.filter((r) => (r.networkId ?? null) === id && r.theme === theme).reduce((s, r) => s + r.count, 0);
  const series = INTERVIEW_THEMES.map((t) => INTERVIEW_THEME_LABELS[t]);
  const canEnter = cio && isCioStaff(cio, me.data?.user.id);
  return (
    <div className="page orientation">
      <h1>Entretiens externalisés</h1>
      {picker}
      {!cio ? <p>Vous n’êtes rattaché à aucun CIO.</p> : null}
      {counts.isPending && cio ? <LoadingState /> : null}
      {counts.isError ? <ErrorState error={counts.error} onRetry={() => void counts.refetch()} /> : null}
      {canEnter && counts.data && networks.data ? (
        <>
          <SelectField label="Mois à saisir" value={month} onValueChange={setMonth}>
            {months12.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </SelectField>
          <CountsForm key={`${cio.id}-${month}`} cio={cio} rows={gridRows} month={month} existing={all} />
        </>
      ) : null}
      {counts.data && all.length === 0 ? <p>Aucun entretien saisi ces douze derniers mois.</p> : null}
      {all.length > 0 ? (
        <>
          <section aria-labelledby="par-reseau">
            <h2 id="par-reseau">Par réseau et par thème, sur douze mois</h2>
            <GroupedBarChart
              series={series}
              groups={gridRows.map((g) => ({
                label: g.name,
                bars: INTERVIEW_THEMES.map((t) => ({
                  series: INTERVIEW_THEME_LABELS[t],
                  value: byRow(g.id, t),
                  display: String(byRow(g.id, t)),
                })),
              }))}
            />
            <div className={fr.cx('fr-table', 'fr-table--sm')}>
              <table>
                <caption>Entretiens externalisés par réseau et par thème, douze derniers mois</caption>
                <thead>
                  <tr>
                    <th scope="col">Réseau</th>
                    {INTERVIEW_THEMES.map((t) => (
                      <th scope="col" key={t}>
                        {INTERVIEW_THEME_LABELS[t]}
                      </th>
                    ))}
                    <th scope="col">Total</th>
                  </tr>
                </thead>
                <tbody>
                  {gridRows.map((g) => (
                    <tr key={g.id ?? 'cio'}>
                      <th scope="row">{g.name}</th>
                      {INTERVIEW_THEMES.map((t) => (
                        <td key={t}>{byRow(g.id, t)}</td>
                      ))}
                      <td>{INTERVIEW_THEMES.reduce((s, t) => s + byRow(g.id, t), 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="par-mois">
            <h2 id="par-mois">Par mois et par thème</h2>
            <SelectField label="Réseau" value={shown} onValueChange={setShown}>
              <option value={ALL}>Tout le CIO (réseaux compris)</option>
              {gridRows.map((g) => (
                <option key={g.id ?? 'cio'} value={g.id ?? 'cio'}>
                  {g.name}
                </option>
              ))}
            </SelectField>
            <p>Nombre d’entretiens par mois et par thème : {shownName}. Aucun élève n’est nommé.</p>
            {months.length === 0 ? <p>Aucun entretien saisi pour ce réseau ces douze derniers mois.</p> : null}
            {months.length > 0 ? (
              <>
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
                    <caption>Entretiens externalisés par mois et par thème ({shownName})</caption>
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
          </section>
        </>
      ) : null}
    </div>
  );
}
