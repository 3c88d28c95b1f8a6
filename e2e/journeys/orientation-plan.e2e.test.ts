/**
 * The orientation work plan (issue 18): the DCIO of Bourges opens the current plan's timeline, sees the
 * late action marked in words, and marks it done; a PsyEn it names finds its reminder (raised by the
 * daily job when the app started) among their notifications.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, expectFocused, plain, pressEnterOn, settle, tabTo } from '../support/browser';
import { Shots, signInWithKeyboard, signOutWithKeyboard, useBrowserSession } from '../support/journey';

const DCIO = { email: 'dcio@demo.test', displayName: 'Denise Directrice' };
const PSYEN2 = { email: 'psyen2@demo.test', displayName: 'Pierre Berthon' };
const LATE = 'Réunions de rentrée des réseaux';

describe('orientation work plan: the timeline, a late action, its reminder', () => {
  const session = useBrowserSession();
  const shots = new Shots('plan');

  it('the DCIO sees the late action on the timeline and marks it done', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DCIO);
    await page.goto('/orientation/plan-de-travail');
    await page.getByRole('heading', { level: 1, name: 'Plan de travail' }).waitFor();
    const table = page.getByRole('table', { name: /Calendrier des actions/ });
    await table.waitFor();
    await settle(page);
    const row = table.getByRole('row').filter({ hasText: LATE });
    expect(plain(await row.innerText())).toMatch(/En retard/);
    expect(await table.getByRole('columnheader', { name: /aujourd’hui/ }).count()).toBe(1);
    await checkPage(page, shots.next('frise'));

    await pressEnterOn(page, row.getByRole('button', { name: LATE }));
    const panel = page.getByRole('region', { name: LATE });
    await panel.waitFor();
    await panel.getByLabel('Statut de l’action').selectOption('FAIT');
    await pressEnterOn(page, panel.getByRole('button', { name: 'Changer le statut' }));
    await expect
      .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
      .toMatch(/Statut de « Réunions de rentrée des réseaux » : Fait/);
    await settle(page);
    expect(plain(await row.innerText())).not.toMatch(/En retard/);
    await checkPage(page, shots.next('action-faite'));

    // A plan created by mistake is deleted, after a question that names what goes with it.
    await pressEnterOn(page, page.getByRole('button', { name: 'Créer un nouveau plan de travail' }));
    const form = page.getByRole('form', { name: 'Nouveau plan de travail' });
    await tabTo(page, form.getByLabel('Titre'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Plan en double');
    await pressEnterOn(page, form.getByRole('button', { name: 'Créer le plan' }));
    await page.getByRole('heading', { level: 2, name: /^Plan en double/ }).waitFor();
    await pressEnterOn(page, page.getByRole('button', { name: 'Supprimer le plan' }));
    const question = page.getByRole('group', { name: 'Supprimer le plan' });
    expect(plain(await question.innerText())).toContain(
      'Supprimer « Plan en double » ? Il ne pourra pas être retrouvé.',
    );
    const confirm = question.getByRole('button', { name: 'Confirmer la suppression du plan' });
    await expectFocused(confirm, 'the confirmation');
    await checkPage(page, shots.next('suppression-plan'));
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
      .toMatch(/Plan « Plan en double » supprimé/);
    expect(await page.getByRole('option', { name: /Plan en double/ }).count()).toBe(0);
    await signOutWithKeyboard(page, shots);
  });

  it('the PsyEn named in the action finds its reminder among their notifications', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, PSYEN2);
    await expect
      .poll(
        async () => {
          await page.goto('/notifications');
          await page.getByRole('heading', { level: 1 }).waitFor();
          await settle(page);
          return plain(await page.locator('main').innerText());
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toMatch(/plan de travail.*CIO de Bourges.*qui vous est attribuée est en retard/);
    await checkPage(page, shots.next('notifications'));
  });
});
