import { fr } from '@codegouvfr/react-dsfr';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { fetchWithToken } from '../../app/download';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { DateField, SelectField } from '../../ui/Field';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { parisToday } from '../../ui/format';
import { GroupedBarChart } from '../psad-dashboard/charts/GroupedBarChart';
import {
  bilanExportUrl,
  chartOf,
  columnHeader,
  customPeriodError,
  lastSchoolYears,
  maskedExplanation,
  periodFromSearch,
  periodWords,
  schoolYearLabel,
  schoolYearOf,
  type ChartCell,
  type Period,
} from './period';
import type { BilanTableData } from './queries';

/** The period in the page's address (`?du=…&au=…`), or null for the school year under way. */
export function usePeriodParam(): [Period | null, (p: Period | null) => void] {
  const [params, setParams] = useSearchParams();
  const period = periodFromSearch(params);
  const setPeriod = (p: Period | null) => setParams(p ? { du: p.from, au: p.to } : {}, { replace: true });
  return [period, setPeriod];
}

const CUSTOM = 'autre';

/**
 * The bilan's period: a school year (the one under way by default, then the ones before), or dates of
 * one's own, shown once both are typed and in order.
 */
export function PeriodPicker({ period, onChange }: { period: Period | null; onChange: (p: Period | null) => void }) {
  const today = parisToday();
  const current = schoolYearOf(today);
  const years = lastSchoolYears(today, 4);
  const chosenYear = period ? years.find((y) => y.from === period.from && y.to === period.to) : current;
  const [custom, setCustom] = useState(Boolean(period && !chosenYear));
  const [from, setFrom] = useState(period?.from ?? current.from);
  const [to, setTo] = useState(period?.to ?? today);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const selected = custom ? CUSTOM : (chosenYear?.from ?? current.from);

  function choose(value: string) {
    if (value === CUSTOM) {
      setCustom(true);
      return;
    }
    setCustom(false);
    setErrors({});
    const year = years.find((y) => y.from === value);
    onChange(!year || year.from === current.from ? null : year);
  }

  function show(event: FormEvent) {
    event.preventDefault();
    const problem = customPeriodError(from, to);
    setErrors(problem ?? {});
    if (!problem) onChange({ from, to });
  }

  return (
    <form className="bilan__period-form" onSubmit={show} noValidate aria-label="Période du bilan">
      <SelectField label="Période" value={selected} onValueChange={choose} name="periode">
        {years.map((y) => (
          <option key={y.from} value={y.from}>
            Année scolaire {schoolYearLabel(y)}
            {y.from === current.from ? ' (en cours)' : ''}
          </option>
        ))}
        <option value={CUSTOM}>Autre période…</option>
      </SelectField>
      {custom ? (
        <>
          <DateField label="Du" value={from} onValueChange={setFrom} error={errors.from} name="du" />
          <DateField label="Au" value={to} onValueChange={setTo} error={errors.to} name="au" />
          <Button type="submit" variant="secondary" className={fr.cx('fr-mb-3w')}>
            Afficher la période
          </Button>
        </>
      ) : null}
    </form>
  );
}

function Cell({ cell }: { cell: ChartCell }) {
  if (!cell.masked) return <>{cell.display}</>;
  const why = maskedExplanation(cell.display);
  return (
    <span className="bilan__masked">
      <abbr title={why} aria-hidden="true">
        {cell.display}
      </abbr>
      <VisuallyHidden>{`${cell.display} : ${why}`}</VisuallyHidden>
    </span>
  );
}

type Row = BilanTableData['rows'][number];

/** One table of a bilan under its heading: its chart when worth drawing, the table (periods dated), its note. */
export function BilanTableView({
  table,
  period,
  previous,
  headingLevel = 2,
  skipChartRows,
}: {
  table: BilanTableData;
  /** The periods the columns stand for (« Période », « Période précédente »), when they do. */
  period?: Period;
  previous?: Period;
  headingLevel?: 2 | 3;
  skipChartRows?: readonly string[];
}) {
  const id = `bilan-${table.key}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const chart = table.chart ? chartOf(table, skipChartRows) : null;
  return (
    <section aria-labelledby={id} className="bilan__table-block">
      <Heading id={id} className={fr.cx(headingLevel === 2 ? 'fr-h4' : 'fr-h5')}>
        {table.title}
      </Heading>
      {chart && chart.groups.length > 0 ? <GroupedBarChart series={chart.series} groups={chart.groups} /> : null}
      <DataTable<Row>
        caption={table.title}
        captionHidden
        rows={table.rows}
        rowKey={(r) => r.label}
        columns={[
          { key: 'label', header: 'Libellé', cell: (r) => r.label, rowHeader: true },
          ...table.columns.map((c, i) => ({
            key: `c${i}`,
            header: period && previous ? columnHeader(c, period, previous) : c,
            cell: (r: Row) => (r.cells[i] ? <Cell cell={r.cells[i]} /> : '—'),
            className: 'numeric',
          })),
        ]}
      />
      {table.note ? <p className={fr.cx('fr-text--sm', 'fr-mt-n2w')}>{table.note}</p> : null}
    </section>
  );
}

/** « Bilan PDF » and « Bilan DOCX (modifiable) », for the period shown. */
export function BilanDownloads({
  period,
  platformId,
  fileStem,
}: {
  period: Period;
  platformId?: string;
  fileStem: string;
}) {
  return (
    <DownloadButtons
      formats={['pdf', 'docx'] as const}
      groupLabel={`Télécharger le bilan ${periodWords(period)}`}
      buttonText={(format) => (format === 'pdf' ? 'Bilan PDF' : 'Bilan DOCX (modifiable)')}
      formatName={(format) => format.toUpperCase()}
      fallbackFileName={(format) => `${fileStem}.${format}`}
      fetchFile={(format) =>
        fetchWithToken(bilanExportUrl(format, period, platformId), {
          headers: {
            Accept:
              'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json',
          },
        })
      }
    />
  );
}
