import type { FileChild, Paragraph as ParagraphType } from 'docx';
import { barChartPng, CHART_SIZE } from './chart.js';
import {
  columnAlignments,
  formatCell,
  formatNumber,
  generatedLabel,
  MASKED,
  meaningfulBlocks,
  printable,
  type Alignment,
  type BarChartBlock,
  type Block,
  type Cell,
  type Document,
  type TableBlock,
} from './model.js';

/** docx, loaded on the first draft: the server starts without it. */
type Docx = typeof import('docx');
let docxLoaded: Promise<Docx> | undefined;
const loadDocx = () => (docxLoaded ??= import('docx'));

// Word measures pages in twentieths of a point (twips) and images in pixels at 96 dpi.
const A4 = { width: 11906, height: 16838 };
const PAGE_MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.width - 2 * PAGE_MARGIN;
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);
const MUTED = '555555';
const HEADER_FILL = 'E6ECF2';
const RULE = '9AA5B1';

/** Lines of a paragraph as runs, each after the first opening with a line break (w:br). */
function runs(docx: Docx, text: string, options: { italics?: boolean } = {}) {
  return printable(text)
    .split('\n')
    .map((line, index) => new docx.TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function alignment(docx: Docx, align: Alignment | undefined) {
  return align === 'right'
    ? docx.AlignmentType.RIGHT
    : align === 'center'
      ? docx.AlignmentType.CENTER
      : docx.AlignmentType.LEFT;
}

function caption(docx: Docx, text: string, pageBreakBefore: boolean) {
  // Word's own « Légende » style (styleId Caption), kept on the page of what it names.
  return new docx.Paragraph({ style: 'Caption', keepNext: true, pageBreakBefore, children: runs(docx, text) });
}

function note(docx: Docx, text: string) {
  return new docx.Paragraph({ style: 'Note', children: runs(docx, text) });
}

/**
 * Figures take what they need, text columns share the rest: even columns would wrap a school's
 * name over three lines beside a column of two-digit counts.
 */
function columnWidths(align: Alignment[]) {
  const figures = align.filter((alignment) => alignment === 'right').length;
  const texts = align.length - figures;
  const figure = texts === 0 ? TEXT_WIDTH / figures : Math.min(1500, TEXT_WIDTH / (2 * figures));
  const text = texts === 0 ? 0 : (TEXT_WIDTH - figure * figures) / texts;
  return align.map((alignment) => Math.floor(alignment === 'right' ? figure : text));
}

/**
 * A real Word table: its first row is marked as the header (w:tblHeader), which Word repeats on each
 * page the table runs onto; no row is split across two pages.
 */
function table(docx: Docx, block: TableBlock, pageBreakBefore: boolean): FileChild[] {
  const align = columnAlignments(block);
  const border = { style: docx.BorderStyle.SINGLE, size: 4, color: RULE };
  const cell = (value: Cell, index: number, header: boolean) =>
    new docx.TableCell({
      ...(header ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children: [
        new docx.Paragraph({
          alignment: alignment(docx, align[index]),
          style: 'TableText',
          children: [new docx.TextRun({ text: printable(formatCell(value)), bold: header, italics: value === null })],
        }),
      ],
    });
  const header = new docx.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, index) => cell(column, index, true)),
  });
  const rows = block.rows.map(
    (row) =>
      new docx.TableRow({
        cantSplit: true,
        children: block.columns.map((_, index) => cell(index < row.length ? (row[index] as Cell) : '', index, false)),
      }),
  );
  return [
    caption(docx, block.caption, pageBreakBefore),
    new docx.Table({
      width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
      columnWidths: columnWidths(align),
      borders: {
        top: border,
        bottom: border,
        left: { style: docx.BorderStyle.NONE, size: 0, color: 'auto' },
        right: { style: docx.BorderStyle.NONE, size: 0, color: 'auto' },
        insideHorizontal: border,
        insideVertical: { style: docx.BorderStyle.NONE, size: 0, color: 'auto' },
      },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      rows: [header, ...rows],
    }),
    ...(block.note ? [note(docx, block.note)] : []),
  ];
}

/** The chart's figures in words, for a screen reader and for whoever edits the draft. */
function chartDescription(block: BarChartBlock) {
  return block.series
    .map(
      (series) =>
        `${series.name} : ` +
        block.categories
          .map((category, index) => {
            const value = series.values[index];
            return `${category} ${value === null || value === undefined ? MASKED : formatNumber(value)}`;
          })
          .join(', '),
    )
    .join(' ; ');
}

/**
 * The chart as a picture: the same ECharts SVG as the PDF's, drawn to PNG by resvg at three times its
 * size so that it prints sharp. Not the SVG itself, which Word shows only since 2016 and whose text
 * placement (dominant-baseline) it does not follow; not a table of shaded cells either, which reads
 * as a table rather than a chart. docx cannot write a native, editable Word chart; the figures stay
 * editable in the alternative text and, in a bilan, in the table beside the chart.
 */
async function chart(docx: Docx, block: BarChartBlock, pageBreakBefore: boolean): Promise<FileChild[]> {
  const png = await barChartPng(block);
  const width = TEXT_WIDTH_PX;
  const height = Math.round((width * CHART_SIZE.height) / CHART_SIZE.width);
  return [
    caption(docx, block.caption, pageBreakBefore),
    new docx.Paragraph({
      keepNext: Boolean(block.note),
      children: [
        new docx.ImageRun({
          type: 'png',
          data: png,
          transformation: { width, height },
          altText: {
            name: printable(block.caption),
            title: printable(block.caption),
            description: printable(chartDescription(block)),
          },
        }),
      ],
    }),
    ...(block.note ? [note(docx, block.note)] : []),
  ];
}

async function children(docx: Docx, block: Block, pageBreakBefore: boolean): Promise<FileChild[]> {
  switch (block.kind) {
    case 'heading': {
      const heading = [docx.HeadingLevel.HEADING_1, docx.HeadingLevel.HEADING_2, docx.HeadingLevel.HEADING_3][
        block.level - 1
      ];
      return [new docx.Paragraph({ heading, pageBreakBefore, children: runs(docx, block.text) })];
    }
    case 'paragraph':
      return [new docx.Paragraph({ pageBreakBefore, children: runs(docx, block.text) })];
    case 'list':
      return block.items.map(
        (item, index): ParagraphType =>
          new docx.Paragraph({
            bullet: { level: 0 },
            pageBreakBefore: pageBreakBefore && index === 0,
            children: runs(docx, item),
          }),
      );
    case 'table':
      return table(docx, block, pageBreakBefore);
    case 'barChart':
      return chart(docx, block, pageBreakBefore);
    case 'pageBreak':
      return [];
  }
}

/**
 * The document as an editable Word draft: headings in Word's Heading 1–3 styles (its navigation pane
 * and table of contents use them), real tables, the issuer in the header, the footer note and
 * « Page X sur Y » (fields Word keeps up to date) in the footer.
 */
export async function renderDocx(doc: Document): Promise<Buffer> {
  const docx = await loadDocx();
  const title = printable(doc.title);
  const issuer = printable(doc.issuer);

  const body: FileChild[] = [
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: runs(docx, doc.title) }),
    ...(doc.subtitle ? [new docx.Paragraph({ style: 'Subtitle', children: runs(docx, doc.subtitle) })] : []),
    new docx.Paragraph({ style: 'Note', children: runs(docx, generatedLabel(doc), { italics: true }) }),
  ];
  // A page break is Word's « saut de page avant » on the next block: no empty paragraph left to delete.
  let breakBefore = false;
  for (const block of meaningfulBlocks(doc.blocks)) {
    if (block.kind === 'pageBreak') {
      breakBefore = true;
      continue;
    }
    body.push(...(await children(docx, block, breakBefore)));
    breakBefore = false;
  }

  const header = new docx.Header({
    children: [
      new docx.Paragraph({
        style: 'Header',
        tabStops: [{ type: docx.TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: docx.BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [
          new docx.TextRun({ text: issuer, bold: true }),
          new docx.TextRun({ children: [new docx.Tab(), title], color: MUTED }),
        ],
      }),
    ],
  });
  const footer = new docx.Footer({
    children: [
      ...(doc.footerNote ? [new docx.Paragraph({ style: 'Footer', children: runs(docx, doc.footerNote) })] : []),
      new docx.Paragraph({
        style: 'Footer',
        alignment: docx.AlignmentType.RIGHT,
        children: [
          new docx.TextRun({ children: ['Page ', docx.PageNumber.CURRENT, ' sur ', docx.PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });

  const document = new docx.Document({
    // Properties are searched and listed, not typeset: the text as given.
    title: doc.title,
    creator: doc.issuer,
    lastModifiedBy: doc.issuer,
    ...(doc.subtitle ? { subject: doc.subtitle } : {}),
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 21, language: { value: 'fr-FR' } },
          // The rule named: LibreOffice takes a bare w:line as exact, and clips a picture to one line.
          paragraph: { spacing: { after: 120, line: 264, lineRule: docx.LineRuleType.AUTO } },
        },
        title: { run: { font: 'Calibri Light', size: 48, bold: false, color: '000000' } },
        heading1: {
          run: { font: 'Calibri Light', size: 32, bold: false, color: '1F3864' },
          paragraph: { outlineLevel: 0, spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: 'Calibri Light', size: 26, bold: false, color: '1F3864' },
          paragraph: { outlineLevel: 1, spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
        },
        heading3: {
          run: { font: 'Calibri', size: 22, bold: true, color: '1F3864' },
          paragraph: { outlineLevel: 2, spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 28, color: MUTED },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
        {
          id: 'Note',
          name: 'Note',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 16, color: MUTED },
          paragraph: { spacing: { before: 40, after: 160 } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: docx.LineRuleType.AUTO } },
        },
        // Word's own Header and Footer styles, which its field runs (page numbers) take their size from.
        { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 16 }, paragraph: { spacing: { after: 0 } } },
        {
          id: 'Footer',
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 15, color: MUTED },
          paragraph: { spacing: { after: 40 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: docx.PageOrientation.PORTRAIT },
            margin: {
              top: PAGE_MARGIN,
              bottom: PAGE_MARGIN,
              left: PAGE_MARGIN,
              right: PAGE_MARGIN,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}
