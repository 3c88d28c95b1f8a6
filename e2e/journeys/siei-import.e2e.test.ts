/**
 * The SIEI import preview (issue 13): the Bourges referent uploads a list saved by a spreadsheet on
 * Windows (Windows-1252, accents), sees its first 20 rows as read, the young people it lists twice
 * and the rows matched to young people the platform already knows, confirms it in a dialog that
 * says how many rows it writes, downloads the rejected lines with their original text, and finds
 * the import's page with no confirmation left to give.
 *
 * The known young people come from the Bourges fixture, imported first when the platform does not
 * know them yet (another journey may have imported it already: both states are fine here).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, waitForPath } from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, Shots, signInWithKeyboard, useBrowserSession } from '../support/journey';
import { repoRoot } from '../support/paths';

const FIXTURES = path.join(repoRoot, 'server', 'src', 'modules', 'psad', 'import', 'fixtures');
const BOURGES_FILE = path.join(FIXTURES, 'siei-2026-S2-bourges.csv');
const BOURGES_LINES = fs
  .readFileSync(BOURGES_FILE, 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\r\n');
const HEADER = BOURGES_LINES[0]!;

/**
 * A list of 2026-12 as a spreadsheet saves it on Windows: Windows-1252 (every accent here is in
 * Latin-1, which Windows-1252 extends), `;`, CRLF. Lines (header = 1):
 * 2–4 three young people of the Bourges list (known once it is imported), 5 the third one retyped
 * without INE in lower case (a duplicate within the file), 6–19 new young people with accented
 * names, 20 the first new one again with the same INE (a duplicate), 21 a missing last name and 22
 * an impossible birth date (both rejected), 23–26 more new young people.
 */
function relaunchList(): { bytes: Buffer; lines: string[] } {
  const known = BOURGES_LINES.slice(1, 4);
  const [, lastName, firstNames, birth] = known[2]!.split(';');
  const fresh = (i: number, ine = `${770000000 + i}EL`) =>
    `${ine};DÉSIRÉ${String.fromCharCode(65 + i)};${['Élodie', 'Zoé', 'Noël', 'Hélène', 'Anaïs', 'Jérôme', 'Maëlys'][i % 7]};${String((i % 27) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2008;${i % 2 ? 'F' : 'M'};${i} rue de l'Église;18000;Bourges;06 12 34 56 ${String(10 + i)};;0180005H;TERM PRO MELEC;03/07/2026;AUCUN`;
  const lines = [
    HEADER,
    ...known,
    `;  ${lastName!.toLowerCase()} ;${firstNames};${birth};;;;;;;;;;`,
    ...Array.from({ length: 14 }, (_, i) => fresh(i)),
    fresh(0),
    `;;Bérénice;12/05/2008;F;2 rue Molière;18000;Bourges;;;;;;`,
    `771000001EL;MÉTAYER;Amélie;31/02/2008;F;4 place Gordaine;18000;Bourges;;;;;;`,
    ...Array.from({ length: 4 }, (_, i) => fresh(14 + i)),
  ];
  return { bytes: Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'), lines };
}

/** The `<dl>` of an import's counts as "label value" pairs. */
async function importStats(page: Page, heading: string): Promise<Record<string, number>> {
  const stats = page.getByRole('region', { name: heading }).first().locator('dl.import-stats').first();
  await stats.waitFor();
  const labels = (await stats.locator('dt').allInnerTexts()).map(plain);
  const values = (await stats.locator('dd').allInnerTexts()).map((v) =>
    Number(plain(v).split(' ')[0]!.replace(/\D/g, '')),
  );
  return Object.fromEntries(labels.map((label, i) => [label, values[i]!]));
}

/** The body rows of a table (named by its caption) as their cells' plain text. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText)),
    );
}

async function uploadList(page: Page, campaign: string, file: string): Promise<void> {
  await page.getByLabel('Campagne').fill(campaign);
  await page.getByLabel('Fichier de la liste (CSV)').setInputFiles(file);
  await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer et prévisualiser' }));
  await page.getByRole('heading', { level: 2, name: /^Aperçu de « / }).waitFor({ timeout: 60_000 });
  await settle(page);
}

/** « Confirmer l'import », then the dialog's « Oui, importer N lignes ». */
async function confirmInDialog(page: Page, shots: Shots | null, rows: number): Promise<void> {
  await pressEnterOn(page, page.getByRole('button', { name: "Confirmer l'import", exact: true }));
  const dialog = page.getByRole('dialog', { name: `Importer ${rows} lignes dans la liste de suivi ?` });
  await dialog.waitFor();
  // The DSFR fades the dialog in: axe would read its colours half-way.
  await page.waitForFunction(() => {
    const modal = document.getElementById('confirmation-import');
    return modal?.classList.contains('fr-modal--opened') && getComputedStyle(modal).opacity === '1';
  });
  if (shots) await checkPage(page, shots.next('import-confirmation'));
  await pressEnterOn(page, dialog.getByRole('button', { name: `Oui, importer ${rows} lignes` }));
  await page.getByRole('heading', { level: 2, name: /^Import confirmé/ }).waitFor({ timeout: 60_000 });
  await settle(page);
}

describe('SIEI import preview: first rows as read, duplicates, known young people, rejected lines', () => {
  const session = useBrowserSession();
  const shots = new Shots('import');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-import-'));
  const list = relaunchList();
  const listFile = path.join(dir, 'siei-2026-12-bourges-cp1252.csv');
  fs.writeFileSync(listFile, list.bytes);
  let importUrl = '';

  it('the Bourges referent signs in and opens « Imports SIEI »', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    await page.getByRole('heading', { level: 2, name: 'Nouvel import' }).waitFor();
    await checkPage(page, shots.next('imports'));
  });

  it('refuses an empty form with each reason at its field and in the summary next to the button', async () => {
    const { page } = session();
    await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer et prévisualiser' }));
    const summary = page.getByRole('group', { name: "La liste n'a pas pu être envoyée" });
    await summary.waitFor();
    expect(plain(await summary.innerText())).toContain('Campagne : Saisissez la campagne');
    expect(plain(await summary.innerText())).toContain('Fichier de la liste (CSV) : Choisissez le fichier CSV');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('campaign');
    await checkPage(page, shots.next('import-erreurs'));
  });

  it('makes sure the platform knows the Bourges young people (imports the Bourges list unless another journey did)', async () => {
    const { page } = session();
    await uploadList(page, '2026-S2', BOURGES_FILE);
    const stats = await importStats(page, 'Aperçu avant import');
    expect(stats['Lignes lues']).toBe(300);
    // 0 on a fresh platform, up to 300 when the list was imported before (fewer when a journey before this one
    // moved some of them to another platform): either way every line is kept and nobody is duplicated.
    expect(stats['Lignes retenues']).toBe(300);
    expect(stats['Dont jeunes déjà connus']).toBeGreaterThanOrEqual(0);
    expect(stats['Dont jeunes déjà connus']).toBeLessThanOrEqual(300);
    await confirmInDialog(page, null, 300);
    await pressEnterOn(page, page.getByRole('button', { name: 'Importer un autre fichier' }));
  });

  it('uploads a Windows-1252 list and sees its first 20 rows as read, accents included, with the outcome of each', async () => {
    const { page } = session();
    await uploadList(page, '2026-12', listFile);
    expect(await importStats(page, 'Aperçu avant import')).toMatchObject({
      'Lignes lues': 25,
      'Lignes retenues': 21,
      'Dont jeunes déjà connus': 3,
      'Lignes rejetées': 2,
      'Doublons dans le fichier': 2,
    });
    const caption = 'Les 20 premières lignes du fichier, chaque colonne telle que lue';
    const headers = (await page.getByRole('table', { name: caption }).locator('thead th').allInnerTexts()).map(plain);
    expect(headers).toEqual(['Ligne', 'Résultat', ...HEADER.split(';')]);
    const rows = await tableRows(page, caption);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    // Every cell as the file has it, decoded from Windows-1252.
    for (const row of rows)
      expect(row.slice(2).map((c) => c.trim())).toEqual(
        list.lines[Number(row[0]) - 1]!.split(';').map((c) => c.trim()),
      );
    expect(rows[4]!.slice(2, 5)).toEqual(['770000000EL', 'DÉSIRÉA', 'Élodie']);
    expect(rows[4]!.join(' ')).toContain("0 rue de l'Église");
    // The outcome of each row: a badge (upper-cased by the DSFR) and what it refers to.
    const outcome = (i: number) => plain(rows[i]![1]!).toLowerCase();
    const [, knownName, knownFirst] = list.lines[1]!.split(';');
    expect(outcome(0)).toBe(`jeune déjà connu déjà connu : ${knownName} ${knownFirst}`.toLowerCase());
    expect(outcome(3)).toBe('doublon doublon de la ligne 4');
    expect(outcome(18)).toBe('doublon doublon de la ligne 6');
    expect(outcome(19)).toBe('rejetée nom manquant');
    expect(outcome(5)).toBe('retenue');
    await checkPage(page, shots.next('import-apercu'));
  });

  it('lists the rows matched to a young person already known, and the duplicates within the file, by line and name', async () => {
    const { page } = session();
    const known = await tableRows(page, 'Lignes rapprochées d’un jeune déjà connu');
    expect(known.map((r) => Number(r[0]))).toEqual([2, 3, 4]);
    for (const [i, row] of known.entries()) {
      const [ine, lastName, firstNames] = list.lines[i + 1]!.split(';');
      expect(plain(row[1]!)).toContain(`${lastName} ${firstNames}`);
      expect(plain(row[2]!)).toContain(`${lastName} ${firstNames}`);
      expect(plain(row[2]!)).toContain(`INE ${ine}`);
      expect(plain(row[2]!)).toMatch(/voir son suivi/);
      expect(plain(row[3]!)).toBe('même INE');
    }
    const duplicates = await tableRows(page, 'Lignes en double dans le fichier');
    expect(duplicates.map((r) => Number(r[0]))).toEqual([5, 20]);
    const [, lastName, firstNames] = list.lines[3]!.split(';');
    expect(plain(duplicates[0]![2]!)).toContain(`Ligne 4 : ${lastName} ${firstNames}`);
    expect(plain(duplicates[0]![3]!)).toBe('même nom, prénom et date de naissance');
    expect(plain(duplicates[1]![1]!)).toContain('DÉSIRÉA Élodie');
    expect(plain(duplicates[1]![3]!)).toBe('même INE');
    const rejected = await tableRows(page, 'Lignes rejetées et motif');
    expect(rejected.map((r) => [Number(r[0]), plain(r[1]!)])).toEqual([
      [21, 'Nom manquant'],
      [22, 'Date de naissance invalide : 31/02/2008'],
    ]);
  });

  it('confirms in a dialog that says how many rows are written', async () => {
    const { page } = session();
    await confirmInDialog(page, shots, 21);
    expect(await importStats(page, "Résultat de l'import")).toMatchObject({ 'Jeunes ajoutés': 18 });
    await checkPage(page, shots.next('import-confirme'));
  });

  it('downloads the rejected lines: number, reason and the line as read from the file', async () => {
    const { page } = session();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' })),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
    expect(lines).toEqual([
      "ligne;motif;ligne d'origine",
      `21;Nom manquant;${quoted(list.lines[20]!)}`,
      `22;Date de naissance invalide : 31/02/2008;${quoted(list.lines[21]!)}`,
    ]);
    expect(lines[1]).toContain('Bérénice');
  });

  it("opens the import's page from the history: the preview kept, and no confirmation offered any more", async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    const history = page.getByRole('table', { name: /^Imports de la plateforme/ });
    await history.waitFor();
    await pressEnterOn(page, history.getByRole('link', { name: /^Voir le rapport de l'import 2026-12 / }).first());
    await waitForPath(page, /^\/psad\/imports\/[^/]+$/);
    importUrl = new URL(page.url()).pathname;
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Import SIEI — campagne 2026-12');
    await page
      .getByRole('table', { name: 'Les 20 premières lignes du fichier, chaque colonne telle que lue' })
      .waitFor();
    expect(await page.getByRole('button', { name: "Confirmer l'import" }).count()).toBe(0);
    expect(plain(await page.getByRole('navigation', { name: /vous êtes ici/ }).innerText())).toContain('Imports SIEI');
    await checkPage(page, shots.next('import-rapport'));
    expect(importUrl).toMatch(/^\/psad\/imports\//);
  });

  it('signals a young person: the empty form refused field by field, then a retyped name of a known young person, taken for someone new', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Signaler un jeune', '/signalement');
    const submit = page.getByRole('button', { name: 'Enregistrer le signalement' });
    await pressEnterOn(page, submit);
    const summary = page.getByRole('group', { name: "Le signalement n'a pas été enregistré" });
    await summary.waitFor();
    const text = plain(await summary.innerText());
    for (const expected of [
      "Origine du signalement : Choisissez l'origine",
      'Nom : Saisissez le nom',
      'Prénoms : Saisissez le ou les prénoms',
      'Date de naissance : Saisissez la date',
    ]) {
      expect(text).toContain(expected);
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('sourceKind');
    await checkPage(page, shots.next('signalement-erreurs'));

    const [, lastName, firstNames, birth] = BOURGES_LINES[3]!.split(';');
    await page.getByLabel('Origine du signalement').selectOption({ label: 'Mission Locale' });
    await page.getByLabel(/^Nom/).fill(lastName!.slice(0, -1));
    await page.getByLabel('Prénoms').fill(firstNames!);
    await page.getByLabel('Date de naissance').fill(birth!);
    await pressEnterOn(page, submit);
    const outcome = page.getByRole('status').filter({ hasText: 'Signalement enregistré' }).last();
    await outcome.waitFor();
    expect(plain(await outcome.innerText())).toContain("n'était pas encore connu de la plateforme");
    await checkPage(page, shots.next('signalement-enregistre'));
  });

  it('merges the two records of that young person after a confirmation dialog', async () => {
    const { page } = session();
    const [, lastName, firstNames] = BOURGES_LINES[3]!.split(';');
    const retyped = `${lastName!.slice(0, -1)} ${firstNames}`;
    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    await pressEnterOn(page, page.getByRole('link', { name: 'Fusionner deux dossiers' }));
    await waitForPath(page, '/psad/fusion');
    // The pair in either order (the signalled record's id is random).
    const known = `${lastName} ${firstNames}`;
    const compare = page.getByRole('button', {
      name: new RegExp(`^Comparer (${known} et ${retyped}|${retyped} et ${known})$`),
    });
    await compare.waitFor({ timeout: 15_000 });
    await checkPage(page, shots.next('fusion'));
    await pressEnterOn(page, compare);
    await page.getByRole('table', { name: /^Les deux dossiers, champ par champ/ }).waitFor();
    await settle(page);
    await pressEnterOn(page, page.getByRole('button', { name: 'Fusionner les deux dossiers' }));
    const dialog = page.getByRole('dialog', {
      name: `Fusionner le dossier de ${retyped} dans celui de ${lastName} ${firstNames} ?`,
    });
    await dialog.waitFor();
    await page.waitForFunction(() => {
      const modal = document.getElementById('confirmation-fusion');
      return modal?.classList.contains('fr-modal--opened') && getComputedStyle(modal).opacity === '1';
    });
    await checkPage(page, shots.next('fusion-confirmation'));
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Oui, fusionner définitivement' }));
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()), { timeout: 15_000 })
      .toBe('Dossiers fusionnés');
    expect(
      plain(await page.getByRole('status').filter({ hasText: 'regroupe désormais' }).last().innerText()),
    ).toContain(`Le dossier de ${lastName} ${firstNames} regroupe désormais`);
    await checkPage(page, shots.next('fusion-faite'));
  });

  it('met no script error', () => {
    expect(session().errors).toEqual([]);
  });
});
