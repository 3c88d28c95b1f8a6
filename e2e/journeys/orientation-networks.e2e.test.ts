/**
 * Orientation networks (issue 18): the CIO of Bourges's director builds a network around the Lycée
 * Marguerite-de-Navarre with two PsyEn, sets their weeks by period, and the check names the school
 * left without PsyEn time in « Vœux »; the head of the Lycée Alain-Fournier sees when the PsyEn are
 * in their school.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, waitForPath } from '../support/browser';
import {
  Shots,
  navigateWithKeyboard,
  signInWithKeyboard,
  signOutWithKeyboard,
  useBrowserSession,
} from '../support/journey';

const DCIO = { email: 'dcio@demo.test', displayName: 'Denise Directrice' };
const HEAD = { email: 'chef.lycee@demo.test', displayName: 'Charles Chef' };
const NETWORK = 'Réseau Marguerite-de-Navarre';

/** Opens the timetable of one PsyEn for one period, in edit mode, sets the half-days given, and saves. */
async function setWeek(page: Page, psyen: string, period: string, cells: Record<string, string>) {
  await page.getByLabel('Psychologue').selectOption({ label: psyen });
  await page.getByLabel(/^Période/).selectOption({ label: period });
  await settle(page);
  await pressEnterOn(page, page.getByRole('button', { name: 'Modifier la semaine' }));
  for (const [cell, place] of Object.entries(cells))
    await page.getByLabel(cell, { exact: true }).selectOption({ label: place });
  await pressEnterOn(page, page.getByRole('button', { name: 'Enregistrer la semaine' }));
  await page.getByRole('button', { name: 'Modifier la semaine' }).waitFor();
  await settle(page);
}

describe('orientation networks: a DCIO builds a network and splits its PsyEn’s time; a school head reads it', () => {
  const session = useBrowserSession();
  const shots = new Shots('orientation');

  it('the DCIO opens the networks of the CIO, with the demo network and its calendar', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DCIO);
    await navigateWithKeyboard(page, 'Réseaux d’orientation', '/orientation');
    await page.getByRole('heading', { level: 1, name: 'Réseaux d’orientation' }).waitFor();
    await page.getByRole('heading', { name: 'Réseau Alain-Fournier' }).waitFor();
    await checkPage(page, shots.next('reseaux'));
  });

  it('builds a network around a lycée tête de réseau with two PsyEn', async () => {
    const { page } = session();
    await pressEnterOn(page, page.getByRole('button', { name: 'Nouveau réseau' }));
    await page.getByLabel('Nom du réseau').fill(NETWORK);
    await page.getByLabel('Lycée tête de réseau').selectOption({ label: 'Lycée Marguerite-de-Navarre (0180008L)' });
    await page.getByLabel(/^Collège Victor-Hugo/).check({ force: true });
    await page.getByLabel(/^Collège Jules-Verne/).check({ force: true });
    await page.getByLabel('Perrine Caillaud').check({ force: true });
    await page.getByLabel('Patrice Delorme').check({ force: true });
    await checkPage(page, shots.next('nouveau-reseau'));
    await pressEnterOn(page, page.getByRole('button', { name: 'Créer le réseau' }));
    const card = page.getByRole('article', { name: NETWORK });
    await card.waitFor();
    expect(plain(await card.innerText())).toMatch(
      /Perrine Caillaud, Patrice Delorme|Patrice Delorme, Perrine Caillaud/,
    );
    expect(plain(await card.innerText())).toMatch(/Collège Jules-Verne/);
  });

  it('sets each PsyEn’s week by period; the check names the school without time in « Vœux »', async () => {
    const { page } = session();
    await pressEnterOn(page, page.getByRole('link', { name: 'Emplois du temps' }));
    await waitForPath(page, '/orientation/emploi-du-temps');
    await setWeek(page, 'Perrine Caillaud', 'Rentrée', {
      'Mardi matin': 'Lycée Marguerite-de-Navarre',
      'Mardi après-midi': 'Collège Victor-Hugo',
      'Jeudi matin': 'Collège Jules-Verne',
      'Lundi matin': 'Permanence au CIO',
    });
    await checkPage(page, shots.next('semaine-rentree'));
    await setWeek(page, 'Perrine Caillaud', 'Vœux', {
      'Mardi matin': 'Lycée Marguerite-de-Navarre',
      'Mardi après-midi': 'Collège Victor-Hugo',
    });
    await setWeek(page, 'Patrice Delorme', 'Vœux', { 'Vendredi matin': 'Lycée Marguerite-de-Navarre' });
    const week = page.getByRole('table', { name: /Semaine de Patrice Delorme, période « Vœux »/ });
    expect(plain(await week.innerText())).toMatch(/Vendredi\s+Lycée Marguerite-de-Navarre/);

    await navigateWithKeyboard(page, 'Réseaux d’orientation', '/orientation');
    const vœux = page.getByRole('heading', { name: 'Période « Vœux »' });
    await vœux.waitFor();
    const alert = page.locator('.fr-alert--warning').filter({ hasText: 'pendant la période « Vœux »' });
    await alert.waitFor();
    expect(plain(await alert.innerText())).toMatch(new RegExp(`Collège Jules-Verne \\(réseau « ${NETWORK} »\\)`));
    expect(plain(await alert.innerText())).not.toMatch(/Collège Victor-Hugo \(réseau « Réseau Marguerite/);
    await alert.scrollIntoViewIfNeeded();
    await checkPage(page, shots.next('controle'));
    await signOutWithKeyboard(page, shots);
  });

  it('the head of the Lycée Alain-Fournier sees when the PsyEn are in their school', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, HEAD);
    await navigateWithKeyboard(page, 'Réseaux d’orientation', '/orientation');
    await pressEnterOn(page, page.getByRole('link', { name: 'Emplois du temps' }));
    await waitForPath(page, '/orientation/emploi-du-temps');
    const week = page.getByRole('table', { name: /Présence des psychologues à Lycée Alain-Fournier/ });
    await week.waitFor();
    const tuesday = plain(await week.getByRole('row', { name: /^Mardi/ }).innerText());
    expect(tuesday).toMatch(/Pauline Ardoin/);
    const thursday = plain(await week.getByRole('row', { name: /^Jeudi/ }).innerText());
    expect(thursday).toMatch(/Pierre Berthon/);
    await checkPage(page, shots.next('chef-etablissement'));
  });
});
