/**
 * The PSAD follow-up from end to end (issue 3, "Done when"): the Bourges referent imports both SIEI
 * fixtures and assigns cases to the Mission Locale in bulk; the counsellor records attempts, a
 * solution and a closure; a case transferred to the Vierzon platform is accepted there; both
 * dashboards show it. Three people, three browser contexts, one app.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchBrowser, openSession, plain, pressEnterOn, settle, type Session } from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, reportFailures, Shots, signInWithKeyboard } from '../support/journey';
import { mainNavigation } from '../support/browser';
import { outputDir, repoRoot } from '../support/paths';

/** The copies of ../shared/fixtures the server tests use too (the journey must not depend on a folder beside the clone). */
const FIXTURES = path.join(repoRoot, 'server', 'src', 'modules', 'psad', 'import', 'fixtures');
const BOURGES_FILE = path.join(FIXTURES, 'siei-2026-S2-bourges.csv');
const VIERZON_FILE = path.join(FIXTURES, 'siei-2026-S2-vierzon-cp1252.csv');
const BOURGES = 'PSAD du bassin de Bourges';
const VIERZON = 'PSAD du bassin de Vierzon';
const MISSION_LOCALE = 'Mission Locale de Bourges';
const COUNSELLOR = 'Claire Conseillère';
const VIERZON_REFERENT = { email: 'referent.vierzon@demo.test', displayName: 'Valérie Vierzon' };

let browser: Browser;
const sessions: Record<'referent' | 'counsellor' | 'vierzon', Session> = {} as never;
const shots = new Shots('psad');
/** The cases the journey works on, read from the worklist: the name shown and the case page's address. */
const people: { name: string; caseUrl: string }[] = [];
/** A fourth case, assigned to the Mission Locale without naming a counsellor. */
const fourthCase = { url: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['referent', 'counsellor', 'vierzon'] as const) {
    sessions[key] = await openSession(browser, inject('baseUrl'));
  }
});
reportFailures(() => Object.values(sessions).map((session) => session.page));
afterAll(async () => {
  await browser?.close();
});

const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
];
const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Chloé',
  'Louis',
  'Inès',
  'Jules',
  'Manon',
  'Gabriel',
  'Jade',
  'Arthur',
  'Lina',
  'Nathan',
  'Zoé',
  'Raphaël',
  'Emma',
  'Noé',
];

/** A SIEI list of `n` distinct young people of the Vierzon area (INE, names, birth dates all different). */
function sieiList(n: number): string {
  const header =
    "INE;Nom;Prénom;Date de naissance;Sexe;Adresse;Code postal;Commune;Téléphone;Courriel;UAI établissement d'origine;Dernière formation;Date de sortie;Diplôme le plus élevé";
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const year = 2006 + (Math.floor(i / 336) % 5);
    const ine = `${String(700000000 + i)}ZZ`;
    const last = `${LAST_NAMES[i % LAST_NAMES.length]}${i >= LAST_NAMES.length ? `-${Math.floor(i / LAST_NAMES.length)}` : ''}`;
    lines.push(
      [
        ine,
        last,
        FIRST_NAMES[i % FIRST_NAMES.length],
        `${day}/${month}/${year}`,
        i % 2 ? 'F' : 'M',
        `${1 + (i % 90)} rue de la Gare`,
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
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The `<dl>` of an import's counts as "label value" pairs. */
async function importStats(page: Page, heading: string): Promise<Record<string, number>> {
  const section = page.getByRole('region', { name: heading }).first();
  const stats = section.locator('dl.import-stats').first();
  await stats.waitFor();
  const labels = (await stats.locator('dt').allInnerTexts()).map(plain);
  // "12 000 lignes": the digits of the leading number, thousands separators included.
  const values = (await stats.locator('dd').allInnerTexts()).map((v) =>
    Number((/^[\d\s\u00a0\u202f]+/.exec(plain(v))?.[0] ?? '').replace(/\D/g, '')),
  );
  return Object.fromEntries(labels.map((label, i) => [label, values[i]!]));
}

async function uploadList(page: Page, campaign: string, file: string): Promise<void> {
  await page.getByLabel('Campagne').fill(campaign);
  await page.getByLabel('Fichier de la liste (CSV)').setInputFiles(file);
  await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer et prévisualiser' }));
  await page.getByRole('heading', { level: 2, name: /^Aperçu de « / }).waitFor({ timeout: 60_000 });
  await settle(page);
}

async function confirmImport(page: Page): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: "Confirmer l'import" }));
  // The import asks first, in a dialog that says how many rows it writes.
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Oui, importer/ }).waitFor();
  await pressEnterOn(page, dialog.getByRole('button', { name: /^Oui, importer/ }));
  await page.getByRole('heading', { level: 2, name: /^Import confirmé/ }).waitFor({ timeout: 120_000 });
  await settle(page);
}

/** The worklist's rows: where the table starts, and how many rows lie wholly within the viewport. */
async function rowsInView(
  page: Page,
): Promise<{ tableTop: number; rowsInView: number; viewport: number; scrollY: number; mainTop: number }> {
  return page.evaluate(() => {
    const table = document.querySelector('main table')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    const height = window.innerHeight;
    return {
      tableTop: table.getBoundingClientRect().top + window.scrollY,
      rowsInView: rows.filter((r) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= height)
        .length,
      viewport: height,
      scrollY: Math.round(window.scrollY),
      mainTop: Math.abs(Math.round(document.getElementById('contenu')!.getBoundingClientRect().top)),
    };
  });
}

/** Milliseconds from following a navigation link to `ready` (the page's data drawn). */
async function timeNavigation(page: Page, link: string, ready: () => Promise<unknown>): Promise<number> {
  await page.goto('/');
  await mainNavigation(page).getByRole('link', { name: link, exact: true }).waitFor();
  const start = Date.now();
  await mainNavigation(page).getByRole('link', { name: link, exact: true }).click();
  await ready();
  return Date.now() - start;
}

/** Submits one of the case page's action forms (by its heading) and waits for its announcement. */
async function submitAction(page: Page, title: string, button: string, announced: RegExp): Promise<void> {
  const form = page.getByRole('region', { name: title });
  await pressEnterOn(page, form.getByRole('button', { name: button }));
  await expect
    .poll(
      async () =>
        plain(
          await page
            .getByRole('status')
            .allInnerTexts()
            .then((t) => t.join(' ')),
        ),
      { timeout: 15_000 },
    )
    .toMatch(announced);
  await settle(page);
}

async function timeline(page: Page): Promise<string> {
  return plain(await page.getByRole('region', { name: 'Historique' }).innerText());
}

describe('PSAD follow-up: import, assignment, contact, solution, transfer, dashboard', () => {
  it('the Bourges referent signs in and imports the Bourges list: 300 read, 300 kept, none rejected', async () => {
    const { page } = sessions.referent;
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    await checkPage(page, shots.next('imports'));
    await uploadList(page, '2026-S2', BOURGES_FILE);
    const preview = await importStats(page, 'Aperçu avant import');
    expect(preview).toMatchObject({
      'Lignes lues': 300,
      'Lignes retenues': 300,
      'Dont jeunes déjà connus': 0,
      'Lignes rejetées': 0,
    });
    await checkPage(page, shots.next('import-bourges-apercu'));
    await confirmImport(page);
    expect(await importStats(page, "Résultat de l'import")).toMatchObject({
      'Jeunes ajoutés': 300,
      'Suivis ouverts (à traiter)': 300,
    });
    await checkPage(page, shots.next('import-bourges-confirme'));
  });

  it('imports the dirty Windows-1252 list: 126 read, 116 kept, rejected lines 27, 87, 110, 119 listed with their reason and downloadable', async () => {
    const { page } = sessions.referent;
    await pressEnterOn(page, page.getByRole('button', { name: 'Importer un autre fichier' }));
    await uploadList(page, '2026-S2', VIERZON_FILE);
    const preview = await importStats(page, 'Aperçu avant import');
    expect(preview).toMatchObject({
      'Lignes lues': 126,
      'Lignes retenues': 116,
      'Lignes rejetées': 4,
      'Doublons dans le fichier': 6,
    });
    const rejected = page.getByRole('table', { name: 'Lignes rejetées et motif' });
    const rows = (await rejected.locator('tbody tr').allInnerTexts()).map(plain);
    expect(rows.map((r) => Number(r.split(' ')[0]))).toEqual([27, 87, 110, 119]);
    for (const row of rows) expect(row.length, `a reason is given: ${row}`).toBeGreaterThan(8);
    await checkPage(page, shots.next('import-vierzon-apercu'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' }).first()),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^ligne;motif/i);
    expect(lines.slice(1).map((l) => Number(l.split(';')[0]))).toEqual([27, 87, 110, 119]);

    await confirmImport(page);
    await checkPage(page, shots.next('import-vierzon-confirme'));
  });

  it('the worklist at 1366×768: 15 whole rows in view on arrival, by the menu or by a direct load, the header scrolled off; 17 pages of 25', async () => {
    const { page } = sessions.referent;
    const arriveAndCount = async (how: string) => {
      await expect
        .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
        .toBe(`Suivi PSAD — ${BOURGES}`);
      await expect
        .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
        .toMatch(/^416 suivis/);
      await settle(page);
      const arrival = await rowsInView(page);
      expect(arrival.viewport).toBe(768);
      expect(arrival.tableTop, 'the table starts above the fold').toBeLessThan(arrival.scrollY + arrival.viewport);
      // The main content starts the window: the DSFR header is one scroll (or the skip links) away.
      expect(arrival.mainTop, `${how}: the main content at the top of the window`).toBe(0);
      expect(arrival.rowsInView, `${how}: rows wholly in view at 1366×768`).toBeGreaterThanOrEqual(15);
      process.stdout.write(
        `[e2e] worklist at 1366×768 (${how}): table top at ${Math.round(arrival.tableTop)} px, ${arrival.rowsInView} rows in view (scrolled ${arrival.scrollY} px)\n`,
      );
    };
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    await arriveAndCount('by the menu');
    await page.reload();
    await arriveAndCount('by a direct load');
    // A keyboard user starts in the main content too, the skip links and the header behind.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.evaluate(() => window.scrollTo(0, 0));
    // The filters sit in a closed panel whose button says how many are active.
    const filtersButton = list.getByRole('button', { name: /^Filtres/ });
    expect(plain(await filtersButton.innerText())).toBe('Filtres (aucun actif)');
    expect(await filtersButton.getAttribute('aria-expanded')).toBe('false');
    // The page count, and a page jump (by offset) that then goes on by cursor.
    const pages = page.getByRole('navigation', { name: 'Pages de la liste de suivi' });
    await pages.waitFor();
    expect(plain(await list.innerText())).toContain('Page 1 sur 17');
    const firstOfPage = async () => plain(await list.locator('tbody tr').first().getByRole('link').first().innerText());
    const page1 = await firstOfPage();
    await list.getByLabel('Aller à la page').fill('12');
    await list.getByLabel('Aller à la page').press('Enter');
    await expect.poll(async () => plain(await list.innerText())).toContain('Page 12 sur 17');
    await settle(page);
    const page12 = await firstOfPage();
    expect(page12).not.toBe(page1);
    await pressEnterOn(page, pages.getByRole('button', { name: 'Page suivante' }));
    await expect.poll(async () => plain(await list.innerText())).toContain('Page 13 sur 17');
    await settle(page);
    await pressEnterOn(page, pages.getByRole('button', { name: 'Page précédente' }));
    await expect.poll(async () => plain(await list.innerText())).toContain('Page 12 sur 17');
    await settle(page);
    expect(await firstOfPage()).toBe(page12);
    // 100 a page: 5 pages.
    await list.getByRole('combobox', { name: /par page/i }).selectOption('100');
    await expect.poll(async () => plain(await list.innerText())).toContain('Page 1 sur 5');
    await settle(page);
    expect(await list.locator('tbody tr').count()).toBe(100);
    await list.getByRole('combobox', { name: /par page/i }).selectOption('25');
    await expect.poll(async () => list.locator('tbody tr').count()).toBe(25);
    await settle(page);
    await checkPage(page, shots.next('liste-de-suivi'));
  });

  it('the worklist on a 390-px-wide screen: a card per case, nothing scrolled sideways', async () => {
    const { page } = sessions.referent;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.reload();
      const list = page.getByRole('region', { name: 'Liste de suivi' });
      await expect
        .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
        .toMatch(/^416 suivis/);
      await settle(page);
      expect(await list.getByRole('table').count()).toBe(0);
      const cards = list.locator('.fr-card');
      expect(await cards.count()).toBe(25);
      // Badges are shown in capitals.
      expect(plain(await cards.first().innerText())).toMatch(/à traiter/i);
      await cards
        .first()
        .getByRole('checkbox', { name: /^Sélectionner / })
        .waitFor({ state: 'attached' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no sideways scroll').toBeLessThanOrEqual(0);
      await checkPage(page, shots.next('liste-de-suivi-mobile'));
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  it('assigns three cases to the Mission Locale in one go, naming the counsellor, after a confirmation (cancel changes nothing)', async () => {
    const { page } = sessions.referent;
    await page.reload();
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect
      .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
      .toMatch(/^416 suivis/);
    await settle(page);

    // The first three rows (by name): each row's case address, then its checkbox.
    const rows = list.locator('tbody tr');
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      people.push({
        name: plain(await row.getByRole('link').first().innerText()),
        caseUrl: (await row.getByRole('link').first().getAttribute('href'))!,
      });
      await row.getByRole('checkbox', { name: /^Sélectionner / }).check();
    }
    const form = page.getByRole('form', { name: 'Affecter des suivis à un partenaire' });
    await expect
      .poll(async () =>
        plain(
          await form
            .getByText(/suivis? sélectionnés?\./)
            .first()
            .innerText(),
        ),
      )
      .toBe('3 suivis sélectionnés.');
    await form.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: MISSION_LOCALE });
    await expect
      .poll(async () => form.getByRole('combobox', { name: 'Conseiller (facultatif)' }).locator('option').count())
      .toBeGreaterThan(1);
    await form.getByRole('combobox', { name: 'Conseiller (facultatif)' }).selectOption({ label: COUNSELLOR });
    await form.getByLabel('Motif (facultatif)').fill('Secteur de Bourges centre');

    // First time: the confirmation, cancelled. Nothing is assigned.
    await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
    const dialog = page.getByRole('dialog', { name: `Affecter 3 suivis à ${MISSION_LOCALE} ?` });
    await dialog.waitFor();
    expect(plain(await dialog.innerText())).toContain(`au nom de ${COUNSELLOR}`);
    await settle(page);
    await checkPage(page, shots.next('affectation-confirmation'));
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Annuler' }));
    await dialog.waitFor({ state: 'hidden' });
    expect(plain(await form.getByRole('status').innerText())).toBe('');
    for (const person of people) {
      expect(plain(await list.locator(`tbody tr:has(a[href="${person.caseUrl}"])`).innerText())).toMatch(/à traiter/i);
    }
    await expect
      .poll(async () =>
        plain(
          await form
            .getByText(/suivis? sélectionnés?\./)
            .first()
            .innerText(),
        ),
      )
      .toBe('3 suivis sélectionnés.');

    // Then confirmed.
    await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
    await dialog.waitFor();
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Affecter 3 suivis' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 })
      .toBe(`3 suivis affectés à ${MISSION_LOCALE} (${COUNSELLOR}).`);
    await settle(page);
    await checkPage(page, shots.next('affectation-groupee'));

    // Each assigned case now names its partner in the list.
    for (const person of people) {
      await expect
        .poll(async () => plain(await list.locator(`tbody tr:has(a[href="${person.caseUrl}"])`).innerText()))
        .toContain(MISSION_LOCALE);
    }

    // A fourth case, for the Mission Locale as a whole (no counsellor named): « Affecter 1 suivi à … ? ».
    const fourth = rows.filter({ hasText: 'À traiter' }).first();
    fourthCase.url = (await fourth.getByRole('link').first().getAttribute('href'))!;
    await fourth.getByRole('checkbox', { name: /^Sélectionner / }).check();
    await form.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: MISSION_LOCALE });
    await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
    const one = page.getByRole('dialog', { name: `Affecter 1 suivi à ${MISSION_LOCALE} ?` });
    await one.waitFor();
    await pressEnterOn(page, one.getByRole('button', { name: 'Affecter 1 suivi' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 })
      .toBe(`1 suivi affecté à ${MISSION_LOCALE}.`);
    await settle(page);
  });

  it('proposes the third case to the Vierzon platform (the young person moved)', async () => {
    const { page } = sessions.referent;
    await page.goto(people[2]!.caseUrl);
    await page.getByRole('region', { name: 'Proposer un transfert' }).waitFor();
    await settle(page);
    const form = page.getByRole('region', { name: 'Proposer un transfert' });
    // A DSFR radio: its label is what one clicks.
    await form.locator('label', { hasText: 'Une autre plateforme (déménagement)' }).click();
    expect(await form.getByLabel('Une autre plateforme (déménagement)').isChecked()).toBe(true);
    await form.getByRole('combobox', { name: 'Plateforme destinataire' }).selectOption({ label: VIERZON });
    await form.getByLabel('Motif').fill('Déménagement à Vierzon');
    await submitAction(page, 'Proposer un transfert', 'Proposer le transfert', /Transfert proposé/);
    await page.getByRole('region', { name: 'Transfert en attente' }).waitFor();
    await checkPage(page, shots.next('transfert-propose'));
  });

  it('the Mission Locale counsellor finds the four cases of her organisation in « Mes suivis », and the three naming her', async () => {
    const { page } = sessions.counsellor;
    await signInWithKeyboard(page, shots, DEMO_USERS.counsellor);
    await navigateWithKeyboard(page, 'Mes suivis', '/suivis');
    const table = page.getByRole('table').first();
    await table.waitFor();
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(4);
    await settle(page);
    await checkPage(page, shots.next('mes-suivis'));

    // « Mes suivis (où je suis nommé) »: the three cases the referent assigned to her by name.
    await page.locator('label', { hasText: 'Mes suivis (où je suis nommé)' }).click();
    expect(await page.getByRole('radio', { name: 'Mes suivis (où je suis nommé)' }).isChecked()).toBe(true);
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(3);
    await settle(page);
    const named = await table.locator('tbody tr a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(named.sort()).toEqual(people.map((p) => p.caseUrl).sort());
    expect(named).not.toContain(fourthCase.url);
    expect(
      plain(
        await page.getByRole('region', { name: 'Les suivis où je suis nommé' }).getByRole('status').first().innerText(),
      ),
    ).toBe('3 suivis');
    await checkPage(page, shots.next('mes-suivis-nomme'));
    await page.locator('label', { hasText: 'Tous les suivis de mon organisation' }).click();
    await expect.poll(async () => table.locator('tbody tr').count()).toBe(4);
  });

  it('records two contact attempts, a solution and the closure of the first case; each lands on the timeline', async () => {
    const { page } = sessions.counsellor;
    await page.goto(people[0]!.caseUrl);
    await page.getByRole('heading', { name: 'Actions' }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('suivi-affecte'));

    const attempt = page.getByRole('region', { name: 'Enregistrer une tentative de contact' });
    await attempt.getByRole('combobox', { name: 'Canal' }).selectOption({ label: 'Téléphone' });
    await attempt.getByRole('combobox', { name: 'Résultat' }).selectOption({ label: 'Message laissé' });
    await submitAction(
      page,
      'Enregistrer une tentative de contact',
      'Enregistrer la tentative',
      /Tentative de contact enregistrée/,
    );
    await attempt.getByRole('combobox', { name: 'Canal' }).selectOption({ label: 'SMS' });
    await attempt.getByRole('combobox', { name: 'Résultat' }).selectOption({ label: 'Joint' });
    await submitAction(
      page,
      'Enregistrer une tentative de contact',
      'Enregistrer la tentative',
      /Tentative de contact enregistrée \(SMS, joint\)/,
    );
    expect(await timeline(page)).toContain('Tentative de contact : SMS, joint.');

    const solution = page.getByRole('region', { name: 'Enregistrer une solution' });
    await solution.getByRole('combobox', { name: 'Type de solution' }).selectOption({ label: 'Apprentissage' });
    await solution.getByLabel('Date de début').fill('01/12/2026');
    await submitAction(page, 'Enregistrer une solution', 'Enregistrer la solution', /Solution enregistrée/);
    expect(await timeline(page)).toContain('Solution enregistrée : apprentissage');

    const close = page.getByRole('region', { name: 'Clôturer le suivi' });
    await close.getByRole('combobox', { name: 'Motif de clôture' }).selectOption({ label: 'Solution confirmée' });
    await submitAction(page, 'Clôturer le suivi', 'Clôturer', /clôtur/i);
    await checkPage(page, shots.next('suivi-clos'));
  });

  it('the Vierzon referent accepts the transfer: the case is on their list, « à traiter »', async () => {
    const { page } = sessions.vierzon;
    await signInWithKeyboard(page, shots, VIERZON_REFERENT);
    await navigateWithKeyboard(page, 'Transferts', '/transferts');
    const received = page.getByRole('region', { name: 'Transferts reçus' });
    await received.getByRole('button', { name: 'Accepter' }).first().waitFor();
    await settle(page);
    await checkPage(page, shots.next('transferts-recus'));
    expect(plain(await received.innerText())).toContain('Déménagement à Vierzon');
    await pressEnterOn(page, received.getByRole('button', { name: 'Accepter' }).first());
    await expect
      .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
      .toMatch(/accepté/i);
    await settle(page);
    await checkPage(page, shots.next('transfert-accepte'));

    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect
      .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
      .toMatch(/^1 suivi/);
    const row = plain(await list.locator('tbody tr').first().innerText());
    expect(row).toMatch(/à traiter/i);
    await checkPage(page, shots.next('liste-vierzon'));
  });

  it('the Bourges dashboard shows it all: funnel, solution, closure, transfer out', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Tableau de bord', '/psad/tableau-de-bord');
    const funnel = page.getByRole('table', { name: 'Parcours des jeunes repérés, par étape' });
    await funnel.waitFor();
    await settle(page);
    const stage = async (name: string) =>
      Number(
        plain(
          await funnel
            .getByRole('row', { name: new RegExp(`^${name}`) })
            .locator('td')
            .first()
            .innerText(),
        ).replace(/\D/g, ''),
      );
    expect(await stage('Repérés')).toBe(415);
    expect(await stage('Affectés à un partenaire')).toBe(3);
    expect(await stage('Contactés')).toBe(1);
    expect(await stage('Joints')).toBe(1);
    expect(await stage('En solution')).toBe(1);
    const outcomes = plain(await page.getByRole('table', { name: 'Suivis clos, par motif de clôture' }).innerText());
    expect(outcomes).toMatch(/Solution confirmée 1/);
    const solutions = plain(await page.getByRole('table', { name: 'Solutions enregistrées, par type' }).innerText());
    expect(solutions).toMatch(/Apprentissage 1/);
    expect(plain(await page.getByRole('region', { name: 'Chiffres clés' }).innerText())).toMatch(
      /Transferts envoyés 1/,
    );
    await checkPage(page, shots.next('tableau-de-bord'));
  });

  it('the dashboard takes no longer than the worklist: on Bourges (416 cases) and on Vierzon after a list of 12,000', async () => {
    const measure = async (page: Page, label: string) => {
      const times = { worklist: [] as number[], dashboard: [] as number[] };
      // Each page twice (the second with its code already loaded); the best of both counts.
      for (let i = 0; i < 2; i++) {
        times.worklist.push(
          await timeNavigation(page, 'Suivi PSAD', async () => {
            await page
              .getByRole('region', { name: 'Liste de suivi' })
              .locator('tbody tr')
              .first()
              .waitFor({ timeout: 60_000 });
            await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
              timeout: 60_000,
            });
          }),
        );
        times.dashboard.push(
          await timeNavigation(page, 'Tableau de bord', async () => {
            await page
              .getByRole('table', { name: 'Parcours des jeunes repérés, par étape' })
              .waitFor({ timeout: 60_000 });
            await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
              timeout: 60_000,
            });
          }),
        );
      }
      process.stdout.write(
        `[e2e] ${label}: worklist ${times.worklist.join(' / ')} ms, dashboard ${times.dashboard.join(' / ')} ms\n`,
      );
      return { worklist: Math.min(...times.worklist), dashboard: Math.min(...times.dashboard) };
    };

    const bourges = await measure(sessions.referent.page, 'Bourges, 416 cases');
    // The dashboard's skeleton shows at once; its figures come no later than the worklist's rows (with a margin for a busy machine).
    expect(bourges.dashboard).toBeLessThanOrEqual(bourges.worklist * 1.5 + 300);

    // Vierzon receives a list of 12,000 young people (generated), then both pages are timed again.
    const { page } = sessions.vierzon;
    const file = path.join(outputDir, 'siei-2026-11-vierzon-12000.csv');
    fs.writeFileSync(file, sieiList(12_000));
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    await uploadList(page, '2026-11', file);
    const big = await importStats(page, 'Aperçu avant import');
    expect(big['Lignes lues']).toBe(12_000);
    expect(big['Lignes retenues']).toBeGreaterThan(11_000);
    process.stdout.write(`[e2e] generated list: ${JSON.stringify(big)}\n`);
    await confirmImport(page);
    const vierzon = await measure(page, `Vierzon, ${big['Lignes retenues']! + 1} cases`);
    await page.goto('/psad/tableau-de-bord');
    await page.getByRole('table', { name: 'Parcours des jeunes repérés, par étape' }).waitFor({ timeout: 60_000 });
    await checkPage(page, shots.next('tableau-de-bord-12000'));
    expect(vierzon.dashboard).toBeLessThanOrEqual(vierzon.worklist * 1.5 + 300);
  }, 300_000);

  it('met no script error in any of the three sessions', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
