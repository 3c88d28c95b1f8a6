/**
 * The rows of a SIEI list, once the CSV reading (parse.ts) has cut them into cells: each cell
 * checked and normalised, rows rejected with their reason, duplicates within the file merged, the
 * preview's sample kept (the decisions are listed at the top of parse.ts).
 */
import { searchKey } from '@maillage/shared';
import { COLUMNS, mapColumns, type SieiField } from './columns.js';
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
import {
  LISTED_DUPLICATES,
  ORIGINAL_CHARS,
  ORIGINALS_KEPT,
  SAMPLE_CELL_CHARS,
  SAMPLE_COLUMNS,
  SAMPLE_ROWS,
  type DuplicateDetail,
  type DuplicateInFile,
  type KeyFields,
  type ParsedList,
  type ParseOptions,
  type RejectedOriginal,
  type RejectedRow,
  type RowOutcome,
  type RowWarning,
  type SampleRow,
  type SieiRow,
} from './parsed-list.js';

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
export class SieiListReader {
  /** Column of each field, -1 when the list has none. */
  private readonly columns: Record<SieiField, number>;
  /** The columns the list has, with the longest value each takes. */
  private readonly limits: { field: SieiField; column: number; max: number }[];
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
    else if (anniversary(date, 16) > this.today)
      problem = `Moins de 16 ans à la date d'import (16 ans le ${frenchDate(anniversary(date, 16))})`;
    const warning =
      date !== null && anniversary(date, 26) <= this.today
        ? `Plus de 25 ans à la date d'import (né(e) le ${frenchDate(date)})`
        : null;
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
    this.columns = Object.fromEntries(
      Object.keys(COLUMNS).map((field) => [field, index[field as SieiField] ?? -1]),
    ) as Record<SieiField, number>;
    this.limits = (Object.keys(COLUMNS) as SieiField[])
      .filter((field) => this.columns[field] >= 0)
      .map((field) => ({ field, column: this.columns[field], max: COLUMNS[field].max }));
    this.today = dayInFrance(options.importDate);
  }

  /** A data row: its cells, its physical line, and where its record lies in the decoded file. */
  read(cells: string[], line: number, start: number, end: number): void {
    this.total += 1;
    const sampled =
      this.total <= SAMPLE_ROWS
        ? { line, cells: asRead(cells), outcome: 'ACCEPTED' as RowOutcome, note: null as string | null }
        : null;
    if (sampled !== null) this.sample.push(sampled);
    const tooLong = this.tooLong(cells);
    if (tooLong !== null) {
      this.reject(this.tooLongReason(cells, tooLong), line, start, end, sampled);
      return;
    }
    const columns = this.columns;
    const lastName = this.lastNames.get(cellAt(cells, columns.lastName));
    const firstNames = this.firstNames.get(cellAt(cells, columns.firstNames));
    const birth = this.birthDates.get(cellAt(cells, columns.birthDate));
    const birthDate = birth.date;
    if (lastName.problem !== null || firstNames.problem !== null || birth.problem !== null || birthDate === null) {
      const problems = [lastName.problem, firstNames.problem, birth.problem].filter((problem) => problem !== null);
      this.reject(problems.join(' ; '), line, start, end, sampled);
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
      this.duplicateDetails.push({
        line,
        sameAsLine: first.line,
        matchedOn,
        ...keyFieldsOf(row),
        first: keyFieldsOf(first),
      });
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

  private reject(reason: string, line: number, start: number, end: number, sampled: SampleRow | null): void {
    this.rejected.push({ line, reason });
    if (this.rejectedOriginals.length < ORIGINALS_KEPT) {
      this.rejectedOriginals.push({
        line,
        original: this.bytes
          .toString('utf8', start, Math.min(end, start + ORIGINAL_CHARS * 4))
          .slice(0, ORIGINAL_CHARS),
      });
    }
    if (sampled !== null) {
      sampled.outcome = 'REJECTED';
      sampled.note = reason;
    }
  }

  /**
   * The fields whose value is longer than the form takes (COLUMNS' max), with that length; null when
   * none is (the usual case: one length compared per cell).
   */
  private tooLong(cells: string[]): Map<SieiField, number> | null {
    let found: Map<SieiField, number> | null = null;
    for (const { field, column, max } of this.limits) {
      const cell = cells[column];
      if (cell === undefined || cell.length <= max) continue;
      const length = cleanText(cell).length;
      if (length > max) (found ??= new Map()).set(field, length);
    }
    return found;
  }

  /**
   * Why a line with a value too long is rejected: each such value, by its length and never quoted, and
   * what the other required cells lack, in the order of the columns.
   */
  private tooLongReason(cells: string[], tooLong: Map<SieiField, number>): string {
    const problems: string[] = [];
    for (const [field, spec] of Object.entries(COLUMNS) as [SieiField, (typeof COLUMNS)[SieiField]][]) {
      const length = tooLong.get(field);
      if (length !== undefined) {
        problems.push(`Valeur trop longue pour « ${spec.label} » : ${length} caractères (${spec.max} au plus)`);
        continue;
      }
      const raw = cellAt(cells, this.columns[field]);
      const problem =
        field === 'lastName'
          ? this.lastNames.get(raw).problem
          : field === 'firstNames'
            ? this.firstNames.get(raw).problem
            : field === 'birthDate'
              ? this.birthDates.get(raw).problem
              : null;
      if (problem !== null) problems.push(problem);
    }
    return problems.join(' ; ');
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
    const fields = [
      'sex',
      'phone',
      'email',
      'lastSchoolUai',
      'lastFormation',
      'schoolExitDate',
      'highestDiploma',
    ] as const;
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
  return cells
    .slice(0, SAMPLE_COLUMNS)
    .map((cell) => (cell.length > SAMPLE_CELL_CHARS ? `${cell.slice(0, SAMPLE_CELL_CHARS)}…` : cell));
}

const keyFieldsOf = (row: SieiRow): KeyFields => ({
  ine: row.ine,
  lastName: row.lastName,
  firstNames: row.firstNames,
  birthDate: row.birthDate,
});

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
