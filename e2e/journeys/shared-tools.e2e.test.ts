/**
 * The platform's shared tools (issue 17): the Bourges referent opens « Catalogue des solutions » from
 * the PSAD page, imports a catalogue CSV (a row refused first: nothing written, the line and its
 * reason shown), imports it corrected, and searches it by commune and age; records a solution on a
 * signalled young person's case by choosing it from the catalogue; records an atelier and a document
 * of the veille; the counsellor reads the catalogue
 * without the import nor the form.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, waitForPath } from '../support/browser';
import {
  DEMO_USERS,
  Shots,
  navigateWithKeyboard,
  signInWithKeyboard,
  signOutWithKeyboard,
  useBrowserSession,
} from '../support/journey';

const HEADER = 'Nom;Type de solution;Organisation;Communes (codes INSEE);Âge minimum;Âge maximum;Places;Contact';
const GOOD = [
  'Garantie jeunes (journey);Accompagnement Mission Locale (CEJ, PACEA…);Mission Locale de Bourges;18033;16;25;20;accueil@ml.test',
  'École de la 2e chance (journey);EPIDE ou école de la 2e chance;;;18;25;;',
];
const BAD = 'Chantier (journey);Inconnu;;Bourges;30;20;;';

function csvFile(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
  return file;
}

async function offerNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Solutions \(/ });
  await table.waitFor();
  await settle(page);
  return (await table.locator('tbody tr th').allInnerTexts()).map(plain);
}

/** Submits one of the case page's action forms and waits for its announcement. */
async function submitAction(page: Page, title: string, button: string, announced: RegExp): Promise<void> {
  const form = page.getByRole('region', { name: title });
  await pressEnterOn(page, form.getByRole('button', { name: button }));
  await expect
    .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
    .toMatch(announced);
  await settle(page);
}

async function importFile(page: Page, file: string): Promise<string> {
  await page.getByLabel(/Fichier CSV ou XLSX/).setInputFiles(file);
  await pressEnterOn(page, page.getByRole('button', { name: 'Importer', exact: true }));
  const report = page.getByRole('status').filter({ hasText: /Import réussi|Rien n’a été importé/ });
  await report.waitFor({ timeout: 30_000 });
  return plain(await report.innerText());
}

describe('shared tools: the catalogue of solutions imported, searched, read by a partner', () => {
  const session = useBrowserSession();
  const shots = new Shots('outils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-catalogue-'));

  it('the Bourges referent opens the catalogue from the PSAD page', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    await pressEnterOn(page, page.getByRole('link', { name: 'Catalogue des solutions' }).first());
    await waitForPath(page, '/instances/catalogue');
    await page.getByRole('heading', { level: 1, name: 'Catalogue des solutions' }).waitFor();
    await checkPage(page, shots.next('catalogue'));
  });

  it('an import with a bad row writes nothing and says which line and why; corrected, it goes through', async () => {
    const { page } = session();
    const refused = await importFile(page, csvFile(dir, 'catalogue-erreur.csv', [...GOOD, BAD]));
    expect(refused).toMatch(/Rien n.a été importé/);
    expect(refused).toMatch(/Ligne 4 : .*Type de solution/);
    expect(refused).toContain('Communes');
    expect(await offerNames(page)).not.toContain('Garantie jeunes (journey)');
    await checkPage(page, shots.next('catalogue-import-refuse'));
    const done = await importFile(page, csvFile(dir, 'catalogue.csv', GOOD));
    expect(done).toMatch(/Import réussi : 2 solution/);
    await expect.poll(() => offerNames(page)).toEqual(expect.arrayContaining(GOOD.map((l) => l.split(';')[0])));
  });

  it('is searched by commune and age', async () => {
    const { page } = session();
    await page.getByLabel(/Commune \(code INSEE\)/).fill('18033');
    await page.getByLabel('Âge du jeune').fill('17');
    await expect.poll(() => offerNames(page)).toContain('Garantie jeunes (journey)');
    expect(await offerNames(page)).not.toContain('École de la 2e chance (journey)');
    await page.getByLabel('Âge du jeune').fill('19');
    await expect.poll(() => offerNames(page)).toContain('École de la 2e chance (journey)');
    await checkPage(page, shots.next('catalogue-recherche'));
  });

  it('a solution recorded on a case is chosen from the catalogue: the offer fills the type and the organisation', async () => {
    const { page } = session();
    // A young person of Bourges, 17, signalled by the Mission Locale: a case « À traiter ».
    await navigateWithKeyboard(page, 'Signaler un jeune', '/signalement');
    await page.getByLabel('Origine du signalement').selectOption({ label: 'Mission Locale' });
    await page.getByLabel(/^Nom/).fill('CATALOGUE');
    await page.getByLabel('Prénoms').fill('Lina');
    // Seventeen and a half years ago: 17 whatever today's date.
    const birth = new Date(Date.now() - 17.5 * 365.25 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page
      .getByLabel('Date de naissance')
      .fill(`${pad(birth.getDate())}/${pad(birth.getMonth() + 1)}/${birth.getFullYear()}`);
    await page.getByLabel('Commune', { exact: true }).fill('Bourges');
    await pressEnterOn(page, page.getByRole('button', { name: 'Enregistrer le signalement' }));
    await page.getByRole('status').filter({ hasText: 'Signalement enregistré' }).last().waitFor();
    await pressEnterOn(page, page.getByRole('link', { name: 'Ouvrir le suivi' }));
    await page.getByRole('heading', { name: 'Actions' }).waitFor();
    await settle(page);

    const assign = page.getByRole('region', { name: 'Affecter le suivi' });
    await assign.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: 'Mission Locale de Bourges' });
    await submitAction(page, 'Affecter le suivi', 'Affecter', /affect/i);
    const attempt = page.getByRole('region', { name: 'Enregistrer une tentative de contact' });
    await attempt.getByRole('combobox', { name: 'Canal' }).selectOption({ label: 'Téléphone' });
    await attempt.getByRole('combobox', { name: 'Résultat' }).selectOption({ label: 'Joint' });
    await submitAction(
      page,
      'Enregistrer une tentative de contact',
      'Enregistrer la tentative',
      /Tentative de contact/,
    );

    const solution = page.getByRole('region', { name: 'Enregistrer une solution' });
    const offers = solution.getByRole('combobox', { name: 'Solution du catalogue' });
    await offers.waitFor();
    const options = (await offers.locator('option').allInnerTexts()).map(plain);
    expect(options).toContain('Garantie jeunes (journey) — Mission Locale de Bourges');
    // 17 years old: the école de la 2e chance (18 to 25) is not offered.
    expect(options.join(' ')).not.toContain('École de la 2e chance (journey)');
    await offers.selectOption({ label: 'Garantie jeunes (journey) — Mission Locale de Bourges' });
    expect(await solution.getByRole('combobox', { name: 'Type de solution' }).inputValue()).toBe('ACCOMPAGNEMENT_ML');
    expect(
      await solution
        .getByRole('combobox', { name: 'Organisation' })
        .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text),
    ).toBe('Mission Locale de Bourges');
    await checkPage(page, shots.next('solution-du-catalogue'));
    await submitAction(page, 'Enregistrer une solution', 'Enregistrer la solution', /Solution enregistrée/);
    // The case keeps the offer it was chosen from.
    const issue = page.getByRole('region', { name: 'Solution' });
    await expect.poll(async () => plain(await issue.innerText())).toContain('Solution du catalogue');
    expect(plain(await issue.innerText())).toContain('Garantie jeunes (journey)');
  });

  it('records an atelier of the platform and a document of its veille (a link without https refused at its field)', async () => {
    const { page } = session();
    await page.goto(new URL('/instances/actions', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Actions de la plateforme' }).waitFor();
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter une action' }));
    await page.getByLabel('Type d’action').selectOption({ label: 'Atelier' });
    await page.getByLabel(/^Intitulé/).fill('Atelier CV (journey)');
    await page.getByLabel(/^Date/).fill('15/10/2026');
    await page.getByLabel('Nombre de jeunes participants').fill('12');
    await page.locator('label', { hasText: 'Mission Locale de Bourges' }).click();
    await expect.poll(() => page.getByLabel('Mission Locale de Bourges').isChecked()).toBe(true);
    await checkPage(page, shots.next('action-formulaire'));
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter l’action' }));
    const table = page.getByRole('table', { name: /^Actions \(/ });
    await expect.poll(async () => plain(await table.innerText())).toContain('Atelier CV (journey)');
    await checkPage(page, shots.next('actions'));

    await pressEnterOn(page, page.getByRole('link', { name: 'Veille documentaire' }).first());
    await waitForPath(page, '/instances/veille');
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter un document' }));
    await page.getByLabel(/^Titre/).fill('Circulaire de rentrée (journey)');
    await page.getByLabel(/^Lien/).fill('http://education.gouv.fr/circulaire');
    await page.getByLabel(/^Date de publication/).fill('01/09/2026');
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter le document' }));
    const urlField = page.getByLabel(/^Lien/);
    await expect.poll(() => urlField.getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, shots.next('veille-erreur'));
    await urlField.fill('https://education.gouv.fr/circulaire');
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter le document' }));
    await page.getByRole('link', { name: /Circulaire de rentrée \(journey\)/ }).waitFor();
    await checkPage(page, shots.next('veille'));
  });

  it('the counsellor reads the catalogue, without import nor form', async () => {
    const { page } = session();
    await signOutWithKeyboard(page, shots);
    await signInWithKeyboard(page, shots, DEMO_USERS.counsellor);
    await navigateWithKeyboard(page, 'Réunions et instances', '/instances');
    await pressEnterOn(page, page.getByRole('link', { name: 'Catalogue des solutions' }).first());
    await waitForPath(page, '/instances/catalogue');
    await expect.poll(() => offerNames(page)).toContain('Garantie jeunes (journey)');
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ajouter une solution' }).count()).toBe(0);
    await checkPage(page, shots.next('catalogue-conseiller'));
  });
});
