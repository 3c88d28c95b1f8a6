import { z } from 'zod';

/*
 * The pieces every module's input schemas are built from, written once so that a rule and its French
 * message are the same in every form and every resolver.
 */

/** Trimmed text of at most `max` characters ('' allowed). */
export const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus`);

/** Trimmed text of 1 to `max` characters, `missing` when empty. */
export const requiredText = (max: number, missing: string) => text(max).min(1, missing);

/** Text that may be left out: absent, null and blank all become null. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * Text of a partial update: absent (undefined) leaves the stored value, blank or null clears it (null).
 */
export const patchText = (max: number) =>
  text(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
