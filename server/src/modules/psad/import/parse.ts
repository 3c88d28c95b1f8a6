/**
 * Reading a SIEI campaign list (docs/domain.md §2 "Repérage", issue 3): pure, no database. The file
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
 *   date. Also warned: a person over 25 on the import day (out of the public, docs/domain.md HORS_CHAMP),
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
import { searchKey } from '@maillage/shared';
import { COLUMNS, mapColumns, type SieiField } from './columns.js';
import { decodeList, type ListEncoding } from './decode.js';
import { ListFormatError } from './errors.js';
import {
  anniversary,
  cleanText,
  dayInFrance,
  firstGivenKey,
  firstNamesCase,
  frenchDate,
  hasLetter,
  INE_PATTERN,
  lastNameCase,
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

/** Reads a SIEI list in one go. Throws ListFormatError when the file is not a list at all. */
export function parseSieiList(input: Buffer, options: ParseOptions): ParsedList {
  const { bytes, encoding } = decodeList(input);
  const separator = detectSeparator(firstLineOf(bytes));
  const records = new RecordSink(options, bytes);
  if (!bytes.includes(QUOTE)) new UnquotedLines(bytes, separator, records).readTo(bytes.length);
  else {
    try {
      parse(bytes, csvOptions(separator, records));
    } catch (error) {
      throw listFormatErrorOf(error);
    }
  }
  return records.result(encoding, separator);
}

/** Bytes of the file read between two turns of the event loop (a few ms of reading). */
const SLICE_BYTES = 64 * 1024;

/**
 * The same reading as parseSieiList, a slice of the file at a time with a turn of the event loop
 * in between: reading 100,000 rows takes a third of a second of CPU (a second with quoted cells),
 * during which the server would otherwise answer no one else.
 */
export async function readSieiList(input: Buffer, options: ParseOptions): Promise<ParsedList> {
  const { bytes, encoding } = decodeList(input);
  const separator = detectSeparator(firstLineOf(bytes));
  const records = new RecordSink(options, bytes);
  if (!bytes.includes(QUOTE)) {
    const lines = new UnquotedLines(bytes, separator, records);
    for (let at = SLICE_BYTES; !lines.done; at += SLICE_BYTES) {
      lines.readTo(at);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return records.result(encoding, separator);
  }
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

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A file without a single double quote (SIEI exports and most spreadsheets' CSV), read without
 * csv-parse, whose byte-by-byte reading was two thirds of the time spent on a list. With no quote
 * there is no quoted cell: a record is a line (ended by CRLF, LF or CR) and its cells are what lies
 * between separators, which is what csv-parse reads too with csvOptions — empty lines skipped but
 * counted, rows of any length, nothing trimmed. Line ends are found with Buffer's byte search and
 * each line is decoded apart: valid UTF-8 (decodeList) never has a line end or a separator inside a
 * character. parse.test.ts checks it against csv-parse (the same list with its header quoted).
 */
class UnquotedLines {
  private at = 0;
  private line = 1;
  /** Where the next LF and CR are, at or after `at`; -1 when there is none left. */
  private nextLf = -2;
  private nextCr = -2;

  constructor(
    private readonly bytes: Buffer,
    private readonly separator: string,
    private readonly records: RecordSink,
  ) {}

  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** Reads the lines that start before `limit`. */
  readTo(limit: number): void {
    const bytes = this.bytes;
    const length = bytes.length;
    while (this.at < limit && this.at < length) {
      if (this.nextLf !== -1 && this.nextLf < this.at) this.nextLf = bytes.indexOf(LF, this.at);
      if (this.nextCr !== -1 && this.nextCr < this.at) this.nextCr = bytes.indexOf(CR, this.at);
      let end: number;
      let next: number;
      if (this.nextCr === -1 || (this.nextLf !== -1 && this.nextLf < this.nextCr)) {
        end = this.nextLf === -1 ? length : this.nextLf;
        next = end + 1;
      } else {
        end = this.nextCr;
        next = bytes[end + 1] === LF ? end + 2 : end + 1;
      }
      if (end > this.at) this.records.takeAt(bytes.toString('utf8', this.at, end).split(this.separator), this.line, this.at, end);
      this.line += 1;
      this.at = next;
    }
  }
}

/**
 * Where the records go (csv-parse's, or UnquotedLines'): the header makes the reader, each later
 * record is read as it comes and then dropped (no array of every cell of the file).
 */
class RecordSink {
  private list: SieiListReader | null = null;
  // csv-parse reports the physical line a record ends on, but counts a CRLF inside a quoted cell
  // as two lines, and carries that over to the records after it.
  private overcount = 0;
  /** Where the previous csv-parse record ended (after its line end), in `bytes`. */
  private previousEnd = 0;

  constructor(
    private readonly options: ParseOptions,
    /** The decoded file (UTF-8): a record's bytes are read back from it only when the record is kept as read. */
    private readonly bytes: Buffer,
  ) {}

  /**
   * A record from csv-parse, `lines` being the line it ends on as csv-parse counts and `end` the
   * byte after its line end. It starts where the previous one ended, blank lines skipped.
   */
  take(cells: string[], lines: number, end: number): void {
    let start = this.previousEnd;
    this.previousEnd = end;
    while (start < end && (this.bytes[start] === LF || this.bytes[start] === CR)) start += 1;
    let stop = end;
    if (stop > start && this.bytes[stop - 1] === LF) stop -= 1;
    if (stop > start && this.bytes[stop - 1] === CR) stop -= 1;
    let breaks = 0;
    for (const cell of cells) {
      if (cell.includes('\n') || cell.includes('\r')) {
        const { all, crlf } = lineBreaksIn(cell);
        breaks += all;
        this.overcount += crlf;
      }
    }
    this.takeAt(cells, lines - this.overcount - breaks, start, stop);
  }

  /** A record starting on `line`, read from bytes[start, end) of the decoded file (its line end excluded). */
  takeAt(cells: string[], line: number, start: number, end: number): void {
    if (cells.every(isBlank)) return;
    if (this.list === null) this.list = new SieiListReader(cells, this.options, this.bytes);
    else this.list.read(cells, line, start, end);
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
    on_record: (record: string[], context: { lines: number; bytes: number }) => {
      records.take(record, context.lines, context.bytes);
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

const isBlank = (cell: string) => cell === '' || cell.trim() === '';

/** Line breaks in a cell (CRLF, CR or LF: each one line), and how many of them are CRLF. */
function lineBreaksIn(cell: string): { all: number; crlf: number } {
  let all = 0;
  let crlf = 0;
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell.charCodeAt(i);
    if (c === 0x0d) {
      all += 1;
      if (cell.charCodeAt(i + 1) === 0x0a) {
        crlf += 1;
        i += 1;
      }
    } else if (c === 0x0a) all += 1;
  }
  return { all, crlf };
}

/** How many distinct values of a column are remembered (then forgotten all at once and remembered anew). */
const MEMO_SIZE = 20_000;

/**
 * What a cell gives, computed once per distinct value: last names, first names, birth dates,
 * communes… repeat a lot in a list, and their casing, accents folding and date checks are the costly
 * part of reading a row. Bounded, so a column of all different values costs a few map operations.
 */
class Memo<T> {
  private readonly values = new Map<string, T>();
  private empty: { value: T } | undefined;

  constructor(private readonly compute: (raw: string) => T) {}

  get(raw: string): T {
    if (raw === '') return (this.empty ??= { value: this.compute(raw) }).value;
    let value = this.values.get(raw);
    if (value === undefined) {
      value = this.compute(raw);
      if (this.values.size >= MEMO_SIZE) this.values.clear();
      this.values.set(raw, value);
    }
    return value;
  }
}

/** A name cell: cleaned, why it is refused (null when it is not), written as stored, and its searchKey part. */
interface NameCell {
  text: string;
  problem: string | null;
  cased: string;
  key: string;
}

/** A birth date cell: the date, why the row is refused (null when it is not), the over-25 warning. */
interface BirthCell {
  date: string | null;
  problem: string | null;
  warning: string | null;
}

/** An optional cell checked by a normaliser: the cleaned text ('' when empty) and its value (null when empty or invalid). */
interface CheckedCell<T> {
  text: string;
  value: T | null;
}

function checkedCell<T>(normalise: (text: string) => T | null): (raw: string) => CheckedCell<T> {
  return (raw) => {
    const text = cleanText(raw);
    return { text, value: text === '' ? null : normalise(text) };
  };
}

const normaliseUai = (raw: string) => {
  const value = raw.replace(/\s+/gu, '').toUpperCase();
  return UAI_PATTERN.test(value) ? value : null;
};

/**
 * Reads rows one at a time once the header is known, so that a streaming reader can feed it
 * records as they come; memory and time are linear in the number of rows.
 */
class SieiListReader {
  /** Column of each field, -1 when the list has none. */
  private readonly columns: Record<SieiField, number>;
  private readonly today: string;
  private readonly rows: SieiRow[] = [];
  private readonly rejected: RejectedRow[] = [];
  private readonly duplicates: DuplicateInFile[] = [];
  private readonly warnings: RowWarning[] = [];
  private readonly header: string[];
  private readonly sample: SampleRow[] = [];
  private readonly duplicateDetails: DuplicateDetail[] = [];
  private readonly rejectedOriginals: RejectedOriginal[] = [];
  private readonly byIne = new Map<string, SieiRow>();
  /** The rows kept, by matchKey: one row, or the rows of different INEs sharing it, first first. */
  private readonly byMatchKey = new Map<string, SieiRow | SieiRow[]>();
  private total = 0;

  private readonly lastNames = new Memo<NameCell>((raw) => {
    const text = cleanText(raw);
    const problem = text === '' ? 'Nom manquant' : hasLetter(text) ? null : `Nom invalide : ${text}`;
    return { text, problem, cased: lastNameCase(text), key: searchKey(text) };
  });

  private readonly firstNames = new Memo<NameCell>((raw) => {
    const text = cleanText(raw);
    const problem = text === '' ? 'Prénom manquant' : hasLetter(text) ? null : `Prénom invalide : ${text}`;
    return { text, problem, cased: firstNamesCase(text), key: firstGivenKey(text) };
  });

  private readonly birthDates = new Memo<BirthCell>((raw) => {
    const text = cleanText(raw);
    const date = parseDate(text);
    let problem: string | null = null;
    if (text === '') problem = 'Date de naissance manquante';
    else if (date === null) problem = `Date de naissance invalide : ${text}`;
    else if (date > this.today) problem = `Date de naissance postérieure à la date d'import : ${text}`;
    else if (anniversary(date, 16) > this.today) problem = `Moins de 16 ans à la date d'import (16 ans le ${frenchDate(anniversary(date, 16))})`;
    const warning = date !== null && anniversary(date, 26) <= this.today ? `Plus de 25 ans à la date d'import (né(e) le ${frenchDate(date)})` : null;
    return { date, problem, warning };
  });

  private readonly exitDates = new Memo(checkedCell(parseDate));
  private readonly sexes = new Memo(checkedCell(normaliseSex));
  private readonly postalCodes = new Memo(checkedCell(normalisePostalCode));
  private readonly uais = new Memo(checkedCell(normaliseUai));
  private readonly diplomas = new Memo((raw) => textOrNull(raw)?.toLocaleUpperCase('fr-FR') ?? null);

  constructor(
    header: string[],
    options: ParseOptions,
    private readonly bytes: Buffer,
  ) {
    const { index, missing } = mapColumns(header);
    if (missing.length > 0) throw missingColumnsError(header, missing);
    this.header = asRead(header);
    this.columns = Object.fromEntries(Object.keys(COLUMNS).map((field) => [field, index[field as SieiField] ?? -1])) as Record<SieiField, number>;
    this.today = dayInFrance(options.importDate);
  }

  /** A data row: its cells, its physical line, and where its record lies in the decoded file. */
  read(cells: string[], line: number, start: number, end: number): void {
    this.total += 1;
    const sampled = this.total <= SAMPLE_ROWS ? { line, cells: asRead(cells), outcome: 'ACCEPTED' as RowOutcome, note: null as string | null } : null;
    if (sampled !== null) this.sample.push(sampled);
    const columns = this.columns;
    const lastName = this.lastNames.get(cellAt(cells, columns.lastName));
    const firstNames = this.firstNames.get(cellAt(cells, columns.firstNames));
    const birth = this.birthDates.get(cellAt(cells, columns.birthDate));
    const birthDate = birth.date;
    if (lastName.problem !== null || firstNames.problem !== null || birth.problem !== null || birthDate === null) {
      const problems = [lastName.problem, firstNames.problem, birth.problem].filter((problem) => problem !== null);
      const reason = problems.join(' ; ');
      this.rejected.push({ line, reason });
      if (this.rejectedOriginals.length < ORIGINALS_KEPT) {
        this.rejectedOriginals.push({ line, original: this.bytes.toString('utf8', start, Math.min(end, start + ORIGINAL_CHARS * 4)).slice(0, ORIGINAL_CHARS) });
      }
      if (sampled !== null) {
        sampled.outcome = 'REJECTED';
        sampled.note = reason;
      }
      return;
    }

    const ine = this.ine(cellAt(cells, columns.ine), line);
    const exit = this.exitDates.get(cellAt(cells, columns.schoolExitDate));
    if (exit.text !== '' && exit.value === null) this.warn(line, `Date de sortie invalide, ignorée : ${exit.text}`);
    if (birth.warning !== null) this.warn(line, birth.warning);

    const row: SieiRow = {
      line,
      ine,
      lastName: lastName.cased,
      firstNames: firstNames.cased,
      birthDate,
      sex: this.checked(this.sexes.get(cellAt(cells, columns.sex)), 'Sexe', line),
      address: textOrNull(cellAt(cells, columns.address)),
      postalCode: this.checked(this.postalCodes.get(cellAt(cells, columns.postalCode)), 'Code postal', line),
      commune: textOrNull(cellAt(cells, columns.commune)),
      phone: this.normalised(cellAt(cells, columns.phone), normalisePhone, 'Téléphone', line),
      email: this.normalised(cellAt(cells, columns.email), normaliseEmail, 'Courriel', line),
      lastSchoolUai: this.checked(this.uais.get(cellAt(cells, columns.lastSchoolUai)), 'UAI', line),
      lastFormation: textOrNull(cellAt(cells, columns.lastFormation)),
      schoolExitDate: exit.value,
      highestDiploma: this.diplomas.get(cellAt(cells, columns.highestDiploma)),
      matchKey: `${lastName.key}|${firstNames.key}|${birthDate}`,
    };

    const sameKey = this.byMatchKey.get(row.matchKey);
    const first = this.sameAs(row, sameKey);
    if (first === null) {
      this.rows.push(row);
      if (row.ine !== null) this.byIne.set(row.ine, row);
      if (sameKey === undefined) this.byMatchKey.set(row.matchKey, row);
      else if (Array.isArray(sameKey)) sameKey.push(row);
      else this.byMatchKey.set(row.matchKey, [sameKey, row]);
      return;
    }
    const matchedOn = row.ine !== null && first.ine === row.ine ? 'ine' : 'identity';
    this.duplicates.push({ line, sameAsLine: first.line, matchedOn });
    if (this.duplicateDetails.length < LISTED_DUPLICATES) {
      this.duplicateDetails.push({ line, sameAsLine: first.line, matchedOn, ...keyFieldsOf(row), first: keyFieldsOf(first) });
    }
    if (sampled !== null) {
      sampled.outcome = 'DUPLICATE';
      sampled.note = `Doublon de la ligne ${first.line}`;
    }
    if (matchedOn === 'ine' && first.matchKey !== row.matchKey) {
      this.warn(line, `Même INE que la ligne ${first.line} mais nom, prénom ou date de naissance différents`);
    }
    this.fillGaps(first, row);
  }

  private warn(line: number, reason: string): void {
    this.warnings.push({ line, reason });
  }

  /** The value of an optional cell; a value that does not check out is dropped with a warning. */
  private checked<T>(cell: CheckedCell<T>, label: string, line: number): T | null {
    if (cell.value === null && cell.text !== '') this.warn(line, `${label} invalide, ignoré : ${cell.text}`);
    return cell.value;
  }

  /** checked for a column of mostly different values (phone numbers, e-mail addresses): not worth remembering. */
  private normalised<T>(raw: string, normalise: (text: string) => T | null, label: string, line: number): T | null {
    if (raw === '') return null;
    const text = cleanText(raw);
    if (text === '') return null;
    const value = normalise(text);
    if (value === null) this.warn(line, `${label} invalide, ignoré : ${text}`);
    return value;
  }

  private ine(raw: string, line: number): string | null {
    // Most INEs are written as they are stored: nothing to clean.
    if (INE_PATTERN.test(raw)) return raw;
    const text = cleanText(raw);
    if (text === '') return null;
    const value = normaliseIne(text);
    if (INE_PATTERN.test(value)) return value;
    this.warn(line, `INE invalide, ignoré : ${text}`);
    return null;
  }

  /** The earlier row for the same person: same INE, else same matchKey with the INE missing on either. */
  private sameAs(row: SieiRow, sameKey: SieiRow | SieiRow[] | undefined): SieiRow | null {
    if (row.ine !== null) {
      const byIne = this.byIne.get(row.ine);
      if (byIne) return byIne;
    }
    if (sameKey === undefined) return null;
    if (!Array.isArray(sameKey)) return sameKey.ine === null || row.ine === null ? sameKey : null;
    for (const candidate of sameKey) if (candidate.ine === null || row.ine === null) return candidate;
    return null;
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
    return {
      rows: this.rows,
      rejected: this.rejected,
      duplicatesInFile: this.duplicates,
      warnings: this.warnings,
      total: this.total,
      header: this.header,
      sample: this.sample,
      duplicateDetails: this.duplicateDetails,
      rejectedOriginals: this.rejectedOriginals,
    };
  }
}

/** Cells as the preview shows them: as read, bounded in number and length. */
function asRead(cells: string[]): string[] {
  return cells.slice(0, SAMPLE_COLUMNS).map((cell) => (cell.length > SAMPLE_CELL_CHARS ? `${cell.slice(0, SAMPLE_CELL_CHARS)}…` : cell));
}

const keyFieldsOf = (row: SieiRow): KeyFields => ({ ine: row.ine, lastName: row.lastName, firstNames: row.firstNames, birthDate: row.birthDate });

/** The cell of a column, '' when the list has no such column or the row stops short of it. */
function cellAt(cells: string[], column: number): string {
  return column < 0 ? '' : (cells[column] ?? '');
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
