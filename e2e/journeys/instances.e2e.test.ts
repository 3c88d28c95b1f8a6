/**
 * PSAD instances (issue 17): the Bourges referent imports four young people, holds yesterday's
 * technical committee (one situation, the Mission Locale invited: attendance, minutes, a follow-up
 * action), then schedules tomorrow's as its sequel, with three of them to examine, the Mission Locale
 * and a guest without an account invited. The counsellor of the Mission Locale gets the invitation by
 * e-mail with its calendar part (METHOD:REQUEST, the meeting's UID, SEQUENCE:0) and in the bell,
 * opens the meeting, sees exactly those three situations, downloads the .ics and asks for one to be
 * seen again at the next cotech. The referent reads that decision in the case's timeline, with its
 * link back to the meeting; a decision the case's rules refuse is shown with the server's reason,
 * an assignment goes through. The app runs with COTECH_ACCESS_DAYS=0: yesterday's committee has
 * ended, so the counsellor sees it without its situations — no clock is faked. Last, the referent
 * moves tomorrow's end (SEQUENCE:1), then cancels it (METHOD:CANCEL). Two people, two browser
 * contexts, on an app of their own with an SMTP server of the test's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkPage,
  launchBrowser,
  mainNavigation,
  openSession,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from '../support/browser';
import { DEMO_USERS, navigateWithKeyboard, reportFailures, Shots, signInWithKeyboard } from '../support/journey';
import { startMailbox, type Mail, type Mailbox } from '../support/mailbox';
import { outputDir } from '../support/paths';
import { startApp } from '../support/server';

const MISSION_LOCALE = 'Mission Locale de Bourges';
const COUNSELLOR_EMAIL = DEMO_USERS.counsellor.email;
const GUEST_EMAIL = 'jeanne.invitee@exemple.test';
const PAST_TITLE = 'Comité technique de la veille';
const NEXT_TITLE = 'Comité technique de Bourges';
/** The three young people tomorrow's committee examines, and the one it does not. */
const EXAMINED = ['ROSIER Lina', 'SAULE Marc', 'TILLEUL Inès'];
const NOT_EXAMINED = 'OLIVIER Noé';

let browser: Browser;
let app: { baseUrl: string; stop: () => Promise<void> } | null = null;
let mailbox: Mailbox | null = null;
const sessions: Record<'referent' | 'counsellor', Session> = {} as never;
const shots = new Shots('instances');
const ids: { past?: string; next?: string } = {};

beforeAll(async () => {
  // The grace period after a cotech during which its invited partners see its situations: none here,
  // so that yesterday's committee is already closed to them.
  if (!process.env.E2E_BASE_URL) {
    mailbox = await startMailbox();
    app = await startApp('instances-server.log', {
      SMTP_URL: mailbox.url,
      JOB_POLL_SECONDS: '1',
      COTECH_ACCESS_DAYS: '0',
    });
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

/** A day in Paris, `offset` days from today, as jj/mm/aaaa. */
function parisDay(offset: number): string {
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(Date.now() + offset * 86_400_000));
  return day;
}

/** A SIEI list of four young people of Bourges, unknown to the demo data. */
function sieiList(): string {
  const header =
    "INE;Nom;Prénom;Date de naissance;Sexe;Adresse;Code postal;Commune;Téléphone;Courriel;UAI établissement d'origine;Dernière formation;Date de sortie;Diplôme le plus élevé";
  const rows = [
    ['800000011NN', 'ROSIER', 'Lina', '03/02/2009', 'F'],
    ['800000012NN', 'SAULE', 'Marc', '14/05/2007', 'M'],
    ['800000013NN', 'TILLEUL', 'Inès', '21/09/2008', 'F'],
    ['800000014NN', 'OLIVIER', 'Noé', '11/11/2007', 'M'],
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

const h1 = async (page: Page) => plain(await page.getByRole('heading', { level: 1 }).innerText());

/** The header's « Notifications » link (the desktop header's; the mobile menu holds a copy). */
const bell = (page: Page) => page.locator('.fr-header__tools').getByRole('link', { name: /^Notifications/ });

/** Selects the option of a select whose text starts with `start` (its age or decision may follow). */
async function selectStartingWith(select: Locator, start: string): Promise<void> {
  const options = await select
    .locator('option')
    .evaluateAll((els) => els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent ?? '' })));
  const option = options.find((o) => o.text.startsWith(start));
  if (!option) throw new Error(`no option starting with « ${start} » in ${options.map((o) => o.text).join(' | ')}`);
  await select.selectOption(option.value);
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box, 250);
  await page.keyboard.press('Space');
  await expect.poll(() => box.isChecked()).toBe(true);
}

/** Tabs into a group of radio buttons (onto its checked one, or its first) and moves to `label` with the arrow keys. */
async function chooseRadio(page: Page, scope: Locator, label: string): Promise<void> {
  const target = scope.getByRole('radio', { name: label, exact: true });
  const name = await target.getAttribute('name');
  const group = scope.locator(`input[type="radio"][name="${name}"]`);
  const checked = scope.locator(`input[type="radio"][name="${name}"]:checked`);
  await tabTo(page, (await checked.count()) ? checked.first() : group.first(), 250);
  for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => target.isChecked()).toBe(true);
}

/** Fills the scheduling form's « Date et lieu ». */
async function fillWhen(page: Page, day: string, start: string, end: string, place: string) {
  await page.getByLabel('Date', { exact: true }).fill(day);
  await page.getByLabel('Heure de début', { exact: true }).fill(start);
  await page.getByLabel('Heure de fin', { exact: true }).fill(end);
  await page.getByLabel('Lieu', { exact: true }).fill(place);
}

/** Searches the worklist for a young person and adds them to the committee's situations. */
async function addSituation(page: Page, name: string) {
  const search = page.getByRole('searchbox', { name: 'Rechercher un jeune de la liste de suivi' });
  await search.fill(name.split(' ')[0]!);
  const add = page.getByRole('button', { name: `Ajouter ${name}`, exact: true });
  await add.waitFor({ timeout: 10_000 });
  await pressEnterOn(page, add);
  await page.getByLabel(`Proposition pour ${name} (facultatif)`).waitFor();
}

/** The meeting's e-mails to `to` so far, of one iCalendar method. */
const mailsTo = (to: string, method: 'REQUEST' | 'CANCEL', meetingId: string): Mail[] =>
  (mailbox?.received ?? []).filter(
    (m) =>
      m.to.includes(to) &&
      m.calendars.some((c) => c.includes(`METHOD:${method}`) && c.includes(`UID:${meetingId}@maillage`)),
  );

/** The value of an iCalendar property, its folded lines unfolded. */
const icsValue = (ics: string, name: string) =>
  new RegExp(`^${name}[:;](.*)$`, 'm').exec(ics.replace(/\r?\n[ \t]/g, ''))?.[1]?.trim();

const situationNames = async (page: Page) =>
  (
    await page
      .getByRole('table', { name: /^Situations à examiner/ })
      .locator('tbody tr th')
      .allInnerTexts()
  ).map(plain);

describe('PSAD instances: a cotech scheduled, its invitation, its situations, their decisions', () => {
  it('the counsellor signs in', async () => {
    const { page } = sessions.counsellor;
    await signInWithKeyboard(page, shots, DEMO_USERS.counsellor);
    expect(await bell(page).getAttribute('href')).toBe('/notifications');
  });

  it('the referent imports four young people into the Bourges list', async () => {
    const { page } = sessions.referent;
    await signInWithKeyboard(page, shots, DEMO_USERS.referent);
    await navigateWithKeyboard(page, 'Imports SIEI', '/psad/imports');
    const file = path.join(outputDir, 'siei-instances.csv');
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
  });

  it('« Réunions et instances » from the navigation: nothing yet, and « Planifier une réunion »', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Réunions et instances', '/instances');
    await expect.poll(() => h1(page)).toBe('Réunions et instances');
    await expect
      .poll(async () => plain(await page.getByRole('region', { name: 'Aujourd’hui et à venir' }).innerText()))
      .toContain('Aucune réunion à venir.');
    await checkPage(page, shots.next('liste-vide'));
    await pressEnterOn(page, page.getByRole('link', { name: 'Planifier une réunion' }));
    await waitForPath(page, '/instances/nouvelle');
    await expect.poll(() => h1(page)).toBe('Planifier une réunion');
    await checkPage(page, shots.next('nouvelle'));
  });

  it('an incomplete form is refused at its fields, before any round trip', async () => {
    const { page } = sessions.referent;
    await page.getByLabel('Heure de début', { exact: true }).fill('16:00');
    await page.getByLabel('Heure de fin', { exact: true }).fill('14:00');
    await pressEnterOn(page, page.getByRole('button', { name: 'Planifier et envoyer les invitations' }));
    const summary = page.getByRole('group', { name: 'La réunion n’a pas pu être planifiée' });
    await summary.waitFor();
    const text = plain(await summary.innerText());
    expect(text).toContain('Intitulé');
    expect(text).toContain("Heure de fin : L'heure de fin doit suivre l'heure de début.");
    expect(text).toContain('Lieu : Indiquez un lieu ou un lien de visioconférence.');
    // The focus went to the first field in error.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await settle(page);
    await checkPage(page, shots.next('nouvelle-erreurs'));
  });

  it('holds yesterday’s committee: one situation, the Mission Locale invited', async () => {
    const { page } = sessions.referent;
    await page.getByLabel('Intitulé', { exact: true }).fill(PAST_TITLE);
    await fillWhen(page, parisDay(-1), '10:00', '12:00', 'CIO de Bourges, salle 1');
    await tick(page, page.getByRole('checkbox', { name: MISSION_LOCALE }));
    await addSituation(page, NOT_EXAMINED);
    await pressEnterOn(page, page.getByRole('button', { name: 'Planifier et envoyer les invitations' }));
    await waitForPath(page, /^\/instances\/[0-9a-f-]{36}$/);
    ids.past = page.url().split('/').pop();
    await expect.poll(() => h1(page)).toBe(PAST_TITLE);
    expect(plain(await page.getByRole('main').getByRole('status').first().innerText())).toBe(
      'Réunion planifiée : les invitations sont envoyées.',
    );
    expect(await situationNames(page)).toEqual([NOT_EXAMINED]);
  });

  it('records its attendance, its minutes and a follow-up action', async () => {
    const { page } = sessions.referent;
    const attendance = page.getByRole('form', { name: 'Saisir les présences' });
    await chooseRadio(page, attendance.getByRole('group', { name: MISSION_LOCALE }), 'Présent');
    await pressEnterOn(page, attendance.getByRole('button', { name: 'Enregistrer les présences' }));
    await expect
      .poll(async () => plain(await attendance.getByRole('status').innerText()))
      .toBe('Présences enregistrées (1).');
    const invitees = page.getByRole('region', { name: 'Invités et présences' });
    await expect.poll(async () => plain(await invitees.getByRole('table').innerText())).toContain('Présent');

    const minutes = page.getByRole('form', { name: 'Rédiger le compte rendu' });
    await minutes
      .getByLabel('Compte rendu', { exact: true })
      .fill('Tour de table des situations.\nPoint sur les actions.');
    await pressEnterOn(page, minutes.getByRole('button', { name: 'Ajouter une décision' }));
    await page.keyboard.type('Relancer les jeunes sans contact depuis un mois.');
    await pressEnterOn(page, minutes.getByRole('button', { name: 'Enregistrer le compte rendu' }));
    await expect
      .poll(async () => plain(await minutes.getByRole('status').innerText()))
      .toBe('Compte rendu enregistré.');

    const add = page.getByRole('form', { name: 'Ajouter une action' });
    await add.getByLabel('Action', { exact: true }).fill('Relancer la famille');
    await add.getByLabel('Porteur', { exact: true }).fill('Claire Conseillère');
    await add.getByLabel('Organisation du porteur (facultatif)').selectOption({ label: MISSION_LOCALE });
    // No due date: the server refuses any (its Date scalar hands the shared schema a Date where it expects a string).
    await pressEnterOn(page, add.getByRole('button', { name: 'Ajouter l’action' }));
    await expect
      .poll(async () => plain(await add.getByRole('status').innerText()))
      .toBe('Action « Relancer la famille » ajoutée.');
    const actions = page.getByRole('region', { name: 'Actions de suivi' });
    await expect.poll(async () => plain(await actions.getByRole('table').innerText())).toContain('Relancer la famille');
    await expect
      .poll(async () => plain((await page.locator('.meeting-page__badges').textContent()) ?? ''))
      .toContain('Tenue');
    await settle(page);
    await checkPage(page, shots.next('reunion-tenue'));
  });

  it('schedules tomorrow’s committee as its sequel: agenda, partner, guest, three situations', async () => {
    const { page } = sessions.referent;
    await navigateWithKeyboard(page, 'Réunions et instances', '/instances');
    await pressEnterOn(page, page.getByRole('link', { name: 'Planifier une réunion' }));
    await waitForPath(page, '/instances/nouvelle');
    await page.getByLabel('Intitulé', { exact: true }).waitFor();
    await selectStartingWith(page.getByLabel('Suite de la réunion'), `Comité technique du ${parisDay(-1)}`);
    await page.getByLabel('Intitulé', { exact: true }).fill(NEXT_TITLE);
    await page.getByLabel('Thème (facultatif)').fill('Mineurs sans solution');
    await fillWhen(page, parisDay(1), '14:00', '16:00', 'CIO de Bourges, salle 2');
    for (const point of ['Situations des mineurs', 'Actions reportées']) {
      await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter un point' }));
      await page.keyboard.type(point);
    }
    await tick(page, page.getByRole('checkbox', { name: MISSION_LOCALE }));
    await pressEnterOn(page, page.getByRole('button', { name: 'Ajouter un invité sans compte' }));
    const guest = page.getByRole('group', { name: 'Invité 1' });
    await guest.getByLabel('Nom', { exact: true }).fill('Jeanne Invitée');
    await guest.getByLabel('Courriel', { exact: true }).fill(GUEST_EMAIL);
    await guest.getByLabel('Organisation', { exact: true }).fill('Association Tremplin');
    for (const name of EXAMINED) await addSituation(page, name);
    await page.getByLabel(`Proposition pour ${EXAMINED[1]} (facultatif)`).fill('Affecter à la Mission Locale');
    await expect.poll(() => page.getByRole('heading', { name: '3 situations retenues' }).count()).toBe(1);
    await settle(page);
    await checkPage(page, shots.next('nouvelle-remplie'));

    await pressEnterOn(page, page.getByRole('button', { name: 'Planifier et envoyer les invitations' }));
    await waitForPath(page, /^\/instances\/[0-9a-f-]{36}$/);
    ids.next = page.url().split('/').pop();
    expect(ids.next).not.toBe(ids.past);
    await expect.poll(() => h1(page)).toBe(NEXT_TITLE);
    expect(await situationNames(page)).toEqual(EXAMINED);
    // The unfinished action of yesterday's committee carries over.
    const actions = page.getByRole('region', { name: 'Actions de suivi' });
    expect(plain((await actions.getByRole('table').textContent()) ?? '')).toContain(
      `Relancer la familleReportée de la réunion du ${parisDay(-1)}`,
    );
    await settle(page);
    await checkPage(page, shots.next('reunion'));
  });

  it('the invitation e-mail carries its calendar part: REQUEST, the meeting’s UID, SEQUENCE:0', async () => {
    if (!mailbox) return;
    await expect.poll(() => mailsTo(COUNSELLOR_EMAIL, 'REQUEST', ids.next!).length, { timeout: 20_000 }).toBe(1);
    const [mail] = mailsTo(COUNSELLOR_EMAIL, 'REQUEST', ids.next!);
    const ics = mail!.calendars.find((c) => c.includes(`UID:${ids.next}@maillage`))!;
    expect(icsValue(ics, 'METHOD')).toBe('REQUEST');
    expect(icsValue(ics, 'UID')).toBe(`${ids.next}@maillage`);
    expect(icsValue(ics, 'SEQUENCE')).toBe('0');
    expect(mail!.raw).toMatch(/Content-Type: text\/calendar;[^\n]*method=REQUEST/i);
    expect(mail!.text).toContain(`/instances/${ids.next}`);
    // Never a young person's name in a message.
    for (const name of [...EXAMINED, NOT_EXAMINED]) {
      for (const part of name.split(' ')) expect(mail!.raw, part).not.toContain(part);
    }
    // The guest without an account gets it too, by e-mail only.
    await expect.poll(() => mailsTo(GUEST_EMAIL, 'REQUEST', ids.next!).length, { timeout: 20_000 }).toBe(1);
  });

  it('the counsellor sees both invitations in the notifications and follows tomorrow’s', async () => {
    const { page } = sessions.counsellor;
    await pressEnterOn(page, bell(page));
    await waitForPath(page, '/notifications');
    const items = page.locator('.notifications__list > li');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(2);
    for (const text of (await items.allInnerTexts()).map(plain))
      expect(text).toMatch(/^Non lue Vous êtes invité à une réunion/i);
    const links = page.locator('.notifications__list a');
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs.sort()).toEqual([`/instances/${ids.next}`, `/instances/${ids.past}`].sort());
    await settle(page);
    await checkPage(page, shots.next('notifications'));
    await pressEnterOn(page, page.locator(`.notifications__list a[href="/instances/${ids.next}"]`));
    await waitForPath(page, `/instances/${ids.next}`);
    await expect.poll(() => h1(page)).toBe(NEXT_TITLE);
  });

  it('sees exactly the three situations, summarised, and until when', async () => {
    const { page } = sessions.counsellor;
    await expect.poll(() => situationNames(page)).toEqual(EXAMINED);
    const table = page.getByRole('table', { name: /^Situations à examiner/ });
    const caption = plain(await table.locator('caption').innerText());
    expect(caption).toMatch(
      /^Situations à examiner \(3\)\. Les partenaires invités y ont accès jusqu'au \d{2}\/\d{2}\/\d{4} 16:00\.$/,
    );
    const text = plain(await page.getByRole('main').innerText());
    expect(text).not.toContain(NOT_EXAMINED);
    expect(text).not.toContain('1 rue Moyenne');
    // Not the convener: no scheduling, no minutes form, no decision but « à revoir ».
    expect(await page.getByRole('link', { name: 'Modifier la réunion' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Rédiger le compte rendu' }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Clore le suivi' }).count()).toBe(0);
    await checkPage(page, shots.next('reunion-conseillere'));
  });

  it('downloads the meeting for their calendar (.ics)', async () => {
    const { page } = sessions.counsellor;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' })),
    ]);
    const file = await download.path();
    const ics = fs.readFileSync(file, 'utf8');
    expect(icsValue(ics, 'METHOD')).toBe('REQUEST');
    expect(icsValue(ics, 'UID')).toBe(`${ids.next}@maillage`);
    await expect
      .poll(async () => plain(await page.locator('.meeting-files').getByRole('status').innerText()))
      .toMatch(/^Téléchargé : .+\.ics\.$/);
  });

  it('asks for one situation to be seen again at the next cotech', async () => {
    const { page } = sessions.counsellor;
    const form = page.getByRole('form', { name: 'Proposer de revoir une situation au prochain comité' });
    await selectStartingWith(form.getByLabel('Situation', { exact: true }), EXAMINED[0]!);
    await form.getByLabel('Commentaire (facultatif)').fill('Attendre le retour du lycée.');
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer « À revoir »' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()))
      .toBe(`Décision enregistrée pour ${EXAMINED[0]} : à revoir au prochain cotech.`);
    const row = page
      .getByRole('table', { name: /^Situations à examiner/ })
      .locator('tbody tr', { hasText: EXAMINED[0]! });
    await expect
      .poll(async () => plain(await row.innerText()))
      .toContain('À revoir au prochain cotech Attendre le retour du lycée.');
    await settle(page);
    await checkPage(page, shots.next('a-revoir'));
  });

  it('yesterday’s committee has ended: the counsellor sees it without its situations', async () => {
    const { page } = sessions.counsellor;
    await navigateWithKeyboard(page, 'Réunions et instances', '/instances');
    const past = page.getByRole('region', { name: 'Réunions passées' });
    await past.getByRole('link', { name: PAST_TITLE }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Aujourd’hui et à venir' });
    expect(plain(await upcoming.innerText())).toContain(NEXT_TITLE);
    await settle(page);
    await checkPage(page, shots.next('liste-conseillere'));
    await pressEnterOn(page, past.getByRole('link', { name: PAST_TITLE }));
    await waitForPath(page, `/instances/${ids.past}`);
    await expect.poll(() => h1(page)).toBe(PAST_TITLE);
    const situations = page.getByRole('region', { name: 'Situations examinées' });
    await expect
      .poll(async () => plain(await situations.innerText()))
      .toMatch(/ne sont plus accessibles aux partenaires invités depuis le \d{2}\/\d{2}\/\d{4} 12:00\./);
    expect(await situations.getByRole('table').count()).toBe(0);
    expect(plain(await page.getByRole('main').innerText())).not.toContain(NOT_EXAMINED);
    // The minutes, decisions and actions stay readable.
    expect(plain(await page.getByRole('region', { name: 'Compte rendu' }).innerText())).toContain(
      'Relancer les jeunes sans contact depuis un mois.',
    );
    await checkPage(page, shots.next('reunion-passee-conseillere'));
  });

  it('the referent reads the decision in the case’s timeline, with the link back to the meeting', async () => {
    const { page } = sessions.referent;
    await page.reload();
    await expect.poll(() => h1(page)).toBe(NEXT_TITLE);
    const table = page.getByRole('table', { name: /^Situations à examiner/ });
    await expect
      .poll(async () => plain(await table.locator('tbody tr', { hasText: EXAMINED[0]! }).innerText()))
      .toContain('À revoir au prochain cotech');
    await pressEnterOn(page, table.getByRole('link', { name: EXAMINED[0]! }));
    await waitForPath(page, /^\/suivis\/[0-9a-f-]{36}$/);
    await expect.poll(() => h1(page)).toBe(EXAMINED[0]);
    const history = page.getByRole('region', { name: 'Historique' });
    await expect
      .poll(async () => plain(await history.innerText()))
      .toContain(
        'Décision du comité technique : à revoir au prochain cotech. Commentaire : Attendre le retour du lycée.',
      );
    await settle(page);
    await checkPage(page, shots.next('suivi-historique'));
    await pressEnterOn(page, history.getByRole('link', { name: /^Voir la réunion du comité technique/ }));
    await waitForPath(page, `/instances/${ids.next}`);
    await expect.poll(() => h1(page)).toBe(NEXT_TITLE);
  });

  it('a decision the case’s rules refuse shows the server’s reason; an assignment goes through', async () => {
    const { page } = sessions.referent;
    const form = page.getByRole('form', { name: 'Décider pour une situation' });
    await selectStartingWith(form.getByLabel('Situation', { exact: true }), EXAMINED[1]!);
    await chooseRadio(page, form, 'Clore le suivi');
    await form.getByLabel('Motif de clôture').selectOption({ label: 'Solution confirmée' });
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer la décision' }));
    const refusal = form.getByRole('group', { name: "La saisie n'a pas pu être enregistrée" });
    await expect
      .poll(async () => plain(await refusal.innerText()))
      .toContain("Clôture « solution confirmée » : enregistrez d'abord la solution.");
    await settle(page);
    await checkPage(page, shots.next('decision-refusee'));

    await chooseRadio(page, form, 'Affecter à un partenaire');
    await form.getByLabel('Partenaire', { exact: true }).selectOption({ label: MISSION_LOCALE });
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer la décision' }));
    await expect
      .poll(async () => plain(await form.getByRole('status').innerText()))
      .toBe(`Décision enregistrée pour ${EXAMINED[1]} : affecter à un partenaire.`);
    const row = page
      .getByRole('table', { name: /^Situations à examiner/ })
      .locator('tbody tr', { hasText: EXAMINED[1]! });
    await expect.poll(async () => plain(await row.innerText())).toMatch(new RegExp(`Affecté ${MISSION_LOCALE}`, 'i'));
    expect(plain(await row.innerText())).toContain('Affecter à un partenaire');
  });

  it('moves tomorrow’s end: the invitees get the update (SEQUENCE:1)', async () => {
    const { page } = sessions.referent;
    await pressEnterOn(page, page.getByRole('link', { name: 'Modifier la réunion' }));
    await waitForPath(page, `/instances/${ids.next}/modifier`);
    await expect.poll(() => h1(page)).toBe(`Modifier « ${NEXT_TITLE} »`);
    expect(await page.getByLabel('Heure de début', { exact: true }).inputValue()).toBe('14:00');
    expect(await page.getByRole('heading', { name: '3 situations retenues' }).count()).toBe(1);
    await checkPage(page, shots.next('modifier'));
    const save = (p: Page) => p.getByRole('button', { name: 'Enregistrer et prévenir les invités' });
    // Meanwhile, in another tab, the same referent gives the committee a theme (which sends nothing).
    const other = await page.context().newPage();
    await other.goto(`/instances/${ids.next}/modifier`);
    await expect.poll(() => h1(other)).toBe(`Modifier « ${NEXT_TITLE} »`);
    await other.getByLabel('Thème (facultatif)', { exact: true }).fill('Mobilité');
    await pressEnterOn(other, save(other));
    await waitForPath(other, `/instances/${ids.next}`);
    await other.close();
    // This tab read the meeting before: its change is refused, and says why; reloaded, it goes through.
    await page.getByLabel('Heure de fin', { exact: true }).fill('16:30');
    await pressEnterOn(page, save(page));
    await page.getByRole('alert').filter({ hasText: 'Modifié entre-temps' }).waitFor({ timeout: 15_000 });
    await checkPage(page, shots.next('modifier-conflit'));
    await pressEnterOn(page, page.getByRole('button', { name: 'Recharger la réunion' }));
    await expect.poll(() => page.getByLabel('Thème (facultatif)', { exact: true }).inputValue()).toBe('Mobilité');
    await page.getByLabel('Heure de fin', { exact: true }).fill('16:30');
    await pressEnterOn(page, save(page));
    await waitForPath(page, `/instances/${ids.next}`);
    await expect
      .poll(async () => plain(await page.locator('.meeting-facts').innerText()))
      .toContain('de 14:00 à 16:30');
    // The decisions on the situations that stay are kept.
    expect(await situationNames(page)).toEqual(EXAMINED);
    if (!mailbox) return;
    await expect.poll(() => mailsTo(COUNSELLOR_EMAIL, 'REQUEST', ids.next!).length, { timeout: 20_000 }).toBe(2);
    const update = mailsTo(COUNSELLOR_EMAIL, 'REQUEST', ids.next!).at(-1)!;
    expect(
      icsValue(
        update.calendars.find((c) => c.includes(`UID:${ids.next}@maillage`))!,
        'SEQUENCE',
      ),
    ).toBe('1');
  });

  it('cancels it, after a confirmation: the invitees get the cancellation', async () => {
    const { page } = sessions.referent;
    await pressEnterOn(page, page.getByRole('button', { name: 'Annuler la réunion' }));
    const dialog = page.getByRole('dialog', { name: `Annuler « ${NEXT_TITLE} » ?` });
    await dialog.waitFor();
    await dialog.getByLabel('Motif (facultatif)').fill('Salle indisponible.');
    await settle(page);
    await checkPage(page, shots.next('annuler'));
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Annuler la réunion' }));
    // The cancellation's write (the invitees told, the change feed) then the page read again: more than a second under load.
    await expect
      .poll(async () => plain((await page.locator('.meeting-page__badges').textContent()) ?? ''), { timeout: 10_000 })
      .toContain('Annulée');
    expect(plain(await page.getByRole('main').innerText())).toContain('Motif : Salle indisponible.');
    expect(await page.getByRole('link', { name: 'Modifier la réunion' }).count()).toBe(0);
    await settle(page);
    await checkPage(page, shots.next('annulee'));
    if (!mailbox) return;
    await expect.poll(() => mailsTo(COUNSELLOR_EMAIL, 'CANCEL', ids.next!).length, { timeout: 20_000 }).toBe(1);
  });

  it('the navigation of both holds « Réunions et instances »', async () => {
    for (const session of Object.values(sessions)) {
      expect(await mainNavigation(session.page).getByRole('link', { name: 'Réunions et instances' }).count()).toBe(1);
    }
  });

  it('met no script error', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
