import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { ListFormatError } from './errors.js';

export type ListEncoding = 'utf-8' | 'windows-1252';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Formats people upload by mistake, recognised by their first bytes, with what to do instead. */
const SIGNATURES: { bytes: number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'Le fichier est un classeur (xlsx, ods) ou une archive, pas une liste CSV : ouvrez-le dans le tableur et enregistrez-le au format CSV.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'Le fichier est un classeur Excel ancien format (xls), pas une liste CSV : ouvrez-le dans le tableur et enregistrez-le au format CSV.',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'Le fichier est un PDF, pas une liste CSV.' },
  {
    bytes: [0xff, 0xfe],
    message:
      'Le fichier est encodé en UTF-16 (« texte Unicode ») : enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».',
  },
  {
    bytes: [0xfe, 0xff],
    message:
      'Le fichier est encodé en UTF-16 (« texte Unicode ») : enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».',
  },
];

const NOT_TEXT =
  "Le fichier n'est pas une liste CSV : son contenu n'est pas du texte (image, document ou fichier binaire ?).";

/** Characters no spreadsheet writes into a CSV: C0 controls other than tab, line feed, carriage return, form feed; DEL; U+FFFD. */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;
/** How much of the decoded text is inspected for suspicious characters, and how many are tolerated there. */
const SAMPLE_CHARS = 64 * 1024;
const SUSPICIOUS_SHARE = 0.01;

/**
 * Turns an uploaded file into UTF-8 bytes without BOM. Valid UTF-8 (with or without BOM) is read as
 * UTF-8, anything else as Windows-1252 — what a spreadsheet saves as "CSV" on a French Windows.
 * Plain ASCII is valid UTF-8 and reads the same either way. Refuses files that are not text at all.
 * UTF-8 comes back as the upload's own bytes: the CSV reader takes bytes, and a 12 MB list decoded
 * to one JavaScript string first cost it some 60 MB more at its peak.
 */
export function decodeList(input: Buffer): { bytes: Buffer; encoding: ListEncoding } {
  if (input.length === 0) throw new ListFormatError('Le fichier est vide.');
  for (const { bytes, message } of SIGNATURES) {
    if (input.length >= bytes.length && bytes.every((b, i) => input[i] === b)) throw new ListFormatError(message);
  }
  // A NUL byte never occurs in text saved by a spreadsheet, in either encoding.
  if (input.includes(0)) throw new ListFormatError(NOT_TEXT);

  const body = input.subarray(0, 3).equals(UTF8_BOM) ? input.subarray(3) : input;
  const encoding: ListEncoding = isUtf8(body) ? 'utf-8' : 'windows-1252';
  const bytes = encoding === 'utf-8' ? body : Buffer.from(iconv.decode(body, 'windows-1252'), 'utf8');

  // A cut through a multi-byte character at the end of the sample decodes as one U+FFFD at most.
  const sample = bytes.subarray(0, SAMPLE_CHARS).toString('utf8');
  const suspicious = sample.match(SUSPICIOUS)?.length ?? 0;
  if (suspicious > sample.length * SUSPICIOUS_SHARE) throw new ListFormatError(NOT_TEXT);
  if (isBlank(bytes)) throw new ListFormatError('Le fichier est vide.');
  return { bytes, encoding };
}

/** Only ASCII white space (a file of spaces and line breaks). */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes)
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  return true;
}
