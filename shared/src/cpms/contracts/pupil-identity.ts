/**
 * What an exchange log must never hold: a pupil's identity (issue 19). A name from the school's list is not
 * known here, so the check looks for shapes: a date of birth and a Belgian national number (registre
 * national, NN: 11 digits, often written YY.MM.DD-XXX.CC) are refused; a capitalised first-last name pair
 * is only a warning, that the writer confirms (a colleague's or a service's name is legitimate).
 */

export type PupilIdentityFinding =
  { kind: 'NATIONAL_NUMBER'; match: string } | { kind: 'BIRTH_DATE'; match: string } | { kind: 'NAME'; match: string };

export const PUPIL_IDENTITY_MESSAGES = {
  NATIONAL_NUMBER: 'ressemble à un numéro de registre national : aucune identité d’élève dans le journal',
  BIRTH_DATE: 'ressemble à une date de naissance : aucune identité d’élève dans le journal',
  NAME: 'contient ce qui ressemble à un prénom et un nom : confirmez qu’il ne s’agit pas d’un élève',
} as const;

/** 11 digits, written together or as YY.MM.DD-XXX.CC (any of . - / or space between the groups). */
const NATIONAL_NUMBER = /(?<!\d)(\d{2})[.\-/ ]?(\d{2})[.\-/ ]?(\d{2})[.\-/ ]?(\d{3})[.\-/ ]?(\d{2})(?!\d)/g;

/** Whether the 11 digits carry a valid national-number check (97 − (first 9 mod 97), born before or after 2000). */
export function nationalNumberChecks(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - (Number(base) % 97) === check || 97 - (Number(`2${base}`) % 97) === check;
}

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
/** A day with a plausible birth year (1990 onwards: a pupil), numeric or with the month's French name. */
const NUMERIC_DATE = /(?<!\d)(0?[1-9]|[12]\d|3[01])[./-](0?[1-9]|1[0-2])[./-]((?:19|20)\d{2})(?!\d)/g;
const ISO_DATE = /(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/g;
const WORDED_DATE = new RegExp(`(?<!\\d)(1er|[12]?\\d|3[01])\\s+(${MONTHS})\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
/** Words announcing a birth, before a date (« né le », « née en », « date de naissance », « DDN »). */
const BIRTH_WORDS = /\b(n[ée]e?s?\s+(le|en)|naissance|ddn|date\s+de\s+naiss)/iu;

/** A date is a birth date when announced as one, or when its year makes a pupil's age (3 to 25). */
function looksLikeBirthDate(year: number, before: string, currentYear: number): boolean {
  if (BIRTH_WORDS.test(before.slice(-30))) return true;
  const age = currentYear - year;
  return age >= 3 && age <= 25;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/** Two capitalised words in a row (or « Prénom NOM »), not at a sentence's start only. */
const NAME_PAIR = new RegExp(
  `(?<![\\p{L}])(${NAME_WORD})\\s+(${NAME_WORD}|\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)(?![\\p{L}])`,
  'gu',
);
/** Capitalised words that are no first names (places, days, months, institutions, common openings). */
const NOT_NAMES = new Set(
  (
    'Centre Centres Pms Cpms École Ecole Athénée Lycée Institut Collège Fédération Wallonie Bruxelles Liège Seraing ' +
    'Herstal Namur Charleroi Mons Direction Directeur Directrice Monsieur Madame Mme Mlle Dr Docteur Professeur ' +
    'Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août ' +
    'Septembre Octobre Novembre Décembre Plan Pilotage Contrat Conseil Classe Réunion Le La Les Un Une Des Du De ' +
    'Au Aux Ce Cette Ces Nous Vous Il Elle Ils Elles On En Et Pour Par Sur Avec Sans Dans Suite Objet Point Points ' +
    'Service Services Cellule Équipe Equipe Commission Délégué Déléguée Dco Aide Jeunesse Sas Saj Spj Ccsp Pse ' +
    'Zone Région Ville Commune Province Royal Royale Fondamentale Secondaire Primaire Maternelle Rue Place Avenue'
  ).split(' '),
);

function nameFindings(text: string): PupilIdentityFinding[] {
  const out: PupilIdentityFinding[] = [];
  for (const m of text.matchAll(NAME_PAIR)) {
    const [whole, first, last] = m as unknown as [string, string, string];
    if (NOT_NAMES.has(first) || NOT_NAMES.has(last.charAt(0) + last.slice(1).toLowerCase())) continue;
    out.push({ kind: 'NAME', match: whole });
  }
  return out;
}

/**
 * The shapes of a pupil's identity found in a text: national numbers and birth dates (refused), name pairs
 * (a warning). `currentYear` sets the ages a date's year would make (tests pin it).
 */
export function findPupilIdentity(text: string, currentYear = new Date().getFullYear()): PupilIdentityFinding[] {
  const out: PupilIdentityFinding[] = [];
  for (const m of text.matchAll(NATIONAL_NUMBER)) {
    const digits = m.slice(1, 6).join('');
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6));
    // Every 11-digit run is refused when its date part is a date or when its check digits hold.
    if (nationalNumberChecks(digits) || (month <= 12 && day <= 31)) out.push({ kind: 'NATIONAL_NUMBER', match: m[0] });
  }
  const masked = text.replace(NATIONAL_NUMBER, (s) => ' '.repeat(s.length));
  for (const re of [NUMERIC_DATE, ISO_DATE, WORDED_DATE]) {
    for (const m of masked.matchAll(re)) {
      const year = Number(re === ISO_DATE ? m[1] : m[3]);
      if (looksLikeBirthDate(year, masked.slice(0, m.index), currentYear))
        out.push({ kind: 'BIRTH_DATE', match: m[0] });
    }
  }
  out.push(...nameFindings(masked));
  return out;
}

/** Whether the findings include one the server refuses (not a mere warning). */
export const hasRefusedIdentity = (findings: readonly PupilIdentityFinding[]) =>
  findings.some((f) => f.kind !== 'NAME');
