/**
 * The change feed (issue 20): `changes(since, types, first)` tells a partner's system what changed
 * (object type, id, CREATED/UPDATED/DELETED, when) after the cursor it kept, in commit order. The
 * cursor is opaque; the page's `endCursor` is the one to keep.
 */
import { z } from 'zod';
import { CHANGE_OBJECT_TYPES } from './scopes.js';

/** The kinds of change the feed names. */
export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A page holds this many changes unless the caller asks for fewer, at most CHANGES_PAGE_MAX. */
export const CHANGES_PAGE_DEFAULT = 100;
export const CHANGES_PAGE_MAX = 1000;

/** The arguments of `changes`, as sent (the cursor is decoded by the server). */
export const changesArgs = z.object({
  since: z.string().max(200, 'curseur invalide').nullish(),
  types: z
    .array(z.enum(CHANGE_OBJECT_TYPES, { error: 'type d’objet inconnu' }))
    .min(1, 'au moins un type d’objet')
    .nullish(),
  first: z
    .number({ error: `un nombre entre 1 et ${CHANGES_PAGE_MAX}` })
    .int(`un nombre entre 1 et ${CHANGES_PAGE_MAX}`)
    .min(1, `un nombre entre 1 et ${CHANGES_PAGE_MAX}`)
    .max(CHANGES_PAGE_MAX, `un nombre entre 1 et ${CHANGES_PAGE_MAX}`)
    .nullish(),
});
