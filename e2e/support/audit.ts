/**
 * The admin's audit log (/admin/audit), as the journeys read and filter it: opened from the main
 * navigation, filtered from its search form with the keyboard, its rows read as the screen shows them.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { plain, pressEnterOn, settle, tabTo, expectFocused } from './browser';
import { navigateWithKeyboard } from './journey';

/** Tabs to a native select and chooses an option by its label. */
export async function chooseIn(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  await select.selectOption({ label });
  await expectFocused(select, 'the select just set');
}

/** The table of the audit log's events. */
export const auditTable = (page: Page): Locator => page.getByRole('table', { name: "Événements d'audit" });

/** Opens the audit log from the main navigation and waits for its table; returns the table. */
export async function openAuditLog(page: Page): Promise<Locator> {
  await navigateWithKeyboard(page, /^Journal d.audit$/, '/admin/audit');
  await expect
    .poll(async () => plain(await page.getByRole('heading', { level: 1 }).innerText()))
    .toBe("Journal d'audit");
  const table = auditTable(page);
  await table.waitFor();
  await settle(page);
  return table;
}

/** The audit table's rows as { action, outcome, object, author } (column order of the page). */
export async function auditRows(
  table: Locator,
): Promise<{ action: string; outcome: string; object: string; author: string }[]> {
  const rows = await table.locator('tbody tr').all();
  const out = [];
  for (const row of rows) {
    const cells = (await row.locator('th, td').allInnerTexts()).map(plain);
    if (cells.length < 5) continue;
    out.push({ action: cells[1]!, outcome: cells[2]!, object: cells[3]!, author: cells[4]! });
  }
  return out;
}

/**
 * Filters the log with the keyboard: an action (or a group of actions) chosen from its list, then,
 * when given, a user found by typing `user.search` and chosen by its option's label; then « Filtrer ».
 */
export async function filterAuditLog(
  page: Page,
  filter: { action: string; user?: { search: string; option: string } },
): Promise<void> {
  const filters = page.getByRole('search', { name: 'Filtrer le journal' });
  await chooseIn(page, filters.getByLabel('Action', { exact: true }), filter.action);
  if (filter.user) {
    await tabTo(page, filters.getByRole('searchbox', { name: 'Rechercher un utilisateur' }));
    await page.keyboard.type(filter.user.search);
    const users = filters.getByLabel('Utilisateur', { exact: true });
    await expect
      .poll(async () => (await users.locator('option').allInnerTexts()).map(plain), { timeout: 10_000 })
      .toEqual(['Tous les utilisateurs', filter.user.option]);
    await chooseIn(page, users, filter.user.option);
  }
  await pressEnterOn(page, filters.getByRole('button', { name: 'Filtrer' }));
}
