import { expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn } from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, nonAdminJourney } from '../support/journey';

const PLATFORM = 'PSAD du bassin de Bourges';
/** The demo partners of the Bourges platform (the admin journey may have added one). */
const PARTNERS = [
  'Mission Locale de Bourges',
  'CIO de Bourges',
  'MLDS du Cher',
  'Lycée Alain-Fournier',
  'Lycée Jacques-Cœur',
  'Collège Jean-Renoir',
];

nonAdminJourney('journey of a PSAD referent (referent@demo.test)', DEMO_USERS.referent, (session, shots) => {
  it('opens "Suivi PSAD": their platform of Bourges, its worklist and its partners', async () => {
    const { page } = session();
    // Referent of one platform: the line above each page names it (no select).
    await expect
      .poll(async () => plain(await page.getByRole('main').innerText()))
      .toContain(`Plateforme : ${PLATFORM}`);
    await expect(page.getByRole('combobox', { name: 'Plateforme active' }).count()).resolves.toBe(0);

    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe(`Suivi PSAD — ${PLATFORM}`);
    const partners = page.getByRole('region', { name: 'Partenaires' });
    await partners.getByRole('list').waitFor();
    const names = (await partners.getByRole('listitem').getByRole('link').allInnerTexts()).map(plain);
    expect(names).toEqual(expect.arrayContaining(PARTNERS));
    // The worklist: its heading, its filters, a count and the table (empty, or filled when the
    // follow-up journey ran first: the journeys share one app and their order is not fixed).
    const worklist = page.getByRole('region', { name: 'Liste de suivi' });
    await worklist.getByRole('heading', { level: 2, name: 'Liste de suivi' }).waitFor();
    await worklist.getByRole('search', { name: 'Filtrer la liste de suivi' }).waitFor();
    await worklist.getByRole('table').waitFor();
    await expect
      .poll(async () => plain(await worklist.getByRole('status').first().innerText()))
      .toMatch(/^(Aucun suivi|\d+ suivis?)$/);
    if (plain(await worklist.getByRole('status').first().innerText()) === 'Aucun suivi') {
      expect(plain(await worklist.getByRole('table').innerText())).toContain(
        "Aucun suivi sur cette plateforme pour l'instant.",
      );
    }
    await expect(
      page
        .getByRole('form', { name: 'Affecter des suivis à un partenaire' })
        .getByRole('button', { name: 'Affecter la sélection' })
        .count(),
    ).resolves.toBe(1);
    // The filters in a closed panel that says how many are active; the page count under the table.
    const filters = worklist.getByRole('button', { name: /^Filtres/ });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await pressEnterOn(page, filters);
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    // A DSFR checkbox: its label is what one clicks.
    await worklist.getByText('Mineurs sans solution uniquement', { exact: true }).click();
    expect(await worklist.getByRole('checkbox', { name: 'Mineurs sans solution uniquement' }).isChecked()).toBe(true);
    await expect.poll(async () => plain(await filters.innerText())).toBe('Filtres (1 actif)');
    await pressEnterOn(page, worklist.getByRole('button', { name: 'Effacer les filtres' }));
    await expect.poll(async () => plain(await filters.innerText())).toBe('Filtres (aucun actif)');
    await checkPage(page, shots.next('suivi-psad'));
  });
});
