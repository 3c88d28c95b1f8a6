/**
 * Notifications (issue 16): the Bourges referent imports a short SIEI list and assigns its cases to the
 * Mission Locale de Bourges, twice; in the counsellor's page, already open, the header's
 * « Notifications » link counts them as they come, without a reload, and a polite live region says so.
 * The counsellor opens the notifications from the header, follows the newest one to its case (which
 * marks it read), marks all read, and chooses to be told of assignments in the app only. Two people,
 * two browser contexts, on an app of their own: the cases this journey imports must not change the
 * counts the PSAD follow-up journey expects of the shared app.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkPage,
  expectFocused,
  launchBrowser,
  openSession,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, reportFailures, Shots, signInWithKeyboard } from '../support/journey';
import { outputDir } from '../support/paths';
import { startApp } from '../support/server';
import { startMailbox, type Mailbox } from '../support/mailbox';

const MISSION_LOCALE = 'Mission Locale de Bourges';

let browser: Browser;
let app: { baseUrl: string; stop: () => Promise<void> } | null = null;
let mailbox: Mailbox | null = null;
const sessions: Record<'referent' | 'counsellor', Session> = {} as never;
const shots = new Shots('notifications');

beforeAll(async () => {
  // Against an app already running (E2E_BASE_URL), that one; otherwise an app of this journey's own.
  // Its e-mails go to an SMTP server of the test's, which reads what arrives.
  if (!process.env.E2E_BASE_URL) {
    mailbox = await startMailbox();
    app = await startApp('notifications-server.log', { SMTP_URL: mailbox.url, JOB_POLL_SECONDS: '1' });
  }
  browser = await launchBrowser();
  for (const key of ['referent', 'counsellor'] as const) {
    sessions[key] = await openSession(browser, app?.baseUrl ?? inject('baseUrl'));
  }
});
reportFailures(() => Object.values(sessions).map((session) => session.page));
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mailbox?.close();
});

/** A SIEI list of three young people of Bourges, unknown to the demo data. */
function sieiList(): string {
  const header =
    "INE;Nom;Prénom;Date de naissance;Sexe;Adresse;Code postal;Commune;Téléphone;Courriel;UAI établissement d'origine;Dernière formation;Date de sortie;Diplôme le plus élevé";
  const rows = [
    ['800000001NN', 'AVRIL', 'Lou', '03/02/2008', 'F'],
    ['800000002NN', 'BRUNE', 'Tom', '14/05/2007', 'M'],
    ['800000003NN', 'CÈDRE', 'Ana', '21/09/2008', 'F'],
  ].map(([ine, last, first, born, sex]) =>
    [
      ine,
      last,
      first,
      born,
      sex,
      '1 rue Moyenne',
      '18000',
      'Bourges',
      '',
      '',
      '0180005H',
      'CAP',
      '30/06/2026',
      'AUCUN',
    ].join(';'),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** The header's « Notifications » link (the desktop header's; the mobile menu holds a copy). */
const bell = (page: Page) => page.locator('.fr-header__tools').getByRole('link', { name: /^Notifications/ });

/** The bell's accessible name as Chromium computes it (the badge is hidden; « , 2 non lues » is read). */
async function bellAccessibleName(page: Page): Promise<string> {
  const candidates = [
    'Notifications, aucune non lue',
    ...Array.from({ length: 5 }, (_, i) => `Notifications, ${i + 1} ${i ? 'non lues' : 'non lue'}`),
  ];
  for (const name of candidates) {
    if ((await page.locator('.fr-header__tools').getByRole('link', { name, exact: true }).count()) > 0) return name;
  }
  return `none of the expected names (text: ${plain(await bell(page).innerText())})`;
}

async function announced(page: Page): Promise<string> {
  return plain(await page.locator('p[role="status"][aria-live="polite"].fr-sr-only').innerText());
}

/** Selects the worklist rows of these people and assigns them to the Mission Locale, after the confirmation. */
async function assign(page: Page, names: string[]): Promise<void> {
  const list = page.getByRole('region', { name: 'Liste de suivi' });
  for (const name of names) {
    await list
      .locator('tbody tr', { hasText: name })
      .getByRole('checkbox', { name: /^Sélectionner / })
      .check();
  }
  const form = page.getByRole('form', { name: 'Affecter des suivis à un partenaire' });
  await form.getByRole('combobox', { name: 'Partenaire' }).selectOption({ label: MISSION_LOCALE });
  const n = names.length;
  await pressEnterOn(page, form.getByRole('button', { name: 'Affecter la sélection' }));
  const dialog = page.getByRole('dialog', {
    name: `Affecter ${n} ${n > 1 ? 'suivis' : 'suivi'} à ${MISSION_LOCALE} ?`,
  });
  await dialog.waitFor();
  await pressEnterOn(page, dialog.getByRole('button', { name: n > 1 ? `Affecter ${n} suivis` : 'Affecter 1 suivi' }));
  await expect
    .poll(async () => plain(await form.getByRole('status').innerText()), { timeout: 15_000 })
    .toMatch(new RegExp(`^${n} suivis? affectés? à ${MISSION_LOCALE}`));
  await settle(page);
}

describe('notifications: the bell counts live, the list, mark read, preferences', () => {
  it('the counsellor signs in: the header says « Notifications, aucune non lue »', async () => {
    const { page } = sessions.counsellor;
    await signInWithKeyboard(page, shots, DEMO_USERS.counsellor);
    await expect.poll(() => bellAccessibleName(page), { timeout: 15_000 }).toBe('Notifications, aucune non lue');
    expect(await bell(page).getAttribute('href')).toBe('/notifications');
  });

  it('the referent imports three young people and assigns two of them to the Mission Locale', async () => {
    const { page } = sessions.referent;
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    const file = path.join(outputDir, 'siei-notifications.csv');
    fs.writeFileSync(file, sieiList());
    await page.getByLabel('Campagne').fill('2026-S2');
    await page.getByLabel('Fichier de la liste (CSV)').setInputFiles(file);
    await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer et prévisualiser' }));
    await page.getByRole('heading', { level: 2, name: /^Aperçu de « / }).waitFor({ timeout: 60_000 });
    await pressEnterOn(page, page.getByRole('button', { name: "Confirmer l'import" }));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Oui, importer/ }).waitFor();
    await pressEnterOn(page, dialog.getByRole('button', { name: /^Oui, importer/ }));
    await page.getByRole('heading', { level: 2, name: /^Import confirmé/ }).waitFor({ timeout: 60_000 });

    await navigateWithKeyboard(page, 'Suivi PSAD', '/psad');
    const list = page.getByRole('region', { name: 'Liste de suivi' });
    await expect
      .poll(async () => plain(await list.getByRole('status').first().innerText()), { timeout: 15_000 })
      .toMatch(/^3 suivis/);
    await assign(page, ['AVRIL', 'BRUNE']);
  });

  it('in the counsellor’s open page, the count rises to 1 without a reload, announced once', async () => {
    const { page } = sessions.counsellor;
    const url = page.url();
    await expect.poll(() => bellAccessibleName(page), { timeout: 20_000 }).toBe('Notifications, 1 non lue');
    expect(plain(await bell(page).locator('.bell-badge').innerText())).toBe('1');
    await expect.poll(() => announced(page)).toBe('1 nouvelle notification');
    expect(page.url(), 'no navigation nor reload').toBe(url);
    await settle(page);
    await checkPage(page, shots.next('cloche-une-notification'));
  });

  it('the counsellor also gets an e-mail: in French, with the link, naming none of the young people', async () => {
    if (!mailbox) return;
    await expect
      .poll(() => mailbox!.received.filter((m) => m.to.includes('conseiller@demo.test')).length, {
        timeout: 20_000,
      })
      .toBe(1);
    const [mail] = mailbox.received.filter((m) => m.to.includes('conseiller@demo.test'));
    expect(mail!.subject).toMatch(/dossiers/);
    expect(mail!.text).toContain('2 dossiers ont été attribués à Mission Locale de Bourges.');
    expect(mail!.text).toContain('/suivis');
    expect(mail!.html).toContain('lang="fr"');
    for (const name of ['AVRIL', 'BRUNE', 'CÈDRE', 'Lou', 'Tom', 'Ana', '800000001NN']) {
      for (const part of [mail!.subject, mail!.text, mail!.html, mail!.raw]) expect(part, name).not.toContain(name);
    }
  });

  it('a second assignment (one case) brings it to 2', async () => {
    await assign(sessions.referent.page, ['CÈDRE']);
    const { page } = sessions.counsellor;
    await expect.poll(() => bellAccessibleName(page), { timeout: 20_000 }).toBe('Notifications, 2 non lues');
    expect(plain(await bell(page).locator('.bell-badge').innerText())).toBe('2');
  });

  it('opens « Notifications » from the header with the keyboard: newest first, unread ones marked', async () => {
    const { page } = sessions.counsellor;
    await tabTo(page, bell(page));
    await expectFocused(bell(page), 'the bell');
    await page.keyboard.press('Enter');
    await waitForPath(page, '/notifications');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Notifications');
    const items = page.locator('.notifications__list > li');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    const texts = (await items.allInnerTexts()).map(plain);
    expect(texts[0]).toContain(`Un dossier a été attribué à ${MISSION_LOCALE}.`);
    expect(texts[1]).toContain(`2 dossiers ont été attribués à ${MISSION_LOCALE}.`);
    for (const text of texts) {
      expect(text).toMatch(/non lue/i);
      expect(text).toMatch(/à l.instant|il y a \d+ min/);
    }
    await settle(page);
    await checkPage(page, shots.next('liste'));
  });

  it('follows the newest notification to its case, which marks it read', async () => {
    const { page } = sessions.counsellor;
    const link = page.getByRole('link', { name: `Un dossier a été attribué à ${MISSION_LOCALE}.` });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/suivis\/[0-9a-f-]{36}$/);
    await pressEnterOn(page, link);
    await waitForPath(page, href);
    await expect.poll(() => bellAccessibleName(page), { timeout: 15_000 }).toBe('Notifications, 1 non lue');
    await page.goBack();
    await waitForPath(page, '/notifications');
    const items = page.locator('.notifications__list > li');
    await expect.poll(async () => plain(await items.first().innerText())).not.toMatch(/non lue/i);
    expect(plain(await items.nth(1).innerText())).toMatch(/non lue/i);
  });

  it('« Non lues seulement » shows the one left; « Tout marquer comme lu » empties it', async () => {
    const { page } = sessions.counsellor;
    await page.getByText('Non lues seulement', { exact: true }).click();
    const items = page.locator('.notifications__list > li');
    await expect.poll(() => items.count()).toBe(1);
    await pressEnterOn(page, page.getByRole('button', { name: 'Tout marquer comme lu' }));
    await expect
      .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
      .toBe('Toutes les notifications sont marquées comme lues.');
    await expect.poll(() => bellAccessibleName(page)).toBe('Notifications, aucune non lue');
    await expect
      .poll(async () => plain(await page.getByRole('main').innerText()))
      .toContain('Vous avez tout lu : aucune notification non lue.');
    await settle(page);
    await checkPage(page, shots.next('tout-lu'));
  });

  it('chooses to be told of assignments in the app only; security notices stay immediate', async () => {
    const { page } = sessions.counsellor;
    await pressEnterOn(page, page.getByRole('link', { name: /préférences de notification/ }));
    await waitForPath(page, '/notifications/preferences');
    await expect
      .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
      .toBe('Préférences de notification');
    const assigned = page.getByRole('group', { name: /^Dossiers attribués à votre organisation/ });
    await assigned.waitFor();
    const inApp = assigned.getByRole('radio', { name: 'Dans l’application seulement' });
    await tabTo(page, assigned.getByRole('radio', { checked: true }));
    // Arrow keys move within a radio group: down from « immédiatement » to « récapitulatif », then « seulement ».
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await inApp.isChecked()).toBe(true);
    expect(plain(await page.getByRole('main').innerText())).toContain(
      'Les avis de sécurité sont toujours envoyés immédiatement.',
    );
    await pressEnterOn(page, page.getByRole('button', { name: 'Enregistrer' }));
    await expect
      .poll(async () => plain(await page.getByRole('main').getByRole('status').first().innerText()))
      .toBe('Vos préférences de notification sont enregistrées.');
    await page.reload();
    await expect
      .poll(async () =>
        page
          .getByRole('group', { name: /^Dossiers attribués à votre organisation/ })
          .getByRole('radio', { name: 'Dans l’application seulement' })
          .isChecked(),
      )
      .toBe(true);
    await settle(page);
    await checkPage(page, shots.next('preferences'));
  });

  it('met no script error', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
