import { describe, expect, it } from 'vitest';
import { splitErrors } from './formErrors';
import { GraphQLRequestError } from './graphql';

const error = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError([{ message, extensions: { code, requestId: 'req-1', ...extensions } }], 200);

const schoolYear = (path: string) => path.replace(/^content\./, '');

describe('splitErrors', () => {
  it('a DUPLICATE naming a field the form knows: the server’s whole reason at that field, no conflict, nothing general', () => {
    const duplicate = error('CONFLICT', "Cette organisation a déjà un projet CLAS pour l'année scolaire 2025-2026.", {
      reason: 'DUPLICATE',
      fields: [{ path: 'content.schoolYear', message: 'un projet existe déjà pour cette année' }],
    });
    expect(duplicate.conflictReason()).toBe('DUPLICATE');
    expect(splitErrors(duplicate, ['title', 'schoolYear'], schoolYear)).toEqual({
      fields: { schoolYear: "Cette organisation a déjà un projet CLAS pour l'année scolaire 2025-2026." },
      general: null,
      conflict: false,
      reason: 'DUPLICATE',
    });
  });

  it('a DUPLICATE on a field the form does not show: the server’s message in general', () => {
    const duplicate = error('CONFLICT', 'Cet utilisateur est déjà membre de cette organisation : modifiez ses rôles.', {
      reason: 'DUPLICATE',
      fields: [{ path: 'input.organisationId', message: 'déjà membre' }],
    });
    expect(splitErrors(duplicate, ['roles'])).toMatchObject({
      fields: {},
      general: 'Cet utilisateur est déjà membre de cette organisation : modifiez ses rôles.',
      conflict: false,
    });
  });

  it('only a STALE_VERSION is a conflict (the reload banner)', () => {
    const stale = error(
      'CONFLICT',
      "Le projet a été modifié entre-temps (par quelqu'un d'autre, ou dans un autre onglet) : rechargez puis recommencez.",
      { reason: 'STALE_VERSION' },
    );
    expect(stale.isStaleVersion()).toBe(true);
    expect(splitErrors(stale, ['title'])).toEqual({
      fields: {},
      general: stale.message,
      conflict: true,
      reason: 'STALE_VERSION',
    });
    for (const reason of ['TRANSITION_REFUSED', 'RULE_REFUSED', 'DUPLICATE', undefined]) {
      const refused = error(
        'CONFLICT',
        'Impossible : un projet ne se modifie qu’en brouillon.',
        reason ? { reason } : {},
      );
      expect(splitErrors(refused, ['title']), String(reason)).toMatchObject({
        fields: {},
        general: refused.message,
        conflict: false,
      });
    }
  });

  it('BAD_USER_INPUT: field messages at the fields, the others in general, as before', () => {
    const bad = error('BAD_USER_INPUT', 'Saisie invalide : input.name (trop court), input.zz (inconnu).', {
      fields: [
        { path: 'input.name', message: 'trop court' },
        { path: 'input.zz', message: 'inconnu' },
      ],
    });
    expect(splitErrors(bad, ['name'])).toEqual({
      fields: { name: 'Trop court.' },
      general: 'Inconnu.',
      conflict: false,
    });
    expect(splitErrors(error('BAD_USER_INPUT', 'Requête invalide.'), ['name'])).toEqual({
      fields: {},
      general: 'Requête invalide.',
      conflict: false,
    });
  });

  it('anything else: the message in general; nothing at all without an error', () => {
    expect(splitErrors(error('FORBIDDEN', "Vous n'avez pas accès à cette opération."), ['name'])).toEqual({
      fields: {},
      general: "Vous n'avez pas accès à cette opération.",
      conflict: false,
    });
    expect(splitErrors(null, ['name'])).toEqual({ fields: {}, general: null, conflict: false });
  });
});
