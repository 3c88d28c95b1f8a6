/**
 * What `pnpm typecheck` proves of the resolvers (app.ts asserts both for the real modules): the
 * checks themselves must name a broken field, or they would prove nothing.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { MODULES } from '../../modules/registry.js';
import type { MistypedRowFields, UnresolvedFields } from './plugin.js';

type ModuleResolvers = (typeof MODULES)[number]['resolvers'][number];

describe('resolver coverage, checked by the typecheck', () => {
  it('every field of the SDL is resolved, and every field served from its row has the type the SDL says', () => {
    expectTypeOf<UnresolvedFields<ModuleResolvers>>().toBeNever();
    expectTypeOf<MistypedRowFields<ModuleResolvers>>().toBeNever();
  });

  it('names a root field or a type field that nothing resolves', () => {
    expectTypeOf<'Query.cases'>().toExtend<UnresolvedFields<never>>();
    expectTypeOf<'ImportReport.rejectedCount'>().toExtend<UnresolvedFields<never>>();
  });

  it('names a field whose row holds another type than the SDL says, once its resolver is gone', () => {
    // SieiImport's row holds the uploader's id where the SDL says User: the resolver makes it fit.
    expectTypeOf<'SieiImport.uploadedBy'>().toExtend<MistypedRowFields<never>>();
    expectTypeOf<'SieiImport.uploadedBy'>().not.toExtend<MistypedRowFields<ModuleResolvers>>();
  });
});
