/**
 * A document the platform issues (meeting notice, minutes, annual bilan), described once and written
 * as PDF (to read and send) or DOCX (the referent's draft, edited before the COPIL). The model knows
 * nothing of either format: each renderer maps these blocks onto its library's own notions.
 */
export interface Document {
  title: string;
  subtitle?: string;
  /** The platform's name: every document is issued in its name, shown on each page's header. */
  issuer: string;
  generatedAt: Date;
  /** The zone `generatedAt` is shown in; Europe/Paris unless the instance is elsewhere. */
  timeZone?: string;
  /** Shown on every page: the data's date, the statistical confidentiality rule… */
  footerNote?: string;
  blocks: Block[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | BarChartBlock | PageBreakBlock;

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

/** Plain text; a line break in it stays a line break within the paragraph. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface ListBlock {
  kind: 'list';
  items: string[];
}

/** A masked figure (statistical confidentiality): shown as MASKED, never as a number. */
export type Cell = string | number | null;

export type Alignment = 'left' | 'center' | 'right';

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: string[];
  rows: Cell[][];
  note?: string;
  /** One per column; by default a column of figures (numbers and masked cells only) is right-aligned. */
  align?: Alignment[];
}

export interface BarSeries {
  name: string;
  /** One per category; null is a masked figure: no bar, labelled as in its table (`masks`, else MASKED). */
  values: (number | null)[];
  /** One per category: how the table shows a masked figure (« < 5 », « s »); MASKED where absent. */
  masks?: (string | null)[];
}

export interface BarChartBlock {
  kind: 'barChart';
  caption: string;
  categories: string[];
  series: BarSeries[];
  /** What the values count (the value axis' name), e.g. « Élèves ». */
  unit?: string;
  note?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** INSEE's mark for a figure under statistical secrecy. */
export const MASKED = 's';

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/**
 * A figure as French readers write it. Intl separates thousands with a narrow no-break space
 * (U+202F), a glyph the bundled Roboto lacks: a plain no-break space prints everywhere and still
 * keeps « 1 234 » on one line.
 */
export const formatNumber = (value: number) => NUMBER.format(value).replace(/\u202f/g, '\u00a0');

export const formatCell = (cell: Cell) =>
  cell === null ? MASKED : typeof cell === 'number' ? formatNumber(cell) : cell;

/**
 * Text as French typography sets it: « ; : ! ? » and the guillemets' insides hold to their word with
 * a no-break space, so that no line starts with « » » or « : ». U+202F, the narrow one French
 * typography prefers, is a glyph the bundled Roboto lacks: a plain no-break space stands for it.
 */
export const printable = (text: string) =>
  text
    .replace(/\u202f/g, '\u00a0')
    .replace(/« /g, '«\u00a0')
    .replace(/ ([»;:!?])/g, '\u00a0$1');

export function columnAlignments(table: TableBlock): Alignment[] {
  return table.columns.map((_, index) => {
    const given = table.align?.[index];
    if (given) return given;
    const cells = table.rows.map((row) => row[index]);
    const figures = cells.length > 0 && cells.every((cell) => typeof cell === 'number' || cell === null);
    return figures ? 'right' : 'left';
  });
}

/** « le 30 mars 2026 à 14:05 », in the instance's zone rather than the server's. */
export function generatedLabel(doc: Document) {
  const when = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: doc.timeZone ?? 'Europe/Paris',
  }).format(doc.generatedAt);
  return printable(`Document généré le ${when}`);
}

/**
 * The blocks with each page break that would end the document, or follow another, dropped: either
 * would leave a blank page.
 */
export function meaningfulBlocks(blocks: Block[]): Block[] {
  return blocks.filter(
    (block, index) =>
      block.kind !== 'pageBreak' || (index < blocks.length - 1 && blocks[index + 1]?.kind !== 'pageBreak'),
  );
}
