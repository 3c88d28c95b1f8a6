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

/**
 * A calendar day (yyyy-mm-dd) the database can hold: a real date between 1900 and 9999 (PostgreSQL has
 * no year 0, and a Date scalar accepts years it cannot store).
 */
export const calendarDay = z
  .string({ message: 'date invalide (AAAA-MM-JJ)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date invalide (AAAA-MM-JJ)')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    const year = Number(v.slice(0, 4));
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && year >= 1900 && year <= 9999;
  }, 'date inexistante ou hors des bornes (1900–9999)');
