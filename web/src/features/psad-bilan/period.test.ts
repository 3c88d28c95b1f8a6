import { describe, expect, it } from 'vitest';
import { parisToday } from '../../ui/format';
import {
  bilanExportUrl,
  chartOf,
  columnHeader,
  customPeriodError,
  isSchoolYear,
  lastSchoolYears,
  maskedExplanation,
  periodFromSearch,
  periodWords,
  schoolYearLabel,
  schoolYearOf,
} from './period';

describe('school years', () => {
  it('start on 1 September', () => {
    expect(schoolYearOf('2026-09-01')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearOf('2027-08-31')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearOf('2026-08-31')).toEqual({ from: '2025-09-01', to: '2026-08-31' });
  });

  it('are offered from the one under way backwards', () => {
    const years = lastSchoolYears('2026-12-06', 3);
    expect(years.map(schoolYearLabel)).toEqual(['2026-2027', '2025-2026', '2024-2025']);
    expect(years.every(isSchoolYear)).toBe(true);
    expect(isSchoolYear({ from: '2026-09-01', to: '2026-12-31' })).toBe(false);
  });

  it('take today in Paris', () => {
    // 31 August 23:30 UTC is already 1 September in Paris.
    expect(parisToday(new Date('2026-08-31T23:30:00Z'))).toBe('2026-09-01');
  });
});

describe('periodFromSearch', () => {
  it('reads both dates', () => {
    expect(periodFromSearch(new URLSearchParams('du=2026-01-01&au=2026-06-30'))).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it.each([
    '',
    'du=2026-01-01',
    'du=2026-07-01&au=2026-06-30',
    'du=01/01/2026&au=2026-06-30',
    'du=2026-13-45&au=2027-01-01',
  ])('falls back to the default on « %s »', (q) => expect(periodFromSearch(new URLSearchParams(q))).toBeNull());
});

describe('custom period', () => {
  it('needs both dates in order', () => {
    expect(customPeriodError('', '')).toEqual({ from: 'Indiquez le début.', to: 'Indiquez la fin.' });
    expect(customPeriodError('2026-01-01', 'bof')).toEqual({
      to: 'Date invalide : saisissez-la au format jj/mm/aaaa.',
    });
    expect(customPeriodError('2026-02-01', '2026-01-01')).toEqual({ to: 'La fin doit suivre le début.' });
    expect(customPeriodError('2026-01-01', '2026-01-01')).toBeNull();
  });

  it('is said in words', () => {
    expect(periodWords({ from: '2026-09-01', to: '2027-08-31' })).toBe('du 01/09/2026 au 31/08/2027');
  });
});

describe('bilanExportUrl', () => {
  it('names the platform and the period', () => {
    expect(bilanExportUrl('pdf', { from: '2026-09-01', to: '2027-08-31' }, 'p-1')).toBe(
      '/api/psad/platforms/p-1/bilan.pdf?from=2026-09-01&to=2027-08-31',
    );
    expect(bilanExportUrl('docx', null)).toBe('/api/psad/bilan-regional.docx');
  });
});

describe('chartOf', () => {
  const cell = (value: number | null, display: string, masked = false) => ({ value, display, masked });
  it('draws the rows but a total, the columns but a total, and no value for a masked cell', () => {
    const chart = chartOf({
      columns: ['Période', 'Période précédente', 'Total'],
      rows: [
        { label: 'Listes SIEI', cells: [cell(12, '12'), cell(null, '< 5', true), cell(15, '15')] },
        { label: 'Total', cells: [cell(12, '12'), cell(3, '3'), cell(15, '15')] },
      ],
    });
    expect(chart.series).toEqual(['Période', 'Période précédente']);
    expect(chart.groups).toEqual([
      {
        label: 'Listes SIEI',
        bars: [
          { series: 'Période', value: 12, display: '12' },
          { series: 'Période précédente', value: null, display: '< 5' },
        ],
      },
    ]);
  });

  it('leaves out the rows asked (the région’s totals)', () => {
    const chart = chartOf(
      {
        columns: ['Repérés'],
        rows: [
          { label: 'A', cells: [cell(9, '9')] },
          { label: 'Région', cells: [cell(9, '9')] },
        ],
      },
      ['Région'],
    );
    expect(chart.groups.map((g) => g.label)).toEqual(['A']);
  });
});

describe('columnHeader', () => {
  it('dates the periods', () => {
    const p = { from: '2026-09-01', to: '2027-08-31' };
    const q = { from: '2025-09-01', to: '2026-08-31' };
    expect(columnHeader('Période', p, q)).toBe('Période (01/09/2026 – 31/08/2027)');
    expect(columnHeader('Période précédente', p, q)).toBe('Période précédente (01/09/2025 – 31/08/2026)');
    expect(columnHeader('Repérés', p, q)).toBe('Repérés');
  });
});

describe('maskedExplanation', () => {
  it('says why each kind of masked figure is not shown', () => {
    expect(maskedExplanation('< 5')).toBe('effectif compris entre 1 et 4, non publié');
    expect(maskedExplanation('s')).toBe("masqué pour qu'aucun petit effectif ne puisse être déduit des totaux");
    expect(maskedExplanation('< 5 jeunes')).toBe('médiane sur moins de 5 jeunes, non publiée');
  });
});
