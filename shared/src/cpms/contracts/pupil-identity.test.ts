import { describe, expect, it } from 'vitest';
import { findPupilIdentity, hasRefusedIdentity, nationalNumberChecks } from './pupil-identity.js';

const kinds = (text: string) => findPupilIdentity(text, 2026).map((f) => f.kind);

describe('pupil identity in an exchange log', () => {
  it.each<[string, string[]]>([
    // national numbers (registre national)
    ['NN 08.03.15-123.45 transmis', ['NATIONAL_NUMBER']],
    ['numéro 08031512345', ['NATIONAL_NUMBER']],
    ['08 03 15 123 45', ['NATIONAL_NUMBER']],
    ['08.03.15-123-45', ['NATIONAL_NUMBER']],
    // dates of birth
    ['élève né le 12/03/2014, suivi proposé', ['BIRTH_DATE']],
    ['née le 3 mars 2012', ['BIRTH_DATE']],
    ['DDN : 2011-09-30', ['BIRTH_DATE']],
    ['date de naissance 01.02.1985', ['BIRTH_DATE']],
    ['un enfant du 14/02/2016', ['BIRTH_DATE']],
    // meeting dates are no birth dates
    ['réunion du 12/03/2026 : accord sur le calendrier', []],
    ['prochaine concertation le 5 mai 2027', []],
    // names: a warning only
    ['Discussion avec Marie Dupont sur la classe de 3e', ['NAME']],
    ['Cas de Lucas MARTIN évoqué', ['NAME']],
    ['Jean-Pierre Lambert absent', ['NAME']],
    // no names: institutions, places, titles
    ['Centre PMS de Liège et Athénée Royal', []],
    ['Madame Laurent a présenté le plan', []],
    ['Accord sur le plan de pilotage, objectif absentéisme', []],
    ['Réunion Lundi avec la Direction', []],
    // short digit runs are not national numbers
    ['taux de 12,5 % et 2026-2027', []],
    ['téléphone 04 223 45 67', []],
  ])('%s → %o', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('checks a national number by its check digits (born before or after 2000)', () => {
    const base = '850315123';
    const check = String(97 - (Number(base) % 97)).padStart(2, '0');
    expect(nationalNumberChecks(base + check)).toBe(true);
    const base2 = '080315123';
    const check2 = String(97 - (Number(`2${base2}`) % 97)).padStart(2, '0');
    expect(nationalNumberChecks(base2 + check2)).toBe(true);
    expect(nationalNumberChecks('12345')).toBe(false);
  });

  it('refuses numbers and dates, warns on names', () => {
    expect(hasRefusedIdentity(findPupilIdentity('Marie Dupont', 2026))).toBe(false);
    expect(hasRefusedIdentity(findPupilIdentity('né le 1/2/2015', 2026))).toBe(true);
  });
});
