/**
 * The CPMS 24/7 line (issue 19): the director of Liège 1 tries to publish the draft weeks, which have a
 * gap — refused, the gap's Brussels dates shown —, adds the missing shift and publishes. The admin then
 * issues the switchboard's account (standard.cpms@) an API key in the admin UI; with it, a third-party
 * system asks who is on call at a given instant and gets the agent and the backup with their phones.
 * Finally an agent logs a call and sees it in the month's statistics.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, tabTo } from '../support/browser';
import { Shots, signInWithKeyboard, signOutWithKeyboard, useBrowserSession } from '../support/journey';

const DIRECTOR = { email: 'direction.cpms@demo.test', displayName: 'Dominique Dewez' };
const AGENT = { email: 'agent.cpms@demo.test', displayName: 'Amélie Lambert' };
const ADMIN = { email: 'admin@demo.test', displayName: 'Alice Admin' };

/** A Brussels calendar day as yyyy-mm-dd, `days` after today there. */
function brusselsDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}
/** The Wednesday of the week two weeks after this one (the demo draft's missing day shift). */
function gapDay(): string {
  const today = brusselsDay();
  const d = new Date(`${today}T12:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() + (14 + 2 - sinceMonday) * 86_400_000).toISOString().slice(0, 10);
}
const french = (iso: string) => iso.split('-').reverse().join('/');

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await expect(field.inputValue()).resolves.toBe(text);
}

describe('the 24/7 line: a draft with a gap, the switchboard’s key, a call', () => {
  const session = useBrowserSession();
  const shots = new Shots('astreinte');
  let secret = '';

  it('the director is refused publication with the gap’s dates, adds the shift, publishes', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DIRECTOR);
    await page.goto('/cpms/astreinte');
    await page.getByRole('heading', { level: 1, name: /planning d’astreinte/ }).waitFor();
    const now = page.getByRole('region', { name: 'Qui est d’astreinte maintenant ?' });
    await expect.poll(async () => plain(await now.innerText()), { timeout: 15_000 }).toMatch(/Agent : .+\+32/);
    const week = page.getByRole('table', { name: /Permanences du/ });
    await week.waitFor();
    await settle(page);
    await checkPage(page, shots.next('planning'));

    const draft = page.getByRole('region', { name: 'Période à publier' });
    const gap = `du ${french(gapDay())} 08:00 au ${french(gapDay())} 20:00`;
    await expect
      .poll(async () => plain(await draft.innerText()), { timeout: 15_000 })
      .toContain(`Aucun agent d'astreinte ${gap}`);
    await pressEnterOn(page, draft.getByRole('button', { name: 'Publier la période' }));
    const refusal = draft.getByRole('alert');
    await expect.poll(async () => plain(await refusal.innerText()), { timeout: 15_000 }).toMatch(/Publication refusée/);
    expect(plain(await refusal.innerText())).toContain(gap);
    await settle(page);
    await checkPage(page, shots.next('publication-refusee'));

    const form = page.getByRole('form', { name: 'Ajouter une permanence au brouillon' });
    await typeInto(page, form.getByLabel('Jour de début'), french(gapDay()));
    await form.getByLabel('Agent', { exact: true }).selectOption({ label: 'Amélie Lambert (Centre PMS de Liège 1)' });
    await form.getByLabel('Backup', { exact: true }).selectOption({ label: 'Bruno Renard (Centre PMS de Liège 1)' });
    await pressEnterOn(page, form.getByRole('button', { name: 'Ajouter la permanence' }));
    await expect
      .poll(async () => plain(await draft.innerText()), { timeout: 15_000 })
      .toContain('Aucun trou ni manquement');
    await pressEnterOn(page, draft.getByRole('button', { name: 'Publier la période' }));
    await expect
      .poll(async () => plain(await draft.innerText()), { timeout: 15_000 })
      .toMatch(/\d+ permanence\(s\) publiée\(s\)/);
    await settle(page);
    await checkPage(page, shots.next('publiee'));

    // The week's templates: an impossible hour is refused at its field, then the week is saved.
    await pressEnterOn(page, draft.getByRole('button', { name: 'Modifier les modèles' }));
    const templates = page.getByRole('form', { name: 'Modifier les modèles de la semaine' });
    await templates.waitFor();
    const firstEnd = templates.getByLabel('Modèle 1 : fin', { exact: true });
    const end = await firstEnd.inputValue();
    await typeInto(page, firstEnd, '25:00');
    // Enter in a field submits the form (its button is some eighty tab stops further, past the week's rows).
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => plain(await templates.innerText()), { timeout: 15_000 })
      .toMatch(/Modèle 1 : fin.*heure invalide \(HH:MM\)/i);
    await settle(page);
    await checkPage(page, shots.next('modeles-erreur'));
    await typeInto(page, firstEnd, end);
    await page.keyboard.press('Enter');
    await expect.poll(async () => plain(await draft.innerText()), { timeout: 15_000 }).toContain('Modèles enregistrés');

    // An agent's on-call phone, which the switchboard reads.
    const phones = page.getByRole('region', { name: 'Téléphones d’astreinte' });
    await typeInto(page, phones.getByLabel(/^Bruno Renard/), '+32 470 12 34 56');
    await pressEnterOn(page, phones.getByRole('button', { name: 'Enregistrer le numéro de Bruno Renard' }));
    await expect.poll(async () => plain(await phones.innerText()), { timeout: 15_000 }).toContain('Numéro enregistré.');
    await settle(page);
    await checkPage(page, shots.next('telephones'));
    await signOutWithKeyboard(page, shots);
  });

  it('the admin issues the switchboard an API key; the key asks who is on call at an instant', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, ADMIN);
    await page.goto('/admin/utilisateurs');
    await page.getByRole('table', { name: 'Comptes utilisateurs' }).waitFor();
    await typeInto(page, page.getByLabel('Rechercher par nom ou e-mail'), 'standard.cpms');
    const link = page.getByRole('link', { name: 'Standard de la ligne 24/7' });
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await pressEnterOn(page, link);
    const section = page.getByRole('region', { name: "Clés d'API" });
    await section.waitFor();
    await typeInto(page, section.getByLabel('Nom de la clé', { exact: true }), 'Standard téléphonique');
    // Its one scope: who is on call.
    const onCall = section.getByRole('checkbox', { name: /\(cpms:oncall:read\)$/ });
    await tabTo(page, onCall);
    await page.keyboard.press('Space');
    await pressEnterOn(page, section.getByRole('button', { name: 'Créer la clé' }));
    const created = section.getByRole('status', { name: 'Clé créée : copiez-la maintenant' });
    await created.waitFor();
    secret = await created.getByRole('textbox', { name: 'Secret de la clé', exact: true }).inputValue();
    expect(secret).toMatch(/^mlg_\S{20,}$/);
    await settle(page);
    await checkPage(page, shots.next('cle-standard'));
    await pressEnterOn(page, created.getByRole('button', { name: "J'ai copié la clé" }));
    await signOutWithKeyboard(page, shots);

    const base = inject('baseUrl');
    const pools = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': secret },
      body: JSON.stringify({ query: '{ oncallPools { id name } }' }),
    }).then((r) => r.json() as Promise<{ data: { oncallPools: { id: string; name: string }[] } }>);
    expect(pools.data.oncallPools).toHaveLength(1);
    // Tomorrow at 23:00 in Brussels: the night shift.
    const tomorrow = brusselsDay(1);
    const probe = new Date(`${tomorrow}T22:00:00Z`);
    const offsetHours =
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(
          probe,
        ),
      ) - 22;
    const at = `${tomorrow}T23:00:00+0${offsetHours}:00`;
    const res = await fetch(
      `${base}/api/cpms/pools/${pools.data.oncallPools[0]!.id}/on-call?at=${encodeURIComponent(at)}`,
      {
        headers: { 'x-api-key': secret, accept: 'application/json' },
      },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      agent: { displayName: string; phone: string };
      backup: { displayName: string; phone: string };
    };
    expect(body.agent).toMatchObject({ displayName: 'Céline Maes', phone: '+32 471 22 33 44' });
    expect(body.backup).toMatchObject({ displayName: 'David Peeters', phone: '+32 471 55 66 77' });
    // Without the key: no answer.
    expect((await fetch(`${base}/api/cpms/pools/${pools.data.oncallPools[0]!.id}/on-call`)).status).toBe(401);
  });

  it('an agent logs a call without any caller identity and finds it in the month', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, AGENT);
    await page.goto('/cpms/astreinte/appels');
    await page.getByRole('heading', { level: 1, name: /journal des appels/ }).waitFor();
    const form = page.getByRole('form', { name: 'Enregistrer un appel' });
    await form.getByLabel('Appelant', { exact: true }).selectOption({ label: 'Parent' });
    await form.getByLabel('Motif', { exact: true }).selectOption({ label: 'Harcèlement' });
    await typeInto(page, form.getByLabel('Ce qui a été fait'), 'Écoute, conseils, renvoi vers le CPMS');
    await form.getByLabel('Renvoi vers le CPMS compétent').selectOption({ label: 'Centre PMS de Liège 1' });
    await typeInto(page, form.getByLabel('Suivi à faire pour le'), french(brusselsDay(7)));
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer l’appel' }));
    await expect
      .poll(async () => plain((await page.getByRole('status').allInnerTexts()).join(' ')), { timeout: 15_000 })
      .toContain('Appel enregistré');
    const calls = page.getByRole('table', { name: 'Appels du mois', exact: true });
    await expect
      .poll(async () => plain(await calls.innerText()), { timeout: 15_000 })
      .toContain('Écoute, conseils, renvoi vers le CPMS');
    await page.getByRole('table', { name: 'Appels du mois par motif' }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('appels'));
    await signOutWithKeyboard(page, shots);
  });
});
