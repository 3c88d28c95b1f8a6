import type { DocumentContentType } from '@maillage/shared';

/**
 * The type of a file from its first bytes (magic numbers), whatever its name or the type the
 * browser declared. Accepted: PDF, PNG, JPEG, WebP. A few common others are recognised only to
 * name them in the refusal.
 */

/** Bytes enough to recognise every signature below. */
export const SNIFF_BYTES = 16;

const startsWith = (head: Buffer, signature: number[] | string, offset = 0) => {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return head.length >= offset + bytes.length && head.subarray(offset, offset + bytes.length).equals(bytes);
};

const ACCEPTED: { type: DocumentContentType; extension: string; test: (head: Buffer) => boolean }[] = [
  { type: 'application/pdf', extension: 'pdf', test: (h) => startsWith(h, '%PDF-') },
  { type: 'image/png', extension: 'png', test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', extension: 'jpg', test: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { type: 'image/webp', extension: 'webp', test: (h) => startsWith(h, 'RIFF') && startsWith(h, 'WEBP', 8) },
];

const REFUSED: { type: string; test: (head: Buffer) => boolean }[] = [
  { type: 'image/gif', test: (h) => startsWith(h, 'GIF87a') || startsWith(h, 'GIF89a') },
  {
    type: 'image/tiff',
    test: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  { type: 'image/bmp', test: (h) => startsWith(h, 'BM') && h.length >= 14 },
  {
    type: 'image/heic',
    test: (h) => startsWith(h, 'ftyp', 4) && /^(heic|heix|mif1|msf1|hevc)$/.test(h.subarray(8, 12).toString('latin1')),
  },
  { type: 'video/mp4', test: (h) => startsWith(h, 'ftyp', 4) },
  {
    type: 'application/zip',
    test: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]) || startsWith(h, [0x50, 0x4b, 0x05, 0x06]),
  },
  { type: 'application/x-cfb', test: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { type: 'application/gzip', test: (h) => startsWith(h, [0x1f, 0x8b]) },
  { type: 'application/x-7z-compressed', test: (h) => startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { type: 'application/vnd.rar', test: (h) => startsWith(h, 'Rar!') },
  { type: 'application/x-msdownload', test: (h) => startsWith(h, 'MZ') },
  { type: 'application/x-elf', test: (h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]) },
  { type: 'application/x-sh', test: (h) => startsWith(h, '#!') },
  {
    type: 'image/svg+xml',
    test: (h) => /^\s*<(\?xml|svg)/i.test(h.toString('latin1')) && h.toString('latin1').toLowerCase().includes('svg'),
  },
  { type: 'text/html', test: (h) => /^\s*<(!doctype html|html|head|body|script)/i.test(h.toString('latin1')) },
  { type: 'application/xml', test: (h) => /^\s*<\?xml/i.test(h.toString('latin1')) },
  { type: 'application/rtf', test: (h) => startsWith(h, '{\\rtf') },
];

export type Sniffed =
  { accepted: true; type: DocumentContentType; extension: string } | { accepted: false; type: string | null };

export function sniffContentType(head: Buffer): Sniffed {
  const accepted = ACCEPTED.find((s) => s.test(head));
  if (accepted) return { accepted: true, type: accepted.type, extension: accepted.extension };
  return { accepted: false, type: REFUSED.find((s) => s.test(head))?.type ?? null };
}

/** The extension of an accepted type, for the download's file name. */
export const extensionOf = (contentType: string) => ACCEPTED.find((s) => s.type === contentType)?.extension ?? 'bin';
