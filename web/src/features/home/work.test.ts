import { describe, expect, it } from 'vitest';
import { navigationItems } from '../../app/navigation';
import type { Role } from '../../gql/graphql';
import { ROLES } from '../identity/labels';
import { WORK, workRolesOf } from './work';

describe("the home page's daily work", () => {
  it('shows each role of a user with several roles, once, from the user and from every membership', () => {
    expect(
      workRolesOf(['COUNSELLOR'], [{ roles: ['PSAD_REFERENT', 'COUNSELLOR'] }, { roles: ['CLAS_HOLDER'] }]),
    ).toEqual(['PSAD_REFERENT', 'COUNSELLOR', 'CLAS_HOLDER']);
    expect(workRolesOf([], [])).toEqual([]);
    expect(workRolesOf(['SERVICE_ACCOUNT'], [{ roles: ['SERVICE_ACCOUNT'] }])).toEqual([]);
  });

  it("puts each role's daily work first: the referent's worklist, the counsellor's cases, the officer's queue…", () => {
    expect(WORK.PSAD_REFERENT.daily.to).toBe('/psad');
    expect(WORK.COUNSELLOR.daily.to).toBe('/suivis');
    expect(WORK.CAF_OFFICER.daily.to).toBe('/caf/clas');
    expect(WORK.CLAS_HOLDER.daily.to).toBe('/clas');
    expect(WORK.SOCIAL_WORKER.daily.to).toBe('/parcours');
    expect(WORK.VIEWER.daily.to).toBe('/psad/tableau-de-bord');
    expect(WORK.ADMIN.daily.to).toMatch(/^\/admin\//);
  });

  it('links only to pages the role opens (those of its navigation, or pages below them)', () => {
    for (const role of ROLES.filter((r): r is Role => r !== 'SERVICE_ACCOUNT')) {
      const allowed = navigationItems([role]).map((item) => item.to);
      for (const work of [WORK[role].daily, ...WORK[role].more]) {
        expect(
          allowed.some((to) => work.to === to || work.to.startsWith(`${to}/`)),
          `${role}: ${work.to}`,
        ).toBe(true);
      }
    }
  });
});
