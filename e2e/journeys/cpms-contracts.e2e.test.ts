/**
 * The CPMS contracts (issue 19): the director of the Centre PMS de Liège 1 drafts a contract from the
 * Athénée's plan de pilotage, marks it negotiated and signs it for the centre; the Athénée's head signs it
 * for the school; the contract's page announces its evaluation (the plan is evaluated in the coming weeks)
 * and the notification is there; an exchange holding a date of birth is refused at its field.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, plain, pressEnterOn, settle } from '../support/browser';
import { Shots, signInWithKeyboard, signOutWithKeyboard, useBrowserSession } from '../support/journey';

const DIRECTOR = { email: 'direction.cpms@demo.test', displayName: 'Dominique Dewez' };
const HEAD = { email: 'direction.ecole@demo.test', displayName: 'Élise Dubois' };
const SCHOOL = 'Athénée royal Liège 1';

const statuses = async (page: import('playwright-core').Page) =>
  plain((await page.getByRole('status').allInnerTexts()).join(' '));

describe('CPMS contracts: drafted from a plan, signed by both parties, its evaluation announced', () => {
  const session = useBrowserSession();
  const shots = new Shots('cpms-contrats');
  let contractPath = '';

  it('the centre’s director drafts the contract from the Athénée’s plan, negotiates and signs it', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DIRECTOR);
    await page.goto('/cpms/contrats/plans');
    await page.getByRole('heading', { level: 1, name: 'Plans de pilotage' }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('plans'));
    await pressEnterOn(page, page.getByRole('link', { name: `Rédiger un contrat avec ${SCHOOL}` }));
    const form = page.getByRole('form', { name: 'Nouveau contrat' });
    await form.waitFor();
    // The DSFR checkbox is drawn by its label: checked with the keyboard, as a user of it would.
    for (const objective of [/Réduire le décrochage scolaire/, /Réduire l’absentéisme/]) {
      await form.getByLabel(objective).focus();
      await page.keyboard.press('Space');
      expect(await form.getByLabel(objective).isChecked()).toBe(true);
    }
    await form.getByLabel('Actions du centre').fill('Entretiens d’orientation au 3e degré\nPermanence hebdomadaire');
    await form
      .getByLabel('Engagements du centre')
      .fill('Une permanence chaque mardi, un retour écrit après chaque animation.');
    await form.getByLabel('Engagements de l’école').fill('Un local, les absences signalées chaque semaine.');
    await form.getByLabel(/^Flux 1 : information/).fill('Absences répétées d’un élève');
    await form.getByLabel(/^Flux 1 : moyen/).fill('Courriel à l’agent du centre');
    await form.getByLabel(/^Flux 1 : avec l’accord de/).fill('Les parents');
    await form.getByLabel(/^Indicateur 1 : intitulé/).fill('Abandons au 3e degré');
    await form.getByLabel(/^Indicateur 1 : situation de départ/).fill('30');
    await form.getByLabel(/^Indicateur 1 : cible/).fill('15');
    await pressEnterOn(page, form.getByRole('button', { name: 'Ajouter un indicateur' }));
    await form.getByLabel(/^Indicateur 2 : intitulé/).fill('Absences injustifiées au 1er degré');
    await form.getByLabel(/^Indicateur 2 : situation de départ/).fill('12,5');
    await form.getByLabel(/^Indicateur 2 : cible/).fill('6');
    await checkPage(page, shots.next('brouillon-formulaire'));
    await pressEnterOn(page, form.getByRole('button', { name: 'Créer le brouillon' }));
    await page.getByRole('heading', { level: 1, name: new RegExp(`Contrat .* – ${SCHOOL}`) }).waitFor();
    contractPath = new URL(page.url()).pathname;
    expect(plain(await page.locator('main').innerText())).toMatch(/Brouillon/i);
    // The draft's text is changed on its page: a second information flow.
    await pressEnterOn(page, page.getByRole('button', { name: 'Modifier le texte du contrat' }));
    const text = page.getByRole('form', { name: 'Texte du contrat' });
    await pressEnterOn(page, text.getByRole('button', { name: 'Ajouter un flux d’information' }));
    await text.getByLabel(/^Flux 2 : information/).fill('Calendrier des animations');
    await text.getByLabel(/^Flux 2 : moyen/).fill('Réunion de rentrée');
    await text.getByLabel(/^Flux 2 : avec l’accord de/).fill('La direction');
    await checkPage(page, shots.next('texte-contrat'));
    await pressEnterOn(page, text.getByRole('button', { name: 'Enregistrer le texte' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Texte du contrat enregistré/);
    expect(plain(await page.locator('main').innerText())).toMatch(/Calendrier des animations/);

    await pressEnterOn(page, page.getByRole('button', { name: 'Marquer comme négocié' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Marquer comme négocié : fait/);
    await pressEnterOn(page, page.getByRole('button', { name: 'Signer pour le centre' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Signé pour le centre/);
    await settle(page);
    expect(plain(await page.locator('main').innerText())).toMatch(/Pour le centre .* signé par Dominique Dewez/);
    await checkPage(page, shots.next('signe-centre'));
    await signOutWithKeyboard(page, shots);
  });

  it('the school’s head signs it; the page announces its evaluation and the notification is there', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, HEAD);
    await page.goto(contractPath);
    await page.getByRole('heading', { level: 1, name: new RegExp(SCHOOL) }).waitFor();
    await pressEnterOn(page, page.getByRole('button', { name: 'Signer pour l’école' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Signé pour l'école/);
    await settle(page);
    const main = plain(await page.locator('main').innerText());
    expect(main).toMatch(/Signé/i);
    expect(main).toMatch(/Pour l'école .* signé par Élise Dubois/);
    // The plan's evaluation falls within the lead time: the page says so.
    const notice = page.getByRole('region', { name: 'Évaluation du contrat' });
    expect(plain(await notice.innerText())).toMatch(/Évaluation du contrat dans \d+ jours/);
    await checkPage(page, shots.next('signe-ecole'));

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
      .toMatch(/plan de pilotage .*sera bientôt évalué/);
    await checkPage(page, shots.next('notification'));

    // The head attaches the plan's document (a PDF, recognised by its content).
    await page.goto('/cpms/contrats/plans');
    const upload = page.getByRole('form', { name: `Document du plan de ${SCHOOL}` });
    await upload.waitFor();
    await upload.getByLabel('Document du plan de pilotage').setInputFiles({
      name: 'plan-de-pilotage.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% Plan de pilotage\n%%EOF\n'),
    });
    await pressEnterOn(page, upload.getByRole('button', { name: 'Déposer le document' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Document « plan-de-pilotage.pdf » déposé/);
    await page.getByRole('button', { name: /Télécharger le plan/ }).waitFor();
    await checkPage(page, shots.next('document-depose'));

    // The head records a short result of the plan's mid-term evaluation.
    await pressEnterOn(page, page.getByRole('button', { name: 'Saisir les évaluations du plan' }).first());
    const evaluations = page.getByRole('form', { name: `Évaluations du plan de ${SCHOOL}` });
    await evaluations.getByLabel('Évaluation à mi-parcours : résultat').fill('Absentéisme en baisse au 1er degré.');
    await checkPage(page, shots.next('evaluations-plan'));
    await pressEnterOn(page, evaluations.getByRole('button', { name: 'Enregistrer les évaluations' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Évaluations du plan enregistrées/);
    expect(plain(await page.locator('main').innerText())).toMatch(/Absentéisme en baisse au 1er degré\./);
  });

  it('an exchange holding a date of birth is refused at its field', async () => {
    const { page } = session();
    await page.goto(contractPath);
    const form = page.getByRole('form', { name: 'Noter un échange' });
    await form.waitFor();
    expect(plain(await form.innerText())).toMatch(/ne contient jamais l'identité d'un élève/);
    await form.getByLabel('Participants').fill('Direction, agent PMS');
    await form.getByLabel('Objet').fill('Suivi des absences');
    await form.getByLabel('Ce qui a été convenu').fill('Revoir l’élève né le 12/03/2011 la semaine prochaine');
    await pressEnterOn(page, form.getByRole('button', { name: 'Ajouter au journal' }));
    const field = form.getByLabel('Ce qui a été convenu');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(plain(await form.innerText())).toMatch(/ressemble à une date de naissance/i);
    await checkPage(page, shots.next('echange-refuse'));
    await field.fill('Revoir la situation en conseil de classe la semaine prochaine');
    await pressEnterOn(page, form.getByRole('button', { name: 'Ajouter au journal' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Échange ajouté au journal/);
    await signOutWithKeyboard(page, shots);
  });

  it('the director schedules a concertation and runs it on the meeting page, which names the contract', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, DIRECTOR);
    await page.goto(contractPath);
    const form = page.getByRole('form', { name: 'Planifier une concertation' });
    await form.waitFor();
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Intitulé').fill('Concertation de rentrée');
    await form.getByLabel(/^Date/).fill(day.split('-').reverse().join('/'));
    await form.getByLabel('Lieu').fill('Athénée, salle des professeurs');
    await pressEnterOn(page, form.getByRole('button', { name: 'Planifier' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Concertation planifiée/);
    await pressEnterOn(page, page.getByRole('link', { name: 'Concertation de rentrée' }));
    await page.getByRole('heading', { level: 1, name: 'Concertation de rentrée' }).waitFor();
    const facts = plain(await page.locator('main').innerText());
    expect(facts).toMatch(/Convoquée par\s*Centre PMS de Liège 1/);
    expect(facts).toMatch(new RegExp(`Contrat\\s*Contrat Centre PMS de Liège 1 – ${SCHOOL}`));
    await settle(page);
    await checkPage(page, shots.next('concertation'));
    // The centre convenes it: it changes it like any meeting it convenes.
    await pressEnterOn(page, page.getByRole('link', { name: 'Modifier la réunion' }));
    await page.getByRole('heading', { level: 1, name: 'Modifier « Concertation de rentrée »' }).waitFor();
    await settle(page);
    await checkPage(page, shots.next('concertation-modifier'));
    await signOutWithKeyboard(page, shots);
  });

  it('the head writes a new plan with two objectives; the director writes an objectives contract', async () => {
    const { page } = session();
    await signInWithKeyboard(page, shots, HEAD);
    await page.goto('/cpms/contrats/plans');
    await pressEnterOn(page, page.getByRole('button', { name: `Nouveau plan de pilotage pour ${SCHOOL}` }));
    const plan = page.getByRole('form', { name: 'Nouveau plan de pilotage' });
    await plan.waitFor();
    await plan.getByLabel('Intitulé du plan').fill('Plan de pilotage 2027–2033');
    await plan.getByLabel(/^Début/).fill('01/09/2027');
    await plan.getByLabel(/^Fin/).fill('30/06/2033');
    await plan.getByLabel(/^Évaluation à mi-parcours/).fill('30/06/2030');
    await plan.getByLabel(/^Évaluation finale/).fill('15/06/2033');
    await plan.getByRole('combobox', { name: /^Objectif 1/ }).selectOption({ label: 'Réduire l’absentéisme' });
    await plan.getByLabel(/^Objectif 1 : formulation/).fill('Diviser par deux les absences injustifiées au 1er degré');
    await pressEnterOn(page, plan.getByRole('button', { name: 'Ajouter un objectif' }));
    await plan
      .getByRole('combobox', { name: /^Objectif 2/ })
      .selectOption({ label: 'Renforcer l’orientation positive des élèves' });
    await plan.getByLabel(/^Objectif 2 : formulation/).fill('Chaque élève du 3e degré rencontre le centre PMS');
    await checkPage(page, shots.next('plan-formulaire'));
    await pressEnterOn(page, plan.getByRole('button', { name: 'Créer le plan' }));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatch(/Plan « Plan de pilotage 2027–2033 » créé/);
    const created = page.getByRole('region', { name: `${SCHOOL} — Plan de pilotage 2027–2033` });
    await created.waitFor();
    expect(plain(await created.innerText())).toMatch(/Diviser par deux les absences injustifiées au 1er degré/);
    expect(plain(await created.innerText())).toMatch(/Chaque élève du 3e degré rencontre le centre PMS/);
    await checkPage(page, shots.next('plan-cree'));
    await signOutWithKeyboard(page, shots);

    await signInWithKeyboard(page, shots, DIRECTOR);
    await page.goto('/cpms/contrats/objectifs');
    await pressEnterOn(page, page.getByRole('button', { name: 'Nouveau contrat d’objectifs' }));
    const oc = page.getByRole('form', { name: 'Nouveau contrat d’objectifs' });
    await oc.waitFor();
    await oc.getByLabel('Intitulé du contrat d’objectifs').fill('Contrat d’objectifs 2027–2033');
    await oc.getByLabel(/^Début/).fill('01/09/2027');
    await oc.getByLabel(/^Fin/).fill('31/08/2033');
    await oc.getByLabel(/^Objectif 1/).fill('Soutenir la lutte contre le décrochage dans les écoles du centre');
    const covered = oc.getByLabel(new RegExp(`^${SCHOOL}`)).first();
    await covered.focus();
    await page.keyboard.press('Space');
    expect(await covered.isChecked()).toBe(true);
    await oc.getByLabel(/^Indicateur 1 : intitulé/).fill('Écoles accompagnées');
    await oc.getByLabel(/^Indicateur 1 : situation de départ/).fill('2');
    await oc.getByLabel(/^Indicateur 1 : cible/).fill('4,5');
    await checkPage(page, shots.next('contrat-objectifs-formulaire'));
    await pressEnterOn(page, oc.getByRole('button', { name: 'Créer le contrat d’objectifs' }));
    await expect
      .poll(() => statuses(page), { timeout: 15_000 })
      .toMatch(/Contrat d'objectifs « Contrat d'objectifs 2027–2033 » créé/);
    expect(plain(await page.locator('main').innerText())).toMatch(/Soutenir la lutte contre le décrochage/);
    expect(plain(await page.locator('main').innerText())).toMatch(/Écoles accompagnées : départ 2, cible 4,5/);
    await checkPage(page, shots.next('contrat-objectifs-cree'));
    await signOutWithKeyboard(page, shots);
  });
});
