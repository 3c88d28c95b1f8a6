import type { FastifyInstance } from 'fastify';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { ANY_KEY, fieldScopes, type FieldScope } from '../api-scopes.js';
import { policies } from '../authz.js';

/**
 * The schema's reference for the « API » page and for integrators (issue 20): its types, fields, arguments
 * and enum values with their SDL descriptions, and, for each root field, the scope an API key needs. Read by
 * any signed-in user or key (`GET /api/schema/reference`), as is the SDL itself (`GET /api/schema.graphql`,
 * for a client's code generation): introspection stays off in production, the schema is not public.
 */
export interface SchemaReference {
  /** GraphiQL's address on this server (outside production), or null. */
  graphiql: string | null;
  types: ReferenceType[];
}

export interface ReferenceField {
  name: string;
  /** The field's type as the SDL writes it: `[Case!]!`. */
  type: string;
  description: string | null;
  deprecationReason: string | null;
  args: { name: string; type: string; description: string | null; defaultValue: string | null }[];
  /** Root fields only: the scope an API key needs (`any-key`: any key), or null: refused to keys. */
  scope?: string | null;
}

export interface ReferenceType {
  name: string;
  kind: 'OBJECT' | 'INPUT_OBJECT' | 'ENUM' | 'SCALAR' | 'INTERFACE' | 'UNION';
  description: string | null;
  fields?: ReferenceField[];
  values?: { name: string; description: string | null; deprecationReason: string | null }[];
  /** A union's members, an object type's interfaces. */
  possibleTypes?: string[];
}

/** The schema built from the served SDL, its types in name order. */
export const sortedSchema = (sdl: string): GraphQLSchema => lexicographicSortSchema(buildSchema(sdl));

/** The SDL as served, types in name order, with descriptions and deprecations. */
export const printSdl = (sdl: string): string => printSchema(sortedSchema(sdl));

const argument = (a: GraphQLArgument | GraphQLInputField) => ({
  name: a.name,
  type: String(a.type),
  description: a.description ?? null,
  defaultValue: a.defaultValue === undefined ? null : JSON.stringify(a.defaultValue),
});

function field(root: string | null, f: GraphQLField<unknown, unknown> | GraphQLInputField): ReferenceField {
  const args = 'args' in f ? f.args.map(argument) : [];
  return {
    name: f.name,
    type: String(f.type),
    description: f.description ?? null,
    deprecationReason: f.deprecationReason ?? null,
    args,
    ...(root ? { scope: fieldScopes().get(`${root}.${f.name}`) ?? null } : {}),
  };
}

function referenceType(type: GraphQLNamedType, roots: ReadonlySet<string>): ReferenceType | null {
  if (type.name.startsWith('__')) return null;
  const description = type.description ?? null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const root = roots.has(type.name) ? type.name : null;
    return {
      name: type.name,
      kind: isObjectType(type) ? 'OBJECT' : 'INTERFACE',
      description,
      fields: Object.values(type.getFields()).map((f) => field(root, f)),
      ...(type.getInterfaces().length ? { possibleTypes: type.getInterfaces().map((i) => i.name) } : {}),
    };
  }
  if (isInputObjectType(type)) {
    return {
      name: type.name,
      kind: 'INPUT_OBJECT',
      description,
      fields: Object.values(type.getFields()).map((f) => field(null, f)),
    };
  }
  if (isEnumType(type)) {
    return {
      name: type.name,
      kind: 'ENUM',
      description,
      values: type.getValues().map((v) => ({
        name: v.name,
        description: v.description ?? null,
        deprecationReason: v.deprecationReason ?? null,
      })),
    };
  }
  if (isUnionType(type)) {
    return { name: type.name, kind: 'UNION', description, possibleTypes: type.getTypes().map((t) => t.name) };
  }
  if (isScalarType(type)) return { name: type.name, kind: 'SCALAR', description };
  return null;
}

/** The reference of a schema: Query and Mutation first, then every other type in name order. */
export function schemaReference(sdl: string, graphiql: string | null): SchemaReference {
  const schema = sortedSchema(sdl);
  const roots = new Set(['Query', 'Mutation']);
  const rank = (name: string) => (name === 'Query' ? 0 : name === 'Mutation' ? 1 : 2);
  const types = Object.values(schema.getTypeMap())
    .map((t) => referenceType(t, roots))
    .filter((t): t is ReferenceType => t !== null)
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
  return { graphiql, types };
}

/** `GET /api/schema.graphql` (the SDL) and `GET /api/schema/reference` (JSON): any signed-in user or key. */
export function registerSchemaRoutes(app: FastifyInstance, sdl: string, graphiql: string | null): void {
  let printed: string | null = null;
  let reference: string | null = null;
  const config = { policy: policies.signedIn, apiScope: ANY_KEY as FieldScope };
  app.get(
    '/api/schema.graphql',
    {
      config,
      schema: {
        summary: 'Le schéma GraphQL servi (SDL), pour la génération de code d’un client',
        response: { 200: { type: 'string' } },
      },
    },
    async (_request, reply) => reply.type('text/plain; charset=utf-8').send((printed ??= printSdl(sdl))),
  );
  app.get(
    '/api/schema/reference',
    {
      config,
      schema: {
        summary: 'La référence du schéma GraphQL : types, champs, arguments, descriptions, portée de chaque opération',
      },
    },
    async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send((reference ??= JSON.stringify(schemaReference(sdl, graphiql)))),
  );
}
