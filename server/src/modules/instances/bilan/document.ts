import type { BilanSections } from '../tables.js';
import { frenchDate, frenchDay, type Block, type Document } from '../../../core/documents/index.js';
import type { BilanView, RegionalBilanView } from './bilan.service.js';
import type { BilanTable } from './tables.js';

export const periodLabel = (p: { from: string; to: string }) =>
  `du ${frenchDay(p.from, 'long')} au ${frenchDay(p.to, 'long')}`;

const SECTION_TITLES: [keyof BilanSections, string][] = [
  ['besoins', 'Analyse des besoins'],
  ['perspectives', 'Perspectives locales'],
  ['veille', 'Veille documentaire'],
  ['actionsPartenaires', 'Actions menées par chaque partenaire'],
];

/** A table of figures as blocks: the table itself and, when it is worth it, its chart. */
function tableBlocks(t: BilanTable): Block[] {
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: t.title,
      columns: ['', ...t.columns],
      rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.masked ? c.display : (c.value ?? c.display)))]),
      // Figures to the right, masked ones (« < 5 », « s ») with them.
      align: ['left', ...t.columns.map(() => 'right' as const)],
      ...(t.note ? { note: t.note } : {}),
    },
  ];
  if (t.chart) {
    // The total row and columns are no category of the chart.
    const rows = t.rows.filter((r) => r.label !== 'Total' && r.label !== 'Région');
    const series = t.columns
      .map((name, j) => ({
        name,
        values: rows.map((r) => (r.cells[j]!.masked ? null : r.cells[j]!.value)),
        // A masked bar says what its cell in the table says.
        masks: rows.map((r) => (r.cells[j]!.masked ? r.cells[j]!.display : null)),
      }))
      .filter((s) => s.name !== 'Total');
    blocks.push({ kind: 'barChart', caption: t.title, categories: rows.map((r) => r.label), series, unit: 'Jeunes' });
  }
  return blocks;
}

/** The methodology note every bilan carries: the data's date and the small-count rule. */
function methodology(view: BilanView): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Méthode' },
    {
      kind: 'paragraph',
      text: [
        `Données arrêtées le ${frenchDate(view.generatedAt, 'longWithTime')}.`,
        `Période ${periodLabel(view.period)}, comparée à la période ${periodLabel(view.previous)}.`,
        'Les jeunes comptés sont ceux entrés sur la liste de la plateforme pendant la période ; chaque étape compte ce qui a eu lieu avant la fin de la période.',
        `Secret statistique : ${view.rule}`,
      ].join('\n'),
    },
  ];
}

/** A platform's bilan for its COPIL: figures (under the small-count rule), charts, the referent's sections. */
export function bilanDocument(view: BilanView, platformName: string): Document {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Bilan ${periodLabel(view.period)}` },
    ...methodology(view),
    { kind: 'heading', level: 2, text: 'Les chiffres de la période' },
    ...view.tables.flatMap(tableBlocks),
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: 'Analyse qualitative' },
  ];
  for (const [key, title] of SECTION_TITLES) {
    blocks.push({ kind: 'heading', level: 3, text: title });
    blocks.push({
      kind: 'paragraph',
      text: view.sections?.[key]?.trim() || 'À compléter par le référent de la plateforme.',
    });
  }
  return {
    title: `Bilan de la plateforme — ${platformName}`,
    subtitle: `Comité de pilotage — ${periodLabel(view.period)}`,
    issuer: platformName,
    generatedAt: view.generatedAt,
    footerNote: `Données au ${frenchDate(view.generatedAt, 'long')} — secret statistique : aucun effectif entre 1 et 4 n’est publié.`,
    blocks,
  };
}

/** The région's platforms side by side and their consolidated bilan. */
export function regionalDocument(view: RegionalBilanView, issuer: string): Document {
  return {
    title: 'Bilan régional des plateformes de suivi et d’appui aux décrocheurs',
    subtitle: `Comité de pilotage régional — ${periodLabel(view.period)}`,
    issuer,
    generatedAt: view.consolidated.generatedAt,
    footerNote: `Données au ${frenchDate(view.consolidated.generatedAt, 'long')} — secret statistique : aucun effectif entre 1 et 4 n’est publié.`,
    blocks: [
      { kind: 'heading', level: 1, text: `Bilan régional ${periodLabel(view.period)}` },
      ...methodology(view.consolidated),
      { kind: 'heading', level: 2, text: 'Les plateformes côte à côte' },
      ...tableBlocks(view.sideBySide),
      { kind: 'heading', level: 2, text: 'Bilan consolidé de la région' },
      ...view.consolidated.tables.flatMap(tableBlocks),
    ],
  };
}
