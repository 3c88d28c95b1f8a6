/**
 * The home page of two roles and the audit log. The Bourges referent signs in:
 * the home page puts the worklist first, with how many cases wait, and its tile
 * opens the worklist. The administrator signs in: the home page puts the
 * administration first. In the audit log, the admin chooses « Connexion » from
 * the action list and the referent from the user list: every row says
 * « Connexion » in French, names the object (« utilisateur Romain Référent »)
 * and its author; « Voir ses événements » narrows the log to that object.
 * Keyboard only, except the native selects, which are set directly once focused.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkPage, pathOf, plain, pressEnterOn, settle, tabTo, waitForPath } from '../support/browser';
import { auditRows, filterAuditLog, openAuditLog } from '../support/audit';
import { DEMO_USERS, Shots, signInWithKeyboard, signOutWithKeyboard, useBrowserSession } from '../support/journey';

const admin = DEMO_USERS.admin;
const referent = DEMO_USERS.referent;

/** The tiles' titles of the main content, in reading order. */
async function tileTitles(page: Page): Promise<string[]> {
  return (await page.getByRole('main').locator('.fr-tile__title').allInnerTexts()).map(plain);
}

describe('home pages that start with the daily work, and the audit log read in French', () => {
  const session = useBrowserSession();
  const shots = new Shots('audit');

  it("the referent's home page starts with the worklist, with how many cases wait, and its tile opens it", async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, referent);
    const work = page.getByRole('region', { name: 'Référent PSAD' });
    await work.waitFor();
    await expect
      .poll(() => tileTitles(page))
      .toEqual(['Liste de suivi', 'Imports SIEI', 'Transferts', 'Tableau de bord']);
    // The count of cases waiting (none on a fresh demo: no list imported yet).
    await expect
      .poll(async () => plain(await work.innerText()), { timeout: 10_000 })
      .toMatch(/Aucun suivi à traiter|\d+ suivis? à traiter/);
    // The daily work comes before the memberships.
    const order = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(order.map(plain)).toEqual(['Référent PSAD', 'Vos rattachements']);
    await checkPage(page, shots.next('accueil-referent'));

    await pressEnterOn(page, work.getByRole('link', { name: /Liste de suivi/ }));
    await waitForPath(page, '/psad');
    await page.getByRole('region', { name: 'Liste de suivi' }).waitFor();
    await signOutWithKeyboard(page, shots);
  });

  it("the admin's home page starts with the administration", async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, admin);
    const work = page.getByRole('region', { name: 'Administrateur' });
    await work.waitFor();
    await expect
      .poll(() => tileTitles(page))
      .toEqual([
        'Utilisateurs',
        'Organisations',
        'Plateformes PSAD',
        "Journal d'audit",
        'Courriels envoyés',
        'Tâches de fond',
        'Paramètres CLAS',
      ]);
    expect(plain(await page.getByRole('region', { name: 'Vos rattachements' }).innerText())).toContain(
      admin.organisation,
    );
    // The audit log's tile counts the security alerts of the week (none on a fresh demo).
    await expect
      .poll(async () => plain(await work.innerText()), { timeout: 10_000 })
      .toMatch(/Aucune alerte de sécurité en 7 jours|\d+ alertes? de sécurité en 7 jours/);
    await checkPage(page, shots.next('accueil-admin'));
  });

  it('reads the audit log with French labels and named objects', async () => {
    const { page } = session();
    const table = await openAuditLog(page);
    const rows = await auditRows(table);
    expect(rows.length).toBeGreaterThan(0);
    // The admin's own sign-in: in French, with its technical name beneath, its object named.
    const login = rows.find((r) => r.action.startsWith('Connexion') && r.author === admin.displayName);
    expect(login, JSON.stringify(rows.slice(0, 5))).toBeDefined();
    expect(login!.action).toBe('Connexion auth.login');
    expect(login!.object).toContain(`utilisateur ${admin.displayName}`);
    // The outcome is a DSFR badge (shown in capitals).
    expect(login!.outcome.toLowerCase()).toBe('succès');
    await checkPage(page, shots.next('journal'));
  });

  it('filters by an action chosen from the list and by a user chosen from the list', async () => {
    const { page } = session();
    await filterAuditLog(page, {
      action: 'Connexion',
      user: { search: 'Romain', option: `${referent.displayName} (${referent.email})` },
    });

    const table = page.getByRole('table', { name: "Événements d'audit" });
    const onlyReferentLogins = async () => {
      const rows = await auditRows(table);
      return (
        rows.length > 0 && rows.every((r) => r.action === 'Connexion auth.login' && r.author === referent.displayName)
      );
    };
    await expect.poll(onlyReferentLogins, { timeout: 10_000 }).toBe(true);
    await settle(page);
    for (const row of await auditRows(table)) {
      expect(row.object).toContain(`utilisateur ${referent.displayName}`);
      expect(row.outcome.toLowerCase()).toBe('succès');
    }
    expect(
      plain(await page.getByRole('region', { name: 'Événements' }).getByRole('status').first().innerText()),
    ).toMatch(/^1 événement$|^\d+ événements$/);
    await checkPage(page, shots.next('journal-filtre-action-utilisateur'));
  });

  it("narrows the log to one object from its row, and shows that object's other actions", async () => {
    const { page } = session();
    const table = page.getByRole('table', { name: "Événements d'audit" });
    await pressEnterOn(
      page,
      table.getByRole('button', { name: /^Voir ses événements : utilisateur Romain Référent/ }).first(),
    );
    const filters = page.getByRole('search', { name: 'Filtrer le journal' });
    await expect.poll(() => filters.getByLabel("Type d'objet", { exact: true }).inputValue()).toBe('user');
    // Every action on the referent's account, whoever did it: the sign-in and the sign-out at least.
    await expect
      .poll(async () => (await auditRows(table)).map((r) => r.action.replace(/ \S+$/, '')).sort(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Connexion', 'Déconnexion']));
    for (const row of await auditRows(table)) expect(row.object).toContain(`utilisateur ${referent.displayName}`);
    expect(pathOf(page)).toBe('/admin/audit');
    await settle(page);
    await checkPage(page, shots.next('journal-filtre-objet'));
  });

  it('filters by dates typed as jj/mm/aaaa (Paris days, the end day included)', async () => {
    const { page } = session();
    const filters = page.getByRole('search', { name: 'Filtrer le journal' });
    const table = page.getByRole('table', { name: "Événements d'audit" });
    const count = async () =>
      plain(await page.getByRole('region', { name: 'Événements' }).getByRole('status').first().innerText());
    const before = await count();
    const parisDay = (offset: number) =>
      new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'Europe/Paris',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(Date.now() + offset * 86_400_000));
    // From today to today: the same events (those of the object chosen above).
    await tabTo(page, filters.getByLabel('Du', { exact: true }));
    await page.keyboard.type(parisDay(0));
    await tabTo(page, filters.getByLabel('Au (inclus)', { exact: true }));
    await page.keyboard.type(parisDay(0));
    await pressEnterOn(page, filters.getByRole('button', { name: 'Filtrer' }));
    await settle(page);
    await expect.poll(count).toBe(before);
    // From tomorrow: nothing yet.
    await filters.getByLabel('Du', { exact: true }).fill('');
    await filters.getByLabel('Au (inclus)', { exact: true }).fill('');
    await tabTo(page, filters.getByLabel('Du', { exact: true }));
    await page.keyboard.type(parisDay(1));
    await pressEnterOn(page, filters.getByRole('button', { name: 'Filtrer' }));
    await expect.poll(count, { timeout: 10_000 }).toBe('Aucun événement');
    expect(plain(await table.innerText())).toContain('Aucun événement ne correspond à ces critères.');
    await settle(page);
    await checkPage(page, shots.next('journal-filtre-dates'));
  });

  it('signs out', async () => {
    await signOutWithKeyboard(session().page, shots);
  });

  it('met no script error', () => {
    expect(session().errors).toEqual([]);
  });
});
