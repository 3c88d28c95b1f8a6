import { expect, it } from 'vitest';
import { checkPage, plain } from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a viewer (lecteur@demo.test)', DEMO_USERS.viewer, (session, shots) => {
  it('opens "Tableau de bord": a platform to choose, aggregates only, the funnel as a table', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Tableau de bord', '/psad/tableau-de-bord');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toMatch(/^Tableau de bord — PSAD du bassin de /);
    // A viewer may look at any platform, and at one campaign.
    await page.getByRole('combobox', { name: 'Plateforme' }).waitFor();
    await page.getByRole('combobox', { name: 'Campagne' }).waitFor();
    const funnel = page.getByRole('table', { name: 'Parcours des jeunes repérés, par étape' });
    await funnel.waitFor();
    const stages = (await funnel.locator('tbody tr th').allInnerTexts()).map(plain);
    expect(stages).toEqual([
      'Repérés',
      'Affectés à un partenaire',
      'Contactés (au moins une tentative)',
      'Joints',
      'En solution',
    ]);
    await page.getByRole('table', { name: 'Suivis affectés à chaque partenaire, par statut' }).waitFor();
    await checkPage(page, shots.next('tableau-de-bord'));
  });

  it('opens « Indicateurs parcours »: the référence de parcours in numbers, never a person', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Indicateurs parcours', '/parcours/indicateurs');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Indicateurs de la référence de parcours');
    const byStatus = page.getByRole('table', { name: 'Références de parcours par statut' });
    await byStatus.waitFor();
    const statuses = (await byStatus.locator('tbody tr th').allInnerTexts()).map(plain);
    expect(statuses).toEqual(['Proposée', 'Acceptée (active)', 'Refusée', 'Sans suite', 'Terminée']);
    await checkPage(page, shots.next('indicateurs-parcours'));
  });
});
