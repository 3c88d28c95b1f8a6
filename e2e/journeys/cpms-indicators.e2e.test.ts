/**
 * The CPMS indicators (issue 19): the central administration's analyst opens « Indicateurs CPMS » from
 * the navigation, reads the year's contracts and calls by zone (drawn and tabled, small counts masked
 * with their reason), narrows to a zone and exports the figures as CSV; the DCO reads only their zone.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, waitForPath } from '../support/browser';
import {
  navigateWithKeyboard,
  Shots,
  signInWithKeyboard,
  signOutWithKeyboard,
  useBrowserSession,
} from '../support/journey';

const ANALYST = { email: 'analyste@demo.test', displayName: 'Anne Lemaire' };
const DCO = { email: 'dco@demo.test', displayName: 'Olivier Delvaux' };
const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date());

describe('CPMS indicators: aggregates by zone and year, for the central analyst and the DCO', () => {
  const session = useBrowserSession();
  const shots = new Shots('cpms-indicators');

  it('the analyst reads the year’s tables, the small counts masked with their reason, and exports them as CSV', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, ANALYST);
    await navigateWithKeyboard(page, 'Indicateurs CPMS', '/cpms/indicateurs');
    await page.getByRole('heading', { level: 1, name: 'Indicateurs CPMS' }).waitFor();
    const byCategory = page.getByRole('table', { name: `Appels de la ligne 24/7 en ${year}, par catégorie` });
    await byCategory.waitFor();
    await settle(page);
    // Every figure is 0, 5 or more, or a mask whose reason a screen reader hears.
    for (const text of await byCategory.locator('td').allInnerTexts())
      expect(plain(text)).toMatch(/^(0|[5-9]|\d{2,}|< 5.*|s.*)$/);
    await expect
      .poll(async () => plain(await page.locator('main').innerText()))
      .toMatch(/Aucun effectif compris entre 1 et 4/);
    await page.getByRole('table', { name: `Contrats avec les écoles en ${year}, par zone` }).waitFor();
    await checkPage(page, shots.next('indicateurs'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Exporter (CSV)' })),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFTableau;Libellé;Colonne;Valeur');
    expect(csv).toContain(`Appels de la ligne 24/7 en ${year}, par mois;`);
    await signOutWithKeyboard(page, shots);
  });

  it('the DCO reads their zone only: no zone to choose', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DCO);
    await navigateWithKeyboard(page, 'Indicateurs CPMS', '/cpms/indicateurs');
    await page.getByRole('table', { name: `Contrats avec les écoles en ${year}, par zone` }).waitFor();
    await settle(page);
    expect(await page.getByLabel('Zone', { exact: true }).count()).toBe(0);
    expect(
      plain(await page.getByRole('table', { name: `Contrats avec les écoles en ${year}, par zone` }).innerText()),
    ).toContain('Zone de Liège');
    await checkPage(page, shots.next('indicateurs-dco'));
    await waitForPath(page, '/cpms/indicateurs');
    await signOutWithKeyboard(page, shots);
  });
});
