/**
 * What a browser downloads to show the sign-in screen, and each role's home page
 * (the app is split by page; each page's code loads on its first visit): each
 * holds to the 150 kB of JavaScript gzipped, DSFR included, that issue 13 asks
 * for. The home is measured as a page of its own (opened or reloaded with a live
 * session); signing in and then landing on the home downloads the sign-in
 * screen's code as well, which SIGN_IN_THEN_HOME_CEILING_BYTES keeps in check.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, openSession, waitForPath } from '../support/browser';
import { DEMO_USERS, loginFields } from '../support/journey';

const BUDGET_BYTES = 150 * 1024;
// 156 kB since issue 21: the sign-in screen resumes a sign-in under way (second factor, ProConnect's
// return) and offers ProConnect; its steps, passkeys and ProConnect's button load only when needed.
const SIGN_IN_THEN_HOME_CEILING_BYTES = 156 * 1024;

/** Records the gzipped size of every script the page downloads, once per URL. */
function recordScripts(page: Page): Map<string, Promise<number>> {
  requestsOf.set(page, trackRequests(page));
  const sizes = new Map<string, Promise<number>>();
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript') || sizes.has(response.url())) return;
    sizes.set(
      response.url(),
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  return sizes;
}

/**
 * The page's requests under way, but for the notifications' event stream, which stays open as long as
 * the page (Playwright's « networkidle » would wait for it forever).
 */
function trackRequests(page: Page): Set<Request> {
  const open = new Set<Request>();
  page.on('request', (request) => {
    if (!request.url().includes('/api/notifications/stream')) open.add(request);
  });
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  return open;
}

/** Waits until no request (the event stream aside) has been under way for 500 ms. */
async function networkQuiet(page: Page, open: Set<Request>, timeoutMs = 15_000): Promise<void> {
  await page.waitForLoadState('load');
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (Date.now() > deadline) throw new Error(`the network was not quiet after ${timeoutMs / 1000}s`);
    if (open.size > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

/** Once the network is quiet: how many scripts were downloaded so far, and their gzipped bytes. */
async function settledTotal(page: Page, sizes: Map<string, Promise<number>>) {
  await networkQuiet(page, requestsOf.get(page)!);
  // A client-side navigation is no page load: give its lazy chunks a moment to be asked for.
  await page.waitForTimeout(500);
  const all = await Promise.all(sizes.values());
  return { files: all.length, gzipped: all.reduce((a, b) => a + b, 0) };
}

const requestsOf = new WeakMap<Page, Set<Request>>();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

describe('JavaScript downloaded by the sign-in screen and each role’s home', () => {
  const roles = [
    DEMO_USERS.referent,
    DEMO_USERS.counsellor,
    DEMO_USERS.caf,
    DEMO_USERS.porteur,
    DEMO_USERS.social,
    DEMO_USERS.viewer,
    DEMO_USERS.admin,
  ];

  for (const user of roles) {
    it(`${user.email}: sign-in screen and home page each under ${kb(BUDGET_BYTES)} gzipped`, async () => {
      const browser = await launchBrowser();
      try {
        const { page } = await openSession(browser, inject('baseUrl'));
        const scripts = recordScripts(page);
        await page.goto('/connexion');
        const fields = loginFields(page);
        await fields.email.waitFor();
        const signIn = await settledTotal(page, scripts);
        await fields.email.fill(user.email);
        await fields.password.fill(DEMO_PASSWORD);
        await fields.submit.click();
        await waitForPath(page, '/');
        await expect
          .poll(() => page.getByRole('heading', { level: 1 }).innerText())
          .toBe(`Bonjour ${user.displayName}`);
        const signInThenHome = await settledTotal(page, scripts);

        const homePage = await page.context().newPage();
        const homeScripts = recordScripts(homePage);
        await homePage.goto('/');
        await expect
          .poll(() => homePage.getByRole('heading', { level: 1 }).innerText())
          .toBe(`Bonjour ${user.displayName}`);
        const home = await settledTotal(homePage, homeScripts);
        process.stdout.write(
          `[e2e] bundle ${user.key}: sign-in ${kb(signIn.gzipped)} in ${signIn.files} scripts, ` +
            `home ${kb(home.gzipped)} in ${home.files} scripts, ` +
            `sign-in then home ${kb(signInThenHome.gzipped)} in ${signInThenHome.files} scripts\n`,
        );
        expect(signIn.gzipped, 'JavaScript of the sign-in screen (gzipped)').toBeLessThanOrEqual(BUDGET_BYTES);
        expect(home.gzipped, `JavaScript of ${user.key}'s home page (gzipped)`).toBeLessThanOrEqual(BUDGET_BYTES);
        expect(signInThenHome.gzipped, 'sign-in screen, then the home (gzipped)').toBeLessThanOrEqual(
          SIGN_IN_THEN_HOME_CEILING_BYTES,
        );
      } finally {
        await browser.close();
      }
    });
  }
});
