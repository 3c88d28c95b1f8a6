/**
 * CLAS from end to end (issue 5, "Done when"): the demo holder builds a project whose group of 14
 * children has a single accompagnateur, sees the adult rule (« Encadrement ») fail with its reason
 * before anything is deposited, adds a second accompagnateur, sees it no longer fail (7 children per
 * adult: a warning, within the 1-per-5-to-7 reference), deposits the project; the demo CAF officer
 * puts it in instruction and accepts it with an amount; the CLAS dashboard shows it, and exports it.
 * Then the holder logs the year (a session, a parent action, an attendance list) and deposits the
 * bilan; the officer reads it, comments and closes the project; an admin sets a year's configuration.
 * Forms are filled from the keyboard (Tab, typing, Space, Enter); native selects and date inputs are
 * set directly.
 */
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, expectFocused, launchBrowser, openSession, plain, pressEnterOn, settle, tabTo, waitForPath, type Session } from '../support/browser';
import { DEMO_USERS, expectNavigation, navigateWithKeyboard, Shots, signInWithKeyboard } from '../support/journey';

const stamp = Date.now().toString(36);
const YEAR = '2026-2027';
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

beforeAll(async () => {
  browser = await launchBrowser();
  for (const key of ['holder', 'officer', 'admin'] as const) sessions[key] = await openSession(browser, inject('baseUrl'));
});
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
    // An empty project: once the year's rules are loaded, the panel already says what fails.
    await expect.poll(() => panelSummary(page)).toMatch(/^\d+ règles non conformes, \d+ avertissements?$/);
    await checkPage(page, shots.next('nouveau-projet'));
  });

  it('fills the project with one group of 14 children and 1 accompagnateur: « Encadrement » fails, with its reason, before saving', async () => {
    const { page } = sessions.holder;
    const form = page.getByRole('form', { name: 'Déclaration du projet' });
    await typeInto(page, form.getByLabel('Intitulé du projet'), project.title);
    await expect(form.getByLabel('Année scolaire').inputValue()).resolves.toBe(YEAR);
    await typeInto(page, form.getByLabel('Diagnostic des besoins'), 'Des élèves de CP-CE1 du quartier du Val d’Auron en difficulté de lecture ; des parents éloignés de l’école.');
    await tick(page, form.getByLabel(/charte nationale/));
    await tick(page, form.getByLabel(/cadre partenarial départemental/));
    await tick(page, form.getByLabel('Méthodologie, apprendre à apprendre'));
    await tick(page, form.getByLabel('Lecture et écriture'));
    await tick(page, form.getByLabel('Activités culturelles'));
    await typeInto(page, form.getByLabel('Organisation de la concertation avec les enseignants'), 'Une rencontre par période avec les enseignantes de CP et de CE1.');

    const school = form.getByRole('group', { name: 'Établissement 1' });
    await addRow(page, form.getByRole('button', { name: 'Ajouter un établissement' }), school.getByLabel("Nom de l'établissement"));
    await page.keyboard.type('École élémentaire Louis-Pergaud');
    await typeInto(page, school.getByLabel('UAI (facultatif)'), '0180999X');
    await typeInto(page, school.getByLabel("Contact dans l'établissement"), 'La directrice');

    const concertation = form.getByRole('group', { name: 'Action de concertation 1' });
    await addRow(page, form.getByRole('button', { name: 'Ajouter une action de concertation' }), concertation.getByLabel('Intitulé'));
    await page.keyboard.type('Bilan de période avec les enseignantes');

    for (const [i, title] of ['Café des parents', 'Atelier lecture parents-enfants'].entries()) {
      const action = form.getByRole('group', { name: `Action avec les parents ${i + 1}` });
      await addRow(page, form.getByRole('button', { name: 'Ajouter une action avec les parents' }), action.getByLabel('Intitulé'));
      await page.keyboard.type(title);
    }

    const partner = form.getByRole('group', { name: 'Partenaire 1' });
    await addRow(page, form.getByRole('button', { name: 'Ajouter un partenaire local' }), partner.getByLabel('Nom du partenaire'));
    await page.keyboard.type('Médiathèque des Gibjoncs');

    const group = form.getByRole('group', { name: /^Groupe 1/ });
    await typeInto(page, group.getByLabel('Nom du groupe'), project.group);
    await chooseIn(page, group.getByLabel('Niveau scolaire'), 'Élémentaire');
    await typeInto(page, group.getByLabel("Nombre d'enfants inscrits"), project.children);
    await typeInto(page, group.getByLabel('Lieu des séances'), 'Salle du centre social');
    await tabTo(page, group.getByLabel('Date de début'));
    await group.getByLabel('Date de début').fill('2026-09-21');
    await tabTo(page, group.getByLabel('Date de fin'));
    await group.getByLabel('Date de fin').fill('2027-06-18');
    await typeInto(page, group.getByLabel('Coût éligible (€)'), project.eligibleCost);

    const first = group.getByRole('group', { name: 'Accompagnateur 1' });
    await typeInto(page, first.getByLabel('Nom ou fonction'), 'Animatrice référente');
    await chooseIn(page, first.getByLabel('Statut'), 'Salarié');
    await chooseIn(page, first.getByLabel('Formation'), 'Formation faite');

    // One session exists (Tuesday 17:00, 90 min): a second one, on Thursday, as recommended.
    const second = group.getByRole('group', { name: 'Séance 2' });
    await addRow(page, group.getByRole('button', { name: 'Ajouter une séance' }), second.getByLabel('Jour'));
    await second.getByLabel('Jour').selectOption({ label: 'Jeudi' });

    // Every other rule passes: only the adults' one fails, and says why.
    await expect.poll(() => panelSummary(page)).toBe('1 règle non conforme, 0 avertissement');
    const rule = await adultRule(page);
    expect(rule).toContain('Non conforme');
    expect(rule).toContain('14 enfants pour 1 accompagnateur');
    expect(rule).toContain('Plus de 7 enfants par accompagnateur');
    expect(plain(await panel(page).getByRole('table', { name: 'Prestation de service estimée' }).innerText())).toContain(`Total 6 000,00 € ${project.estimate}`);
    await checkPage(page, shots.next('encadrement-non-conforme'));
  });

  it('saves the draft: the project gets its address', async () => {
    const { page } = sessions.holder;
    await pressEnterOn(page, page.getByRole('button', { name: 'Enregistrer', exact: true }));
    await waitForPath(page, /^\/clas\/projets\/[0-9a-f-]{36}$/);
    projectPath = new URL(page.url()).pathname;
    await expect.poll(() => statusText(page)).toContain('Projet créé et enregistré en brouillon.');
    await expect.poll(() => h1(page)).toBe(project.title);
    expect(plain(await page.locator('.lead').first().innerText())).toContain('Brouillon');
    await expect.poll(() => panelSummary(page)).toBe('1 règle non conforme, 0 avertissement');
    await checkPage(page, shots.next('brouillon'));
  });

  it('« Déposer le projet » with a failing rule asks first, listing the failure; « Revenir au projet » goes back', async () => {
    const { page } = sessions.holder;
    const deposit = page.getByRole('button', { name: 'Déposer le projet' });
    // The page opened on its heading: the buttons lie past the whole form.
    await tabTo(page, deposit, 250);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('region', { name: 'Déposer un projet qui ne respecte pas toutes les règles ?' });
    await confirm.waitFor();
    await expectFocused(confirm.getByRole('heading'), 'the confirmation heading');
    expect(plain(await confirm.getByRole('listitem').allInnerTexts().then((t) => t.join(' | ')))).toBe(
      `Encadrement (groupe 1 : ${project.group}) : Plus de 7 enfants par accompagnateur : ajoutez un accompagnateur ou réduisez le groupe.`,
    );
    await checkPage(page, shots.next('depot-a-confirmer'));
    await pressEnterOn(page, confirm.getByRole('button', { name: 'Revenir au projet' }));
    await expect(confirm.count()).resolves.toBe(0);
    await expect.poll(() => deposit.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(plain(await page.locator('.lead').first().innerText())).toContain('Brouillon');
  });

  it('adds a second accompagnateur: « Encadrement » no longer fails (7 per adult: a warning within the reference)', async () => {
    const { page } = sessions.holder;
    const group = page.getByRole('group', { name: /^Groupe 1/ });
    const added = group.getByRole('group', { name: 'Accompagnateur 2' });
    await addRow(page, group.getByRole('button', { name: 'Ajouter un accompagnateur' }), added.getByLabel('Nom ou fonction'));
    await page.keyboard.type('Bénévole lecture');
    await expect.poll(() => panelSummary(page)).toBe('0 règle non conforme, 1 avertissement');
    const rule = await adultRule(page);
    expect(rule).not.toContain('Non conforme');
    expect(rule).toContain('Avertissement');
    expect(rule).toContain('14 enfants pour 2 accompagnateurs (7 par adulte)');
    await checkPage(page, shots.next('encadrement-avertissement'));
  });

  it('deposits the project (saved first): it is « Déposé » and read-only', async () => {
    const { page } = sessions.holder;
    await pressEnterOn(page, page.getByRole('button', { name: 'Déposer le projet' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet déposé auprès de la CAF');
    await page.getByRole('heading', { level: 2, name: 'Éligibilité' }).waitFor();
    await settle(page);
    expect(plain(await page.locator('.lead').first().innerText())).toContain('Déposé');
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true }).count()).resolves.toBe(0);
    // The server's own evaluation says the same as the live one.
    const adults = page.getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` }).getByRole('row', { name: /^Encadrement/ });
    expect(plain(await adults.innerText())).toContain('Avertissement');
    await checkPage(page, shots.next('depose'));
  });

  it('the CAF officer finds it in the queue of the département, « Déposé »', async () => {
    const { page } = sessions.officer;
    await signInWithKeyboard(page, shots, DEMO_USERS.caf);
    await expectNavigation(page, false, DEMO_USERS.caf.navigation);
    await navigateWithKeyboard(page, 'Projets CLAS', '/caf/clas');
    await expect.poll(() => h1(page)).toBe('Projets CLAS du département');
    const table = page.getByRole('table', { name: `Projets CLAS de ${YEAR}` });
    const row = table.getByRole('row', { name: new RegExp(project.title) });
    await row.waitFor();
    expect(plain(await row.innerText())).toContain('Déposé');
    await expect.poll(async () => plain(await page.getByRole('region', { name: `Projets par statut — ${YEAR}` }).innerText())).toContain('Déposé : 1');
    await settle(page);
    await checkPage(page, shots.next('caf-file'));

    await pressEnterOn(page, row.getByRole('link', { name: project.title }));
    await waitForPath(page, /^\/caf\/clas\/[0-9a-f-]{36}$/);
    await expect.poll(() => h1(page)).toBe(project.title);
    await page.getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` }).waitFor();
    await settle(page);
    const adults = page.getByRole('table', { name: `Règles — Groupe 1 : ${project.group}` }).getByRole('row', { name: /^Encadrement/ });
    expect(plain(await adults.innerText())).toMatch(/Avertissement 14 enfants pour 2 accompagnateurs \(7 par adulte\) 7 enfants par accompagnateur au plus/);
    expect(plain(await page.getByRole('table', { name: /^Prestation de service estimée/ }).innerText())).toContain(project.estimate);
    await checkPage(page, shots.next('caf-projet'));
  });

  it('puts it in instruction, then accepts it with an amount', async () => {
    const { page } = sessions.officer;
    await pressEnterOn(page, page.getByRole('button', { name: 'Mettre en instruction' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet mis en instruction.');
    const decision = page.getByRole('region', { name: 'Décision', exact: true });
    await decision.waitFor();
    await settle(page);
    expect(plain(await page.locator('.lead').first().innerText())).toContain('En instruction');
    await checkPage(page, shots.next('caf-en-instruction'));

    await expect(decision.getByRole('radio', { name: 'Accepter' }).isChecked()).resolves.toBe(true);
    const amount = decision.getByLabel('Montant accordé (€)');
    // Prefilled with the estimate; the officer grants a little less.
    await expect(amount.inputValue()).resolves.toBe('1950,00');
    await tabTo(page, amount);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(project.granted);
    await typeInto(page, decision.getByLabel('Motifs (facultatif)'), 'Projet complet ; encadrement à renforcer dès que possible.');
    await pressEnterOn(page, decision.getByRole('button', { name: 'Enregistrer la décision' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain(`Projet accepté : ${project.grantedText} accordés.`);
    await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).waitFor();
    await settle(page);
    expect(plain(await page.locator('.lead').first().innerText())).toContain('Accepté');
    expect(plain(await page.getByRole('region', { name: 'Décisions' }).innerText())).toContain(`Projet accepté le`);
    await checkPage(page, shots.next('caf-accepte'));
  });

  it('the CLAS dashboard shows it: 1 project, accepted, and the amount granted; it exports as CSV', async () => {
    const { page } = sessions.officer;
    await navigateWithKeyboard(page, 'Tableau de bord CLAS', '/caf/tableau-de-bord');
    await expect.poll(() => h1(page)).toBe('Tableau de bord CLAS');
    const byStatus = page.getByRole('table', { name: `Projets CLAS par statut, ${YEAR}` });
    await byStatus.waitFor();
    await settle(page);
    const count = async (status: string) => plain(await byStatus.getByRole('row', { name: new RegExp(`^${status}`) }).locator('td').first().innerText());
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
    await expect(page.locator('.bar-chart .bar-chart__row').count()).resolves.toBe(7);
    await checkPage(page, shots.next('tableau-de-bord'));

    const [download] = await Promise.all([page.waitForEvent('download'), pressEnterOn(page, page.getByRole('button', { name: 'Exporter (CSV)' }))]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(project.title);
    await expect.poll(() => statusText(page)).toContain('Export CSV téléchargé');
  });

  it('the holder sees the decision and logs a session of the year', async () => {
    const { page } = sessions.holder;
    await page.goto(projectPath);
    await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).waitFor();
    await settle(page);
    expect(plain(await page.getByRole('region', { name: 'Décision de la CAF : projet accepté' }).innerText())).toContain(project.grantedText);
    const group = page.getByRole('region', { name: `Séances du groupe 1 : ${project.group}` });
    const form = group.getByRole('form', { name: 'Enregistrer une séance' });
    await typeInto(page, form.getByLabel('Enfants présents'), '12');
    await pressEnterOn(page, form.getByRole('button', { name: 'Enregistrer la séance' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('enregistrée pour le groupe');
    await expect.poll(async () => plain(await group.getByRole('table', { name: /^Séances tenues/ }).innerText())).toContain('12 / 14');
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
    await expect.poll(async () => plain(await together.getByRole('table').innerText())).toContain('Café des parents de novembre');

    // The attendance list, kept by the holder only: a disclosure, opened from the keyboard.
    const group = page.getByRole('region', { name: `Séances du groupe 1 : ${project.group}` });
    await pressEnterOn(page, group.getByText("Liste d'émargement (facultative)"));
    const names = group.getByLabel('Enfants du groupe, un par ligne');
    await tabTo(page, names);
    await page.keyboard.type('Adam\nBérénice\nChloé');
    await pressEnterOn(page, group.getByRole('button', { name: 'Enregistrer la liste' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('enregistrée (3 enfants)');
    await expect.poll(() => group.getByRole('group', { name: "Présents (liste d'émargement)" }).getByRole('checkbox').count()).toBe(3);

    const bilan = page.getByRole('region', { name: 'Bilan' });
    expect(plain(await bilan.innerText())).toMatch(/Séances tenues 1 sur \d+ prévues/);
    expect(plain(await bilan.innerText())).toContain('Actions avec les parents 1 sur 2 prévues');
    await typeInto(page, bilan.getByLabel('Appréciation du porteur'), 'Une année encourageante : les enfants lisent davantage, les parents viennent aux cafés.');
    await pressEnterOn(page, bilan.getByRole('button', { name: 'Déposer le bilan' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Bilan déposé auprès de la CAF.');
    await expect.poll(async () => plain(await page.locator('.lead').first().innerText())).toContain('Bilan déposé');
    await settle(page);
    await checkPage(page, shots.next('bilan-depose'));
  });

  it('the officer reads the bilan, answers in the comments and closes the project', async () => {
    const { page } = sessions.officer;
    await navigateWithKeyboard(page, 'Projets CLAS', '/caf/clas');
    const row = page.getByRole('table', { name: `Projets CLAS de ${YEAR}` }).getByRole('row', { name: new RegExp(project.title) });
    await pressEnterOn(page, row.getByRole('link', { name: project.title }));
    await waitForPath(page, /^\/caf\/clas\/[0-9a-f-]{36}$/);
    const bilan = page.getByRole('region', { name: 'Bilan', exact: true });
    await bilan.waitFor();
    await settle(page);
    expect(plain(await bilan.innerText())).toContain('Une année encourageante');
    // The names of the holder's attendance list never reach the CAF.
    expect(plain(await page.locator('main').innerText())).not.toContain('Bérénice');

    const comments = page.getByRole('region', { name: 'Commentaires' });
    await typeInto(page, comments.getByLabel('Votre commentaire'), 'Merci pour ce bilan détaillé.');
    await pressEnterOn(page, comments.getByRole('button', { name: 'Envoyer le commentaire' }));
    await expect.poll(async () => plain(await comments.getByRole('listitem').first().innerText()), { timeout: 15_000 }).toContain('Merci pour ce bilan détaillé.');
    expect(plain(await comments.getByRole('listitem').first().innerText())).toContain('Camille CAF (CAF)');

    await pressEnterOn(page, page.getByRole('button', { name: 'Clôturer' }));
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Projet clôturé.');
    await expect.poll(async () => plain(await page.locator('.lead').first().innerText())).toContain('Clôturé');
    await settle(page);
    await checkPage(page, shots.next('caf-cloture'));
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
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Configuration 2027-2028 \(version/ }).count()).toBe(1);
    await checkPage(page, shots.next('parametres-enregistres'));
  });

  it('met no script error in any of the three sessions', () => {
    for (const session of Object.values(sessions)) expect(session.errors).toEqual([]);
  });
});
