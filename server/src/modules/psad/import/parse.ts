/**
 * Reading a SIEI campaign list (DOMAIN.md §2 "Repérage", issue 3): pure, no database. The file
 * becomes accepted rows, rejected rows (line and reason), duplicates within the file and warnings;
 * matching against the young people already known and writing are the import service's job.
 *
 * Decisions, for the preview a referent reads:
 * - Encoding: valid UTF-8 (BOM or not) is UTF-8, anything else Windows-1252. Separator: `;`, `,`
 *   or tab, whichever the header line uses most (outside quotes). Line ends: CRLF, LF or CR.
 * - Headers are matched ignoring case, accents, spaces and punctuation, with a few usual synonyms
 *   (columns.ts). Nom, Prénom and Date de naissance are required; other columns are optional and
 *   unknown ones ignored.
 * - Line numbers are physical lines of the file, the header being line 1 (a quoted cell spanning
 *   lines counts them all). Blank lines, and lines whose cells are all empty (`;;;;` left by a
 *   spreadsheet), are not rows: they are skipped and not counted in `total`.
 * - Every cell is trimmed with inner runs of spaces collapsed. Last name upper-cased with accents
 *   kept ("ANDRÉ"); first names keep the writer's spelling, each given name capitalised, and a
 *   value typed all lower or all upper case put in lower case first ("JEAN-BAPTISTE" → "Jean-Baptiste").
 * - Rejected (the row is not imported; all problems of the row in one reason, joined by " ; "):
 *   last name or first name missing or without any letter, birth date missing, not a real date
 *   in `dd/mm/yyyy` or `yyyy-mm-dd`, after the import date, or the person under 16 on the import
 *   day (the day in France; born 29 February: 16 on 1 March of a common year).
 * - Kept with a warning, the faulty value dropped (null): an INE that is not 11 letters/digits
 *   (the person is still in the public; a wrong INE would match or collide with someone else, the
 *   identity match still works), an unrecognised sex, phone, e-mail, postal code, UAI or exit
 *   date. Also warned: a person over 25 on the import day (out of the public, DOMAIN.md HORS_CHAMP),
 *   and a duplicate by INE whose name or birth date differs from the first row.
 * - Duplicates within the file: same INE, or same matchKey when the INE is missing on either row
 *   (two different INEs are two people). The first row is kept; the later one is reported in
 *   `duplicatesInFile` and only fills what the first lacked (INE, sex, phone, e-mail, school
 *   fields; the address as a whole block), so nothing typed twice is lost and nothing is overwritten.
 * - `total` = data rows read = rows + rejected + duplicatesInFile.
 */
import { finished } from 'node:stream/promises';
import { CsvError, parse as parseStream, type Options as CsvOptions } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { mapColumns, type ColumnIndex, type SieiField } from './columns.js';
import { decodeList, type ListEncoding } from './decode.js';
import { ListFormatError } from './errors.js';
import {
  anniversary,
  cleanText,
  dayInFrance,
  firstNamesCase,
  frenchDate,
  hasLetter,
  INE_PATTERN,
  lastNameCase,
  matchKeyOf,
  normaliseEmail,
  normaliseIne,
  normalisePhone,
  normalisePostalCode,
  normaliseSex,
  parseDate,
  textOrNull,
  UAI_PATTERN,
} from './normalise.js';

export { ListFormatError } from './errors.js';
export { matchKeyOf } from './normalise.js';

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

export interface ParsedList {
  rows: SieiRow[];
  rejected: RejectedRow[];
  duplicatesInFile: DuplicateInFile[];
  warnings: RowWarning[];
  /** Data rows read (blank lines excepted): rows + rejected + duplicatesInFile. */
  total: number;
  encoding: ListEncoding;
  separator: ';' | ',' | '\t';
}

export interface ParseOptions {
  /** The import day: ages are computed on its calendar day in France. */
  importDate: Date;
}

/** Reads a SIEI list in one go. Throws ListFormatError when the file is not a list at all. */
export function parseSieiList(input: Buffer, options: ParseOptions): ParsedList {
  const { bytes, encoding } = decodeList(input);
  const separator = detectSeparator(firstLineOf(bytes));
  const records = new RecordSink(options);
  try {
    parse(bytes, csvOptions(separator, records));
  } catch (error) {
    throw listFormatErrorOf(error);
  }
  return records.result(encoding, separator);
}

/** Bytes of the file handed to the CSV reader between two turns of the event loop (about 15 ms of reading). */
const SLICE_BYTES = 64 * 1024;

/**
 * The same reading as parseSieiList, a slice of the file at a time with a turn of the event loop
 * in between: reading 100,000 rows takes seconds of CPU, during which the server would otherwise
 * answer no one else.
 */
export async function readSieiList(input: Buffer, options: ParseOptions): Promise<ParsedList> {
  const { bytes, encoding } = decodeList(input);
  const separator = detectSeparator(firstLineOf(bytes));
  const records = new RecordSink(options);
  const parser = parseStream(csvOptions(separator, records));
  let failure: unknown = null;
  parser.on('error', (error) => (failure ??= error));
  // on_record keeps every record out of the stream: nothing to read, but the readable side must flow to end.
  parser.resume();
  for (let at = 0; at < bytes.length && failure === null; at += SLICE_BYTES) {
    parser.write(bytes.subarray(at, at + SLICE_BYTES));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (failure === null) {
    parser.end();
    await finished(parser).catch((error: unknown) => (failure ??= error));
  } else parser.destroy();
  if (failure !== null) throw listFormatErrorOf(failure);
  return records.result(encoding, separator);
}

/**
 * Where csv-parse's records go: the header makes the reader, each later record is read as it comes
 * and then dropped (no array of every cell of the file).
 */
class RecordSink {
  private list: SieiListReader | null = null;
  // csv-parse reports the physical line a record ends on, but counts a CRLF inside a quoted cell
  // as two lines, and carries that over to the records after it.
  private overcount = 0;

  constructor(private readonly options: ParseOptions) {}

  take(cells: string[], lines: number): void {
    this.overcount += crlfIn(cells);
    const start = lines - this.overcount - lineBreaksIn(cells);
    if (cells.every((cell) => cell.trim() === '')) return;
    if (this.list === null) this.list = new SieiListReader(cells, this.options);
    else this.list.read(cells, start);
  }

  result(encoding: ListEncoding, separator: ParsedList['separator']): ParsedList {
    if (this.list === null) throw new ListFormatError('Le fichier est vide.');
    return { ...this.list.result(), encoding, separator };
  }
}

const SEPARATORS = [';', ',', '\t'] as const;

/** The start of the file as text, enough for its header line (a header is never this long). */
const firstLineOf = (bytes: Buffer) => bytes.subarray(0, 64 * 1024).toString('utf8');

/** The separator the header line uses most, quoted text aside; `;` when it has none (one column). */
function detectSeparator(text: string): ParsedList['separator'] {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let i = 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  for (; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  return SEPARATORS.reduce((best, sep) => (counts[sep] > counts[best] ? sep : best), SEPARATORS[0]);
}

/**
 * Blank lines are skipped by csv-parse itself: keeping them cost seconds for a file padded with
 * 200k of them. `lines` still tells each record's physical line. Returning null from on_record keeps
 * the record out of csv-parse's output.
 */
function csvOptions(separator: string, records: RecordSink): CsvOptions {
  return {
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    on_record: (record: string[], context: { lines: number }) => {
      records.take(record, context.lines);
      return null;
    },
  };
}

/** A reading failure as the referent is told it: csv-parse's errors in French, ours as they are. */
function listFormatErrorOf(error: unknown): unknown {
  if (error instanceof CsvError) {
    const where = typeof error.lines === 'number' ? ` vers la ligne ${error.lines}` : '';
    const what = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'un guillemet ouvert n’est jamais fermé' : 'guillemets mal placés';
    return new ListFormatError(`Le fichier ne peut pas être lu comme une liste CSV${where} : ${what}.`);
  }
  return error;
}

function crlfIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.includes('\r\n')) count += cell.split('\r\n').length - 1;
  return count;
}

/** Line breaks inside quoted cells: the record spans that many more physical lines. */
function lineBreaksIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

/**
 * Reads rows one at a time once the header is known, so that a streaming reader can feed it
 * records as they come; memory and time are linear in the number of rows.
 */
class SieiListReader {
  private readonly index: ColumnIndex;
  private readonly today: string;
  private readonly rows: SieiRow[] = [];
  private readonly rejected: RejectedRow[] = [];
  private readonly duplicates: DuplicateInFile[] = [];
  private readonly warnings: RowWarning[] = [];
  private readonly byIne = new Map<string, SieiRow>();
  private readonly byMatchKey = new Map<string, SieiRow[]>();
  private total = 0;

  constructor(header: string[], options: ParseOptions) {
    const { index, missing } = mapColumns(header);
    if (missing.length > 0) throw missingColumnsError(header, missing);
    this.index = index;
    this.today = dayInFrance(options.importDate);
  }

  read(cells: string[], line: number): void {
    this.total += 1;
    const get = (field: SieiField) => {
      const i = this.index[field];
      return i === undefined ? '' : cleanText(cells[i] ?? '');
    };

    const problems: string[] = [];
    const lastName = get('lastName');
    const firstNames = get('firstNames');
    if (lastName === '') problems.push('Nom manquant');
    else if (!hasLetter(lastName)) problems.push(`Nom invalide : ${lastName}`);
    if (firstNames === '') problems.push('Prénom manquant');
    else if (!hasLetter(firstNames)) problems.push(`Prénom invalide : ${firstNames}`);
    const birthText = get('birthDate');
    const birthDate = parseDate(birthText);
    if (birthText === '') problems.push('Date de naissance manquante');
    else if (birthDate === null) problems.push(`Date de naissance invalide : ${birthText}`);
    else if (birthDate > this.today) problems.push(`Date de naissance postérieure à la date d'import : ${birthText}`);
    else if (anniversary(birthDate, 16) > this.today) {
      problems.push(`Moins de 16 ans à la date d'import (16 ans le ${frenchDate(anniversary(birthDate, 16))})`);
    }
    if (problems.length > 0 || birthDate === null) {
      this.rejected.push({ line, reason: problems.join(' ; ') });
      return;
    }

    const warn = (reason: string) => this.warnings.push({ line, reason });
    const checked = <T>(field: SieiField, label: string, normalise: (raw: string) => T | null): T | null => {
      const raw = get(field);
      if (raw === '') return null;
      const value = normalise(raw);
      if (value === null) warn(`${label} invalide, ignoré : ${raw}`);
      return value;
    };

    const ine = checked('ine', 'INE', (raw) => {
      const value = normaliseIne(raw);
      return INE_PATTERN.test(value) ? value : null;
    });
    const exitText = get('schoolExitDate');
    const schoolExitDate = exitText === '' ? null : parseDate(exitText);
    if (exitText !== '' && schoolExitDate === null) warn(`Date de sortie invalide, ignorée : ${exitText}`);
    if (anniversary(birthDate, 26) <= this.today) warn(`Plus de 25 ans à la date d'import (né(e) le ${frenchDate(birthDate)})`);

    const row: SieiRow = {
      line,
      ine,
      lastName: lastNameCase(lastName),
      firstNames: firstNamesCase(firstNames),
      birthDate,
      sex: checked('sex', 'Sexe', normaliseSex),
      address: textOrNull(get('address')),
      postalCode: checked('postalCode', 'Code postal', normalisePostalCode),
      commune: textOrNull(get('commune')),
      phone: checked('phone', 'Téléphone', normalisePhone),
      email: checked('email', 'Courriel', normaliseEmail),
      lastSchoolUai: checked('lastSchoolUai', 'UAI', (raw) => {
        const value = raw.replace(/\s+/gu, '').toUpperCase();
        return UAI_PATTERN.test(value) ? value : null;
      }),
      lastFormation: textOrNull(get('lastFormation')),
      schoolExitDate,
      highestDiploma: textOrNull(get('highestDiploma'))?.toLocaleUpperCase('fr-FR') ?? null,
      matchKey: matchKeyOf(lastName, firstNames, birthDate),
    };

    const first = this.sameAs(row);
    if (first === null) {
      this.rows.push(row);
      if (row.ine !== null) this.byIne.set(row.ine, row);
      const sameKey = this.byMatchKey.get(row.matchKey);
      if (sameKey) sameKey.push(row);
      else this.byMatchKey.set(row.matchKey, [row]);
      return;
    }
    const matchedOn = row.ine !== null && first.ine === row.ine ? 'ine' : 'identity';
    this.duplicates.push({ line, sameAsLine: first.line, matchedOn });
    if (matchedOn === 'ine' && first.matchKey !== row.matchKey) {
      warn(`Même INE que la ligne ${first.line} mais nom, prénom ou date de naissance différents`);
    }
    this.fillGaps(first, row);
  }

  /** The earlier row for the same person: same INE, else same matchKey with the INE missing on either. */
  private sameAs(row: SieiRow): SieiRow | null {
    if (row.ine !== null) {
      const byIne = this.byIne.get(row.ine);
      if (byIne) return byIne;
    }
    const candidates = this.byMatchKey.get(row.matchKey) ?? [];
    return candidates.find((c) => c.ine === null || row.ine === null) ?? null;
  }

  /** What the later row knows and the first did not; the first row's values always win. */
  private fillGaps(first: SieiRow, later: SieiRow): void {
    if (first.ine === null && later.ine !== null) {
      first.ine = later.ine;
      this.byIne.set(later.ine, first);
    }
    const fields = ['sex', 'phone', 'email', 'lastSchoolUai', 'lastFormation', 'schoolExitDate', 'highestDiploma'] as const;
    for (const field of fields) fillField(first, later, field);
    // An address is one block: mixing a street of one row with the commune of another helps no one.
    if (first.address === null && first.postalCode === null && first.commune === null) {
      first.address = later.address;
      first.postalCode = later.postalCode;
      first.commune = later.commune;
    }
  }

  result(): Omit<ParsedList, 'encoding' | 'separator'> {
    return { rows: this.rows, rejected: this.rejected, duplicatesInFile: this.duplicates, warnings: this.warnings, total: this.total };
  }
}

function fillField<K extends keyof SieiRow>(first: SieiRow, later: SieiRow, field: K): void {
  if (first[field] === null) first[field] = later[field];
}

function missingColumnsError(header: string[], missing: string[]): ListFormatError {
  const found = header.map((h) => cleanText(h)).filter((h) => h !== '');
  const plural = missing.length > 1;
  let message = `${plural ? 'Colonnes obligatoires manquantes' : 'Colonne obligatoire manquante'} : ${missing.join(', ')}.`;
  if (found.length <= 1) {
    message += ` La première ligne ne contient qu'une colonne${found[0] ? ` (« ${found[0].slice(0, 80)} »)` : ''} : le séparateur doit être le point-virgule ou la virgule, et la première ligne doit porter les en-têtes.`;
  } else {
    const shown = found.slice(0, 20).join(', ');
    message += ` Colonnes trouvées : ${shown}${found.length > 20 ? '…' : ''}.`;
  }
  return new ListFormatError(message, missing);
}
