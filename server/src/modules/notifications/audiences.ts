import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '@maillage/shared';

/**
 * Who an event goes to, resolved when the fan-out runs (not when the event is raised): a counsellor
 * who joined the organisation in between is told, one who left is not. Only active accounts.
 */
export type Audience =
  /** The members of an organisation holding one of the roles (its counsellors, a project's holders). */
  | { type: 'ORGANISATION_ROLE'; organisationId: string; roles: Role[] }
  /** The referents of a PSAD platform. */
  | { type: 'PLATFORM_REFERENTS'; platformId: string }
  /** The CAF officers whose organisation lies in (or above) a département. */
  | { type: 'CAF_OFFICERS'; departementId: string }
  /** The intervenants with an account on a PA's list (active entries), or those of some entries. */
  | { type: 'PERSON_INTERVENANTS'; personId: string; memberIds?: string[] }
  /** Named users (the referent who proposed a transfer, the user whose password changed). */
  | { type: 'USERS'; userIds: string[] }
  /** Every administrator. */
  | { type: 'ADMINS' }
  /**
   * Those a work plan action is attributed to: the people it names, and the holders of its roles for
   * its CIO (its PsyEn and directors, its département's IEN-IO, the heads of its networks' schools).
   */
  | { type: 'WORK_PLAN_ACTION'; actionId: string };

/** The statement that selects the audience's user ids (column user_id), as the owner. */
export function audienceQuery(audience: Audience): SQL {
  switch (audience.type) {
    case 'ORGANISATION_ROLE':
      return sql`select m.user_id from membership m
        where m.organisation_id = ${audience.organisationId}
          and m.roles && ${sql.param(audience.roles)}::text[]`;
    case 'PLATFORM_REFERENTS':
      return sql`select r.user_id from platform_referent r where r.platform_id = ${audience.platformId}`;
    case 'CAF_OFFICERS':
      return sql`with recursive up as (
          select m.user_id, t.id, t.parent_id
          from membership m join organisation o on o.id = m.organisation_id join territory t on t.id = o.territory_id
          where 'CAF_OFFICER' = any (m.roles)
          union
          select up.user_id, p.id, p.parent_id from up join territory p on p.id = up.parent_id
        )
        select distinct up.user_id from up where up.id = ${audience.departementId}`;
    case 'PERSON_INTERVENANTS':
      // Active on the day in Paris, as the list's row-level security counts it (0011): current_date is UTC's.
      return sql`select a.user_id from accompaniment_member a
        where a.person_id = ${audience.personId} and a.user_id is not null
          and a.since <= (now() at time zone 'Europe/Paris')::date
          and (a.until is null or a.until >= (now() at time zone 'Europe/Paris')::date)
          ${audience.memberIds ? sql`and a.id = any (${sql.param(audience.memberIds)}::uuid[])` : sql``}`;
    case 'USERS':
      return sql`select unnest(${sql.param(audience.userIds)}::uuid[]) as user_id`;
    case 'ADMINS':
      return sql`select m.user_id from membership m where 'ADMIN' = any (m.roles)`;
    case 'WORK_PLAN_ACTION':
      return sql`with recursive a as (
          select cio_id, roles, person_ids from work_plan_action where id = ${audience.actionId}
        ), cio_up as (
          select t.id, t.parent_id, t.kind from a join organisation o on o.id = a.cio_id join territory t on t.id = o.territory_id
          union
          select p.id, p.parent_id, p.kind from cio_up join territory p on p.id = cio_up.parent_id
        ), ien_up as (
          select m.user_id, t.id, t.parent_id, t.kind
          from membership m join organisation o on o.id = m.organisation_id join territory t on t.id = o.territory_id
          where 'IEN_IO' = any (m.roles) and exists (select 1 from a where 'IEN_IO' = any (a.roles))
          union
          select ien_up.user_id, p.id, p.parent_id, p.kind from ien_up join territory p on p.id = ien_up.parent_id
        )
        select unnest(a.person_ids) as user_id from a
        union
        select m.user_id from membership m join a on m.organisation_id = a.cio_id
          where m.roles && array(select r from unnest(a.roles) r where r in ('PSYEN', 'CIO_DIRECTOR'))
        union
        select ien_up.user_id from ien_up
          where ien_up.kind = 'DEPARTEMENT' and ien_up.id in (select id from cio_up where kind = 'DEPARTEMENT')
        union
        select m.user_id from membership m
          join orientation_network_school s on s.school_id = m.organisation_id
          join orientation_network n on n.id = s.network_id
          join a on n.cio_id = a.cio_id
          where 'SCHOOL_HEAD' = any (m.roles) and 'SCHOOL_HEAD' = any (a.roles)`;
  }
}
