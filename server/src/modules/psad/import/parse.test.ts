import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ListFormatError, matchKeyOf, parseSieiList, readSieiList, type ParsedList } from './parse.js';
import { normalisePhone, parseDate } from './normalise.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BOURGES = fs.readFileSync(path.join(fixtures, 'siei-2026-S2-bourges.csv'));
const VIERZON = fs.readFileSync(path.join(fixtures, 'siei-2026-S2-vierzon-cp1252.csv'));

/** After the 2026-S2 campaign's last school exits (28/10/2026): everyone in both files is 16. */
const IMPORT = { importDate: new Date('2026-11-16T09:00:00Z') };
/** Early in the campaign: those born after 01/09/2010 are still 15. */
const EARLY = { importDate: new Date('2026-09-01T09:00:00Z') };

const HEADER = [
  'INE',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Sexe',
  'Adresse',
  'Code postal',
  'Commune',
  'Téléphone',
  'Courriel',
  "UAI établissement d'origine",
  'Dernière formation',
  'Date de sortie',
  'Diplôme le plus élevé',
];
type Cells = Partial<Record<(typeof HEADER)[number], string>>;
const PERSON: Cells = {
  INE: '123456789AB',
  Nom: 'DUPONT',
  Prénom: 'Jeanne',
  'Date de naissance': '14/02/2008',
  Sexe: 'F',
  Adresse: '1 rue de la Paix',
  'Code postal': '18000',
  Commune: 'Bourges',
  Téléphone: '06 12 34 56 78',
  Courriel: 'jeanne.dupont@exemple.fr',
  "UAI établissement d'origine": '0180005H',
  'Dernière formation': '1ERE STMG',
  'Date de sortie': '03/07/2026',
  'Diplôme le plus élevé': 'DNB',
};

interface CsvOptions {
  header?: string[];
  separator?: string;
  eol?: string;
  bom?: boolean;
  encoding?: 'utf-8' | 'windows-1252';
}

/** A list with the SIEI header and one line per person; each person is PERSON with some cells changed. */
function csv(
  people: Cells[],
  { header = HEADER, separator = ';', eol = '\r\n', bom = false, encoding = 'utf-8' }: CsvOptions = {},
): Buffer {
  const lines = [
    header.join(separator),
    ...people.map((p) => HEADER.map((h) => ({ ...PERSON, ...p })[h] ?? '').join(separator)),
  ];
  const text = lines.join(eol) + eol;
  const body = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'windows-1252');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function formatError(input: Buffer): ListFormatError {
  try {
    parseSieiList(input, IMPORT);
  } catch (error) {
    if (error instanceof ListFormatError) return error;
    throw error;
  }
  throw new Error('expected a ListFormatError');
}

/** Every data row ends up in exactly one of rows, rejected, duplicatesInFile. */
function expectConsistent(list: ParsedList) {
  expect(list.rows.length + list.rejected.length + list.duplicatesInFile.length).toBe(list.total);
  const lines = [...list.rows, ...list.rejected, ...list.duplicatesInFile].map((r) => r.line);
  expect(new Set(lines).size).toBe(lines.length);
}

describe('parseSieiList on the fixtures', () => {
  const underSixteen = (line: number, sixteen: string) => ({
    line,
    reason: `Moins de 16 ans à la date d'import (16 ans le ${sixteen})`,
  });
  const VIERZON_DIRTY = [
    { line: 27, reason: 'Date de naissance invalide : hier' },
    { line: 87, reason: 'Nom manquant' },
    { line: 110, reason: 'Date de naissance invalide : 2009-13-01' },
    { line: 119, reason: 'Nom manquant' },
  ];
  const VIERZON_DUPLICATES = [
    { line: 68, sameAsLine: 47, matchedOn: 'identity' }, // "  collin ", no INE: retyped
    { line: 89, sameAsLine: 40, matchedOn: 'ine' },
    { line: 92, sameAsLine: 53, matchedOn: 'ine' },
    { line: 115, sameAsLine: 66, matchedOn: 'identity' }, // "  le ", no INE: retyped
    { line: 116, sameAsLine: 26, matchedOn: 'identity' }, // "  fontaine ", INE missing on both
    { line: 127, sameAsLine: 114, matchedOn: 'ine' },
  ];

  it.each([
    {
      file: 'bourges',
      input: BOURGES,
      options: IMPORT,
      encoding: 'utf-8',
      total: 300,
      rows: 300,
      rejected: [],
      duplicates: [],
    },
    {
      file: 'bourges',
      input: BOURGES,
      options: EARLY,
      encoding: 'utf-8',
      total: 300,
      rows: 294,
      duplicates: [],
      rejected: [
        underSixteen(7, '20/09/2026'),
        underSixteen(30, '03/09/2026'),
        underSixteen(81, '23/09/2026'),
        underSixteen(85, '18/09/2026'),
        underSixteen(108, '31/10/2026'),
        underSixteen(164, '20/10/2026'),
      ],
    },
    {
      file: 'vierzon',
      input: VIERZON,
      options: IMPORT,
      encoding: 'windows-1252',
      total: 126,
      rows: 116,
      rejected: VIERZON_DIRTY,
      duplicates: VIERZON_DUPLICATES,
    },
    {
      file: 'vierzon',
      input: VIERZON,
      options: EARLY,
      encoding: 'windows-1252',
      total: 126,
      rows: 114,
      duplicates: VIERZON_DUPLICATES,
      rejected: [underSixteen(4, '18/09/2026'), underSixteen(23, '12/09/2026'), ...VIERZON_DIRTY],
    },
  ])(
    '$file imported on $options.importDate: $rows rows, $rejected.length rejected, $duplicates.length duplicates',
    (c) => {
      const list = parseSieiList(c.input, c.options);
      expect(list.encoding).toBe(c.encoding);
      expect(list.separator).toBe(';');
      expect(list.total).toBe(c.total);
      expect(list.rows).toHaveLength(c.rows);
      expect(list.rejected).toEqual(c.rejected);
      expect(list.duplicatesInFile).toEqual(c.duplicates);
      expect(list.warnings).toEqual([]);
      expectConsistent(list);
    },
  );

  it('reads every column of a Bourges row (UTF-8 with BOM), phone spaces removed', () => {
    const list = parseSieiList(BOURGES, IMPORT);
    expect(list.rows[0]).toEqual({
      line: 2,
      ine: '915000806YG',
      lastName: 'LUCAS',
      firstNames: 'Gabriel',
      birthDate: '2010-03-05',
      sex: 'M',
      address: '55 rue Victor Hugo',
      postalCode: '18390',
      commune: 'Saint-Germain-du-Puy',
      phone: '0763170669',
      email: 'gabriel.lucas58@exemple.fr',
      lastSchoolUai: '0180035R',
      lastFormation: '1ERE PRO METIERS DU COMMERCE',
      schoolExitDate: '2026-09-24',
      highestDiploma: 'AUCUN',
      matchKey: 'lucas|gabriel|2010-03-05',
    });
    expect(list.rows.find((r) => r.line === 5)).toMatchObject({
      lastName: 'DELAUNAY',
      phone: '0660759838',
      email: null,
      commune: 'Lury-sur-Arnon',
    });
    expect(list.rows.find((r) => r.line === 11)?.lastName).toBe('ANDRÉ');
  });

  it('decodes Windows-1252 accents of the Vierzon list', () => {
    const list = parseSieiList(VIERZON, IMPORT);
    expect(list.rows.find((r) => r.line === 10)?.lastName).toBe('FRANÇOIS');
    expect(list.rows.find((r) => r.line === 114)).toMatchObject({
      lastName: 'MÜLLER',
      firstNames: 'Léo',
      commune: 'Mehun-sur-Yèvre',
    });
    expect(list.rows.find((r) => r.line === 126)?.lastName).toBe('LEMAÎTRE');
  });

  it('keeps the first row of a retyped duplicate and its INE', () => {
    const list = parseSieiList(VIERZON, IMPORT);
    const collins = list.rows.filter((r) => r.matchKey === 'collin|chloe|2008-04-03');
    expect(collins).toEqual([
      expect.objectContaining({ line: 47, ine: '126204847BU', lastName: 'COLLIN', firstNames: 'Chloé' }),
    ]);
  });

  // Line 108 of Bourges was born on 31/10/2010. The import day is the day in France (CET, UTC+1, then).
  it.each([
    { importDate: '2026-10-30T22:59:59Z', accepted: false },
    { importDate: '2026-10-30T23:00:00Z', accepted: true },
  ])('a person turning 16 on the import day is accepted ($importDate → $accepted)', ({ importDate, accepted }) => {
    const list = parseSieiList(BOURGES, { importDate: new Date(importDate) });
    expect(list.rows.some((r) => r.line === 108)).toBe(accepted);
    expect(list.rejected.some((r) => r.line === 108)).toBe(!accepted);
  });

  // The same list saved another way gives the same rows: encoding, BOM, separator, line ends, header spelling.
  const bourgesText = BOURGES.subarray(3).toString('utf8');
  it.each([
    { variant: 'UTF-8 without BOM', bytes: Buffer.from(bourgesText, 'utf8') },
    { variant: 'Windows-1252', bytes: iconv.encode(bourgesText, 'windows-1252') },
    { variant: 'LF line ends', bytes: Buffer.from(bourgesText.replace(/\r\n/g, '\n'), 'utf8') },
    { variant: 'CR line ends', bytes: Buffer.from(bourgesText.replace(/\r\n/g, '\r'), 'utf8') },
    { variant: 'comma separator', bytes: Buffer.from(bourgesText.replace(/;/g, ','), 'utf8') },
    {
      variant: 'comma, LF, Windows-1252',
      bytes: iconv.encode(bourgesText.replace(/;/g, ',').replace(/\r\n/g, '\n'), 'windows-1252'),
    },
    {
      variant: 'every cell quoted',
      bytes: Buffer.from(
        bourgesText
          .split('\r\n')
          .map((l) =>
            l === ''
              ? l
              : l
                  .split(';')
                  .map((c) => `"${c}"`)
                  .join(';'),
          )
          .join('\r\n'),
        'utf8',
      ),
    },
    {
      variant: 'header upper-cased without accents',
      bytes: Buffer.from(
        bourgesText.replace(/^[^\r]*/, (h) =>
          h
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toUpperCase(),
        ),
        'utf8',
      ),
    },
  ])('$variant reads as the original', ({ bytes }) => {
    const original = parseSieiList(BOURGES, IMPORT);
    const variant = parseSieiList(bytes, IMPORT);
    expect(variant.rows).toEqual(original.rows);
    expect(variant.total).toBe(300);
  });
});

describe('headers', () => {
  it.each([
    [
      'Date de naissance',
      'DATE DE NAISSANCE',
      'date_de_naissance',
      ' Date  de Naissance ',
      'DateDeNaissance',
      'date-de-naissance',
      'Date naissance',
    ],
    ['Prénom', 'Prenom', 'PRÉNOM', 'prénoms', 'Prénom 1'],
    ['Nom', 'NOM', ' nom ', 'Nom de famille'],
  ])('%s and its variants all match', (...variants) => {
    for (const variant of variants) {
      const header = HEADER.map((h) => (h === variants[0] ? variant : h));
      const list = parseSieiList(csv([{}], { header }), IMPORT);
      expect(list.rows, variant).toEqual([
        expect.objectContaining({ lastName: 'DUPONT', firstNames: 'Jeanne', birthDate: '2008-02-14' }),
      ]);
    }
  });

  it('reads columns in any order, ignores unknown ones, and leaves absent optional ones null', () => {
    const text = 'Remarque;date de naissance;PRENOM;nom;Tél\r\nvu en COTECH;02/01/2008;Jeanne;Dupont;0612345678\r\n';
    const list = parseSieiList(Buffer.from(text), IMPORT);
    expect(list.rows).toEqual([
      {
        line: 2,
        ine: null,
        lastName: 'DUPONT',
        firstNames: 'Jeanne',
        birthDate: '2008-01-02',
        sex: null,
        address: null,
        postalCode: null,
        commune: null,
        phone: '0612345678',
        email: null,
        lastSchoolUai: null,
        lastFormation: null,
        schoolExitDate: null,
        highestDiploma: null,
        matchKey: 'dupont|jeanne|2008-01-02',
      },
    ]);
  });

  it('takes a header with no data row as an empty list', () => {
    expect(parseSieiList(Buffer.from('Nom;Prénom;Date de naissance\r\n'), IMPORT)).toMatchObject({
      total: 0,
      rows: [],
      rejected: [],
    });
  });
});

describe('files that are not a list', () => {
  const seeded = (n: number, zeroes: boolean) => {
    let x = 12345;
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i += 1) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = zeroes ? x >> 23 : ((x >> 23) % 255) + 1;
    }
    return bytes;
  };
  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from('IHDR'),
    seeded(200, true),
  ]);

  it.each([
    { kind: 'empty', input: Buffer.alloc(0), message: /vide/ },
    { kind: 'BOM only', input: Buffer.from([0xef, 0xbb, 0xbf]), message: /vide/ },
    { kind: 'blank lines', input: Buffer.from(' \r\n;;;\r\n\r\n'), message: /vide/ },
    { kind: 'PNG image', input: PNG, message: /pas une liste CSV/ },
    { kind: 'random bytes', input: seeded(4096, true), message: /pas une liste CSV/ },
    { kind: 'random bytes without NUL', input: seeded(4096, false), message: /pas une liste CSV/ },
    {
      kind: 'text with NUL bytes',
      input: Buffer.from('Nom;Prénom;Date de naissance\r\nDUPONT;Jeanne\u0000;01/01/2008\r\n'),
      message: /pas une liste CSV/,
    },
    {
      kind: 'xlsx workbook',
      input: Buffer.concat([Buffer.from('PK\u0003\u0004'), seeded(100, true)]),
      message: /classeur.*CSV/,
    },
    {
      kind: 'UTF-16 text',
      input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nom\tPrénom', 'utf16le')]),
      message: /UTF-16/,
    },
    {
      kind: 'unclosed quote',
      input: Buffer.from('Nom;Prénom;Date de naissance\r\n"DUPONT;Jeanne;01/01/2008\r\n'),
      message: /guillemet/,
    },
  ])('$kind is refused whole', ({ input, message }) => {
    expect(formatError(input).message).toMatch(message);
  });

  it.each([
    {
      header: ['INE', 'Nom', 'Prénom', 'Sexe'],
      missing: ['Date de naissance'],
      message: 'Colonne obligatoire manquante : Date de naissance. Colonnes trouvées : INE, Nom, Prénom, Sexe.',
    },
    {
      header: ['INE', 'Naissance le', 'Courriel'],
      missing: ['Nom', 'Prénom', 'Date de naissance'],
      message:
        'Colonnes obligatoires manquantes : Nom, Prénom, Date de naissance. Colonnes trouvées : INE, Naissance le, Courriel.',
    },
  ])('names the missing columns: $missing', ({ header, missing, message }) => {
    const error = formatError(csv([{}], { header }));
    expect(error.message).toBe(message);
    expect(error.missingColumns).toEqual(missing);
  });

  it('says the separator is wrong when the header is one column', () => {
    const error = formatError(csv([{}], { separator: '|' }));
    expect(error.missingColumns).toEqual(['Nom', 'Prénom', 'Date de naissance']);
    expect(error.message).toMatch(/point-virgule ou la virgule/);
  });

  it('any bytes give a consistent list or a ListFormatError, nothing else', () => {
    const header = Buffer.from('Nom;Prénom;Date de naissance;INE\r\n');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, withHeader) => {
        const input = withHeader ? Buffer.concat([header, Buffer.from(bytes)]) : Buffer.from(bytes);
        try {
          expectConsistent(parseSieiList(input, IMPORT));
        } catch (error) {
          if (!(error instanceof ListFormatError)) throw error;
        }
      }),
    );
  });
});

describe('rows rejected', () => {
  it.each([
    { cells: { Nom: '' }, reason: 'Nom manquant' },
    { cells: { Nom: '   ' }, reason: 'Nom manquant' },
    { cells: { Nom: '-' }, reason: 'Nom invalide : -' },
    { cells: { Prénom: '' }, reason: 'Prénom manquant' },
    { cells: { 'Date de naissance': '' }, reason: 'Date de naissance manquante' },
    { cells: { 'Date de naissance': '31/02/2008' }, reason: 'Date de naissance invalide : 31/02/2008' },
    { cells: { 'Date de naissance': '29/02/2009' }, reason: 'Date de naissance invalide : 29/02/2009' },
    { cells: { 'Date de naissance': '2009-13-01' }, reason: 'Date de naissance invalide : 2009-13-01' },
    { cells: { 'Date de naissance': '14/02/08' }, reason: 'Date de naissance invalide : 14/02/08' },
    { cells: { 'Date de naissance': 'né en 2008' }, reason: 'Date de naissance invalide : né en 2008' },
    {
      cells: { 'Date de naissance': '01/01/2030' },
      reason: "Date de naissance postérieure à la date d'import : 01/01/2030",
    },
    {
      cells: { 'Date de naissance': '17/11/2010' },
      reason: "Moins de 16 ans à la date d'import (16 ans le 17/11/2026)",
    },
    {
      cells: { 'Date de naissance': '2010-12-01' },
      reason: "Moins de 16 ans à la date d'import (16 ans le 01/12/2026)",
    },
    {
      cells: { Nom: '', Prénom: ' ', 'Date de naissance': '31/02/2008' },
      reason: 'Nom manquant ; Prénom manquant ; Date de naissance invalide : 31/02/2008',
    },
  ])('$reason', ({ cells, reason }) => {
    const list = parseSieiList(csv([{}, cells]), IMPORT);
    expect(list.rejected).toEqual([{ line: 3, reason }]);
    expect(list.rows.map((r) => r.line)).toEqual([2]);
    expect(list.total).toBe(2);
  });

  it.each([
    { birth: '16/11/2010', importDate: '2026-11-16T12:00:00Z' }, // 16 today
    { birth: '29/02/2008', importDate: '2024-03-01T12:00:00Z' }, // born on 29 Feb, 16 on 1 March of a common year
    { birth: '2008-02-29', importDate: '2024-02-29T12:00:00Z' },
  ])('accepts $birth on $importDate', ({ birth, importDate }) => {
    const list = parseSieiList(csv([{ 'Date de naissance': birth }]), { importDate: new Date(importDate) });
    expect(list.rejected).toEqual([]);
    expect(list.rows).toHaveLength(1);
  });

  it('rejects 29 Feb 2008 on 28 Feb 2024', () => {
    const list = parseSieiList(csv([{ 'Date de naissance': '29/02/2008' }]), {
      importDate: new Date('2024-02-28T12:00:00Z'),
    });
    expect(list.rejected).toEqual([{ line: 2, reason: "Moins de 16 ans à la date d'import (16 ans le 29/02/2024)" }]);
  });
});

describe('line numbers', () => {
  it('count the physical lines of the file: blank lines, empty-cell lines and quoted line breaks included', () => {
    const text = [
      'Nom;Prénom;Date de naissance;Adresse',
      'DUPONT;Jeanne;01/01/2008;1 rue A', // 2
      '',
      ';;;',
      'MARTIN;;01/01/2008;"Bâtiment B', // 5, its address spans lines 5–6
      '2 rue B"',
      'DURAND;Paul;31/04/2008;3 rue C', // 7
    ].join('\r\n');
    const list = parseSieiList(Buffer.from(text), IMPORT);
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => r.line)).toEqual([2]);
    expect(list.rejected).toEqual([
      { line: 5, reason: 'Prénom manquant' },
      { line: 7, reason: 'Date de naissance invalide : 31/04/2008' },
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('stay right with %s ends, runs of blank lines and several multi-line cells', (_name, eol) => {
    const text = [
      'Nom;Prénom;Date de naissance;Adresse',
      '',
      '',
      'DUPONT;Jeanne;01/01/2008;"Bâtiment A', // 4–5
      '1 rue A"',
      '',
      'MARTIN;;01/01/2008;"Escalier B', // 7–9
      'Bâtiment B',
      '2 rue B"',
      ...Array.from({ length: 1000 }, () => ''), // 10–1009
      'DURAND;Paul;01/01/2008;3 rue C', // 1010
    ].join(eol);
    const list = parseSieiList(Buffer.from(text), IMPORT);
    expect(list.rows.map((r) => r.line)).toEqual([4, 1010]);
    expect(list.rejected).toEqual([{ line: 7, reason: 'Prénom manquant' }]);
  });

  it('are the same with LF line ends and with blank lines before the header', () => {
    const list = parseSieiList(
      Buffer.from('\n\nNom,Prénom,Date de naissance\nDUPONT,Jeanne,1/1/2008\n,Paul,01/01/2008\n'),
      IMPORT,
    );
    expect(list.separator).toBe(',');
    expect(list.rows).toEqual([expect.objectContaining({ line: 4, birthDate: '2008-01-01' })]);
    expect(list.rejected).toEqual([{ line: 5, reason: 'Nom manquant' }]);
  });
});

describe('values', () => {
  it.each([
    {
      cells: { Nom: '  le   gall ', Prénom: ' marie  ange ' },
      expected: { lastName: 'LE GALL', firstNames: 'Marie Ange', matchKey: 'le gall|marie|2008-02-14' },
    },
    {
      cells: { Nom: "d'Artagnan", Prénom: 'JEAN-BAPTISTE' },
      expected: {
        lastName: "D'ARTAGNAN",
        firstNames: 'Jean-Baptiste',
        matchKey: 'd artagnan|jean baptiste|2008-02-14',
      },
    },
    {
      cells: { Nom: 'Müller', Prénom: 'McKenzie' },
      expected: { lastName: 'MÜLLER', firstNames: 'McKenzie', matchKey: 'muller|mckenzie|2008-02-14' },
    },
    {
      cells: { Prénom: 'élodie, Marie' },
      expected: { firstNames: 'Élodie, Marie', matchKey: 'dupont|elodie|2008-02-14' },
    },
    { cells: { INE: ' 123456789ab ' }, expected: { ine: '123456789AB' } },
    { cells: { INE: '123 456 789 AB' }, expected: { ine: '123456789AB' } },
    { cells: { INE: '' }, expected: { ine: null } },
    { cells: { Sexe: 'masculin' }, expected: { sex: 'M' } },
    { cells: { Sexe: 'f' }, expected: { sex: 'F' } },
    { cells: { Sexe: '' }, expected: { sex: null } },
    { cells: { 'Code postal': '1000' }, expected: { postalCode: '01000' } },
    { cells: { Courriel: ' Jeanne.Dupont@Exemple.FR ' }, expected: { email: 'jeanne.dupont@exemple.fr' } },
    { cells: { "UAI établissement d'origine": '0180005h' }, expected: { lastSchoolUai: '0180005H' } },
    { cells: { 'Date de sortie': '2026-07-03' }, expected: { schoolExitDate: '2026-07-03' } },
    { cells: { 'Diplôme le plus élevé': ' cfg ' }, expected: { highestDiploma: 'CFG' } },
    {
      cells: { Adresse: '  12   rue   du  Pré ', Commune: 'saint-amand-montrond' },
      expected: { address: '12 rue du Pré', commune: 'saint-amand-montrond' },
    },
  ])('$cells', ({ cells, expected }) => {
    const list = parseSieiList(csv([cells]), IMPORT);
    expect(list.warnings).toEqual([]);
    expect(list.rows[0]).toMatchObject(expected);
  });

  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['612345678', '0612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+262 692 12 34 56', '+262692123456'],
    ['06 12 34', null],
    ['inconnu', null],
  ])('phone %s → %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it.each([
    ['05/03/2008', '2008-03-05'],
    ['5/3/2008', '2008-03-05'],
    ['2008-03-05', '2008-03-05'],
    [' 29/02/2008 ', '2008-02-29'],
    ['31/02/2008', null],
    ['31/04/2008', null],
    ['00/01/2008', null],
    ['2008-3-5', null],
    ['05/03/08', null],
    ['1899-12-31', null],
    ['hier', null],
  ])('date %s → %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    { cells: { INE: '12345' }, ine: null, reason: 'INE invalide, ignoré : 12345' },
    { cells: { INE: '123456789AB!' }, ine: null, reason: 'INE invalide, ignoré : 123456789AB!' },
    { cells: { Sexe: 'X' }, reason: 'Sexe invalide, ignoré : X' },
    { cells: { Téléphone: 'voir mère' }, reason: 'Téléphone invalide, ignoré : voir mère' },
    { cells: { Courriel: 'jeanne.dupont@' }, reason: 'Courriel invalide, ignoré : jeanne.dupont@' },
    { cells: { 'Code postal': '18 1' }, reason: 'Code postal invalide, ignoré : 18 1' },
    {
      cells: { "UAI établissement d'origine": 'Lycée Jacques Cœur' },
      reason: 'UAI invalide, ignoré : Lycée Jacques Cœur',
    },
    { cells: { 'Date de sortie': 'juin' }, reason: 'Date de sortie invalide, ignorée : juin' },
    { cells: { 'Date de naissance': '15/11/2000' }, reason: "Plus de 25 ans à la date d'import (né(e) le 15/11/2000)" },
  ])('keeps the row with a warning: $reason', ({ cells, reason }) => {
    const list = parseSieiList(csv([cells]), IMPORT);
    expect(list.rows).toHaveLength(1);
    expect(list.warnings).toEqual([{ line: 2, reason }]);
    if ('ine' in cells) expect(list.rows[0]?.ine).toBeNull();
  });
});

describe('duplicates within the file', () => {
  const other = { INE: '987654321ZZ', Nom: 'MARTIN', Prénom: 'Paul', 'Date de naissance': '03/03/2007' };

  it.each([
    { case: 'same INE', second: {}, matchedOn: 'ine' },
    { case: 'same INE, other spelling', second: { Nom: 'Dupond' }, matchedOn: 'ine' },
    {
      case: 'retyped without INE, stray spaces, lower case',
      second: { INE: '', Nom: '  dupont ', Prénom: 'jeanne  ' },
      matchedOn: 'identity',
    },
    { case: 'accents differ', second: { INE: '', Nom: 'DUPONT', Prénom: 'JÉANNE' }, matchedOn: 'identity' },
    { case: 'yyyy-mm-dd birth date', second: { INE: '', 'Date de naissance': '2008-02-14' }, matchedOn: 'identity' },
    { case: 'second given name added', second: { INE: '', Prénom: 'Jeanne Marie' }, matchedOn: 'identity' },
  ])('$case → the later row is a duplicate', ({ second, matchedOn }) => {
    const list = parseSieiList(csv([{}, other, second]), IMPORT);
    expect(list.duplicatesInFile).toEqual([{ line: 4, sameAsLine: 2, matchedOn }]);
    expect(list.rows.map((r) => r.line)).toEqual([2, 3]);
    expectConsistent(list);
  });

  it.each([
    { case: 'two different INEs', second: { INE: '111111111AA' } },
    { case: 'another birth date', second: { INE: '', 'Date de naissance': '15/02/2008' } },
    { case: 'another compound first name', second: { INE: '', Prénom: 'Jeanne-Marie' } },
  ])('$case → two people', ({ second }) => {
    const list = parseSieiList(csv([{}, second]), IMPORT);
    expect(list.duplicatesInFile).toEqual([]);
    expect(list.rows).toHaveLength(2);
  });

  it('warns when the same INE comes with another identity', () => {
    const list = parseSieiList(csv([{}, { 'Date de naissance': '15/02/2008' }]), IMPORT);
    expect(list.warnings).toEqual([
      { line: 3, reason: 'Même INE que la ligne 2 mais nom, prénom ou date de naissance différents' },
    ]);
  });

  it('fills what the first row lacks from the later one, never overwrites', () => {
    const list = parseSieiList(
      csv([
        { INE: '', Téléphone: '', Courriel: 'jeanne@exemple.fr', Adresse: '', 'Code postal': '', Commune: '' },
        {
          Téléphone: '0700000000',
          Courriel: 'autre@exemple.fr',
          Adresse: '9 rue Neuve',
          'Code postal': '18100',
          Commune: 'Vierzon',
        },
        { INE: '', Nom: 'dupont' }, // the first row now has an INE: still the same person
        { INE: '123456789AB', Prénom: 'JEANNE' },
      ]),
      IMPORT,
    );
    expect(list.rows).toEqual([
      expect.objectContaining({
        line: 2,
        ine: '123456789AB',
        phone: '0700000000',
        email: 'jeanne@exemple.fr',
        address: '9 rue Neuve',
        postalCode: '18100',
        commune: 'Vierzon',
      }),
    ]);
    expect(list.duplicatesInFile).toEqual([
      { line: 3, sameAsLine: 2, matchedOn: 'identity' },
      { line: 4, sameAsLine: 2, matchedOn: 'identity' },
      { line: 5, sameAsLine: 2, matchedOn: 'ine' },
    ]);
  });

  it('a later valid row of a rejected person is accepted', () => {
    const list = parseSieiList(csv([{ 'Date de naissance': '31/02/2008' }, {}]), IMPORT);
    expect(list.rejected.map((r) => r.line)).toEqual([2]);
    expect(list.rows.map((r) => r.line)).toEqual([3]);
    expect(list.duplicatesInFile).toEqual([]);
  });

  it('a row without INE goes to the first of two people sharing name and birth date', () => {
    const list = parseSieiList(csv([{ INE: '111111111AA' }, { INE: '222222222BB' }, { INE: '' }]), IMPORT);
    expect(list.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(list.duplicatesInFile).toEqual([{ line: 4, sameAsLine: 2, matchedOn: 'identity' }]);
  });
});

describe('matchKeyOf', () => {
  it.each([
    ['DUPONT', 'Jeanne', '2008-02-14', 'dupont|jeanne|2008-02-14'],
    ['  collin ', 'Chloé', '2008-04-03', 'collin|chloe|2008-04-03'],
    ['LE GALL', 'Marie-Ange Louise', '2008-01-02', 'le gall|marie ange|2008-01-02'],
    ['Cœur', 'Anaïs, Léa', '2008-01-02', 'coeur|anais|2008-01-02'],
  ])('%s, %s, %s → %s', (lastName, firstNames, birthDate, expected) => {
    expect(matchKeyOf(lastName, firstNames, birthDate)).toBe(expected);
  });
});

describe('size', () => {
  it('reads 50,000 rows (about 10 MB) in linear time', () => {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < 50_000; i += 1) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(
        `${String(i).padStart(9, '0')}AB;NOM${i};Prénom;${day}/01/2008;F;1 rue A;18000;Bourges;0612345678;a${i}@exemple.fr;0180005H;1ERE STMG;01/07/2026;DNB`,
      );
    }
    const input = Buffer.from(lines.join('\r\n'));
    const started = performance.now();
    const list = parseSieiList(input, IMPORT);
    expect(list.rows).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('readSieiList: the same reading, a slice of the file at a time', () => {
  /** A list of `n` people, every fourth with a quoted address over two lines, so that slices cut rows and quoted cells anywhere. */
  function bigList(n: number): Buffer {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < n; i += 1) {
      const address = i % 4 === 0 ? `"Bâtiment ${i}\r\n${i} rue des Écoles"` : `${i} rue A`;
      const dup = i % 1000 === 999 ? i - 1 : i; // a duplicate by INE now and then, filling the first row's gaps
      lines.push(
        `${String(dup).padStart(9, '0')}AB;NOM${dup};Prénom;${String((dup % 28) + 1).padStart(2, '0')}/01/2008;${i % 2 ? 'F' : ''};${address};18000;Bourges;${i % 3 ? '' : '0612345678'};;;;;`,
      );
    }
    return Buffer.from(lines.join('\r\n'));
  }

  it.each([
    { name: 'Bourges (UTF-8, BOM)', input: BOURGES },
    { name: 'Vierzon (Windows-1252, rejected lines, duplicates)', input: VIERZON },
    { name: '20,000 rows with quoted line breaks and duplicates across slices', input: bigList(20_000) },
  ])('$name: the same rows, rejections, duplicates, warnings and line numbers as parseSieiList', async ({ input }) => {
    const sliced = await readSieiList(input, IMPORT);
    expect(sliced).toEqual(parseSieiList(input, IMPORT));
    expect(sliced.total).toBeGreaterThan(0);
  });

  it.each([
    { kind: 'empty', input: Buffer.alloc(0), message: /vide/ },
    { kind: 'blank lines', input: Buffer.from(' \r\n;;;\r\n\r\n'), message: /vide/ },
    {
      kind: 'a missing column',
      input: csv([{}], { header: ['INE', 'Nom', 'Prénom'] }),
      message: /Colonne obligatoire manquante : Date de naissance/,
    },
    {
      kind: 'unclosed quote',
      input: Buffer.from('Nom;Prénom;Date de naissance\r\n"DUPONT;Jeanne;01/01/2008\r\n'),
      message: /guillemet ouvert/,
    },
  ])('$kind: the same ListFormatError', async ({ input, message }) => {
    await expect(readSieiList(input, IMPORT)).rejects.toThrow(message);
    await expect(readSieiList(input, IMPORT)).rejects.toBeInstanceOf(ListFormatError);
  });

  it('lets the event loop run while it reads a large list', async () => {
    const input = bigList(50_000);
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 0);
    try {
      await readSieiList(input, IMPORT);
    } finally {
      clearInterval(timer);
    }
    // About 100 slices of 64 KB: other work gets a turn after each of them.
    expect(turns).toBeGreaterThan(20);
  });
});

describe('files without a double quote: read without csv-parse, as csv-parse reads them', () => {
  /** The same list through csv-parse: a quoted header cell reads as the header itself. */
  const throughCsvParse = (text: string) => Buffer.from(text.replace(/^Nom\b/, '"Nom"'));
  const header = [
    'Nom',
    'Prénom',
    'Date de naissance',
    ...HEADER.filter((h) => !['Nom', 'Prénom', 'Date de naissance'].includes(h)),
  ];

  /** Rows of every kind, lines ended every way, past several slices of readSieiList, with a CRLF across the first slice's end. */
  function plainList(rows: number): string {
    const eols = ['\r\n', '\n', '\r', '\r\n', '\n\r', '\r\r\n'];
    const parts = [header.join(';'), '\r\n'];
    for (let i = 0; i < rows; i += 1) {
      const cells = [
        i % 97 === 0 ? ' ' : `NOM${i % 300}`,
        i % 89 === 0 ? '-' : ` prénom${i % 50} `,
        `${(i % 28) + 1}/0${(i % 9) + 1}/20${i % 11 === 0 ? 12 : '08'}`,
        i % 7 === 0 ? '' : `${String(i % 2000).padStart(9, '0')}AB`,
        i % 3 ? 'F' : 'x',
        `${i} rue des Écoles`,
        i % 5 ? '18000' : '1800',
        'Bourges',
        i % 4 ? '06 12 34 56 78' : '',
        i % 6 ? '' : `élève${i}@exemple.fr`,
        '',
        '1ERE STMG',
        i % 13 ? '03/07/2026' : 'juin',
        'dnb',
      ];
      parts.push(i % 17 === 0 ? cells.slice(0, 4 + (i % 5)).join(';') : cells.join(';'));
      parts.push(i % 31 === 0 ? ';;;\n \n\n' : '', eols[i % eols.length]!);
    }
    let text = parts.join('');
    // A CRLF across the end of readSieiList's first slice (64 KB): the CR its last byte, the LF the next one's first.
    let crlf = text.indexOf('\r\n');
    while (Buffer.byteLength(text.slice(0, text.indexOf('\r\n', crlf + 2))) <= 65_535)
      crlf = text.indexOf('\r\n', crlf + 2);
    text = `${text.slice(0, crlf)}${' '.repeat(65_535 - Buffer.byteLength(text.slice(0, crlf)))}${text.slice(crlf)}`;
    expect(Buffer.from(text)[65_535]).toBe(0x0d);
    expect(Buffer.from(text)[65_536]).toBe(0x0a);
    return text.replace(/[\r\n]+$/, ''); // and no line end after the last row
  }

  it('a large list, lines ended every way, a slice at a time or at once', async () => {
    const text = plainList(3_000);
    const expected = parseSieiList(throughCsvParse(text), IMPORT);
    expect(expected.rows.length).toBeGreaterThan(1_000);
    expect(expected.rejected.length).toBeGreaterThan(100);
    expect(expected.warnings.length).toBeGreaterThan(100);
    expect(expected.duplicatesInFile.length).toBeGreaterThan(100);
    expect(parseSieiList(Buffer.from(text), IMPORT)).toEqual(expected);
    expect(await readSieiList(Buffer.from(text), IMPORT)).toEqual(expected);
    expect(await readSieiList(throughCsvParse(text), IMPORT)).toEqual(expected);
  });

  it('lets the event loop run while it reads a large list', async () => {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < 50_000; i += 1)
      lines.push(
        `${String(i).padStart(9, '0')}AB;NOM${i};Prénom;${(i % 28) + 1}/01/2008;F;${i} rue A;18000;Bourges;;;;;;`,
      );
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 0);
    try {
      expect((await readSieiList(Buffer.from(lines.join('\r\n')), IMPORT)).rows).toHaveLength(50_000);
    } finally {
      clearInterval(timer);
    }
    expect(turns).toBeGreaterThan(20);
  });

  it('any list of lines and cells', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        'DUPONT',
        ' le  gall ',
        'Jeanne',
        'élodie, marie',
        '14/02/2008',
        '2008-02-29',
        '123456789AB',
        'F',
        '\t',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const line = fc
      .array(cell, { maxLength: 6 })
      .map((cells) => cells.map((c) => c.replace(/["\r\n;]/g, '')).join(';'));
    const eol = fc.constantFrom('\r\n', '\n', '\r', '\n\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, eol), { maxLength: 12 }),
        fc.constantFrom('', '\n', '\r\n\r\n'),
        (lines, before) => {
          const text = `${before}Nom;Prénom;Date de naissance;INE\r\n${lines.map(([l, e]) => l + e).join('')}`;
          const read = (input: Buffer) => {
            try {
              return parseSieiList(input, IMPORT);
            } catch (error) {
              return error;
            }
          };
          expect(read(Buffer.from(text))).toEqual(read(Buffer.from(text.replace('Nom;', '"Nom";'))));
        },
      ),
    );
  });
});

describe('values remembered per distinct cell', () => {
  it('stay right for lists of more different values than are remembered', () => {
    const lines = ['Nom;Prénom;Date de naissance;Commune;Diplôme'];
    for (let i = 0; i < 30_000; i += 1) lines.push(`nom${i};prénom${i};${(i % 28) + 1}/01/2008;ville${i};dnb${i}`);
    lines.push('NOM1;Prénom1;2/01/2008;;'); // line 30,002: the person of line 3, her values long forgotten
    const list = parseSieiList(Buffer.from(lines.join('\n')), IMPORT);
    expect(list.rows).toHaveLength(30_000);
    list.rows.forEach((row, i) => {
      expect(row).toMatchObject({
        lastName: `NOM${i}`,
        firstNames: `Prénom${i}`,
        commune: `ville${i}`,
        highestDiploma: `DNB${i}`,
      });
      expect(row.matchKey).toBe(`nom${i}|prenom${i}|2008-01-${String((i % 28) + 1).padStart(2, '0')}`);
    });
    expect(list.duplicatesInFile).toEqual([{ line: 30_002, sameAsLine: 3, matchedOn: 'identity' }]);
  });
});

describe('normalisePhone', () => {
  it('gives for a number written the usual way what the full reading gives', () => {
    // A trailing hyphen is dropped by the full reading and keeps a number off the short way.
    const phone = fc.stringMatching(/^[0-9+() .\-/]{0,18}$/);
    const usual = fc
      .tuple(
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.tuple(fc.constantFrom('', ' ', '.', '  ', '-', ' / '), fc.integer({ min: 0, max: 99 })), {
          minLength: 4,
          maxLength: 4,
        }),
      )
      .map(([first, pairs]) => `0${first}${pairs.map(([sep, n]) => sep + String(n).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(fc.oneof(phone, usual), (raw) => {
        expect(normalisePhone(raw)).toBe(normalisePhone(`${raw}-`));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('what the preview shows as read: header, first rows, duplicates, rejected records', () => {
  /** The Vierzon file's physical lines, decoded from Windows-1252. */
  const vierzonLines = iconv.decode(VIERZON, 'windows-1252').split('\r\n');

  it('keeps the header and the first 20 data rows of the Windows-1252 list, every cell as read, accents decoded', async () => {
    const list = await readSieiList(VIERZON, IMPORT);
    expect(list.header).toEqual(vierzonLines[0]!.split(';'));
    expect(list.header).toContain('Prénom');
    expect(list.sample).toHaveLength(20);
    expect(list.sample.map((r) => r.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    for (const row of list.sample) expect(row.cells).toEqual(vierzonLines[row.line - 1]!.split(';'));
    expect(list.sample[0]).toEqual({
      line: 2,
      cells: [
        '735314014PD',
        'ROUSSEL',
        'Bilal',
        '24/06/2007',
        'M',
        '90 avenue de la République',
        '18700',
        'Aubigny-sur-Nère',
        '07 52 90 89 70',
        '',
        '0180008L',
        'CAP ESTHETIQUE 1ERE ANNEE',
        '08/07/2026',
        'AUCUN',
      ],
      outcome: 'ACCEPTED',
      note: null,
    });
    expect(list.sample.map((r) => r.outcome)).toEqual(Array(20).fill('ACCEPTED'));
  });

  it('says in the sample which rows are rejected (with the reason) or duplicates (with the line kept)', () => {
    const list = parseSieiList(
      csv([{}, { Nom: '' }, { INE: '', Prénom: 'Léa' }, { INE: '123456789AB', Prénom: 'Jeanne' }]),
      IMPORT,
    );
    expect(list.sample.map(({ line, outcome, note }) => ({ line, outcome, note }))).toEqual([
      { line: 2, outcome: 'ACCEPTED', note: null },
      { line: 3, outcome: 'REJECTED', note: 'Nom manquant' },
      { line: 4, outcome: 'ACCEPTED', note: null },
      { line: 5, outcome: 'DUPLICATE', note: 'Doublon de la ligne 2' },
    ]);
    expect(list.sample[1]!.cells[1]).toBe('');
  });

  it('bounds what it keeps: 20 rows, 50 columns, 200 characters a cell', () => {
    const header = [...HEADER, ...Array.from({ length: 60 }, (_, i) => `Extra ${i}`)];
    const people = Array.from({ length: 30 }, (_, i) => ({ Nom: `NOM${i}`, Adresse: 'x'.repeat(500) }));
    const list = parseSieiList(csv(people, { header }), IMPORT);
    expect(list.sample).toHaveLength(20);
    expect(list.header).toHaveLength(50);
    expect(list.sample[0]!.cells[HEADER.indexOf('Adresse')]).toBe(`${'x'.repeat(200)}…`);
  });

  it('names the first duplicates with their key fields and those of the row kept', () => {
    const list = parseSieiList(VIERZON, IMPORT);
    expect(list.duplicateDetails.map((d) => d.line)).toEqual([68, 89, 92, 115, 116, 127]);
    const retyped = list.duplicateDetails[0]!;
    expect(retyped).toMatchObject({ line: 68, sameAsLine: 47, matchedOn: 'identity', ine: null });
    expect(retyped.lastName).toBe(retyped.first.lastName);
    expect(retyped.birthDate).toBe(retyped.first.birthDate);
    const byIne = list.duplicateDetails[1]!;
    expect(byIne).toMatchObject({ line: 89, sameAsLine: 40, matchedOn: 'ine' });
    expect(byIne.ine).toBe(byIne.first.ine);
    expect(byIne.ine).toMatch(/^[0-9A-Z]{11}$/);
  });

  it('keeps the record of each rejected row as read, decoded from Windows-1252', async () => {
    const list = await readSieiList(VIERZON, IMPORT);
    expect(list.rejectedOriginals).toEqual(
      [27, 87, 110, 119].map((line) => ({ line, original: vierzonLines[line - 1] })),
    );
    expect(list.rejectedOriginals.find((r) => r.line === 110)!.original).toContain('37 rue des Écoles');
  });

  it('keeps a quoted record whole, its line breaks and quotes included, whichever reader reads it', async () => {
    const text = [
      'Nom;Prénom;Date de naissance;Adresse',
      'DUPONT;Jeanne;01/01/2008;1 rue A',
      '',
      'MARTIN;;01/01/2008;"Bâtiment B',
      '2 rue ""B"""',
      ';;;',
      'DURAND;Paul;31/04/2008;3 rue C',
    ].join('\r\n');
    for (const list of [parseSieiList(Buffer.from(text), IMPORT), await readSieiList(Buffer.from(text), IMPORT)]) {
      expect(list.rejectedOriginals).toEqual([
        { line: 4, original: 'MARTIN;;01/01/2008;"Bâtiment B\r\n2 rue ""B"""' },
        { line: 7, original: 'DURAND;Paul;31/04/2008;3 rue C' },
      ]);
    }
  });

  it('cuts a long record at 2,000 characters', () => {
    const list = parseSieiList(csv([{ Nom: '', Adresse: 'é'.repeat(5_000) }]), IMPORT);
    expect(list.rejectedOriginals[0]!.original).toHaveLength(2_000);
    expect(list.rejectedOriginals[0]!.original.startsWith('123456789AB;;Jeanne')).toBe(true);
  });
});
