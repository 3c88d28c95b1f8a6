import { describe, expect, it } from 'vitest';
import { navigationItems } from '../../app/navigation';
import type { Role } from '../../gql/graphql';
import { ROLES } from '../identity/labels';
import { loadRoleHomes, workRolesOf } from './work';

const HOME_ROLES = ROLES.filter((r): r is Exclude<Role, 'SERVICE_ACCOUNT'> => r !== 'SERVICE_ACCOUNT');

describe("the home page's daily work", () => {
  it('shows each role of a user with several roles, once, from the user and from every membership', () => {
    expect(
      workRolesOf(['COUNSELLOR'], [{ roles: ['PSAD_REFERENT', 'COUNSELLOR'] }, { roles: ['CLAS_HOLDER'] }]),
    ).toEqual(['PSAD_REFERENT', 'COUNSELLOR', 'CLAS_HOLDER']);
    expect(workRolesOf([], [])).toEqual([]);
    expect(workRolesOf(['SERVICE_ACCOUNT'], [{ roles: ['SERVICE_ACCOUNT'] }])).toEqual([]);
  });

  it("puts each role's daily work first: the referent's worklist, the counsellor's cases, the officer's queue…", async () => {
    const homes = new Map((await loadRoleHomes(HOME_ROLES)).map(({ role, home }) => [role, home]));
    expect(homes.get('PSAD_REFERENT')?.daily.to).toBe('/psad');
    expect(homes.get('COUNSELLOR')?.daily.to).toBe('/suivis');
    expect(homes.get('CAF_OFFICER')?.daily.to).toBe('/caf/clas');
    expect(homes.get('CLAS_HOLDER')?.daily.to).toBe('/clas');
    expect(homes.get('SOCIAL_WORKER')?.daily.to).toBe('/parcours');
    expect(homes.get('VIEWER')?.daily.to).toBe('/psad/tableau-de-bord');
    expect(homes.get('ADMIN')?.daily.to).toMatch(/^\/admin\//);
    expect(homes.get('PSYEN')?.daily.to).toBe('/orientation/emploi-du-temps');
  });

  it('gives every role a description and keeps the order asked for', async () => {
    const homes = await loadRoleHomes(['SCHOOL_HEAD', 'ADMIN', 'COUNSELLOR']);
    expect(homes.map((h) => h.role)).toEqual(['SCHOOL_HEAD', 'ADMIN', 'COUNSELLOR']);
    for (const { role, home } of await loadRoleHomes(HOME_ROLES)) {
      expect(home.description, role).toMatch(/^[A-ZÉ].+\.$/);
    }
  });

  it('links only to pages the role opens (those of its navigation, or pages below them)', async () => {
    for (const { role, home } of await loadRoleHomes(HOME_ROLES)) {
      const allowed = navigationItems([role]).map((item) => item.to);
      for (const work of [home.daily, ...home.more]) {
        expect(
          allowed.some((to) => work.to === to || work.to.startsWith(`${to}/`)),
          `${role}: ${work.to}`,
        ).toBe(true);
      }
    }
  });
});

describe('a school head, by the kind of school they head', () => {
  const head = (kind: string) => [{ roles: ['SCHOOL_HEAD'] as Role[], organisation: { kind } }];
  it('opens the orientation network for a French school and the CPMS contract for a Belgian one, not the other', () => {
    const french = navigationItems(['SCHOOL_HEAD'], head('EPLE')).map((i) => i.to);
    expect(french).toContain('/orientation');
    expect(french).not.toContain('/cpms/contrats');
    const belgian = navigationItems(['SCHOOL_HEAD'], head('ECOLE')).map((i) => i.to);
    expect(belgian).toContain('/cpms/contrats');
    expect(belgian).not.toContain('/orientation');
  });

  it('gives a Belgian head a home whose tiles open only their navigation’s pages', async () => {
    const homes = await loadRoleHomes(['SCHOOL_HEAD'], { belgianSchoolHead: true });
    const home = homes[0]!.home;
    expect(home.daily.to).toBe('/cpms/contrats');
    const allowed = navigationItems(['SCHOOL_HEAD'], head('ECOLE')).map((i) => i.to);
    for (const work of [home.daily, ...home.more])
      expect(
        allowed.some((to) => work.to === to || work.to.startsWith(`${to}/`)),
        work.to,
      ).toBe(true);
  });
});
