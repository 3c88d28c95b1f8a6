/**
 * The orientation networks' evaluation (issue 18): a PsyEn of the CIO de Bourges answers the QVT
 * questionnaire anonymously; its results are hidden while four have answered and shown once five have,
 * to the CIO's director, who then downloads the evaluation's final report. The PsyEn also enters the
 * month's externalised interviews of a network, which the breakdown by network then shows; the director
 * creates an evaluation criterion and adds a measured value, drawn and in the table.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle, waitForPath } from '../support/browser';
import { Shots, signInWithKeyboard, signOutWithKeyboard, useBrowserSession } from '../support/journey';

const PSYEN = { email: 'psyen5@demo.test', displayName: 'Pascale Esnault' };
const DCIO = { email: 'dcio@demo.test', displayName: 'Denise Directrice' };

describe('orientation evaluation: the QVT questionnaire answered anonymously, results from five answers, the report', () => {
  const session = useBrowserSession();
  const shots = new Shots('orientation-evaluation');

  it('a PsyEn sees the results hidden (4/5), answers, and the results appear', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, PSYEN);
    await page.goto(new URL('/orientation/qvt', page.url()).toString());
    await waitForPath(page, '/orientation/qvt');
    await page.getByRole('heading', { level: 1, name: 'Qualité de vie au travail' }).waitFor();
    await page.getByText('Résultats visibles à partir de 5 réponses (4/5).').waitFor();
    await checkPage(page, shots.next('qvt-avant'));
    for (const group of await page
      .getByRole('group')
      .filter({ hasText: /de 1 \(/ })
      .all())
      await group.getByRole('radio').nth(3).check({ force: true });
    await page.getByLabel(/Ce qui pourrait être amélioré/).fill('Des temps d’échange entre PsyEn des réseaux');
    await pressEnterOn(page, page.getByRole('button', { name: 'Envoyer ma réponse anonyme' }));
    await page.getByText('Vous avez répondu à ce questionnaire. Merci.').waitFor({ timeout: 15_000 });
    await settle(page);
    await expect.poll(async () => plain(await page.locator('main').innerText())).toMatch(/5 PsyEn ont répondu/);
    await checkPage(page, shots.next('qvt-apres'));

    // The month's interviews of the network: a count typed in its cell, Enter saves the grid.
    await page.goto(new URL('/orientation/entretiens', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Entretiens externalisés' }).waitFor();
    const cell = page.getByRole('spinbutton', { name: 'Réseau Alain-Fournier Prévention du décrochage' });
    await cell.fill('7');
    await cell.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /Entretiens de .* enregistrés\./ })
      .waitFor();
    const byNetwork = page.getByRole('table', { name: /par réseau et par thème, douze derniers mois/ });
    await expect
      .poll(async () => plain(await byNetwork.getByRole('row', { name: /Réseau Alain-Fournier/ }).innerText()))
      .toBe('Réseau Alain-Fournier 7 0 0 0 0 7');
    await checkPage(page, shots.next('entretiens'));
    await signOutWithKeyboard(page, shots);
  });

  it('the director reads the results and downloads the final report', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DCIO);
    await page.goto(new URL('/orientation/qvt', page.url()).toString());
    await page
      .getByRole('table', { name: /Répartition des notes/ })
      .first()
      .waitFor();
    const text = plain(await page.locator('main').innerText());
    expect(text).toContain('5 PsyEn ont répondu');
    // Four comments only (one PsyEn of the demo left none): that question stays hidden.
    expect(text).not.toContain('Des temps d’échange entre PsyEn des réseaux');
    await checkPage(page, shots.next('qvt-resultats'));

    // A new campaign, with one scale question: its heading takes the focus once it is listed.
    await pressEnterOn(page, page.getByRole('button', { name: 'Nouveau questionnaire' }));
    await page.getByLabel('Titre', { exact: true }).fill('Bilan de fin d’année');
    await page.getByLabel('Ouverture le').fill('01/06/2027');
    await page.getByLabel('Clôture le').fill('30/06/2027');
    await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Mon équilibre entre les établissements');
    await page.getByRole('textbox', { name: 'Question 1 : ce que veut dire 1' }).fill('Intenable');
    const high = page.getByRole('textbox', { name: 'Question 1 : ce que veut dire 5' });
    await high.fill('Très bon');
    await checkPage(page, shots.next('qvt-nouveau'));
    await high.press('Enter');
    const created = page.getByRole('heading', { level: 2, name: 'Bilan de fin d’année' });
    await expect.poll(() => created.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.goto(new URL('/orientation/evaluation', page.url()).toString());
    await page.getByRole('heading', { level: 1, name: 'Évaluation de l’expérimentation' }).waitFor();
    const download = page.waitForEvent('download');
    await pressEnterOn(page, page.getByRole('button', { name: 'Télécharger le rapport d’évaluation (PDF)' }));
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await checkPage(page, shots.next('evaluation'));

    // A new criterion, then a value measured for it: drawn and in its table.
    await pressEnterOn(page, page.getByRole('button', { name: 'Nouveau critère' }));
    // Sent empty: the first missing field takes the focus, the summary names both.
    await page.getByLabel('Intitulé', { exact: true }).press('Enter');
    await expect
      .poll(() => page.getByLabel('Intitulé', { exact: true }).evaluate((i) => i === document.activeElement))
      .toBe(true);
    expect(
      plain(await page.getByRole('group', { name: /La saisie n'a pas pu être enregistrée/ }).innerText()),
    ).toContain("Intitulé : saisissez l'intitulé du critère Indicateur : saisissez l'indicateur mesuré");
    await page.getByLabel('Intitulé', { exact: true }).fill('Entretiens au CIO sous huit jours');
    await page.getByLabel('Indicateur', { exact: true }).fill('Part des demandes reçues en moins de huit jours');
    await page.getByLabel('Situation de départ', { exact: true }).fill('40');
    await page.getByLabel('Cible', { exact: true }).fill('75');
    await page.getByLabel('Unité', { exact: true }).fill('%');
    await page.getByLabel('Unité', { exact: true }).press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Entretiens au CIO sous huit jours' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const criterion = page.getByRole('region', { name: 'Entretiens au CIO sous huit jours' });
    await pressEnterOn(page, criterion.getByRole('button', { name: 'Ajouter une valeur' }));
    await criterion.getByLabel('Date de la mesure').fill('15/09/2026');
    const value = criterion.getByLabel('Valeur mesurée (%)');
    await value.fill('52,5');
    await value.press('Enter');
    const again = criterion.getByRole('button', { name: 'Ajouter une valeur' });
    await expect.poll(() => again.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect
      .poll(async () => plain(await criterion.getByRole('row', { name: /15 sept\. 2026/ }).innerText()))
      .toMatch(/^15 sept\. 2026 52,5 %/);
    expect(plain(await criterion.locator('.bar-chart').innerText())).toMatch(
      /Situation de départ 40 15 sept\. 2026 52,5 Cible 75/,
    );
    await checkPage(page, shots.next('evaluation-critere'));

    // Its target changed: the form in its section, the focus back on its heading.
    await pressEnterOn(page, criterion.getByRole('button', { name: 'Modifier', exact: true }));
    const target = criterion.getByLabel('Cible', { exact: true });
    await expect.poll(() => target.inputValue()).toBe('75');
    await target.fill('80');
    await target.press('Enter');
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    await expect.poll(async () => plain(await criterion.innerText())).toContain('cible : 80 %');

    // Deleted once confirmed: the focus goes back to « Nouveau critère ».
    page.once('dialog', (dialog) => void dialog.accept());
    await pressEnterOn(page, criterion.getByRole('button', { name: 'Supprimer', exact: true }).first());
    await heading.waitFor({ state: 'detached' });
    const newCriterion = page.getByRole('button', { name: 'Nouveau critère' });
    await expect.poll(() => newCriterion.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
