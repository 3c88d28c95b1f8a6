/**
 * The uploaded file is not a list at all (binary, empty, unreadable CSV, required columns missing):
 * it is refused whole. The message is French and meant for the referent who uploaded it.
 */
export class ListFormatError extends Error {
  /** Labels of the required columns the header lacks (empty when the file failed for another reason). */
  readonly missingColumns: readonly string[];

  constructor(message: string, missingColumns: readonly string[] = []) {
    super(message);
    this.name = 'ListFormatError';
    this.missingColumns = missingColumns;
  }
}
