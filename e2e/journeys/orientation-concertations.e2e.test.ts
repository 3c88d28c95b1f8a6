/**
 * A CIO's concertations and thematic actions (issue 18): the CIO of Bourges's director finds the demo's
 * concertation and parcours Avenir action under « Concertations et actions », schedules a concertation
 * with the instances' meeting form, and lands on its meeting page (convened by the CIO, no situations).
 */
import { describe, it } from 'vitest';
import { checkPage, pressEnterOn, waitForPath } from '../support/browser';
import { Shots, navigateWithKeyboard, signInWithKeyboard, useBrowserSession } from '../support/journey';

const DCIO = { email: 'dcio@demo.test', displayName: 'Denise Directrice' };
const TITLE = 'Concertation sur les vœux de fin de seconde';

describe('a CIO’s concertations and actions: its director lists and schedules them', () => {
  const session = useBrowserSession();
  const shots = new Shots('concertations');

  it('the DCIO finds the CIO’s concertation and parcours Avenir action', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DCIO);
    await navigateWithKeyboard(page, 'Concertations et actions', '/orientation/concertations');
    await page.getByRole('heading', { level: 1, name: 'Concertations et actions' }).waitFor();
    await page.getByRole('link', { name: /^Concertation sur le projet d’orientation/ }).waitFor();
    await page.getByText('Action thématique — Parcours Avenir').waitFor();
    await checkPage(page, shots.next('liste'));
  });

  it('schedules a concertation and opens its page, convened by the CIO', async () => {
    const { page } = session();
    await pressEnterOn(page, page.getByRole('button', { name: 'Planifier une concertation ou une action' }));
    await page.getByText('CIO qui convoque :').waitFor();
    await page.getByLabel('Intitulé', { exact: true }).fill(TITLE);
    const [y, m, d] = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10).split('-');
    await page.getByLabel('Date', { exact: true }).fill(`${d}/${m}/${y}`);
    await page.getByLabel('Heure de début', { exact: true }).fill('14:00');
    await page.getByLabel('Heure de fin', { exact: true }).fill('16:00');
    await page.getByLabel('Lieu', { exact: true }).fill('CIO de Bourges');
    await checkPage(page, shots.next('formulaire'));
    await pressEnterOn(page, page.getByRole('button', { name: 'Planifier et envoyer les invitations' }));
    await waitForPath(page, /^\/instances\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('CIO de Bourges', { exact: true }).first().waitFor();
    await checkPage(page, shots.next('reunion'));
  });
});
