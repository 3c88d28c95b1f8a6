import path from 'node:path';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { repoRoot } from '../config.js';
import { loadSchemaSource } from './plugin.js';
import { printSdl } from './schema-reference.js';

/**
 * The schema as last released (`pnpm schema:release` writes it): what schema-stability.test.ts compares the
 * served schema with, so that a change that would break a partner's client (a field, argument or enum value
 * removed, a type changed) fails until it is released on purpose, or deprecated first.
 */
export const RELEASED_SCHEMA_FILE = path.join(repoRoot, 'server/schema/released.graphql');

const HEADER = [
  '# The GraphQL schema as last released (server/src/core/graphql/schema-stability.test.ts compares the served one',
  '# with it). Written by `pnpm schema:release`; never edited by hand.',
  '',
  '',
].join('\n');

/** The served schema printed: types in name order, with their descriptions and deprecations. */
export function printServedSchema(): string {
  return `${HEADER}${printSdl(loadSchemaSource())}\n`;
}

/** Whether the released schema marked the element a removal names (`Type.field`, `Type.field.arg`, `Enum.VALUE`) deprecated. */
function deprecatedInRelease(released: GraphQLSchema, change: Change): boolean {
  const [typeName, member, argument] = (change.path ?? '').split('.');
  const type = typeName ? released.getType(typeName) : undefined;
  if (!type || !member) return false;
  switch (change.type) {
    case ChangeType.FieldRemoved:
    case ChangeType.InputFieldRemoved: {
      const fields = isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields() : {};
      return fields[member]?.deprecationReason != null;
    }
    case ChangeType.FieldArgumentRemoved: {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[member] : undefined;
      return field?.args.find((a) => a.name === argument)?.deprecationReason != null;
    }
    case ChangeType.EnumValueRemoved:
      return isEnumType(type) && type.getValue(member)?.deprecationReason != null;
    default:
      return false;
  }
}

/** The breaking changes from the released schema to `current`, but the removals the release announced. */
export async function breakingChanges(released: GraphQLSchema, current: GraphQLSchema): Promise<Change[]> {
  const changes = await diff(released, current);
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !deprecatedInRelease(released, c));
}
