/**
 * CLAS from end to end (issue 5, "Done when"): the demo holder builds a project whose group of 14
 * children has a single accompagnateur, sees the adult rule (« Encadrement ») fail with its reason
 * before anything is deposited, adds a second accompagnateur, sees it no longer fail (7 children per
 * adult: a warning, within the 1-per-5-to-7 reference), deposits the project; the demo CAF officer
 * puts it in instruction and accepts it with an amount; the CLAS dashboard shows it, and exports it.
 * Then the holder logs the year (a session, a parent action, an attendance list) and deposits the
 * bilan; the officer reads it, comments and closes the project. The holder then saves a second
 * project for the same school year: the server's reason shows at the school year's field (focused) and
 * in the summary beside the buttons, never « modifié entre-temps »; moved to the next year and
 * deposited, it is the year the CAF queue opens on. An admin sets a year's configuration.
 * The project form is a four-step DSFR form; the CAF decision is confirmed in a summary modal.
 * Forms are filled from the keyboard (Tab, typing, Space, Enter); native selects are set directly;
 * dates are typed as jj/mm/aaaa.
 */
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkPage,
  expectFocused,
  launchBrowser,
  openSession,
  pathOf,
  plain,
  pressEnterOn,
  settle,
  tabTo,
  waitForPath,
  type Session,
} from '../support/browser';
import {
  DEMO_USERS,
  expectNavigation,
  navigateWithKeyboard,
  reportFailures,
  Shots,
  signInWithKeyboard,
} from '../support/journey';

const stamp = Date.now().toString(36);
const YEAR = '2026-2027';
const NEXT_YEAR = '2027-2028';
const project = {
  title: `Coup de pouce lecture E2E ${stamp}`,
  group: 'CP-CE1 du mardi',
  children: '14',
  eligibleCost: '6000',
  /** 32,5 % of 6 000 € (the year's default rate), under the 2 563 € cap. */
  estimate: '1 950,00 €',
  granted: '1900',
  grantedText: '1 900,00 €',
};

let browser: Browser;
const sessions: Record<'holder' | 'officer' | 'admin', Session> = {} as never;
const shots = new Shots('clas');
let projectPath = '';
const second = { title: `Second projet E2E ${stamp}`, group: 'CM1-CM2 du jeudi' };

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['holder', 'officer', 'admin'] as const)
    sessions[key] = await openSession(browser, inject('baseUrl'));
});
reportFailures(() => Object.values(sessions).map((session) => session.page));
afterAll(async () => {
  await browser?.close();
});

async function h1(page: Page): Promise<string> {
  return plain(await page.getByRole('heading', { level: 1 }).innerText());
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field.inputValue()).resolves.toBe(text);
}

/** Tabs to a native select and chooses an option by its label. */
async function chooseIn(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  await select.selectOption({ label });
  await expectFocused(select, 'the select just set');
}

/** Tabs to a checkbox and ticks it with Space. */
async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox.isChecked()).resolves.toBe(true);
}

/** Presses an "Ajouter …" button: the focus lands in the new row, on its first field. */
async function addRow(page: Page, button: Locator, firstField: Locator): Promise<void> {
  await pressEnterOn(page, button);
  await expect.poll(() => firstField.evaluate((el) => el === document.activeElement)).toBe(true);
}

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Éligibilité' });
}

async function panelSummary(page: Page): Promise<string> {
  return plain(await panel(page).getByRole('status').innerText());
}

/** The « Encadrement » rule of the first group, as the live panel shows it. */
async function adultRule(page: Page): Promise<string> {
  const scope = panel(page).getByRole('region', { name: `Règles — Groupe 1 : ${project.group}` });
  return plain(await scope.getByRole('listitem').filter({ hasText: 'Encadrement' }).innerText());
}

/** The status badge and what follows it under the title, case as read (DSFR badges are upper case). */
async function meta(page: Page): Promise<string> {
  return plain(await page.locator('.clas-meta').first().innerText()).toLowerCase();
}

function form(page: Page): Locator {
  return page.getByRole('form', { name: 'Déclaration du projet' });
}

/** The DSFR stepper's title: « <step> Étape n sur 4 ». */
async function stepTitle(page: Page): Promise<string> {
  return plain(await page.locator('.fr-stepper__title').innerText());
}

/** « Étape suivante » (or « Étape précédente »): the stepper's title gets the focus. */
async function goToStep(
  page: Page,
  button: 'Étape suivante' | 'Étape précédente',
  title: string,
  n: number,
): Promise<void> {
  await pressEnterOn(page, form(page).getByRole('button', { name: button }));
  await expect.poll(() => stepTitle(page)).toBe(`${title} Étape ${n} sur 4`);
  await expect
    .poll(() => page.locator('.fr-stepper__title').evaluate((el) => el === document.activeElement))
    .toBe(true);
}

/**
 * Opens a DSFR tab from the keyboard: Tab reaches the selected tab (the others are out of the tab
 * order), the arrow keys move along the list, Enter opens the one reached.
 */
async function selectTab(page: Page, name: string): Promise<void> {
  const target = page.getByRole('tab', { name, exact: true });
  // When the page re-renders its tabs (the bilan's added once the project is read again), React selects
  // one before the DSFR script, which keeps its own state on the first tab, lets go of the previous one.
  await expect.poll(() => page.getByRole('tab', { selected: true }).count(), { message: 'one selected tab' }).toBe(1);
  await tabTo(page, page.getByRole('tab', { selected: true }));
  for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowRight');
  await expectFocused(target, `the tab « ${name} »`);
  await page.keyboard.press('Enter');
  await expect.poll(() => target.getAttribute('aria-selected')).toBe('true');
}

async function statusText(page: Page): Promise<string> {
  return plain((await page.getByRole('status').allInnerTexts()).join(' '));
}

describe('CLAS: a project built with live eligibility, deposited, accepted, on the dashboard', () => {
  it('the holder signs in, sees « Mes projets CLAS » and opens a new project', async () => {
    const { page } = sessions.holder;
    await signInWithKeyboard(page, shots, DEMO_USERS.porteur);
    await expectNavigation(page, false, DEMO_USERS.porteur.navigation);
    await navigateWithKeyboard(page, 'Mes projets CLAS', '/clas');
    await expect.poll(() => h1(page)).toBe('Mes projets CLAS');
    await page.getByRole('table', { name: 'Projets CLAS de votre structure' }).waitFor();
    await checkPage(page, shots.next('mes-projets'));

    await pressEnterOn(page, page.getByRole('link', { name: 'Nouveau projet' }));
    await waitForPath(page, '/clas/projets/nouveau');
    await expect.poll(() => h1(page)).toBe('Nouveau projet CLAS');
    await expect.poll(() => stepTitle(page)).toBe('Le projet Étape 1 sur 4');
    // An empty project: once the year's rules are loaded, the panel already says what fails.
    await expect.poll(() => panelSummary(page)).toMatch(/^\d+ règles non conformes, \d+ avertissements?$/);
    await checkPage(page, shots.next('nouveau-projet'));
  });

  it('fills the project step by step with one group of 14 children and 1 accompagnateur: « Encadrement » fails, with its reason, before saving', async () => {
    const { page } = sessions.holder;
    const f = form(page);
    await typeInto(page, f.getByLabel('Intitulé du projet'), project.title);
    await expect(f.getByLabel('Année scolaire').inputValue()).resolves.toBe(YEAR);
    await typeInto(
      page,
      f.getByLabel('Diagnostic des besoins'),
      'Des élèves de CP-CE1 du quartier du Val d’Auron en difficulté de lecture ; des parents éloignés de l’école.',
    );
    await tick(page, f.getByLabel(/charte nationale/));
    await tick(page, f.getByLabel(/cadre partenarial départemental/));
    await tick(page, f.getByLabel('Méthodologie, apprendre à apprendre'));
    await tick(page, f.getByLabel('Lecture et écriture'));
    await tick(page, f.getByLabel('Activités culturelles'));
    await goToStep(page, 'Étape suivante', 'Partenariats', 2);

    await typeInto(
      page,
      f.getByLabel('Organisation de la concertation avec les enseignants'),
      'Une rencontre par période avec les enseignantes de CP et de CE1.',
    );
    const school = f.getByRole('group', { name: 'Établissement 1' });
    await addRow(
      page,
      f.getByRole('button', { name: 'Ajouter un établissement' }),
      school.getByLabel("Nom de l'établissement"),
    );
    await page.keyboard.type('École élémentaire Louis-Pergaud');
    await typeInto(page, school.getByLabel('UAI (facultatif)'), '0180999X');
    await typeInto(page, school.getByLabel("Contact dans l'établissement"), 'La directrice');

    const concertation = f.getByRole('group', { name: 'Action de concertation 1' });
    await addRow(
      page,
      f.getByRole('button', { name: 'Ajouter une action de concertation' }),
      concertation.getByLabel('Intitulé'),
    );
    await page.keyboard.type('Bilan de période avec les enseignantes');

    for (const [i, title] of ['Café des parents', 'Atelier lecture parents-enfants'].entries()) {
      const action = f.getByRole('group', { name: `Action avec les parents ${i + 1}` });
      await addRow(
        page,
        f.getByRole('button', { name: 'Ajouter une action avec les parents' }),
        action.getByLabel('Intitulé'),
      );
      await page.keyboard.type(title);
    }

    const partner = f.getByRole('group', { name: 'Partenaire 1' });
    await addRow(
      page,
      f.getByRole('button', { name: 'Ajouter un partenaire local' }),
      partner.getByLabel('Nom du partenaire'),
    );
    await page.keyboard.type('Médiathèque des Gibjoncs');
    await checkPage(page, shots.next('etape-partenariats'));
    await goToStep(page, 'Étape suivante', "Groupes d'enfants", 3);

    const group = f.getByRole('group', { name: /^Groupe 1/ });
    await typeInto(page, group.getByLabel('Nom du groupe'), project.group);
    await chooseIn(page, group.getByLabel('Niveau scolaire'), 'Élémentaire');
    await typeInto(page, group.getByLabel("Nombre d'enfants inscrits"), project.children);
    await typeInto(page, group.getByLabel('Lieu des séances'), 'Salle du centre social');
    // Dates typed in French, whatever the browser's locale.
    await typeInto(page, group.getByLabel(/^Date de début/), '21/09/2026');
    await typeInto(page, group.getByLabel(/^Date de fin/), '18/06/2027');
    await typeInto(page, group.getByLabel('Coût éligible (€)'), project.eligibleCost);

    const first = group.getByRole('group', { name: 'Accompagnateur 1' });
    await typeInto(page, first.getByLabel('Nom ou fonction'), 'Animatrice référente');
    await chooseIn(page, first.getByLabel('Statut'), 'Salarié');
    await chooseIn(page, first.getByLabel('Formation'), 'Formation faite');

    // One session exists (Tuesday 17:00, 90 min): a second one, on Thursday, as recommended.
    const secondSession = group.getByRole('group', { name: 'Séance 2' });
    await addRow(page, group.getByRole('button', { name: 'Ajouter une séance' }), secondSession.getByLabel('Jour'));
    await secondSession.getByLabel('Jour').selectOption({ label: 'Jeudi' });

    // Every other rule passes: only the adults' one fails, and says why.
    await expect.poll(() => panelSummary(page)).toBe('1 règle non conforme, 0 avertissement');
    const rule = await adultRule(page);
    // DSFR badges are set in capitals: their text is compared without case.
    expect(rule).toMatch(/non conforme/i);
    expect(rule).toContain('14 enfants pour 1 accompagnateur');
    expect(rule).toContain('Plus de 7 enfants par accompagnateur');
    expect(
      plain(await panel(page).getByRole('table', { name: 'Prestation de service estimée' }).innerText()),
    ).toContain(`Total 6 000,00 € ${project.estimate}`);
    await checkPage(page, shots.next('encadrement-non-conforme'));
  });

  it('saves the draft: the project gets its address', async () => {
    const { page } = sessions.holder;
    await pressEnterOn(page, page.getByRole('button', { name: 'Enregistrer', exact: true }));
    await waitForPath(page, /^\/clas\/projets\/[0-9a-f-]{36}$/);
    projectPath = new URL(page.url()).pathname;
    await expect.poll(() => statusText(page)).toContain('Projet créé et enregistré en brouillon.');
    await expect.poll(() => h1(page)).toBe(project.title);
    // Still on the groups' step, at the project's own address.
    expect(new URL(page.url()).search).toBe('?etape=3');
    await expect.poll(() => stepTitle(page)).toBe("Groupes d'enfants Étape 3 sur 4");
    expect(await meta(page)).toContain('brouillon');
    await expect.poll(() => panelSummary(page)).toBe('1 règle non conforme, 0 avertissement');
    await checkPage(page, shots.next('brouillon'));
  });

  it('« Déposer le projet » with a failing rule asks first, listing the failure; « Revenir au projet » goes back', async () => {
    const { page } = sessions.holder;
    await goToStep(page, 'Étape suivante', 'Vérification et dépôt', 4);
    const deposit = page.getByRole('button', { name: 'Déposer le projet' });
    await pressEnterOn(page, deposit);
    const confirm = page.getByRole('region', { name: 'Déposer un projet qui ne respecte pas toutes les règles ?' });
    await confirm.waitFor();
    await expectFocused(confirm.getByRole('heading'), 'the confirmation heading');
    expect(
      plain(
        await confirm
          .getByRole('listitem')
          .filter({ hasText: 'Encadrement' })
          .allInnerTexts()
          .then((t) => t.join(' | ')),
      ),
    ).toBe(
      `Encadrement (groupe 1 : ${project.group}) : Plus de 7 enfants par accompagnateur : ajoutez un accompagnateur ou réduisez le groupe.`,
    );
    await checkPage(page, shots.next('depot-a-confirmer'));
    await pressEnterOn(page, confirm.getByRole('button', { name: 'Revenir au projet' }));
    await expect(confirm.count()).resolves.toBe(0);
    await expect.poll(() => deposit.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await meta(page)).toContain('brouillon');
  });

  it('adds a second accompagnateur: « Encadrement » no longer fails (7 per adult: a warning within the reference)', async () => {
    const { page } = sessions.holder;
    await goToStep(page, 'Étape précédente', "Groupes d'enfants", 3);
    const group = page.getByRole('group', { name: /^Groupe 1/ });
    const added = group.getByRole('group', { name: 'Accompagnateur 2' });
    await addRow(
      page,
      group.getByRole('button', { name: 'Ajouter un accompagnateur' }),
      added.getByLabel('Nom ou fonction'),
    );
    await page.keyboard.type('Bénévole lecture');
    await expect.poll(() => panelSummary(page)).toBe('0 règle non conforme, 1 avertissement');
    const rule = await adultRule(page);
    expect(rule).not.toMatch(/non conforme/i);
    expect(rule).toMatch(/avertissement/i);
    expect(rule).toContain('14 enfants pour 2 accompagnateurs (7 par adulte)');
    await checkPage(page, shots.next('encadrement-avertissement'));
  });

  it('deposits the project (saved first): it is « Déposé » and read-only', async () => {
    const { page } = sessions.holder;
    await goToStep(page, 'Étape suivante', 'Vérification et dépôt', 4);
    await pressEnterOn(page, page.getByRole('button', { name: 'Déposer le projet' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet déposé auprès de la CAF');
    await page.getByRole('heading', { level: 2, name: 'Éligibilité' }).waitFor();
    await settle(page);
    expect(await meta(page)).toContain('déposé');
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true }).count()).resolves.toBe(0);
    // The server's own evaluation says the same as the live one.
    const adults = page
      .getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` })
      .getByRole('row', { name: /^Encadrement/ });
    expect(plain(await adults.innerText())).toMatch(/avertissement/i);
    await checkPage(page, shots.next('depose'));
  });

  it('the CAF officer finds it in the queue of the département, « Déposé »', async () => {
    const { page } = sessions.officer;
    await signInWithKeyboard(page, shots, DEMO_USERS.caf);
    await expectNavigation(page, false, DEMO_USERS.caf.navigation);
    await navigateWithKeyboard(page, 'Projets CLAS', '/caf/clas');
    await expect.poll(() => h1(page)).toBe('Projets CLAS du département');
    // The queue opens on the year with projects waiting, and says so.
    await expect
      .poll(async () => plain(await page.locator('.fr-callout').first().innerText()))
      .toContain(`Année scolaire affichée : ${YEAR}`);
    const table = page.getByRole('table', { name: `Projets CLAS de ${YEAR}` });
    const row = table.getByRole('row', { name: new RegExp(project.title) });
    await row.waitFor();
    expect(plain(await row.innerText()).toLowerCase()).toContain('déposé');
    await expect
      .poll(async () => plain(await page.getByRole('region', { name: `Projets par statut — ${YEAR}` }).innerText()))
      .toContain('Déposé : 1');
    await settle(page);
    await checkPage(page, shots.next('caf-file'));

    await pressEnterOn(page, row.getByRole('link', { name: project.title }));
    await waitForPath(page, /^\/caf\/clas\/[0-9a-f-]{36}$/);
    await expect.poll(() => h1(page)).toBe(project.title);
    await page.getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` }).waitFor();
    await settle(page);
    const adults = page
      .getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` })
      .getByRole('row', { name: /^Encadrement/ });
    expect(plain(await adults.innerText())).toMatch(
      /avertissement 14 enfants pour 2 accompagnateurs \(7 par adulte\) 7 enfants par accompagnateur au plus/i,
    );
    expect(plain(await page.getByRole('table', { name: /^Prestation de service estimée/ }).innerText())).toContain(
      project.estimate,
    );
    await checkPage(page, shots.next('caf-projet'));
  });

  it('puts it in instruction, then decides: the summary modal shows the decision, the amount against the request and the rules; cancel changes nothing, confirm records it', async () => {
    const { page } = sessions.officer;
    await pressEnterOn(page, page.getByRole('button', { name: 'Mettre en instruction' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet mis en instruction.');
    const decision = page.getByRole('region', { name: 'Décision', exact: true });
    await decision.waitFor();
    await settle(page);
    expect(await meta(page)).toContain('en instruction');
    await checkPage(page, shots.next('caf-en-instruction'));

    await expect(decision.getByRole('radio', { name: 'Accepter' }).isChecked()).resolves.toBe(true);
    const amount = decision.getByLabel(/^Montant accordé/);
    // Prefilled with the estimate; the officer grants a little less.
    await expect(amount.inputValue()).resolves.toBe('1950,00');
    await tabTo(page, amount);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(project.granted);
    await typeInto(
      page,
      decision.getByLabel('Motifs (facultatif)'),
      'Projet complet ; encadrement à renforcer dès que possible.',
    );
    const submit = decision.getByRole('button', { name: 'Enregistrer la décision' });
    await pressEnterOn(page, submit);

    // The summary, before anything is recorded.
    const modal = page.getByRole('dialog', { name: 'Projet accepté : confirmer la décision ?' });
    await modal.waitFor({ state: 'visible' });
    await settle(page);
    const summary = plain(await modal.innerText());
    expect(summary).toContain(`Montant accordé ${project.grantedText} (50,00 € de moins que demandé)`);
    expect(summary).toContain(`Montant demandé ${project.estimate}`);
    expect(summary).toContain('Règles 0 règle non conforme, 1 avertissement');
    expect(summary).toContain(
      'Encadrement (groupe 1 : CP-CE1 du mardi) — avertissement : 14 enfants pour 2 accompagnateurs (7 par adulte)',
    );
    expect(summary).toContain('Motifs Projet complet ; encadrement à renforcer dès que possible.');
    await checkPage(page, shots.next('caf-decision-resume'));

    // « Annuler »: nothing recorded, back on the button.
    await pressEnterOn(page, modal.getByRole('button', { name: 'Annuler' }));
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(() => submit.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await meta(page)).toContain('en instruction');
    await expect(page.getByRole('region', { name: /^Décision de la CAF/ }).count()).resolves.toBe(0);

    // Again, and confirmed.
    await pressEnterOn(page, submit);
    await modal.waitFor({ state: 'visible' });
    await pressEnterOn(page, modal.getByRole('button', { name: 'Confirmer la décision' }));
    await expect
      .poll(() => statusText(page), { timeout: 15_000 })
      .toContain(`Projet accepté : ${project.grantedText} accordés.`);
    await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).waitFor();
    await settle(page);
    expect(await meta(page)).toContain('accepté');
    await selectTab(page, 'Décisions (1)');
    await expect
      .poll(async () => plain(await page.getByRole('region', { name: 'Décisions' }).innerText()))
      .toContain('Projet accepté le');
    await checkPage(page, shots.next('caf-accepte'));
  });

  it('the CLAS dashboard shows it: 1 project, accepted, and the amount granted; it exports as CSV', async () => {
    const { page } = sessions.officer;
    await navigateWithKeyboard(page, 'Tableau de bord CLAS', '/caf/tableau-de-bord');
    await expect.poll(() => h1(page)).toBe('Tableau de bord CLAS');
    const byStatus = page.getByRole('table', { name: `Projets CLAS par statut, ${YEAR}` });
    await byStatus.waitFor();
    await settle(page);
    const count = async (status: string) =>
      plain(
        await byStatus
          .getByRole('row', { name: new RegExp(`^${status}`) })
          .locator('td')
          .first()
          .innerText(),
      );
    expect(await count('Accepté')).toBe('1');
    expect(await count('Déposé')).toBe('0');
    const figures = plain(await page.getByRole('region', { name: `Chiffres clés ${YEAR}` }).innerText());
    expect(figures).toContain('Projets 1');
    expect(figures).toContain('Projets éligibles 1');
    expect(figures).toContain('Enfants inscrits 14');
    expect(figures).toContain('Accompagnateurs 2');
    expect(figures).toContain(`Financement demandé ${project.estimate}`);
    expect(figures).toContain(`Financement accordé ${project.grantedText}`);
    // Drawn: one bar per status, the accepted one not empty.
    await expect(page.locator('.clas-chart .clas-chart__row').count()).resolves.toBe(7);
    await checkPage(page, shots.next('tableau-de-bord'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressEnterOn(page, page.getByRole('button', { name: 'Exporter (CSV)' })),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(project.title);
    await expect.poll(() => statusText(page)).toContain('Export CSV téléchargé');
  });

  it('the holder is told of the decision: « Notifications » in the header leads to it, naming only the holder', async () => {
    const { page } = sessions.holder;
    // The notice is written by a background job a moment after the decision: the count shows it live.
    const bell = page.locator('.fr-header__tools').getByRole('link', { name: /^Notifications, \d+ non lues?$/ });
    await bell.waitFor({ timeout: 20_000 });
    await pressEnterOn(page, bell);
    await waitForPath(page, '/notifications');
    const notice = page.getByRole('link', {
      name: 'La CAF a rendu sa décision sur un projet CLAS d’Association Coup de Pouce Bourges.',
    });
    await notice.waitFor({ timeout: 15_000 });
    await settle(page);
    await checkPage(page, shots.next('notification-decision'));
    await pressEnterOn(page, notice);
    await waitForPath(page, projectPath);
  });

  it('the holder sees the decision and logs a session of the year', async () => {
    const { page } = sessions.holder;
    await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).waitFor();
    await settle(page);
    expect(
      plain(await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).innerText()),
    ).toContain(project.grantedText);
    const group = page.getByRole('region', { name: `Séances du groupe 1 : ${project.group}` });
    const form = group.getByRole('form', { name: 'Enregistrer une séance' });
    await typeInto(page, form.getByLabel('Enfants présents'), '12');
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer la séance' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('enregistrée pour le groupe');
    await expect
      .poll(async () => plain(await group.getByRole('table', { name: /^Séances tenues/ }).innerText()))
      .toContain('12 / 14');
    await settle(page);
    await checkPage(page, shots.next('suivi-annee'));
  });

  it('the holder records a parent action held and an attendance list, then deposits the bilan', async () => {
    const { page } = sessions.holder;
    const together = page.getByRole('region', { name: 'Parents et concertation' });
    const activity = together.getByRole('form', { name: 'Enregistrer une action tenue' });
    await chooseIn(page, activity.getByLabel('Type'), 'Action avec les parents');
    await typeInto(page, activity.getByLabel('Intitulé'), 'Café des parents de novembre');
    await typeInto(page, activity.getByLabel('Participants (facultatif)'), '9');
    await pressEnterOn(page, activity.getByRole('button', { name: "Enregistrer l'action" }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Action avec les parents du');
    await expect
      .poll(async () => plain(await together.getByRole('table').innerText()))
      .toContain('Café des parents de novembre');

    // The attendance list, kept by the holder only: a disclosure, opened from the keyboard.
    const group = page.getByRole('region', { name: `Séances du groupe 1 : ${project.group}` });
    await pressEnterOn(page, group.getByText("Liste d'émargement (facultative)"));
    const names = group.getByLabel('Enfants du groupe, un par ligne');
    await tabTo(page, names);
    await page.keyboard.type('Adam\nBérénice\nChloé');
    await pressEnterOn(page, group.getByRole('button', { name: 'Enregistrer la liste' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('enregistrée (3 enfants)');
    await expect
      .poll(() => group.getByRole('group', { name: "Présents (liste d'émargement)" }).getByRole('checkbox').count())
      .toBe(3);

    const bilan = page.getByRole('region', { name: 'Bilan' });
    expect(plain(await bilan.innerText())).toMatch(/Séances tenues 1 sur \d+ prévues/);
    expect(plain(await bilan.innerText())).toContain('Actions avec les parents 1 sur 2 prévues');
    await typeInto(
      page,
      bilan.getByLabel('Appréciation du porteur'),
      'Une année encourageante : les enfants lisent davantage, les parents viennent aux cafés.',
    );
    await pressEnterOn(page, bilan.getByRole('button', { name: 'Déposer le bilan' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Bilan déposé auprès de la CAF.');
    await expect.poll(() => meta(page)).toContain('bilan déposé');
    await settle(page);
    await checkPage(page, shots.next('bilan-depose'));
  });

  it('the officer reads the bilan, answers in the comments and closes the project', async () => {
    const { page } = sessions.officer;
    await navigateWithKeyboard(page, 'Projets CLAS', '/caf/clas');
    const row = page
      .getByRole('table', { name: `Projets CLAS de ${YEAR}` })
      .getByRole('row', { name: new RegExp(project.title) });
    await pressEnterOn(page, row.getByRole('link', { name: project.title }));
    await waitForPath(page, /^\/caf\/clas\/[0-9a-f-]{36}$/);
    const bilan = page.getByRole('region', { name: 'Bilan', exact: true });
    await bilan.waitFor();
    await settle(page);
    expect(plain(await bilan.innerText())).toContain('Une année encourageante');
    // The names of the holder's attendance list never reach the CAF.
    expect(plain(await page.locator('main').innerText())).not.toContain('Bérénice');

    await selectTab(page, 'Commentaires (0)');
    const comments = page.getByRole('region', { name: 'Commentaires' });
    await typeInto(page, comments.getByLabel('Votre commentaire'), 'Merci pour ce bilan détaillé.');
    await pressEnterOn(page, comments.getByRole('button', { name: 'Envoyer le commentaire' }));
    await expect
      .poll(async () => plain(await comments.getByRole('listitem').first().innerText()), { timeout: 15_000 })
      .toContain('Merci pour ce bilan détaillé.');
    expect(plain(await comments.getByRole('listitem').first().innerText())).toContain('Camille CAF (CAF)');

    await pressEnterOn(page, page.getByRole('button', { name: 'Clôturer' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet clôturé.');
    await expect.poll(() => meta(page)).toContain('clôturé');
    await settle(page);
    await checkPage(page, shots.next('caf-cloture'));
  });

  it("the holder saves a second project for the same school year: the server's reason at the school year (focused) and in the summary, never « modifié entre-temps »", async () => {
    const { page } = sessions.holder;
    await navigateWithKeyboard(page, 'Mes projets CLAS', '/clas');
    await pressEnterOn(page, page.getByRole('link', { name: 'Nouveau projet' }));
    await waitForPath(page, '/clas/projets/nouveau');
    const f = form(page);
    await typeInto(page, f.getByLabel('Intitulé du projet'), second.title);
    await expect(f.getByLabel('Année scolaire').inputValue()).resolves.toBe(YEAR);
    await goToStep(page, 'Étape suivante', 'Partenariats', 2);
    await goToStep(page, 'Étape suivante', "Groupes d'enfants", 3);
    const group = f.getByRole('group', { name: /^Groupe 1/ });
    await typeInto(page, group.getByLabel('Nom du groupe'), second.group);
    await typeInto(page, group.getByLabel("Nombre d'enfants inscrits"), '6');
    await typeInto(
      page,
      group.getByRole('group', { name: 'Accompagnateur 1' }).getByLabel('Nom ou fonction'),
      'Animateur',
    );

    await pressEnterOn(page, f.getByRole('button', { name: 'Enregistrer', exact: true }));
    // Back on the first step, where the school year is: the field says why, and has the focus.
    await expect.poll(() => stepTitle(page), { timeout: 15_000 }).toBe('Le projet Étape 1 sur 4');
    const yearField = f.getByLabel('Année scolaire');
    await expect.poll(() => yearField.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(yearField.getAttribute('aria-invalid')).resolves.toBe('true');
    const reason = `Cette organisation a déjà un projet CLAS pour l'année scolaire ${YEAR}`;
    // The message is the field's own, linked to it (aria-describedby) and announced.
    const errorId = ((await yearField.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .find((id) => id.endsWith('-erreur'));
    expect(errorId, 'the school year field is described by its error').toBeTruthy();
    const fieldError = plain(await page.locator(`[id="${errorId}"]`).innerText());
    expect(fieldError).toContain(reason);
    // The summary beside the buttons names it too and links to the field.
    const summaryBox = f.getByRole('group', { name: "Le projet n'a pas pu être enregistré" });
    expect(plain(await summaryBox.innerText())).toContain(`Année scolaire : ${reason}`);
    expect(plain(await page.locator('main').innerText())).not.toContain('modifié entre-temps');
    expect(pathOf(page)).toBe('/clas/projets/nouveau');
    await checkPage(page, shots.next('second-projet-meme-annee'));

    // The next year is free: saved, then deposited (its missing dates fail a rule: deposited all the same).
    await chooseIn(page, yearField, NEXT_YEAR);
    // The year already used is marked as such in the list.
    await expect(yearField.locator('option', { hasText: `${YEAR} (projet déjà enregistré)` }).count()).resolves.toBe(1);
    await expect(f.locator('.fr-error-text').count()).resolves.toBe(0);
    await pressEnterOn(page, f.getByRole('button', { name: 'Enregistrer', exact: true }));
    await waitForPath(page, /^\/clas\/projets\/[0-9a-f-]{36}$/);
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet créé et enregistré en brouillon.');
    await goToStep(page, 'Étape suivante', 'Partenariats', 2);
    await goToStep(page, 'Étape suivante', "Groupes d'enfants", 3);
    await goToStep(page, 'Étape suivante', 'Vérification et dépôt', 4);
    await pressEnterOn(page, page.getByRole('button', { name: 'Déposer le projet' }));
    const confirm = page.getByRole('region', { name: 'Déposer un projet qui ne respecte pas toutes les règles ?' });
    await confirm.waitFor();
    await pressEnterOn(page, confirm.getByRole('button', { name: 'Déposer malgré tout' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet déposé auprès de la CAF');
    expect(await meta(page)).toContain(`année scolaire ${NEXT_YEAR}`);
  });

  it('the CAF queue opens on the school year with projects waiting (the next one now), and says so', async () => {
    const { page } = sessions.officer;
    await navigateWithKeyboard(page, 'Projets CLAS', '/caf/clas');
    await expect
      .poll(async () => plain(await page.locator('.fr-callout').first().innerText()))
      .toContain(`Année scolaire affichée : ${NEXT_YEAR}`);
    await expect(page.getByLabel(/^Année scolaire/).inputValue()).resolves.toBe(NEXT_YEAR);
    const row = page
      .getByRole('table', { name: `Projets CLAS de ${NEXT_YEAR}` })
      .getByRole('row', { name: new RegExp(second.title) });
    await row.waitFor();
    expect(plain(await row.innerText()).toLowerCase()).toContain('déposé');
    await settle(page);
    await checkPage(page, shots.next('caf-file-annee-en-attente'));
  });

  it('an admin reads the configuration of the year and sets the next one', async () => {
    const { page } = sessions.admin;
    await signInWithKeyboard(page, shots, DEMO_USERS.admin);
    await navigateWithKeyboard(page, 'Paramètres CLAS', '/admin/clas');
    await expect.poll(() => h1(page)).toBe('Paramètres CLAS');
    await page.getByLabel('Taux (%)').waitFor();
    await settle(page);
    await expect(page.getByLabel('Taux (%)').inputValue()).resolves.toBe('32,5');
    await checkPage(page, shots.next('parametres'));

    await chooseIn(page, page.getByLabel('Année scolaire'), '2027-2028');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Configuration 2027-2028/ }).count()).toBe(1);
    const rate = page.getByLabel('Taux (%)');
    await tabTo(page, rate);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    // Enter in a field submits the form (the button lies past every class-hours row).
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Configuration 2027-2028 enregistrée');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Configuration 2027-2028 \(version/ }).count())
      .toBe(1);
    await checkPage(page, shots.next('parametres-enregistres'));
  });

  it('met no script error in any of the three sessions', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
