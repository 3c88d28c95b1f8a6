import { expect, it } from 'vitest';
import { checkPage, plain } from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, nonAdminJourney } from '../support/journey';

nonAdminJourney('journey of a social worker (social@demo.test)', DEMO_USERS.social, (session, shots) => {
  it('opens « Personnes accompagnées »: the persons whose list they are on (no identifier to hand out: colleagues find each other by structure)', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Personnes accompagnées', '/parcours');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Personnes accompagnées');
    await page.getByRole('table', { name: 'Personnes dont vous êtes intervenant' }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher par nom' }).waitFor();
    await expect(page.getByRole('region', { name: 'Votre identifiant Maillage' }).count()).resolves.toBe(0);
    await checkPage(page, shots.next('personnes-accompagnees'));
  });

  it('opens « Indicateurs parcours »: counts only, each breakdown drawn and tabled', async () => {
    const { page } = session();
    await navigateWithKeyboard(page, 'Indicateurs parcours', '/parcours/indicateurs');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Indicateurs de la référence de parcours');
    for (const caption of [
      'Références de parcours par statut',
      'Références classées sans suite, par motif',
      'Références terminées, par raison',
    ]) {
      await page.getByRole('table', { name: caption }).waitFor();
    }
    await page.getByRole('group', { name: 'Exporter les indicateurs' }).waitFor();
    await checkPage(page, shots.next('indicateurs-parcours'));
  });
});
