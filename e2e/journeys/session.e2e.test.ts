/**
 * The session as any user lives it: a wrong password, a protected address
 * before signing in, a reload (silent refresh from the httpOnly cookie), the
 * token kept out of web storage, sign-out.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPage,
  expectFocused,
  navigationLinks,
  pathOf,
  plain,
  pressEnterOn,
  screenshot,
  tabTo,
  waitForPath,
} from '../support/browser';
import {
  DEMO_USERS,
  loginFields,
  Shots,
  signOutWithKeyboard,
  submitLoginWithKeyboard,
  useBrowserSession,
} from '../support/journey';

const user = DEMO_USERS.viewer;

describe('session', () => {
  const session = useBrowserSession();
  const shots = new Shots('session');

  it('an empty form names each missing field and moves nowhere', async () => {
    const { page } = session();
    await submitLoginWithKeyboard(page, shots, '', '');
    const alerts = page.getByRole('alert');
    await expect
      .poll(async () => (await alerts.allInnerTexts()).map(plain))
      .toEqual(expect.arrayContaining(['Saisissez votre adresse e-mail.', 'Saisissez votre mot de passe.']));
    expect(pathOf(page)).toBe('/connexion');
    await expect(loginFields(page).email.getAttribute('aria-invalid')).resolves.toBe('true');
    await checkPage(page, shots.next('connexion-champs-vides'));
  });

  it("a wrong password shows the server's reason in the error summary (focused) and stays on /connexion", async () => {
    const { page } = session();
    await submitLoginWithKeyboard(page, shots, user.email, 'pas-le-bon-mot-de-passe');
    const summary = page.locator('form').getByRole('group', { name: 'La connexion a échoué' });
    await summary.waitFor();
    await expectFocused(summary, 'the error summary, announced');
    const message = plain(await summary.innerText()).replace(/^La connexion a échoué\s*/, '');
    expect(message, 'the server says why').toMatch(/mot de passe incorrect/i);
    expect(message, 'the message does not say which of e-mail or password was wrong').not.toMatch(
      /adresse e-mail inconnue|e-mail incorrect/i,
    );
    expect(pathOf(page)).toBe('/connexion');
    const fields = loginFields(page);
    await expect(fields.email.inputValue()).resolves.toBe(user.email);
    await expect(fields.password.inputValue()).resolves.toBe('');
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).count()).resolves.toBe(0);
    await checkPage(page, shots.next('connexion-erreur'));
  });

  it('a protected address asks to sign in first, then leads back to it', async () => {
    const { page } = session();
    await page.goto('/annuaire');
    await waitForPath(page, '/connexion');
    await loginFields(page).email.waitFor();
    await submitLoginWithKeyboard(page, shots, user.email, 'demo-maillage', false);
    await waitForPath(page, '/annuaire');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Annuaire des organisations');
    await checkPage(page, shots.next('annuaire-apres-connexion'));
  });

  it('reloading the page keeps the session (silent refresh through the cookie)', async () => {
    const { page } = session();
    const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/refresh');
    await page.reload();
    expect((await refreshed).status(), 'POST /api/auth/refresh after the reload').toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Annuaire des organisations');
    expect(pathOf(page)).toBe('/annuaire');
    await expect.poll(() => navigationLinks(page)).toEqual(user.navigation);
    await expect.poll(async () => plain(await page.locator('header').innerText())).toContain(user.displayName);
    await checkPage(page, shots.next('annuaire-rechargee'));
  });

  it('keeps the access token out of web storage; the refresh cookie and the notification stream’s are httpOnly and SameSite=Strict, each for its own path', async () => {
    const { page, context } = session();
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    const cookies = await context.cookies();
    const httpOnly = cookies.filter((cookie) => cookie.httpOnly);
    expect(httpOnly.filter((c) => c.path === '/api/auth').length, 'an httpOnly refresh cookie').toBeGreaterThan(0);
    // Only the refresh token's path, and the live notifications' (EventSource's cookie, short-lived).
    for (const cookie of httpOnly) {
      expect(cookie.sameSite, cookie.name).toBe('Strict');
      expect(['/api/auth', '/api/notifications/stream'], cookie.name).toContain(cookie.path);
    }
    expect(
      cookies.every((c) => c.httpOnly),
      'no cookie readable by scripts',
    ).toBe(true);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('the skip link leads to the main content', async () => {
    const { page } = session();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Bonjour ${user.displayName}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Contenu' });
    await expectFocused(skip, 'the first Tab: the skip link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('contenu');
  });

  it('the footer leads to the accessibility statement, the legal notice and the personal data page', async () => {
    const { page } = session();
    const footer = page.locator('footer.fr-footer');
    for (const [link, path, heading, shot] of [
      ['Accessibilité : non conforme', '/accessibilite', 'Déclaration d’accessibilité', 'accessibilite'],
      ['Mentions légales', '/mentions-legales', 'Mentions légales', 'mentions-legales'],
      ['Données personnelles', '/donnees-personnelles', 'Données personnelles', 'donnees-personnelles'],
    ] as const) {
      await pressEnterOn(page, footer.getByRole('link', { name: link }));
      await waitForPath(page, path);
      await expect
        .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
        .toBe(plain(heading));
      await checkPage(page, shots.next(shot));
    }
  });

  it('switches to the dark theme through the DSFR display settings, keyboard only, and back', async () => {
    const { page } = session();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Bonjour ${user.displayName}`);
    const settings = page.getByRole('banner').getByRole('button', { name: "Paramètres d'affichage" });
    for (const [theme, label] of [
      ['dark', 'Thème sombre'],
      ['light', 'Thème clair'],
    ] as const) {
      await pressEnterOn(page, settings);
      const dialog = page.getByRole('dialog', { name: "Paramètres d'affichage" });
      await dialog.waitFor();
      // Tab reaches the radio group on its checked radio; the arrow keys then choose.
      await tabTo(page, dialog.getByRole('radio', { checked: true }));
      const target = dialog.getByRole('radio', { name: label });
      for (let i = 0; i < 3 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(target.isChecked()).resolves.toBe(true);
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))).toBe(theme);
      if (theme === 'dark') await screenshot(page, shots.next('accueil-theme-sombre'));
      await pressEnterOn(page, dialog.getByRole('button', { name: 'Fermer' }));
      await dialog.waitFor({ state: 'hidden' });
    }
  });

  it('an idle page asks for no animation frame: the DSFR draws only when something moves (patches/)', async () => {
    const { page } = session();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Bonjour ${user.displayName}`);
    // The frames asked for during one second, the display settings' dialog closed: the DSFR's own script used
    // to ask for every frame (60 a second) for as long as it ran.
    const frames = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const original = window.requestAnimationFrame;
          let asked = 0;
          window.requestAnimationFrame = (callback) => {
            asked += 1;
            return original.call(window, callback);
          };
          setTimeout(() => {
            window.requestAnimationFrame = original;
            resolve(asked);
          }, 1_000);
        }),
    );
    expect(frames).toBeLessThanOrEqual(2);
  });

  it('signs out', async () => {
    await signOutWithKeyboard(session().page, shots);
  });

  it('met no script error', () => {
    expect(session().errors).toEqual([]);
  });
});
