/**
 * From the SDL the server serves, for every root field: a document that calls it with one variable per
 * argument and selects its scalar fields two levels deep, and a fast-check arbitrary of those variables.
 * Values are mostly of the right GraphQL type but hostile (long, Unicode, control characters, empty
 * lists, huge numbers, ids of other tenants, ids of the right shape that name nothing), and sometimes
 * of the wrong type, so that validation, coercion, services and SQL are all reached.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export interface RootOperation {
  kind: 'query' | 'mutation';
  field: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** Ids the arbitraries draw from: the seeded records of every tenant (filled once they exist), plus some that name nothing. */
export interface IdPool {
  known: string[];
}

const CONTROL = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u200b', '\u202e', '\ufeff', '\r\n', '\t');
/** Inputs per operation (FUZZ_RUNS: 3 in CI, 1,000 with pnpm test:hard) and the seed that replays a run. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);

/** Strings that have broken parsers, queries, exports and renderers elsewhere (the REST fuzz draws them too). */
export const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  "'; drop table psad_case; --",
  '%_\\',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧒🏽 é',
  'null',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
];
const HOSTILE_STRINGS = fc.constantFrom(...HOSTILE_TEXTS);

const stringArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: HOSTILE_STRINGS },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 8 }), CONTROL), { maxLength: 12 }).map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2_001, max: 70_000 }).map((n) => 'é'.repeat(n)) },
);

const intArb = fc.oneof(
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 50, 100, 101, 1_000),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

const floatArb = fc.oneof(
  fc.constantFrom(0, -0.5, 1e308, -1e308, 1.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const dateArb = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-29', '2025-02-29', '0000-01-01', '2026-13-01', '12/05/2026', ''),
);

const dateTimeArb = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-12-05T25:00:00Z', '2026-12-05', 'yesterday', ''),
);

/** One of the seeded records' ids (read when drawn: the pool is filled once the records exist). */
function knownIdArb(pool: IdPool): fc.Arbitrary<string> {
  return fc.nat().map((i) => pool.known[i % Math.max(1, pool.known.length)] ?? '00000000-0000-4000-8000-000000000000');
}

function idArb(pool: IdPool): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: knownIdArb(pool),
    },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('', 'not-an-id', '1', '-1', '00000000-0000-0000-0000-00000000000g') },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );
}

/** Values a real client would send for a field of this name: they reach the rules past validation. */
function plausibleString(name: string): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('schoolyear')) return fc.constantFrom('2025-2026', '2026-2027', '2027-2028');
  if (n.includes('email')) return fc.constantFrom('jeune@example.org', 'conseil@example.fr');
  if (n.includes('phone')) return fc.constantFrom('06 12 34 56 78', '+33 6 12 34 56 78');
  if (n.includes('uai')) return fc.constantFrom('0180001A', '0180005E');
  if (n === 'ine') return fc.constantFrom('123456789AB', '0A12345678B');
  if (n.includes('postal')) return fc.constantFrom('18000', '18100');
  if (n.includes('campaign')) return fc.constantFrom('2026-S2', '2027-S1');
  if (n.includes('insee')) return fc.constantFrom('18033', '18279');
  if (n.includes('password')) return fc.constantFrom('demo-maillage', 'un mot de passe assez long');
  if (n === 'start' || n === 'end') return fc.constantFrom('16:30', '18:00');
  return fc.constantFrom('Martin', 'Élodie', 'Soutien scolaire', 'Bourges', 'Point d’étape avec la famille', 'note');
}

function plausibleScalar(type: string, name: string, pool: IdPool): fc.Arbitrary<unknown> {
  switch (type) {
    case 'ID':
      return knownIdArb(pool);
    case 'Int':
      return /version|^v$/i.test(name) ? fc.integer({ min: 1, max: 3 }) : fc.integer({ min: 0, max: 30 });
    case 'Float':
      return fc.double({ min: 0, max: 100, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc
        .integer({ min: -400, max: 400 })
        .map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
    case 'DateTime':
      return fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString());
    case 'JSON':
      return fc.constant({});
    default:
      return plausibleString(name);
  }
}

/** A value of the wrong GraphQL type, to reach coercion. */
const wrongTypeArb = fc.oneof(
  fc.constant({}),
  fc.constant([1, 'a']),
  fc.constant(true),
  fc.constant(12.5),
  fc.constant('x'),
);

function scalarArb(name: string, pool: IdPool): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArb(pool);
    case 'String':
      return stringArb;
    case 'Int':
      return intArb;
    case 'Float':
      return floatArb;
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dateArb;
    case 'DateTime':
      return dateTimeArb;
    case 'JSON':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      return stringArb;
  }
}

type Mode = 'plausible' | 'hostile';

function inputArb(
  type: GraphQLInputType,
  pool: IdPool,
  depth: number,
  mode: Mode,
  name: string,
  required = false,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = inputArb(type.ofType, pool, depth, mode, name, true);
    return mode === 'plausible'
      ? inner
      : fc.oneof({ weight: 19, arbitrary: inner }, { weight: 1, arbitrary: wrongTypeArb });
  }
  const nullable = (inner: fc.Arbitrary<unknown>) =>
    required
      ? inner
      : fc.oneof(
          { weight: mode === 'plausible' ? 3 : 6, arbitrary: inner },
          { weight: 1, arbitrary: fc.constant(null) },
        );
  if (isListType(type)) {
    return nullable(
      fc.oneof(
        fc.constant([]),
        fc.array(inputArb(type.ofType, pool, depth + 1, mode, name), { maxLength: depth > 1 ? 2 : 5 }),
      ),
    );
  }
  if (isScalarType(type))
    return nullable(mode === 'plausible' ? plausibleScalar(type.name, name, pool) : scalarArb(type.name, pool));
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return nullable(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = inputArb(f.type, pool, depth + 1, mode, f.name);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return nullable(fc.record(shape, { requiredKeys: required }));
  }
  return fc.constant(null);
}

/** Scalar and enum fields, and object fields without required arguments, `depth` levels deep. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isAbstractType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (depth > 0) {
      const sub = selectionOf(field.type, depth - 1);
      if (sub) parts.push(`${field.name} ${sub}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, pool: IdPool): RootOperation {
  const vars = field.args.map((a, i) => ({ name: a.name, variable: `v${i}`, type: a.type }));
  const declared = vars.map((v) => `$${v.variable}: ${String(v.type)}`).join(', ');
  const passed = vars.map((v) => `${v.name}: $${v.variable}`).join(', ');
  const selection = selectionOf(field.type, 1);
  const document = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
  const required = vars.filter((v) => isNonNullType(v.type)).map((v) => v.variable);
  const variablesOf = (mode: Mode) => {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const v of vars) shape[v.variable] = inputArb(v.type, pool, 0, mode, v.name);
    return fc.record(shape, { requiredKeys: required });
  };
  // Half the inputs are what a client would send (they reach the rules and the writes), half hostile.
  const variables = fc.oneof(variablesOf('plausible'), variablesOf('hostile'));
  return { kind, field: field.name, document, variables };
}

/** Every root query and mutation of the schema, with its document and the arbitrary of its variables. */
export function rootOperations(schema: GraphQLSchema, pool: IdPool): RootOperation[] {
  const out: RootOperation[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {}))
    out.push(operationOf('query', field, pool));
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {}))
    out.push(operationOf('mutation', field, pool));
  return out;
}
