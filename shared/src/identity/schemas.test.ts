import { describe, expect, it } from 'vitest';
import * as s from './schemas.js';

describe('identity input schemas', () => {
  it.each([
    ['0180005H', true],
    ['0180005h', true],
    ['018005H', false],
    ['01800055', false],
  ])('UAI %s valid: %s', (value, valid) => {
    expect(s.uai.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['18033', true],
    ['2A004', true],
    ['1803', false],
    ['ABCDE', false],
  ])('commune INSEE %s valid: %s', (value, valid) => {
    expect(s.communeInsee.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['13002526500013', '13002526500013'],
    [' 130 025 265 00013 ', '13002526500013'],
    ['1300252650001', null],
    ['1300252650001A', null],
  ])('SIRET %j: %j', (value, parsed) => {
    const r = s.siret.safeParse(value);
    expect(r.success ? r.data : null).toBe(parsed);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/14 chiffres/);
  });

  it('approving an access request: roles chosen, never a service account', () => {
    const valid = { id: crypto.randomUUID(), version: 1, organisationId: crypto.randomUUID(), roles: ['VIEWER'] };
    expect(s.approveAccessRequestInput.safeParse(valid).success).toBe(true);
    expect(s.approveAccessRequestInput.safeParse({ ...valid, roles: [] }).success).toBe(false);
    const service = s.approveAccessRequestInput.safeParse({ ...valid, roles: ['SERVICE_ACCOUNT'] });
    expect(service.error?.issues[0]).toMatchObject({
      path: ['roles'],
      message: expect.stringMatching(/compte de service/),
    });
  });

  it('normalises e-mail addresses to lower case', () => {
    expect(s.email.parse('  Claire.Conseillere@Demo.TEST ')).toBe('claire.conseillere@demo.test');
  });

  it('refuses a password shorter than 12 characters, naming the rule', () => {
    const r = s.password.safeParse('court');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/12 caractères/);
  });

  it('only lets an EPLE be lycée tête de réseau', () => {
    const r = s.createOrganisationInput.safeParse({ name: 'CIO de Bourges', kind: 'CIO', lyceeTeteDeReseau: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['lyceeTeteDeReseau']);
    expect(
      s.createOrganisationInput.safeParse({ name: 'Lycée Alain-Fournier', kind: 'EPLE', lyceeTeteDeReseau: true })
        .success,
    ).toBe(true);
  });

  it('turns empty optional text into null', () => {
    expect(s.createOrganisationInput.parse({ name: 'CIO', kind: 'CIO', address: '  ' }).address).toBeNull();
  });

  it('deduplicates roles and requires at least one', () => {
    expect(s.roles.parse(['ADMIN', 'ADMIN'])).toEqual(['ADMIN']);
    expect(s.roles.safeParse([]).success).toBe(false);
    expect(s.roles.safeParse(['ROOT']).success).toBe(false);
  });
});
