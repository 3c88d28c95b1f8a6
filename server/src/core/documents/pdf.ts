import { barChartSvg, CHART_SIZE, ROBOTO } from './chart.js';
import {
  columnAlignments,
  formatCell,
  generatedLabel,
  meaningfulBlocks,
  printable,
  type Block,
  type Cell,
  type Document,
  type TableBlock,
} from './model.js';

const MARGIN = 40;
const MUTED = '#555555';
const RULE = '#9aa5b1';
const HEADER_FILL = '#e6ecf2';
const BAND_FILL = '#f6f8fa';

/** pdfmake's document definition: plain objects, read by pdfmake alone (see pdfmake.d.ts). */
type Content = Record<string, unknown>;
type TableNode = { table: { body: unknown[] } };

/**
 * pdfmake, loaded and set up on the first PDF: some 27 MB of resident memory that a server which
 * never prints would carry for nothing. It is a singleton: fonts and policies are set once here.
 */
let pdfmakeLoaded: Promise<(typeof import('pdfmake'))['default']> | undefined;
const loadPdfmake = () =>
  (pdfmakeLoaded ??= (async () => {
    const pdfmake = (await import('pdfmake')).default;
    pdfmake.setFonts({ Roboto: ROBOTO });
    // A document holds users' text only: it never makes pdfmake fetch a URL or read a file but the fonts.
    const fontFiles = new Set(Object.values(ROBOTO));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
    return pdfmake;
  })());

/** Horizontal rules only, the caption row bare, the column header filled, rows banded for the eye. */
const tableLayout = {
  hLineWidth: (i: number, node: TableNode) => (i <= 1 ? 0 : i === 2 || i === node.table.body.length ? 0.8 : 0.3),
  hLineColor: (i: number) => (i === 2 ? '#4a5560' : RULE),
  vLineWidth: () => 0,
  fillColor: (row: number) => (row === 1 ? HEADER_FILL : row > 1 && row % 2 === 1 ? BAND_FILL : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/**
 * The caption is the table's first header row: pdfmake repeats header rows on each page the table
 * runs onto, so a reader of its third page still sees which table and which column is which.
 */
function table(block: TableBlock): Content {
  const align = columnAlignments(block);
  const width = block.columns.length;
  const caption: Content[] = [
    { text: printable(block.caption), style: 'caption', colSpan: width },
    ...Array.from({ length: width - 1 }, () => ({})),
  ];
  const header: Content[] = block.columns.map((column, index) => ({
    text: printable(column),
    style: 'tableHeader',
    alignment: align[index],
  }));
  const rows: Content[][] = block.rows.map((row) =>
    block.columns.map((_, index) => {
      // A row shorter than the columns ends in blanks; a null within it is a masked figure.
      const cell = index < row.length ? (row[index] as Cell) : '';
      return { text: printable(formatCell(cell)), alignment: align[index], italics: cell === null };
    }),
  );
  const nodes: Content[] = [
    {
      table: {
        headerRows: 2,
        // The header stays on the page of at least one row of figures.
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        // Text columns share what figures leave them.
        widths: align.map((alignment) => (alignment === 'right' ? 'auto' : '*')),
        body: [caption, header, ...rows],
      },
      layout: tableLayout,
      style: 'table',
    },
  ];
  if (block.note) nodes.push({ text: printable(block.note), style: 'note' });
  // A short table moves whole to the next page rather than leave a row or two (its total) alone there.
  return { stack: nodes, style: 'block', ...(block.rows.length <= SHORT_TABLE_ROWS ? { unbreakable: true } : {}) };
}

/** Up to this many rows a table fits on a page and is never split. */
const SHORT_TABLE_ROWS = 20;

async function content(block: Block): Promise<Content | null> {
  switch (block.kind) {
    case 'heading':
      return { text: printable(block.text), style: `h${block.level}`, headlineLevel: block.level };
    case 'paragraph':
      return { text: printable(block.text), style: 'body' };
    case 'list':
      return { ul: block.items.map(printable), style: 'body' };
    case 'table':
      return table(block);
    case 'barChart':
      return {
        stack: [
          { text: printable(block.caption), style: 'caption' },
          // Vectors: the SVG's shapes and text become the PDF's own, sharp at any zoom and searchable.
          { svg: await barChartSvg(block), width: CHART_SIZE.width },
          ...(block.note ? [{ text: printable(block.note), style: 'note' }] : []),
        ],
        unbreakable: true,
        style: 'block',
      };
    case 'pageBreak':
      return null;
  }
}

/**
 * A page break starts the next block on a new page. An empty node breaking after itself would not:
 * after a full page it is set on a page of its own, left blank.
 */
async function body(blocks: Block[]): Promise<Content[]> {
  const nodes: Content[] = [];
  let breakBefore = false;
  for (const block of meaningfulBlocks(blocks)) {
    const node = await content(block);
    if (node === null) {
      breakBefore = nodes.length > 0;
      continue;
    }
    nodes.push(breakBefore ? { ...node, pageBreak: 'before' } : node);
    breakBefore = false;
  }
  return nodes;
}

export async function pdfDefinition(doc: Document): Promise<Content> {
  const title = printable(doc.title);
  const issuer = printable(doc.issuer);
  const footerNote = doc.footerNote ? printable(doc.footerNote) : '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, 58, MARGIN, 62],
    language: 'fr-FR',
    // Properties are searched and listed, not typeset: the text as given.
    info: {
      title: doc.title,
      author: doc.issuer,
      creator: doc.issuer,
      ...(doc.subtitle ? { subject: doc.subtitle } : {}),
      creationDate: doc.generatedAt,
    },
    header: () => ({
      margin: [MARGIN, 24, MARGIN, 0],
      stack: [
        {
          columns: [
            { text: issuer, bold: true, width: 'auto' },
            { text: title, alignment: 'right', color: MUTED, width: '*' },
          ],
          columnGap: 12,
          fontSize: 8,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 595 - 2 * MARGIN, y2: 4, lineWidth: 0.5, lineColor: RULE }] },
      ],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      margin: [MARGIN, 14, MARGIN, 0],
      columns: [
        { text: footerNote, width: '*', color: MUTED },
        { text: `Page ${currentPage} sur ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
      columnGap: 12,
      fontSize: 7.5,
    }),
    // A heading is never the last line of its page, cut from what it introduces.
    pageBreakBefore: (node: { headlineLevel?: number }, queries: { getFollowingNodesOnPage: () => unknown[] }) =>
      node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0,
    content: [
      { text: title, style: 'title' },
      ...(doc.subtitle ? [{ text: printable(doc.subtitle), style: 'subtitle' }] : []),
      { text: generatedLabel(doc), style: 'generated' },
      ...(await body(doc.blocks)),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true },
      subtitle: { fontSize: 13, color: MUTED, margin: [0, 4, 0, 0] },
      generated: { fontSize: 8, italics: true, color: MUTED, margin: [0, 4, 0, 0] },
      h1: { fontSize: 15, bold: true, margin: [0, 16, 0, 0] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 0] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 0] },
      // Space goes above blocks, never below: a bottom margin past a full page opens a blank one.
      body: { margin: [0, 6, 0, 0] },
      block: { margin: [0, 10, 0, 0] },
      caption: { bold: true, margin: [0, 0, 0, 3] },
      table: { fontSize: 9 },
      tableHeader: { bold: true },
      note: { fontSize: 8, italics: true, color: MUTED, margin: [0, 3, 0, 0] },
    },
  };
}

/** The document as an A4 PDF, in Roboto (embedded, subset), its charts drawn as vectors. */
export async function renderPdf(doc: Document): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  const definition = await pdfDefinition(doc);
  return pdfmake.createPdf(definition).getBuffer();
}
