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
import { decodeList, type ListEncoding } from './decode.js';
import { ListFormatError } from './errors.js';
import { SieiListReader } from './list-reader.js';
import type { ParseOptions, ParsedList } from './parsed-list.js';

export { ListFormatError } from './errors.js';
export { matchKeyOf } from './normalise.js';
export * from './parsed-list.js';

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
      if (end > this.at)
        this.records.takeAt(bytes.toString('utf8', this.at, end).split(this.separator), this.line, this.at, end);
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
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'un guillemet ouvert n’est jamais fermé' : 'guillemets mal placés';
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
