import { searchKey } from '@maillage/shared';

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
}

export const COLUMNS: Record<SieiField, ColumnSpec> = {
  ine: { label: 'INE', required: false, aliases: ['N° INE', 'Numéro INE', 'INE élève', 'Identifiant national élève'] },
  lastName: {
    label: 'Nom',
    required: true,
    aliases: ['Nom de famille', 'Nom élève', 'Nom du jeune', 'Nom de naissance'],
  },
  firstNames: {
    label: 'Prénom',
    required: true,
    aliases: ['Prénoms', 'Prénom 1', 'Premier prénom', 'Prénom élève', 'Prénom du jeune'],
  },
  birthDate: {
    label: 'Date de naissance',
    required: true,
    aliases: ['Date naissance', 'Né le', 'Né(e) le', 'Naissance', 'DDN'],
  },
  sex: { label: 'Sexe', required: false, aliases: ['Genre'] },
  address: { label: 'Adresse', required: false, aliases: ['Adresse postale'] },
  postalCode: { label: 'Code postal', required: false, aliases: ['CP'] },
  commune: { label: 'Commune', required: false, aliases: ['Ville', 'Localité'] },
  phone: {
    label: 'Téléphone',
    required: false,
    aliases: ['Tél', 'Tel', 'Téléphone portable', 'Téléphone mobile', 'Portable', 'Mobile'],
  },
  email: {
    label: 'Courriel',
    required: false,
    aliases: ['E-mail', 'Email', 'Mail', 'Adresse électronique', 'Adresse mail'],
  },
  lastSchoolUai: {
    label: "UAI établissement d'origine",
    required: false,
    aliases: ['UAI', 'Code UAI', 'UAI établissement', 'RNE'],
  },
  lastFormation: { label: 'Dernière formation', required: false, aliases: ['Formation', 'Dernière classe'] },
  schoolExitDate: { label: 'Date de sortie', required: false, aliases: ['Date sortie', 'Date de sortie de formation'] },
  highestDiploma: {
    label: 'Diplôme le plus élevé',
    required: false,
    aliases: ['Diplôme', 'Plus haut diplôme', 'Diplôme obtenu'],
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
