import { guard } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import * as cios from './cios.service.js';
import { orientationReader } from './policy.js';

export const orientationResolvers = {
  Query: {
    orientationCios: guard(orientationReader, (_args, ctx) => cios.orientationCios(ctx)),
  },
  OrientationCio: {
    people: (cio, _args, ctx) => cios.orientationPeople(ctx, cio.id),
  },
} satisfies Resolvers;
