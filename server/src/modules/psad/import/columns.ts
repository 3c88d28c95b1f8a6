import { psad, searchKey } from '@maillage/shared';

/** The fields a SIEI list row can fill. */
export type SieiField =
  | 'ine'
  | 'lastName'
  | 'firstNames'
  | 'birthDate'
  | 'sex'
  | 'address'
  | 'postalCode'
  | 'commune'
  | 'phone'
  | 'email'
  | 'lastSchoolUai'
  | 'lastFormation'
  | 'schoolExitDate'
  | 'highestDiploma';

interface ColumnSpec {
  /** The header of the SIEI export, used in messages. */
  label: string;
  required: boolean;
  /** Other headers seen in lists retyped or re-exported by hand (the label is always accepted). */
  aliases: string[];
  /**
   * The longest value taken, in characters once spaces are cleaned: a longer one rejects its line. The
   * signal form's for the texts (shared/src/psad/schemas.ts); a code or a date is far shorter than CODE_MAX.
   */
  max: number;
}

/** An INE, a UAI, a postal code, a sex or a date, however written, is shorter than this. */
const CODE_MAX = 50;
const MAX = psad.YOUNG_PERSON_MAX;

export const COLUMNS: Record<SieiField, ColumnSpec> = {
  ine: {
    label: 'INE',
    required: false,
    aliases: ['N° INE', 'Numéro INE', 'INE élève', 'Identifiant national élève'],
    max: CODE_MAX,
  },
  lastName: {
    label: 'Nom',
    required: true,
    aliases: ['Nom de famille', 'Nom élève', 'Nom du jeune', 'Nom de naissance'],
    max: MAX.lastName,
  },
  firstNames: {
    label: 'Prénom',
    required: true,
    aliases: ['Prénoms', 'Prénom 1', 'Premier prénom', 'Prénom élève', 'Prénom du jeune'],
    max: MAX.firstNames,
  },
  birthDate: {
    label: 'Date de naissance',
    required: true,
    aliases: ['Date naissance', 'Né le', 'Né(e) le', 'Naissance', 'DDN'],
    max: CODE_MAX,
  },
  sex: { label: 'Sexe', required: false, aliases: ['Genre'], max: CODE_MAX },
  address: { label: 'Adresse', required: false, aliases: ['Adresse postale'], max: MAX.address },
  postalCode: { label: 'Code postal', required: false, aliases: ['CP'], max: CODE_MAX },
  commune: { label: 'Commune', required: false, aliases: ['Ville', 'Localité'], max: MAX.commune },
  phone: {
    label: 'Téléphone',
    required: false,
    aliases: ['Tél', 'Tel', 'Téléphone portable', 'Téléphone mobile', 'Portable', 'Mobile'],
    max: MAX.phone,
  },
  email: {
    label: 'Courriel',
    required: false,
    aliases: ['E-mail', 'Email', 'Mail', 'Adresse électronique', 'Adresse mail'],
    max: MAX.email,
  },
  lastSchoolUai: {
    label: "UAI établissement d'origine",
    required: false,
    aliases: ['UAI', 'Code UAI', 'UAI établissement', 'RNE'],
    max: CODE_MAX,
  },
  lastFormation: {
    label: 'Dernière formation',
    required: false,
    aliases: ['Formation', 'Dernière classe'],
    max: MAX.lastFormation,
  },
  schoolExitDate: {
    label: 'Date de sortie',
    required: false,
    aliases: ['Date sortie', 'Date de sortie de formation'],
    max: CODE_MAX,
  },
  highestDiploma: {
    label: 'Diplôme le plus élevé',
    required: false,
    aliases: ['Diplôme', 'Plus haut diplôme', 'Diplôme obtenu'],
    max: MAX.highestDiploma,
  },
};

/**
 * How headers are compared: case, accents, spaces and punctuation do not count, so that
 * "Date de naissance", "DATE DE NAISSANCE", "date_de_naissance" and "DateDeNaissance" are one header.
 */
export function headerKey(header: string): string {
  return searchKey(header).replace(/ /g, '');
}

const FIELD_BY_HEADER = new Map<string, SieiField>();
for (const [field, spec] of Object.entries(COLUMNS) as [SieiField, ColumnSpec][]) {
  for (const header of [spec.label, ...spec.aliases]) FIELD_BY_HEADER.set(headerKey(header), field);
}

export type ColumnIndex = Partial<Record<SieiField, number>>;

/**
 * Finds each field's column in the header. Unknown columns are ignored; when two columns name the
 * same field, the leftmost wins. Returns the labels of the required columns that are missing.
 */
export function mapColumns(header: readonly string[]): { index: ColumnIndex; missing: string[] } {
  const index: ColumnIndex = {};
  header.forEach((cell, i) => {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (field !== undefined && index[field] === undefined) index[field] = i;
  });
  const missing = (Object.entries(COLUMNS) as [SieiField, ColumnSpec][])
    .filter(([field, spec]) => spec.required && index[field] === undefined)
    .map(([, spec]) => spec.label);
  return { index, missing };
}
