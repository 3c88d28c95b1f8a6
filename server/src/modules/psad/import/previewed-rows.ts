import type { SieiRow } from './parse.js';

/**
 * The rows of the list this process previewed last, kept for its confirm: reading the stored file again
 * costs the confirm of a 100,000-row list 0.9 s, and the preview's rows, garbage from the moment it
 * answered, were still in the heap when the confirm parsed its own (the import's peak memory, 310 MB).
 * One list at most, for KEEP_MS, and none over KEEP_ROWS rows. A confirm that does not find its list
 * here (another process, another list previewed since, the time past) reads the stored file again as
 * of the upload's day, which gives the same rows (import.service.ts storedRows).
 */
const KEEP_MS = 10 * 60_000;
const KEEP_ROWS = 200_000;

let kept: { importId: string; rows: SieiRow[]; timer: NodeJS.Timeout } | null = null;

function forget(): void {
  if (kept) clearTimeout(kept.timer);
  kept = null;
}

export function keepPreviewedRows(importId: string, rows: SieiRow[]): void {
  forget();
  if (rows.length > KEEP_ROWS) return;
  kept = { importId, rows, timer: setTimeout(forget, KEEP_MS).unref() };
}

/** The rows kept for `importId`, given once (null when they are not here). */
export function takePreviewedRows(importId: string): SieiRow[] | null {
  if (kept?.importId !== importId) return null;
  const { rows } = kept;
  forget();
  return rows;
}
