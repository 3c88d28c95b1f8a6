/**
 * PSAD bilans for the COPIL: the Bourges referent imports the Bourges SIEI list, assigns three young
 * people to the Mission Locale and closes two; the Vierzon referent imports three. The Bourges referent
 * opens « Bilan » (every table beside the previous period, charts, the rule), writes the « Analyse des
 * besoins », downloads the PDF and the DOCX through the page's buttons, and the test opens them: the
 * PDF's pages rendered to PNG (e2e/output/bilan-pdf-page-N.png, for a person to look at) and its text
 * read with pdfjs, the DOCX unzipped. Then another school year. Last, the regional coordinator opens
 * « Bilan régional »: both platforms side by side, Vierzon's small counts masked. On an app of its own:
 * its cases would disturb the other journeys' counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { pdfToPng } from 'pdf-to-png-converter';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkPage,
  launchBrowser,
  mainNavigation,
  openSession,
  plain,
  pressEnterOn,
  settle,
  waitForPath,
  type Session,
} from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, reportFailures, Shots, signInWithKeyboard } from '../support/journey';
import { outputDir, repoRoot } from '../support/paths';
import { startApp } from '../support/server';

const BOURGES_FILE = path.join(
  repoRoot,
  'server',
  'src',
  'modules',
  'psad',
  'import',
  'fixtures',
  'siei-2026-S2-bourges.csv',
);
const BOURGES = 'PSAD du bassin de Bourges';
const VIERZON = 'PSAD du bassin de Vierzon';
const MISSION_LOCALE = 'Mission Locale de Bourges';
const VIERZON_REFERENT = { email: 'referent.vierzon@demo.test', displayName: 'Valérie Vierzon' };
const COORDINATOR = { email: 'coordination@demo.test', displayName: 'Régine Coordination' };
const NEEDS =
  'Les jeunes de 16 à 17 ans sans solution se concentrent sur Bourges-Nord : renforcer les permanences du CIO.';
const PERSPECTIVES = 'Ouvrir une permanence mobile à Saint-Florent-sur-Cher au printemps.';
const RULE = 'Aucun effectif compris entre 1 et 4';

let browser: Browser;
let app: { baseUrl: string; stop: () => Promise<void> } | null = null;
const sessions: Record<'referent' | 'vierzon' | 'coordinator' | 'viewer', Session> = {} as never;
const shots = new Shots('bilan');

beforeAll(async () => {
  // The régional bilan adds up figures kept per platform for up to 30 minutes (refreshed every 15): here
  // the lists are imported minutes before the coordinator looks, so every figure is computed afresh.
  if (!process.env.E2E_BASE_URL) app = await startApp('bilan-server.log', { BILAN_FIGURES_MAX_AGE_MINUTES: '0' });
  browser = await launchBrowser();
  for (const key of ['referent', 'vierzon', 'coordinator', 'viewer'] as const) {
    sessions[key] = await openSession(browser, app?.baseUrl ?? inject('baseUrl'));
  }
});
reportFailures(() => Object.values(sessions).map((session) => session.page));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The school year under way in Paris, as its first year (2026 for 2026-2027). */
function schoolYearStart(): number {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return m >= 9 ? y : y - 1;
}

/** A SIEI list of three young people of Vierzon. */
function vierzonList(): string {
  const header =
    "INE;Nom;Prénom;Date de naissance;Sexe;Adresse;Code postal;Commune;Téléphone;Courriel;UAI établissement d'origine;Dernière formation;Date de sortie;Diplôme le plus élevé";
  const rows = [
    ['800000021NN', 'CHÊNE', 'Alix', '03/02/2009', 'F'],
    ['800000022NN', 'FRÊNE', 'Basile', '14/05/2007', 'M'],
    ['800000023NN', 'ÉRABLE', 'Céleste', '21/09/2008', 'F'],
  ].map(([ine, last, first, born, sex]) =>
    [
      ine,
      last,
      first,
      born,
      sex,
      '2 rue de la Gare',
      '18100',
      'Vierzon',
      '',
      '',
      '0180042Y',
      'CAP',
      '30/06/2026',
      'AUCUN',
    ].join(';'),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

async function importList(page: Page, campaign: string, file: string): Promise<void> {
  await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
  await page.getByLabel('Campagne').fill(campaign);
  await page.getByLabel('Fichier de la liste (CSV)').setInputFiles(file);
  await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer et prévisualiser' }));
  await page.getByRole('heading', { level: 2, name: /^Aperçu de « / }).waitFor({ timeout: 60_000 });
  await pressEnterOn(page, page.getByRole('button', { name: "Confirmer l'import" }));
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Oui, importer/ }).waitFor();
  await pressEnterOn(page, dialog.getByRole('button', { name: /^Oui, importer/ }));
  await page.getByRole('heading', { level: 2, name: /^Import confirmé/ }).waitFor({ timeout: 120_000 });
  await settle(page);
}

const h1 = async (page: Page) => plain(await page.getByRole('heading', { level: 1 }).innerText());

/** A table's rows as the text of their cells (the row header first). */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) =>
      [...r.querySelectorAll('th, td')].map((c) =>
        // What the eye reads: a masked cell's visually hidden explanation left out.
        [...c.childNodes]
          .map((n) =>
            n instanceof HTMLElement ? (n.querySelector('abbr')?.textContent ?? n.textContent) : n.textContent,
          )
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    ),
  );
}

/** Presses a download button and saves what it downloads under e2e/output. */
async function download(page: Page, button: Locator, saveAs: string): Promise<{ file: string; download: Download }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pressEnterOn(page, button)]);
  const file = path.join(outputDir, saveAs);
  await dl.saveAs(file);
  return { file, download: dl };
}

/** Each page's text, items in drawing order, blanks folded. */
async function pdfTexts(data: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return texts;
}

describe('PSAD bilans: a platform’s, with its documents, and the région’s', () => {
  it('the Bourges referent imports the Bourges list', async () => {
    const { page } = sessions.referent;
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await importList(page, '2026-S2', BOURGES_FILE);
  });

  it('assigns three young people to the Mission Locale and closes two', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect
      .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
      .toMatch(/^300 suivis/);
    await settle(page);
    const rows = list.locator('tbody tr');
    const toClose: string[] = [];
    for (let i = 3; i < 5; i++) toClose.push((await rows.nth(i).getByRole('link').first().getAttribute('href'))!);
    for (let i = 0; i < 3; i++)
      await rows
        .nth(i)
        .getByRole('checkbox', { name: /^Sélectionner / })
        .check();
    const form = page.getByRole('form', { name: 'Affecter des suivis à un partenaire' });
    await form.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: MISSION_LOCALE });
    await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
    const dialog = page.getByRole('dialog', { name: `Affecter 3 suivis à ${MISSION_LOCALE} ?` });
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Affecter 3 suivis' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 })
      .toBe(`3 suivis affectés à ${MISSION_LOCALE}.`);

    for (const url of toClose) {
      await page.goto(url);
      const close = page.getByRole('region', { name: 'Clôturer le suivi' });
      await close.getByRole('combobox', { name: 'Motif de clôture' }).selectOption({ label: 'Déjà en solution' });
      await pressEnterOn(page, close.getByRole('button', { name: 'Clôturer' }));
      await expect
        .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
        .toMatch(/clôtur/i);
    }
  });

  it('the Vierzon referent imports three young people', async () => {
    const { page } = sessions.vierzon;
    await signInWithKeyboard(page, shots, VIERZON_REFERENT);
    const file = path.join(outputDir, 'siei-bilan-vierzon.csv');
    fs.writeFileSync(file, vierzonList());
    await importList(page, '2026-S2', file);
  });

  it('« Bilan » from the navigation: every table beside the previous period, charts, the rule', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Bilan', '/psad/bilan');
    await expect.poll(() => h1(page)).toBe(`Bilan — ${BOURGES}`);
    await page.getByRole('heading', { level: 2, name: 'Jeunes repérés, par origine' }).waitFor({ timeout: 30_000 });
    await settle(page);
    const main = plain(await page.getByRole('main').innerText());
    const start = schoolYearStart();
    expect(main).toContain(
      `Période du 01/09/${start} au 31/08/${start + 1}, comparée à la période du 01/09/${start - 1} au 31/08/${start}.`,
    );
    expect(main).toContain(RULE);
    expect(main).toContain('Les documents pour le COPIL (PDF et DOCX) appliquent la règle');

    const origins = page.getByRole('table', { name: 'Jeunes repérés, par origine' });
    const headers = (await origins.locator('thead th').allInnerTexts()).map(plain);
    expect(headers).toEqual([
      'Libellé',
      `Période (01/09/${start} – 31/08/${start + 1})`,
      `Période précédente (01/09/${start - 1} – 31/08/${start})`,
    ]);
    expect(await tableRows(origins)).toContainEqual(['Listes SIEI', '300', '0']);
    // The referent follows these young people: exact figures on screen, the two closures shown.
    const closures = await tableRows(page.getByRole('table', { name: 'Suivis clos, par motif' }));
    expect(closures).toContainEqual(['Déjà en solution', '2', '0']);
    for (const title of [
      'Du repérage à la solution',
      'Mineurs soumis à l’obligation de formation (16-17 ans à la fin de la période)',
      'Délais médians (en jours, depuis l’entrée sur la liste)',
      'Transferts avec d’autres plateformes',
      'Réunions tenues, par instance',
      'Actions spécifiques de la plateforme',
    ]) {
      expect(await page.getByRole('table', { name: title }).count(), title).toBe(1);
    }
    // The tables worth drawing are drawn (three: origins, funnel, closures).
    expect(await page.locator('.grouped-chart').count()).toBe(3);
    await checkPage(page, shots.next('bilan'));
  });

  it('writes the « Analyse des besoins » and saves it', async () => {
    const { page } = sessions.referent;
    const form = page.getByRole('form', { name: 'Parties rédigées' });
    await form.getByLabel('Analyse des besoins', { exact: true }).fill(NEEDS);
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer les parties rédigées' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 })
      .toBe('Parties rédigées enregistrées : elles figurent dans les documents du bilan.');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Analyse des besoins', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe(NEEDS);
    await settle(page);
    await checkPage(page, shots.next('bilan-redige'));
  });

  it('a save over a newer version is refused; « Recharger le bilan » brings that version back', async () => {
    const { page } = sessions.referent;
    const form = page.getByRole('form', { name: 'Parties rédigées' });
    const save = (f: typeof form) => f.getByRole('button', { name: 'Enregistrer les parties rédigées' });
    // Meanwhile, in another tab, the same referent writes the « Perspectives locales ».
    const other = await page.context().newPage();
    await other.goto(page.url());
    const otherForm = other.getByRole('form', { name: 'Parties rédigées' });
    await expect
      .poll(() => otherForm.getByLabel('Analyse des besoins', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe(NEEDS);
    await otherForm.getByLabel('Perspectives locales', { exact: true }).fill(PERSPECTIVES);
    await pressEnterOn(other, save(otherForm));
    await expect
      .poll(async () => plain(await otherForm.getByRole('status').innerText()), { timeout: 15_000 })
      .toContain('Parties rédigées enregistrées');
    await other.close();
    // This tab read the version before: its save is refused, and says why.
    await form.getByLabel('Veille documentaire', { exact: true }).fill('Écrit sur une version dépassée.');
    await pressEnterOn(page, save(form));
    await page.getByRole('alert').filter({ hasText: 'Modifié entre-temps' }).waitFor({ timeout: 15_000 });
    await checkPage(page, shots.next('bilan-conflit'));
    await pressEnterOn(page, page.getByRole('button', { name: 'Recharger le bilan' }));
    await expect
      .poll(() => form.getByLabel('Perspectives locales', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe(PERSPECTIVES);
    expect(await form.getByLabel('Veille documentaire', { exact: true }).inputValue()).toBe('');
    expect(await form.getByLabel('Analyse des besoins', { exact: true }).inputValue()).toBe(NEEDS);
  });

  it('downloads the PDF through « Bilan PDF »: its pages rendered, its text read', async () => {
    const { page } = sessions.referent;
    const { file } = await download(page, page.getByRole('button', { name: 'Bilan PDF' }), 'bilan-bourges.pdf');
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(
      plain(
        await page
          .getByRole('group', { name: /^Télécharger le bilan/ })
          .locator('..')
          .getByRole('status')
          .innerText(),
      ),
    ).toMatch(/^Export PDF téléchargé : bilan-.*\.pdf\.$/);

    const pages = await pdfToPng(bytes.slice(), { viewportScale: 1.5 });
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) fs.writeFileSync(path.join(outputDir, `bilan-pdf-page-${p.pageNumber}.png`), p.content!);

    const text = (await pdfTexts(bytes.slice())).join(' ');
    expect(text).toContain(BOURGES);
    expect(text).toContain('Bilan');
    expect(text).toContain(RULE);
    // The section, wherever the page wrapped its lines.
    expect(text.replace(/\s+/g, ' ')).toContain('Les jeunes de 16 à 17 ans sans solution');
    expect(text.replace(/[\s-]+/g, '')).toContain(NEEDS.replace(/[\s-]+/g, ''));
  });

  it('downloads the DOCX through « Bilan DOCX (modifiable) »: the section and a table', async () => {
    const { page } = sessions.referent;
    const { file } = await download(
      page,
      page.getByRole('button', { name: 'Bilan DOCX (modifiable)' }),
      'bilan-bourges.docx',
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Its text, French spaces (before « : ») as plain ones.
    const words = xml.replace(/<[^>]+>/g, '').replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(words).toContain(NEEDS);
    expect(words).toContain(BOURGES);
    expect(xml).toContain('<w:tbl>');
  });

  it('another school year: the page’s address keeps it, the section of the year under way is not there', async () => {
    const { page } = sessions.referent;
    const start = schoolYearStart();
    await page.getByLabel('Période', { exact: true }).selectOption({ label: `Année scolaire ${start - 1}-${start}` });
    await expect.poll(() => new URL(page.url()).search).toBe(`?du=${start - 1}-09-01&au=${start}-08-31`);
    await expect
      .poll(async () => plain(await page.getByRole('main').innerText()), { timeout: 15_000 })
      .toContain(`Période du 01/09/${start - 1} au 31/08/${start}`);
    await settle(page);
    expect(await page.getByLabel('Analyse des besoins', { exact: true }).inputValue()).toBe('');
    await checkPage(page, shots.next('bilan-annee-precedente'));
  });

  it('the dashboard links to the bilan', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Tableau de bord', '/psad/tableau-de-bord');
    await pressEnterOn(page, page.getByRole('link', { name: /^Bilan de la plateforme pour le COPIL/ }));
    await waitForPath(page, '/psad/bilan');
    await expect.poll(() => h1(page)).toBe(`Bilan — ${BOURGES}`);
  });

  it('the coordinator opens « Bilan régional »: both platforms side by side, small counts masked', async () => {
    const { page } = sessions.coordinator;
    await signInWithKeyboard(page, shots, COORDINATOR);
    expect(await page.getByRole('link', { name: /Bilan régional/ }).count()).toBeGreaterThan(0);
    await navigateWithKeyboard(page, 'Bilan régional', '/psad/bilan-regional');
    await expect.poll(() => h1(page)).toBe('Bilan régional');
    const side = page.getByRole('table', { name: 'Les plateformes de la région, côte à côte' });
    await side.waitFor({ timeout: 30_000 });
    await settle(page);
    const rows = await tableRows(side);
    expect(rows.map((r) => r[0])).toEqual([BOURGES, VIERZON, 'Région']);
    // Vierzon's three young people: a small count, masked; then Bourges's 300 too, or the région's
    // total would give Vierzon's away. Each explained to assistive technology.
    expect(rows[1]![1]).toBe('< 5');
    expect(rows[0]![1]).toBe('s');
    const masked = side.locator('.bilan__masked');
    expect(await masked.count()).toBeGreaterThan(0);
    expect(plain(await masked.first().locator('.visually-hidden').innerText())).toMatch(/non publié|déduit/);
    expect(plain(await page.getByRole('main').innerText())).toContain(RULE);
    // The figures' date: a région's bilan adds up figures kept per platform.
    expect(plain(await page.getByRole('main').innerText())).toMatch(
      /Chiffres arrêtés le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    expect(await page.getByRole('heading', { level: 2, name: 'Bilan consolidé de la région' }).count()).toBe(1);
    await checkPage(page, shots.next('bilan-regional'));

    const { file } = await download(page, page.getByRole('button', { name: 'Bilan PDF' }), 'bilan-regional.pdf');
    const text = (await pdfTexts(new Uint8Array(fs.readFileSync(file)))).join(' ');
    expect(text).toContain(BOURGES);
    expect(text).toContain(VIERZON);
    expect(text).toContain(RULE);
  });

  it('a viewer reaches a platform’s bilan from the dashboard: the platform chosen, small counts masked', async () => {
    const { page } = sessions.viewer;
    await signInWithKeyboard(page, shots, DEMO_USERS.viewer);
    await navigateWithKeyboard(page, 'Tableau de bord', '/psad/tableau-de-bord');
    await pressEnterOn(page, page.getByRole('link', { name: /^Bilan de la plateforme pour le COPIL/ }));
    await waitForPath(page, '/psad/bilan');
    await page.getByLabel('Plateforme', { exact: true }).selectOption({ label: BOURGES });
    await expect.poll(() => h1(page)).toBe(`Bilan — ${BOURGES}`);
    const closures = page.getByRole('table', { name: 'Suivis clos, par motif' });
    await expect
      .poll(async () => (await tableRows(closures)).find((r) => r[0] === 'Déjà en solution'))
      .toEqual(['Déjà en solution', '< 5', '0']);
    await settle(page);
    const main = plain(await page.getByRole('main').innerText());
    expect(main).toContain('Les chiffres ci-dessous appliquent la règle des petits effectifs');
    // Only the referent writes: no written sections for a viewer.
    expect(await page.getByRole('form', { name: 'Parties rédigées' }).count()).toBe(0);
    await checkPage(page, shots.next('bilan-lecteur'));
  });

  it('the navigation: « Bilan » for the referent', async () => {
    expect(await mainNavigation(sessions.referent.page).getByRole('link', { name: 'Bilan', exact: true }).count()).toBe(
      1,
    );
  });

  it('met no script error', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
