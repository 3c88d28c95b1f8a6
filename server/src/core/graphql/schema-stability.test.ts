import fs from 'node:fs';
import type { Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchemaSource } from './plugin.js';
import { RELEASED_SCHEMA_FILE, breakingChanges } from './released-schema.js';

/**
 * Partners' systems are built against the released schema (server/schema/released.graphql): a change that
 * would break one of their documents fails here, as GraphQL Inspector judges it (a field, argument, enum
 * value or type removed, a type changed, a required argument or input field added…). What may go is what
 * the released schema already marked `@deprecated`, so that its users were told before. A breaking change
 * made on purpose is released with `pnpm schema:release` (README, « Other commands »).
 */

const describeChanges = (changes: Change[]) =>
  changes.map((c) => `  - ${c.message}${c.criticality.reason ? ` (${c.criticality.reason})` : ''}`).join('\n');

describe('schema stability', () => {
  it('breaks nothing of the released schema (server/schema/released.graphql)', async () => {
    const released = buildSchema(fs.readFileSync(RELEASED_SCHEMA_FILE, 'utf8'));
    const breaking = await breakingChanges(released, buildSchema(loadSchemaSource()));
    expect(
      breaking.map((c) => c.message),
      `Breaking changes to the released schema:\n${describeChanges(breaking)}\n` +
        'Deprecate first (`@deprecated(reason: "…")`, removed in a later release), or, for a change made on purpose, ' +
        'release the schema again with `pnpm schema:release` and say so to the partners.',
    ).toEqual([]);
  });

  const RELEASED = `
    type Query {
      cases(first: Int, legacyOrder: Boolean @deprecated(reason: "gone"), status: String): [Case!]!
      oldCases: [Case!]! @deprecated(reason: "use cases")
      case(id: ID!): Case
    }
    type Case { id: ID! status: Status! name: String }
    enum Status { OPEN CLOSED ARCHIVED @deprecated(reason: "never used") }
  `;

  it('lets go a field, an argument or an enum value the release marked deprecated', async () => {
    const current = `
      type Query { cases(first: Int, status: String): [Case!]! case(id: ID!): Case }
      type Case { id: ID! status: Status! name: String }
      enum Status { OPEN CLOSED }
    `;
    expect(await breakingChanges(buildSchema(RELEASED), buildSchema(current))).toEqual([]);
  });

  it('fails on any other breaking change, naming each', async () => {
    const current = `
      type Query {
        cases(first: Int, status: String!, legacyOrder: Boolean): [Case!]!
        oldCases: [Case!]! @deprecated(reason: "use cases")
        case(id: ID!, version: Int!): Case
      }
      type Case { id: ID! status: Status! }
      enum Status { OPEN ARCHIVED }
    `;
    const messages = (await breakingChanges(buildSchema(RELEASED), buildSchema(current))).map((c) => c.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Field 'name' was removed from object type 'Case'",
        "Enum value 'CLOSED' was removed from enum 'Status'",
        "Type for argument 'status' on field 'Query.cases' changed from 'String' to 'String!'",
        "Argument 'version: Int!' added to field 'Query.case'",
      ]),
    );
    expect(messages).toHaveLength(4);
  });
});
