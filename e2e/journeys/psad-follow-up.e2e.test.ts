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
import { DEMO_USERS, navigateWithKeyboard, Shots, signInWithKeyboard } from '../support/journey';
import { repoRoot } from '../support/paths';

/** The copies of ../shared/fixtures the server tests use too (the journey must not depend on a folder beside the clone). */
const FIXTURES = path.join(repoRoot, 'server', 'src', 'modules', 'psad', 'import', 'fixtures');
const BOURGES_FILE = path.join(FIXTURES, 'siei-2026-S2-bourges.csv');
const VIERZON_FILE = path.join(FIXTURES, 'siei-2026-S2-vierzon-cp1252.csv');
const BOURGES = 'PSAD du bassin de Bourges';
const VIERZON = 'PSAD du bassin de Vierzon';
const MISSION_LOCALE = 'Mission Locale de Bourges';
const VIERZON_REFERENT = { email: 'referent.vierzon@demo.test', displayName: 'Valérie Vierzon' };

let browser: Browser;
const sessions: Record<'referent' | 'counsellor' | 'vierzon', Session> = {} as never;
const shots = new Shots('psad');
/** The cases the journey works on, read from the worklist: the name shown and the case page's address. */
const people: { name: string; caseUrl: string }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['referent', 'counsellor', 'vierzon'] as const) {
    sessions[key] = await openSession(browser, inject('baseUrl'));
  }
});
afterAll(async () => {
  await browser?.close();
});

/** The `<dl>` of an import's counts as "label value" pairs. */
async function importStats(page: Page, heading: string): Promise<Record<string, number>> {
  const section = page.getByRole('region', { name: heading }).first();
  const stats = section.locator('dl.import-stats').first();
  await stats.waitFor();
  const labels = (await stats.locator('dt').allInnerTexts()).map(plain);
  const values = (await stats.locator('dd').allInnerTexts()).map((v) => Number(plain(v).split(' ')[0]!.replace(/\D/g, '')));
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
  await page.getByRole('heading', { level: 2, name: /^Import confirmé/ }).waitFor({ timeout: 60_000 });
  await settle(page);
}

/** Submits one of the case page's action forms (by its heading) and waits for its announcement. */
async function submitAction(page: Page, title: string, button: string, announced: RegExp): Promise<void> {
  const form = page.getByRole('region', { name: title });
  await pressEnterOn(page, form.getByRole('button', { name: button }));
  await expect.poll(async () => plain(await page.getByRole('status').allInnerTexts().then((t) => t.join(' '))), { timeout: 15_000 }).toMatch(announced);
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
    expect(preview).toMatchObject({ 'Lignes lues': 300, 'Lignes retenues': 300, 'Dont jeunes déjà connus': 0, 'Lignes rejetées': 0 });
    await checkPage(page, shots.next('import-bourges-apercu'));
    await confirmImport(page);
    expect(await importStats(page, "Résultat de l'import")).toMatchObject({ 'Jeunes ajoutés': 300, 'Suivis ouverts (à traiter)': 300 });
    await checkPage(page, shots.next('import-bourges-confirme'));
  });

  it('imports the dirty Windows-1252 list: 126 read, 116 kept, rejected lines 27, 87, 110, 119 listed with their reason and downloadable', async () => {
    const { page } = sessions.referent;
    await pressEnterOn(page, page.getByRole('button', { name: 'Importer un autre fichier' }));
    await uploadList(page, '2026-S2', VIERZON_FILE);
    const preview = await importStats(page, 'Aperçu avant import');
    expect(preview).toMatchObject({ 'Lignes lues': 126, 'Lignes retenues': 116, 'Lignes rejetées': 4, 'Doublons dans le fichier': 6 });
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
    expect(lines[0]).toMatch(/^ligne;motif$/i);
    expect(lines.slice(1).map((l) => Number(l.split(';')[0]))).toEqual([27, 87, 110, 119]);

    await confirmImport(page);
    await checkPage(page, shots.next('import-vierzon-confirme'));
  });

  it('assigns three cases of the worklist to the Mission Locale in one go', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    await expect.poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText())).toBe(`Suivi PSAD — ${BOURGES}`);
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect.poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 }).toMatch(/^416 suivis/);
    await settle(page);
    await checkPage(page, shots.next('liste-de-suivi'));

    // The first three rows (by name): each row's case address, then its checkbox.
    const rows = list.locator('tbody tr');
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      people.push({ name: plain(await row.getByRole('link').first().innerText()), caseUrl: (await row.getByRole('link').first().getAttribute('href'))! });
      await row.getByRole('checkbox', { name: /^Sélectionner / }).check();
    }
    await expect.poll(async () => plain(await page.getByText(/suivis? sélectionnés?\./).first().innerText())).toBe('3 suivis sélectionnés.');
    const form = page.getByRole('form', { name: 'Affecter des suivis à un partenaire' });
    await form.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: MISSION_LOCALE });
    await form.getByLabel('Motif (facultatif)').fill('Secteur de Bourges centre');
    await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
    await expect.poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 }).toBe(`3 suivis affectés à ${MISSION_LOCALE}.`);
    await settle(page);
    await checkPage(page, shots.next('affectation-groupee'));

    // Each assigned case now names its partner in the list.
    for (const person of people) {
      await expect.poll(async () => plain(await list.locator(`tbody tr:has(a[href="${person.caseUrl}"])`).innerText())).toContain(MISSION_LOCALE);
    }
  });

  it('proposes the third case to the Vierzon platform (the young person moved)', async () => {
    const { page } = sessions.referent;
    await page.goto(people[2]!.caseUrl);
    await page.getByRole('region', { name: 'Proposer un transfert' }).waitFor();
    await settle(page);
    const form = page.getByRole('region', { name: 'Proposer un transfert' });
    await form.getByLabel('Une autre plateforme (déménagement)').check();
    await form.getByRole('combobox', { name: 'Plateforme destinataire' }).selectOption({ label: VIERZON });
    await form.getByLabel('Motif').fill('Déménagement à Vierzon');
    await submitAction(page, 'Proposer un transfert', 'Proposer le transfert', /Transfert proposé/);
    await page.getByRole('region', { name: 'Transfert en attente' }).waitFor();
    await checkPage(page, shots.next('transfert-propose'));
  });

  it('the Mission Locale counsellor finds the three cases in "Mes suivis"', async () => {
    const { page } = sessions.counsellor;
    await signInWithKeyboard(page, shots, DEMO_USERS.counsellor);
    await navigateWithKeyboard(page, 'Mes suivis', '/suivis');
    const table = page.getByRole('table').first();
    await table.waitFor();
    await expect.poll(async () => (await table.locator('tbody tr').count())).toBe(3);
    await settle(page);
    await checkPage(page, shots.next('mes-suivis'));
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
    await submitAction(page, 'Enregistrer une tentative de contact', 'Enregistrer la tentative', /Tentative de contact enregistrée/);
    await attempt.getByRole('combobox', { name: 'Canal' }).selectOption({ label: 'SMS' });
    await attempt.getByRole('combobox', { name: 'Résultat' }).selectOption({ label: 'Joint' });
    await submitAction(page, 'Enregistrer une tentative de contact', 'Enregistrer la tentative', /Tentative de contact enregistrée \(SMS, joint\)/);
    expect(await timeline(page)).toContain('Tentative de contact : SMS, joint.');

    const solution = page.getByRole('region', { name: 'Enregistrer une solution' });
    await solution.getByRole('combobox', { name: 'Type de solution' }).selectOption({ label: 'Apprentissage' });
    await solution.getByLabel('Date de début').fill('2026-12-01');
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
    await expect.poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 }).toMatch(/accepté/i);
    await settle(page);
    await checkPage(page, shots.next('transfert-accepte'));

    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect.poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 }).toMatch(/^1 suivi/);
    const row = plain(await list.locator('tbody tr').first().innerText());
    expect(row).toContain('À traiter');
    await checkPage(page, shots.next('liste-vierzon'));
  });

  it('the Bourges dashboard shows it all: funnel, solution, closure, transfer out', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Tableau de bord', '/psad/tableau-de-bord');
    const funnel = page.getByRole('table', { name: 'Parcours des jeunes repérés, par étape' });
    await funnel.waitFor();
    await settle(page);
    const stage = async (name: string) => Number(plain(await funnel.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td').first().innerText()).replace(/\D/g, ''));
    expect(await stage('Repérés')).toBe(415);
    expect(await stage('Affectés à un partenaire')).toBe(2);
    expect(await stage('Contactés')).toBe(1);
    expect(await stage('Joints')).toBe(1);
    expect(await stage('En solution')).toBe(1);
    const outcomes = plain(await page.getByRole('table', { name: 'Suivis clos, par motif de clôture' }).innerText());
    expect(outcomes).toMatch(/Solution confirmée 1/);
    const solutions = plain(await page.getByRole('table', { name: 'Solutions enregistrées, par type' }).innerText());
    expect(solutions).toMatch(/Apprentissage 1/);
    expect(plain(await page.getByRole('region', { name: 'Chiffres clés' }).innerText())).toMatch(/Transferts envoyés 1/);
    await checkPage(page, shots.next('tableau-de-bord'));
  });

  it('met no script error in any of the three sessions', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
