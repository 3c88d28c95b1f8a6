import { searchKey } from '@maillage/shared';
import { z } from 'zod';

/** Trims and collapses every run of white space (including no-break spaces and tabs) to one space. */
export function cleanText(value: string): string {
  // Most cells of a list have nothing to collapse: a test is cheaper than a replace (100,000 rows × 14 cells).
  return MESSY_SPACE.test(value) ? value.replace(/\s+/gu, ' ').trim() : value.trim();
}

/** White space other than a single plain space: a tab, a no-break space, a line break, two spaces. */
const MESSY_SPACE = /[^\S ]| {2}/u;

/** `value` cleaned, or null when nothing is left. */
export function textOrNull(value: string): string | null {
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}

const FR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written `dd/mm/yyyy` (day and month may lose their leading zero, as some
 * spreadsheets write them) or `yyyy-mm-dd`, as `yyyy-mm-dd`; null for anything else, including
 * impossible dates (31/02/2008, 2009-13-01), two-digit years and years before 1900.
 */
export function parseDate(raw: string): string | null {
  const value = cleanText(raw);
  let y: number, m: number, d: number;
  const fr = FR_DATE.exec(value);
  const iso = fr ? null : ISO_DATE.exec(value);
  if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return isoDate(y, m, d);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, for messages. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The day a person born on `birthDate` turns `years`, as `yyyy-mm-dd`. Born on 29 February: the
 * birthday of a common year is 1 March (the person has not yet lived `years` full years on 28 Feb).
 */
export function anniversary(birthDate: string, years: number): string {
  const year = Number(birthDate.slice(0, 4)) + years;
  const monthDay = birthDate.slice(4);
  return monthDay === '-02-29' && !isLeap(year) ? isoDate(year, 3, 1) : `${String(year).padStart(4, '0')}${monthDay}`;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of `instant` in France (the platforms' time zone), as `yyyy-mm-dd`. */
export function dayInFrance(instant: Date): string {
  const parts = Object.fromEntries(parisDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Last name: upper case, accents kept (French usage: "ANDRÉ", "MÜLLER"). */
export function lastNameCase(value: string): string {
  return value.toLocaleUpperCase('fr-FR');
}

/**
 * First names: each given name starts with a capital ("élodie, Marie" → "Élodie, Marie",
 * "Jean-baptiste" → "Jean-Baptiste"), the rest kept as written ("McKenzie"); a value typed all in
 * lower or all in upper case is put in lower case first ("chloé" → "Chloé", "JEAN-BAPTISTE" →
 * "Jean-Baptiste", "N'GOLO" → "N'Golo").
 */
export function firstNamesCase(value: string): string {
  const lower = value.toLocaleLowerCase('fr-FR');
  const oneCase = value === lower || value === value.toLocaleUpperCase('fr-FR');
  const start = oneCase ? /(^|[\s,\-'’])(\p{L})/gu : /(^|[\s,-])(\p{L})/gu;
  return (oneCase ? lower : value).replace(
    start,
    (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('fr-FR'),
  );
}

/** True when the text has at least one letter: "-", "?" or "123" are not names. */
export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

/**
 * The key that matches a young person when the INE is missing on either side (docs/domain.md §2):
 * `searchKey(last name)|searchKey(first given name)|birth date`. Only the first given name counts
 * — the text before the first space or comma, a hyphenated name staying whole — so that
 * "Léa Marie" on a signal matches "Léa" on a SIEI list while "Marie-Ange" never matches "Marie".
 * Case, accents, stray spaces and punctuation do not count ("  collin " = "COLLIN").
 */
export function matchKeyOf(lastName: string, firstNames: string, birthDate: string): string {
  return `${searchKey(lastName)}|${firstGivenKey(firstNames)}|${birthDate}`;
}

/** The first-name part of matchKeyOf: searchKey of the first given name. */
export function firstGivenKey(firstNames: string): string {
  return searchKey(cleanText(firstNames).split(/[\s,;]+/u)[0] ?? '');
}

/** INE (identifiant national élève): 11 letters or digits once spaces are removed, upper-cased. */
export const INE_PATTERN = /^[0-9A-Z]{11}$/;

export function normaliseIne(raw: string): string {
  return raw.replace(/\s+/gu, '').toUpperCase();
}

/** UAI (code of a school): 7 letters or digits then a check letter, e.g. 0180035R. */
export const UAI_PATTERN = /^[0-9A-Z]{7}[A-Z]$/;

const PLAIN_PHONE = /^0[1-9](?:[ .]?\d\d){4}$/;

/**
 * A phone number as digits: "06 60 75 98 38", "06.60.75.98.38" → "0660759838"; "+33 6 60 75 98 38",
 * "0033 6…", "+33 (0)6…" → "+33660759838"; nine digits starting 1–9 (a spreadsheet dropped the
 * leading zero of a number typed as a figure) get it back. Null when it does not look like a number.
 */
export function normalisePhone(raw: string): string | null {
  // The usual way it is written ("0612345678", "06 12 34 56 78", "06.12.34.56.78"): only spaces or dots to drop.
  if (PLAIN_PHONE.test(raw)) return raw.length === 10 ? raw : raw.replace(/[ .]/g, '');
  let value = raw
    .replace(/[\s.\-/]/gu, '')
    .replace(/\(0\)/g, '')
    .replace(/[()]/g, '');
  if (value.startsWith('00')) value = `+${value.slice(2)}`;
  if (value.startsWith('+330')) value = `+33${value.slice(4)}`;
  if (/^[1-9]\d{8}$/.test(value)) value = `0${value}`;
  if (/^0\d{9}$/.test(value) || /^\+\d{8,15}$/.test(value)) return value;
  return null;
}

const emailSchema = z.email();

/** An e-mail address, lower-cased; null when it is not one. */
export function normaliseEmail(raw: string): string | null {
  const value = raw.replace(/\s+/gu, '').toLowerCase();
  return emailSchema.safeParse(value).success ? value : null;
}

/** Five digits; four digits get their leading zero back (a spreadsheet read "01000" as a number). */
export function normalisePostalCode(raw: string): string | null {
  const value = raw.replace(/\s+/gu, '');
  if (/^\d{5}$/.test(value)) return value;
  if (/^\d{4}$/.test(value)) return `0${value}`;
  return null;
}

const SEXES: Record<string, 'M' | 'F'> = {
  m: 'M',
  h: 'M',
  g: 'M',
  '1': 'M',
  masculin: 'M',
  homme: 'M',
  garcon: 'M',
  f: 'F',
  '2': 'F',
  feminin: 'F',
  femme: 'F',
  fille: 'F',
};

/** M or F from the usual spellings (M/F, H, masculin/féminin, homme/femme, garçon/fille, 1/2). */
export function normaliseSex(raw: string): 'M' | 'F' | null {
  return SEXES[searchKey(raw)] ?? null;
}
