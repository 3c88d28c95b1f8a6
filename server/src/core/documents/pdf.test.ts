import fs from 'node:fs/promises';
import path from 'node:path';
import { pdfToPng } from 'pdf-to-png-converter';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';
import { sampleBilan, TEST_OUTPUT } from './sample-document.js';

/** Each page's text as a reader's copy-paste would give it: items in drawing order, blanks folded. */
async function pageTexts(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const strings = content.items.map((item) => ('str' in item ? item.str : ''));
    texts.push(strings.join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return texts;
}

/** Share of a page's pixels that are not paper white, and of those in the chart's first colour (#0072B2). */
function ink(png: Buffer) {
  const image = PNG.sync.read(png);
  let inked = 0;
  let firstSeries = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (r < 235 || g < 235 || b < 235) inked++;
    if (Math.abs(r - 0x00) < 24 && Math.abs(g - 0x72) < 24 && Math.abs(b - 0xb2) < 24) firstSeries++;
  }
  const pixels = image.width * image.height;
  return { inked: inked / pixels, firstSeries: firstSeries / pixels, width: image.width, height: image.height };
}

describe('renderPdf', () => {
  let pdf: Buffer;
  let texts: string[];

  beforeAll(async () => {
    pdf = await renderPdf(sampleBilan());
    texts = await pageTexts(pdf);
    await fs.mkdir(TEST_OUTPUT, { recursive: true });
    await fs.writeFile(path.join(TEST_OUTPUT, 'bilan.pdf'), pdf);
  });

  it('is an A4 PDF whose 80-row table runs over three pages, with no blank page after the last page break', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const [, , width, height] = (await document.getPage(1)).view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    // Title, chart and the table's first rows; two more pages of rows; the page the break opens.
    expect(document.numPages).toBe(4);
    await document.destroy();
  });

  it('numbers each page « Page X sur Y » and carries the issuer, the title and the footer note on each', () => {
    texts.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} sur ${texts.length}`);
      expect(text).toContain('Maillage — Plateforme des coordinations éducatives');
      expect(text).toContain('Bilan annuel 2026 « Réussite éducative »');
      expect(text).toContain('Secret statistique : les effectifs inférieurs à 5 sont masqués (« s »)');
    });
    expect(texts[0]).toContain('Page 1 sur 4');
  });

  it('keeps the French text whole: accents, ligatures, guillemets, euro sign, characters XML would escape', () => {
    expect(texts[0]).toContain('Comité de pilotage — année scolaire 2025-2026');
    expect(texts[0]).toContain('Document généré le 30 mars 2026 à 14:05');
    expect(texts[0]).toContain('le coût moyen d’un parcours est de 1 234,50 €');
    expect(texts[0]).toContain('Deuxième ligne : œuvre, Ça, Être, naïve, « guillemets » et <balises> & esperluette.');
    expect(texts[0]).toContain('Tutorat « grands frères »');
  });

  it('repeats the table caption and header on each page it runs onto, and shows masked figures as « s »', () => {
    const tablePages = texts.filter((text) => text.includes('Tableau 1 — Élèves accompagnés par secteur'));
    expect(tablePages).toHaveLength(3);
    for (const text of tablePages) expect(text).toContain('Secteur Élèves Référents Taux de présence (%)');
    // Row 4 (index 3) has its count masked: the « s » stands between its name and its referents.
    expect(texts[0]).toContain('Hautes-Alpes — secteur 4 s 39');
    expect(texts[0]).toContain('Ain — secteur 1 1 000 0 62,5');
    expect(texts[2]).toContain('Creuse — secteur 77');
    expect(texts[3]).toContain('Perspectives');
  });

  it('draws the chart as vectors: axis, category and value labels are text, masked bars labelled as in their table', () => {
    const chart = texts[0]!.slice(texts[0]!.indexOf('Graphique 1'), texts[0]!.indexOf('s : secret statistique.'));
    for (const label of ['Élèves', '1 800', 'Ain', 'Ardèche', 'Côte-d’Or', 'Bouches-du-Rhône', '2025', '2026']) {
      expect(chart).toContain(label);
    }
    for (const value of ['120', '140', '80', '45', '1 530', '1 710']) expect(chart).toContain(value);
    // One masked bar labelled « s » by default, the other « < 5 » as its table cell says.
    expect(chart.match(/ s /g)).toHaveLength(1);
    expect(chart).toContain('< 5');
  });

  it('renders to non-blank pages, the chart in colour, left as PNG for a person to look at', async () => {
    const pages = await pdfToPng(new Uint8Array(pdf), { viewportScale: 1.5 });
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      const measured = ink(page.content!);
      expect(measured.width).toBe(Math.floor(595 * 1.5));
      // A page of text and rules inks a few percent of its surface; a blank page none.
      expect(measured.inked).toBeGreaterThan(page.pageNumber === 4 ? 0.003 : 0.03);
      await fs.writeFile(path.join(TEST_OUTPUT, `bilan-pdf-page-${page.pageNumber}.png`), page.content!);
    }
    expect(ink(pages[0]!.content!).firstSeries).toBeGreaterThan(0.01);
    expect(ink(pages[1]!.content!).firstSeries).toBe(0);
  });

  it('writes numbers and masked cells the same whatever the row, and blanks a short row', async () => {
    const doc = sampleBilan(3);
    doc.blocks = [
      {
        kind: 'table',
        caption: 'Court',
        columns: ['A', 'B', 'C'],
        rows: [
          ['x', 1234567.891],
          ['y', null, 2],
        ],
      },
    ];
    const [text] = await pageTexts(await renderPdf(doc));
    expect(text).toContain('A B C x 1 234 567,89 y s 2');
  });

  it('never leaves a short table’s last rows alone on the next page: it moves whole', async () => {
    const doc = sampleBilan(3);
    const rows = Array.from({ length: 8 }, (_, i) => [`Ligne ${i + 1}`, i * 10]);
    // Filler pushing the table down the first page, by steps, so that some height of it cuts the table.
    for (let filler = 30; filler <= 44; filler += 2) {
      doc.blocks = [
        { kind: 'list', items: Array.from({ length: filler }, (_, i) => `Élément ${i + 1}`) },
        { kind: 'table', caption: 'Tableau court', columns: ['Nom', 'Effectif'], rows: [...rows, ['Total', 280]] },
      ];
      const texts = await pageTexts(await renderPdf(doc));
      const holding = texts.filter((t) => /Tableau court|Ligne \d|Total/.test(t));
      expect(holding, `filler ${filler}`).toHaveLength(1);
      expect(holding[0]).toMatch(/Tableau court.*Ligne 1 .*Ligne 8 .*Total 280/);
    }
  });
});
