/** What reading a SIEI list gives (parse.ts), and how much of the file the preview keeps. */
import type { ListEncoding } from './decode.js';

export interface SieiRow {
  /** Physical line in the file (header = 1). */
  line: number;
  ine: string | null;
  lastName: string;
  firstNames: string;
  /** yyyy-mm-dd */
  birthDate: string;
  sex: 'M' | 'F' | null;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  /** Digits: 0763170669, or +33… for a number written internationally. */
  phone: string | null;
  email: string | null;
  lastSchoolUai: string | null;
  lastFormation: string | null;
  /** yyyy-mm-dd */
  schoolExitDate: string | null;
  highestDiploma: string | null;
  /** searchKey(last name)|searchKey(first given name)|birth date — see matchKeyOf. */
  matchKey: string;
}

export interface RejectedRow {
  line: number;
  /** French, names the column and why: "Nom manquant", "Date de naissance invalide : 31/02/2008". */
  reason: string;
}

export interface RowWarning {
  line: number;
  /** French: what was dropped or looks out of place, the row is imported anyway. */
  reason: string;
}

export interface DuplicateInFile {
  line: number;
  sameAsLine: number;
  /** Same INE, or same last name, first name and birth date with the INE missing on either row. */
  matchedOn: 'ine' | 'identity';
}

/** The fields a referent checks a row by, as the row was read (names normalised, birth date yyyy-mm-dd). */
export interface KeyFields {
  ine: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
}

/** One of the first duplicates, with what lets the referent check it: the later row's key fields and the kept row's. */
export interface DuplicateDetail extends DuplicateInFile, KeyFields {
  /** The row kept, as it was when this duplicate was read (before the duplicate filled its gaps). */
  first: KeyFields;
}

/** What became of a row of the file. MERGED (matched to a known young person) is the import service's to say. */
export type RowOutcome = 'ACCEPTED' | 'REJECTED' | 'DUPLICATE';

/** One of the first data rows of the file: every cell as read (decoded, untrimmed), and its outcome. */
export interface SampleRow {
  line: number;
  cells: string[];
  outcome: RowOutcome;
  /** The rejection reason, or the line a duplicate repeats. */
  note: string | null;
}

/** The record of a rejected row as read from the file (decoded), for the rejected-lines CSV. */
export interface RejectedOriginal {
  line: number;
  original: string;
}

export interface ParsedList {
  rows: SieiRow[];
  rejected: RejectedRow[];
  duplicatesInFile: DuplicateInFile[];
  warnings: RowWarning[];
  /** Data rows read (blank lines excepted): rows + rejected + duplicatesInFile. */
  total: number;
  /** The header line's cells as read (at most SAMPLE_COLUMNS, each cut at SAMPLE_CELL_CHARS). */
  header: string[];
  /** The first SAMPLE_ROWS data rows, every cell as read (same bounds). */
  sample: SampleRow[];
  /** The first LISTED_DUPLICATES duplicates with their key fields. */
  duplicateDetails: DuplicateDetail[];
  /** The record of each of the first ORIGINALS_KEPT rejected rows, cut at ORIGINAL_CHARS. */
  rejectedOriginals: RejectedOriginal[];
  encoding: ListEncoding;
  separator: ';' | ',' | '\t';
}

export interface ParseOptions {
  /** The import day: ages are computed on its calendar day in France. */
  importDate: Date;
}

/** How much of the file the preview keeps to show (bounded whatever the file's size). */
export const SAMPLE_ROWS = 20;
export const SAMPLE_COLUMNS = 50;
export const SAMPLE_CELL_CHARS = 200;
export const LISTED_DUPLICATES = 50;
/** How many rejected rows keep their record for the CSV, and how much of it. */
export const ORIGINALS_KEPT = 10_000;
export const ORIGINAL_CHARS = 2_000;
