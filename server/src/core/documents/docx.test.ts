import fs from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { sampleBilan, TEST_OUTPUT } from './sample-document.js';

/** A part's text runs, entities decoded and no-break spaces made plain, as Word would show them. */
function texts(xml: string) {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\u00a0/g, ' '),
  );
}

/** The paragraphs (w:p) of a part, each with its style and its text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((match) => {
    const inner = match[1] ?? match[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1], text: texts(inner).join(''), xml: inner };
  });
}

describe('renderDocx', () => {
  let zip: JSZip;
  let document: string;

  beforeAll(async () => {
    const docx = await renderDocx(sampleBilan());
    await fs.mkdir(TEST_OUTPUT, { recursive: true });
    await fs.writeFile(path.join(TEST_OUTPUT, 'bilan.docx'), docx);
    zip = await JSZip.loadAsync(docx);
    document = await zip.file('word/document.xml')!.async('string');
  });

  const part = async (name: string) => zip.file(name)!.async('string');

  it('is a Word package with its document, styles, header and footer parts', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) {
      expect(zip.file(name), name).not.toBeNull();
    }
    expect(zip.file(/^word\/header\d*\.xml$/)).toHaveLength(1);
    expect(zip.file(/^word\/footer\d*\.xml$/)).toHaveLength(1);
  });

  it("writes headings in Word's Heading 1–3 styles, which its navigation pane lists", async () => {
    const headings = paragraphs(document).filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading1', 'Synthèse'],
      ['Heading2', 'Détail par secteur'],
      ['Heading1', 'Perspectives'],
      ['Heading3', 'Année 2026-2027'],
    ]);
    expect(paragraphs(document)[0]).toMatchObject({ style: 'Title', text: 'Bilan annuel 2026 « Réussite éducative »' });
    // The navigation pane lists paragraphs by outline level, which the heading styles carry.
    const styles = await part('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
    expect(styles).toMatch(/w:styleId="Heading3".*?<w:outlineLvl w:val="2"\/>/s);
  });

  it('keeps the French text and the characters XML escapes', () => {
    const all = texts(document).join('\n');
    expect(all).toContain('Les élèves accompagnés ont progressé ; le coût moyen d’un parcours est de 1 234,50 €.');
    // The paragraph's second line is a line break within it (w:br), not a second paragraph.
    expect(all).toContain('Deuxième ligne : œuvre, Ça, Être, naïve, « guillemets » et <balises> & esperluette.');
    expect(document).toContain('&lt;balises&gt; &amp; esperluette');
    const paragraph = paragraphs(document).find((p) => p.text.startsWith('Les élèves'))!;
    expect(paragraph.xml).toContain('<w:br/>');
    const bullets = paragraphs(document).filter((p) => p.xml.includes('<w:numPr>'));
    expect(bullets.map((p) => p.text)).toEqual([
      'Ateliers du mercredi',
      'Tutorat « grands frères »',
      'Accueil des familles',
    ]);
  });

  it('makes the table a real table: a header row Word repeats on each page, figures right-aligned, « s » for masked', () => {
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(document)![1]!;
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((m) => m[1] ?? m[2] ?? '');
    expect(rows).toHaveLength(81);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    const cells = (row: string) => [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => texts(m[1]!).join(''));
    expect(cells(rows[0]!)).toEqual(['Secteur', 'Élèves', 'Référents', 'Taux de présence (%)']);
    expect(cells(rows[1]!)).toEqual(['Ain — secteur 1', '1 000', '0', '62,5']);
    expect(cells(rows[4]!)).toEqual(['Hautes-Alpes — secteur 4', 's', '39', '83,5']);
    expect(rows[1]).toContain('<w:jc w:val="right"/>');
    const caption = paragraphs(document).find((p) => p.style === 'Caption' && p.text.startsWith('Tableau 1'));
    expect(caption?.text).toBe('Tableau 1 — Élèves accompagnés par secteur');
  });

  it('puts the issuer in the header, the footer note and « Page X sur Y » fields in the footer', async () => {
    const header = await part(zip.file(/^word\/header\d*\.xml$/)[0]!.name);
    expect(texts(header)).toContain('Maillage — Plateforme des coordinations éducatives');
    const footer = await part(zip.file(/^word\/footer\d*\.xml$/)[0]!.name);
    expect(texts(footer).join('')).toContain('Données au 28 février 2026. Secret statistique');
    expect(footer).toMatch(/Page .*?PAGE.*? sur .*?NUMPAGES/s);
  });

  it('embeds the chart as a picture with its figures in the alternative text', async () => {
    const media = zip.file(/^word\/media\/.+\.png$/);
    expect(media).toHaveLength(1);
    const png = PNG.sync.read(await media[0]!.async('nodebuffer'));
    expect([png.width, png.height]).toEqual([515 * 3, 280 * 3]);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 235 || png.data[i + 2]! < 235) inked++;
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.03);
    await fs.writeFile(path.join(TEST_OUTPUT, 'bilan-docx-chart.png'), PNG.sync.write(png));

    const relations = await part('word/_rels/document.xml.rels');
    expect(relations).toContain(`Target="media/${path.basename(media[0]!.name)}"`);
    expect(document).toContain('<wp:docPr');
    const plain = document.replace(/\u00a0/g, ' ');
    expect(plain).toContain('title="Graphique 1 — Élèves accompagnés par département"');
    expect(plain).toContain('descr="2025 : Ain 120, Ardèche 80, Côte-d’Or s, Bouches-du-Rhône 1 530 ; 2026 : ');
  });

  it('starts the block after a page break on a new page, and leaves none at the end', () => {
    const breaks = paragraphs(document).filter((p) => p.xml.includes('<w:pageBreakBefore/>'));
    expect(breaks.map((p) => p.text)).toEqual(['Perspectives']);
    expect(document).not.toContain('<w:br w:type="page"/>');
  });

  it('names the document and its issuer in its properties', async () => {
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Bilan annuel 2026 « Réussite éducative »</dc:title>');
    expect(core).toContain('<dc:creator>Maillage — Plateforme des coordinations éducatives</dc:creator>');
  });
});
