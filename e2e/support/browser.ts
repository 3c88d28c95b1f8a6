/**
 * Headless Chromium (Debian's, driven by playwright-core), the axe-core check,
 * screenshots, and the keyboard and page helpers the journeys share.
 */
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { outputDir } from './paths';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (the RGAA's reference). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DEMO_PASSWORD = 'demo-maillage';

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far (failed resource loads excepted). */
  errors: string[];
}

/**
 * A fresh context (no cookies) and page on the app, in French, at a desktop size.
 * The app's Content-Security-Policy stays in force: a page it breaks shows up as
 * a console error ("Refused to …").
 */
export async function openSession(browser: Browser, baseUrl: string): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 768 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser logs every HTTP error as "Failed to load resource"; an expected 401 (no session yet) is one.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console error: ${message.text()}`);
    }
  });
  return { context, page, errors };
}

/** Waits for the SPA to be idle: no loading indicator, no busy region, fonts loaded. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // Checked every 50 ms rather than at every animation frame (Playwright's default): the frames drawn
  // only to run the check cost a busy machine's CPU for as long as a page loads.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .loading'), undefined, {
    timeout: 15_000,
    polling: 50,
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A DSFR modal or panel fading in: axe and the screenshot must see it at rest, not half transparent.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ).then(() => undefined),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
}

function formatViolations(name: string, url: string, violations: AxeViolation[]): string {
  return [
    `axe-core: ${violations.length} violation(s) on "${name}" (${url})`,
    ...violations.map(
      (v) => `  - ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n      ${v.targets.join('\n      ')}`,
    ),
  ].join('\n');
}

/** The sets of stylesheets css-orientation-lock has been run on (see checkA11y). */
const checkedStylesheets = new Set<string>();

/**
 * Runs axe-core (WCAG 2 A/AA) on the page as it is now. A violation fails the
 * test (softly: the journey goes on, so one run lists every page's
 * violations); the list is also written to e2e/output/a11y/<name>.json.
 */
export async function checkA11y(page: Page, name: string, only: 'all' | 'colours' = 'all'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // axe-core's source, evaluated in the page through DevTools: unlike an inline
    // <script> (page.addScriptTag), this is not subject to the app's CSP
    // (script-src 'self'), which therefore need not be bypassed.
    await page.evaluate(axe.source);
  }
  // css-orientation-lock reads every stylesheet (the DSFR's is large: a quarter of a page's check) and depends
  // on nothing else: checked once per set of stylesheets, as a page loaded on demand may bring its own.
  const sheets =
    only === 'all'
      ? await page.evaluate(() =>
          Array.from(document.styleSheets, (sheet) => {
            if (sheet.href) return sheet.href;
            // An inline sheet by a hash of its text.
            let hash = 0;
            for (const char of sheet.ownerNode?.textContent ?? '') hash = (hash * 31 + char.charCodeAt(0)) | 0;
            return `inline ${hash}`;
          }).join('\n'),
        )
      : '';
  const sheetsChecked = only === 'colours' || checkedStylesheets.has(sheets);
  const violations = await page.evaluate(
    async ([tags, colours, skipOrientation]) => {
      const results = await window.axe!.run(document, {
        runOnly: colours
          ? { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }
          : { type: 'tag', values: tags },
        ...(skipOrientation ? { rules: { 'css-orientation-lock': { enabled: false } } } : {}),
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map(
          (n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        ),
      }));
    },
    [AXE_TAGS, only === 'colours', sheetsChecked] as const,
  );
  if (only === 'all') checkedStylesheets.add(sheets);
  const dir = path.join(outputDir, 'a11y');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ url: page.url(), violations }, null, 2));
  expect.soft(violations.length, formatViolations(name, page.url(), violations)).toBe(0);
  return violations;
}

/** A full-page PNG at e2e/output/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(outputDir, `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Shows the page in the DSFR's light or dark theme (what its display settings do), waiting for the repaint. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((next) => {
    document.documentElement.setAttribute('data-fr-theme', next);
    document.documentElement.setAttribute('data-fr-scheme', next);
  }, theme);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Every page carries the DSFR header (with the bloc-marque) and footer. */
export async function expectDsfrFrame(page: Page, name: string): Promise<void> {
  const frame = await page.evaluate(() => ({
    header: document.querySelectorAll('header.fr-header .fr-header__brand').length,
    footer: document.querySelectorAll('footer.fr-footer').length,
  }));
  expect.soft(frame, `the DSFR header and footer on "${name}"`).toEqual({ header: 1, footer: 1 });
}

/**
 * After each navigation: wait for the page, check it has the DSFR frame, check it
 * with axe in the light theme and its colours again in the dark theme, take its screenshot
 * (light; `E2E_DARK_SCREENSHOTS=1` also writes <name>-sombre.png).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const t0 = Date.now();
  await settle(page);
  const t1 = Date.now();
  await expectDsfrFrame(page, name);
  const theme = await page.evaluate(() => document.documentElement.getAttribute('data-fr-theme') ?? 'light');
  await setTheme(page, 'light');
  await checkA11y(page, name);
  await setTheme(page, 'dark');
  // The theme changes colours only: the other rules would find in the dark what they found in the light.
  await checkA11y(page, `${name}-sombre`, 'colours');
  if (process.env.E2E_DARK_SCREENSHOTS === '1') await screenshot(page, `${name}-sombre`);
  await setTheme(page, theme === 'dark' ? 'dark' : 'light');
  const t2 = Date.now();
  await screenshot(page, name);
  if (process.env.E2E_TIMINGS === '1') {
    process.stdout.write(`[e2e] ${name}: settle ${t1 - t0}ms, axe ${t2 - t1}ms, screenshot ${Date.now() - t2}ms\n`);
  }
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Moves the focus to `target` with Tab (or Shift+Tab when it lies before the
 * focused element), as a keyboard user does; fails if it cannot be reached.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  await target.waitFor({ state: 'visible' });
  // The target is found once, not at each press: a query by role and name reads the whole page, and cost
  // more than the presses themselves. Found again if the page replaced it meanwhile.
  let handle = await target.elementHandle();
  const whereIsFocus = async (): Promise<FocusPlace> => {
    const place = handle ? await handle.evaluate(focusPlace).catch((): FocusPlace => 'gone') : 'gone';
    if (place !== 'gone') return place;
    handle = await target.elementHandle();
    return handle.evaluate(focusPlace);
  };
  for (let i = 0; i < maxPresses; i++) {
    const place = await whereIsFocus();
    if (place === 'here') return;
    await page.keyboard.press(place === 'after' ? 'Tab' : 'Shift+Tab');
  }
  if (await isFocused(target)) return;
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(
    `could not reach ${target.toString()} with the keyboard in ${maxPresses} presses (focus is on ${active})`,
  );
}

/** Where the target lies from the focus: it has it, it follows it, it precedes it, or it left the page. */
type FocusPlace = 'here' | 'after' | 'before' | 'gone';

function focusPlace(element: Element): FocusPlace {
  if (!element.isConnected) return 'gone';
  const active = document.activeElement;
  if (active === element) return 'here';
  if (!active || active === document.body) return 'after';
  return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
}

/** Tabs to `target` and activates it with Enter. */
export async function pressEnterOn(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** `target` gets the focus: at once or after the render that moves it (a heading focused once it is shown). */
export async function expectFocused(target: Locator, what: string): Promise<void> {
  await expect.poll(() => isFocused(target), { message: `${what} should have the focus` }).toBe(true);
}

/** Typographic apostrophes and spaces as plain ones, for comparing visible text. */
export function plain(text: string): string {
  return text
    .replace(/[’ʼ]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

/** The main navigation's link texts, in order. */
export async function navigationLinks(page: Page): Promise<string[]> {
  return (await mainNavigation(page).getByRole('link').allInnerTexts()).map(plain);
}

export const COMMON_NAVIGATION = ['Accueil', 'Annuaire'];
/** The aggregates of the référence de parcours: social workers, viewers and admins. */
export const PARCOURS_INDICATORS_LINK = 'Indicateurs parcours';
export const ADMIN_NAVIGATION = [
  ...COMMON_NAVIGATION,
  PARCOURS_INDICATORS_LINK,
  'Organisations',
  'Utilisateurs',
  'Plateformes PSAD',
  "Journal d'audit",
  'Courriels envoyés',
  'Tâches de fond',
  'Paramètres CLAS',
  'API',
];
/** A PSAD referent (PSAD_REFERENT role) also has the PSAD follow-up. */
export const REFERENT_NAVIGATION = [
  ...COMMON_NAVIGATION,
  'Suivi PSAD',
  'Imports SIEI',
  'Tableau de bord',
  'Bilan',
  'Transferts',
  'Signaler un jeune',
  'Réunions et instances',
];
export const COUNSELLOR_NAVIGATION = [
  ...COMMON_NAVIGATION,
  'Mes suivis',
  'Transferts',
  'Signaler un jeune',
  'Réunions et instances',
];
export const VIEWER_NAVIGATION = [
  ...COMMON_NAVIGATION,
  'Tableau de bord',
  'Réunions et instances',
  PARCOURS_INDICATORS_LINK,
];
/** A social worker (SOCIAL_WORKER) has the persons they accompany and the parcours indicators. */
export const SOCIAL_WORKER_NAVIGATION = [...COMMON_NAVIGATION, 'Personnes accompagnées', PARCOURS_INDICATORS_LINK];
/** A CLAS project holder (CLAS_HOLDER) has their organisation's projects. */
export const CLAS_HOLDER_NAVIGATION = [...COMMON_NAVIGATION, 'Mes projets CLAS'];
/** A CAF officer (CAF_OFFICER) has the département's CLAS queue and dashboard. */
export const CAF_OFFICER_NAVIGATION = [...COMMON_NAVIGATION, 'Projets CLAS', 'Tableau de bord CLAS'];

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Whether an address's path is `pathname` (a string: exactly; a pattern: matching). */
export function isPath(url: URL, pathname: string | RegExp): boolean {
  return typeof pathname === 'string' ? url.pathname === pathname : pathname.test(url.pathname);
}

export async function waitForPath(page: Page, pathname: string | RegExp): Promise<void> {
  await page.waitForURL((url) => isPath(url, pathname));
}
