-- Who may read or write past row-level security, one named function per need (issue 14). Each one
-- checks the caller's right itself, from the request's settings (app_user_id(), app_org_ids_with_role(),
-- app_referent_platform_ids(), app_is_admin()…), and returns only what its need shows; anyone else gets
-- nothing (no row, false, null). They replace the server's steps out of row-level security inside a
-- request (asOwner: "reset role" on the request's one connection, during which every other GraphQL
-- field had to wait, or would have run with every policy off).

-- ─── identity ────────────────────────────────────────────────────────────────────────────────────

-- The organisations as identity shows them to other modules' statements (a page of the PSAD worklist
-- joins its partners): the same rows and policies as the table, as the caller (security_invoker).
CREATE VIEW organisation_directory WITH (security_invoker = true) AS
  SELECT id, name, search_name, kind, uai, lycee_tete_de_reseau, address, postal_code, commune_insee, commune_name, territory_id,
         email, phone, website, active, version, created_at, updated_at
    FROM organisation;--> statement-breakpoint
GRANT SELECT ON organisation_directory TO maillage_app;--> statement-breakpoint

-- API keys are not granted to the request role (their hash must never be read by a request). An
-- administrator lists a service account's keys, issues one to an active service account, revokes one;
-- the hash goes in, never out.
CREATE FUNCTION app_api_keys(service_account uuid)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at FROM api_key k
   WHERE k.user_id = service_account AND app_is_admin()
   ORDER BY k.created_at DESC $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_keys(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_keys(uuid) TO maillage_app;--> statement-breakpoint
CREATE FUNCTION app_api_key_create(service_account uuid, key_name text, key_prefix text, hash text)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ INSERT INTO api_key (user_id, name, prefix, key_hash)
   SELECT service_account, key_name, key_prefix, hash
    WHERE app_is_admin() AND EXISTS (
      SELECT 1 FROM app_user u JOIN membership m ON m.user_id = u.id
       WHERE u.id = service_account AND u.active AND 'SERVICE_ACCOUNT' = ANY (m.roles))
   RETURNING api_key.id, api_key.user_id, api_key.name, api_key.prefix, api_key.created_at, api_key.last_used_at, api_key.revoked_at $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_create(uuid, text, text, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_create(uuid, text, text, text) TO maillage_app;--> statement-breakpoint
CREATE FUNCTION app_api_key_revoke(api_key_id uuid)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ UPDATE api_key k SET revoked_at = coalesce(k.revoked_at, now())
    WHERE k.id = api_key_id AND app_is_admin()
   RETURNING k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_revoke(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_revoke(uuid) TO maillage_app;--> statement-breakpoint
-- The audit log names an API key for an administrator: its name only.
CREATE FUNCTION app_audit_api_key_names(ids uuid[]) RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id, k.name FROM api_key k WHERE k.id = ANY (ids) AND app_is_admin() $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_audit_api_key_names(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_audit_api_key_names(uuid[]) TO maillage_app;--> statement-breakpoint

-- An administrator who changes a user's password or deactivates the account ends their sessions:
-- the user's refresh tokens not yet revoked are revoked. Returns how many.
CREATE FUNCTION app_revoke_sessions(of_user uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ WITH revoked AS (
     UPDATE refresh_token t SET revoked_at = now()
      WHERE t.user_id = of_user AND t.revoked_at IS NULL AND app_is_admin()
     RETURNING 1)
   SELECT count(*)::int FROM revoked $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_revoke_sessions(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_revoke_sessions(uuid) TO maillage_app;--> statement-breakpoint

-- A user changing their own password proves the current one: the hash of the caller's own account,
-- never another's (the column is not granted to the request role).
CREATE FUNCTION app_own_password_hash() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.password_hash FROM app_user u WHERE u.id = app_user_id() $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_own_password_hash() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_own_password_hash() TO maillage_app;--> statement-breakpoint

-- ─── CLAS ────────────────────────────────────────────────────────────────────────────────────────

-- The people named on a project's decisions and comments, whom app_user's policy hides from the other
-- party (a CAF officer from the holder, and back): to a party of a project they decided or commented
-- on (a CLAS_HOLDER of its organisation, or a CAF officer of its département once deposited, as the
-- project's policies say). Name and work e-mail, never account details.
CREATE FUNCTION app_clas_counterparts(ids uuid[])
  RETURNS TABLE (id uuid, email text, display_name text, active boolean, version integer, created_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ WITH seen AS (
     SELECT p.id FROM clas_project p
      WHERE p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])
         OR (p.status <> 'BROUILLON' AND p.departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[])))
   SELECT u.id, u.email, u.display_name, u.active, u.version, u.created_at FROM app_user u
    WHERE u.id = ANY (ids) AND (
      EXISTS (SELECT 1 FROM clas_decision d JOIN seen ON seen.id = d.project_id WHERE d.decided_by = u.id)
      OR EXISTS (SELECT 1 FROM clas_comment c JOIN seen ON seen.id = c.project_id WHERE c.author_id = u.id)) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_clas_counterparts(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_clas_counterparts(uuid[]) TO maillage_app;--> statement-breakpoint

-- ─── Parcours ────────────────────────────────────────────────────────────────────────────────────

-- Whether a record of a person's file exists, whoever's list it is on: a social worker asking for one
-- they do not see gets NOT_FOUND either way, and the audit log records the attempt when it exists.
-- Yes or no, to social workers only, for the record kinds named here.
CREATE FUNCTION app_parcours_record_exists(kind text, record uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE found_one boolean;
BEGIN
  IF cardinality(app_org_ids_with_role('SOCIAL_WORKER')) = 0
     OR kind IS NULL OR kind <> ALL (ARRAY['accompanied_person', 'accompaniment_member', 'parcours_reference', 'plan_goal', 'plan_action',
                                         'competence', 'synthese_meeting', 'consent', 'locker_document']) THEN
    RETURN false;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', kind) INTO found_one USING record;
  RETURN found_one;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_parcours_record_exists(text, uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_parcours_record_exists(text, uuid) TO maillage_app;--> statement-breakpoint

-- Whether a user may be put on a list with their account: active, holding SOCIAL_WORKER or COUNSELLOR
-- in that organisation (whose memberships the caller may not see). Yes or no, to social workers only.
CREATE FUNCTION app_parcours_is_professional(professional uuid, org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT cardinality(app_org_ids_with_role('SOCIAL_WORKER')) > 0 AND EXISTS (
     SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.user_id = professional AND m.organisation_id = org AND u.active
        AND m.roles && ARRAY['SOCIAL_WORKER', 'COUNSELLOR']) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_parcours_is_professional(uuid, uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_parcours_is_professional(uuid, uuid) TO maillage_app;--> statement-breakpoint

-- The first entry of a new person's list: the caller, from today (in Europe/Paris, as
-- app_parcours_person_ids() counts it). Until it exists the person is on nobody's list, so row-level
-- security cannot let the caller write it. Only for a person the caller created and whose list is
-- still empty, by a social worker of that organisation; returns whether the entry was written.
CREATE FUNCTION app_parcours_first_member(new_member uuid, new_person uuid, in_org uuid, mission_text text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF NOT (in_org = ANY (app_org_ids_with_role('SOCIAL_WORKER')))
     OR NOT EXISTS (SELECT 1 FROM accompanied_person p WHERE p.id = new_person AND p.created_by = app_user_id())
     OR EXISTS (SELECT 1 FROM accompaniment_member m WHERE m.person_id = new_person) THEN
    RETURN false;
  END IF;
  INSERT INTO accompaniment_member (id, person_id, user_id, organisation_id, mission, since, created_by)
  VALUES (new_member, new_person, app_user_id(), in_org, mission_text, (now() AT TIME ZONE 'Europe/Paris')::date, app_user_id());
  RETURN true;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_parcours_first_member(uuid, uuid, uuid, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_parcours_first_member(uuid, uuid, uuid, text) TO maillage_app;--> statement-breakpoint

-- ─── PSAD ────────────────────────────────────────────────────────────────────────────────────────

-- Who did what on a case (assigned counsellor, proposer of a transfer, author of an attempt or an
-- event): partner users are hidden from referents, and referents from partners. Display names only,
-- to the actors of the follow-up (a referent of a platform, or a counsellor). Not tied to the cases the
-- caller sees: that would scan the events by actor, which no index serves, on every case page.
CREATE FUNCTION app_psad_actor_names(ids uuid[]) RETURNS TABLE (id uuid, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.display_name FROM app_user u
   WHERE u.id = ANY (ids)
     AND (cardinality(app_referent_platform_ids()) > 0 OR cardinality(app_org_ids_with_role('COUNSELLOR')) > 0) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_actor_names(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_actor_names(uuid[]) TO maillage_app;--> statement-breakpoint

-- The counsellors a referent may name when assigning cases to a partner: the active users holding
-- COUNSELLOR in that organisation, by name. Only to a referent of the platform, and only for one of
-- its partners. Names only.
CREATE FUNCTION app_psad_partner_counsellors(platform uuid, org uuid) RETURNS TABLE (id uuid, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.display_name FROM membership m JOIN app_user u ON u.id = m.user_id
   WHERE m.organisation_id = org AND u.active AND 'COUNSELLOR' = ANY (m.roles)
     AND platform = ANY (app_referent_platform_ids())
     AND EXISTS (SELECT 1 FROM platform_partner pp WHERE pp.platform_id = platform AND pp.organisation_id = org)
   ORDER BY u.display_name, u.id $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_partner_counsellors(uuid, uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_partner_counsellors(uuid, uuid) TO maillage_app;--> statement-breakpoint

-- Closes a case at the version read. A counsellor does not see closed cases (psad_case_counsellor), and
-- PostgreSQL checks an updated row against the SELECT policies too: the counsellor's UPDATE of the
-- status to CLOS is refused under row-level security. For a counsellor of the assigned organisation
-- or a referent of the platform (whom the server has checked, with the case's state machine); returns
-- whether the case was closed.
CREATE FUNCTION app_psad_close_case(case_id uuid, expected_version integer, outcome text, comment text, closed timestamptz, updated timestamptz)
  RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  UPDATE psad_case c
     SET status = 'CLOS', close_outcome = outcome, close_comment = comment, closed_at = closed, version = c.version + 1, updated_at = updated
   WHERE c.id = case_id AND c.version = expected_version AND c.status <> 'CLOS'
     AND (c.assigned_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR')) OR c.platform_id = ANY (app_referent_platform_ids()));
  RETURN FOUND;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_close_case(uuid, integer, text, text, timestamptz, timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_close_case(uuid, integer, text, text, timestamptz, timestamptz) TO maillage_app;--> statement-breakpoint

-- A platform's dashboard (bench Q4), for a viewer (any platform) or a referent of the platform: counts,
-- medians, enum values, campaign labels, its partners' organisation rows; never a row of a person.
-- Row-level security hides every case from a viewer, hence definer rights; the `access` part decides
-- (one row when the platform exists, n = 1 when the caller may see it), and every other part reads
-- nothing unless it holds. The statement was the server's, run as owner; plpgsql caches its plan per
-- connection as the server's prepared statement did. Rows (as JSON):
-- kind, key, second key, count, json. `minor_from`/`minor_until`: the ages of the obligation de
-- formation (shared OBLIGATION_FORMATION_AGES), passed by the server.
-- - one pass over the platform's cases with grouping sets: source, solution type, closing outcome,
--   partner × status, campaign (of every case, whatever the filter: the list of campaigns), the
--   furthest stage (the funnel) and minor × status. The age is on young_person: the 16–17-year-olds of
--   the platform's list are a hashed sub-plan each case probes (an uncorrelated IN is hashed whatever
--   the estimate; a join was nested-looped right after a large import, before any ANALYZE).
-- - `delays`: the medians and their counts; its partners (`member`) and the rows of the organisations it
--   names (`organisation`, `= any (array(…))`: `in (select …)` is estimated at a thousand ids and
--   seq-scans the organisations); its accepted transfers.
CREATE FUNCTION app_psad_dashboard(for_platform uuid, for_campaign text, minor_from integer, minor_until integer) RETURNS json
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  viewer boolean := cardinality(app_org_ids_with_role('VIEWER')) > 0;
BEGIN
  RETURN (SELECT json_agg(d) FROM (
    with access as (
      select viewer or p.id = any (app_referent_platform_ids()) as allowed
        from platform p where p.id = for_platform
    ), g as (
      select case
               when grouping(c.source) = 0 then 'source'
               when grouping(c.solution_type) = 0 then 'solution'
               when grouping(c.close_outcome) = 0 then 'outcome'
               when grouping(c.assigned_organisation_id) = 0 then 'partner'
               when grouping(c.campaign) = 0 then 'campaign'
               when grouping(case when c.is_minor then 'minor' else 'adult' end) = 0 then 'minor'
               else 'stage'
             end as kind,
             coalesce(c.source, c.solution_type, c.close_outcome, c.assigned_organisation_id::text, c.campaign, case when c.is_minor then 'minor' else 'adult' end,
                      case when c.solution_type is not null then 'SOLUTION' when c.reached_at is not null then 'REACHED'
                           when c.first_attempt_at is not null then 'CONTACTED' when c.assigned_at is not null then 'ASSIGNED' else 'IDENTIFIED' end) as k,
             coalesce(c.signal_source, c.status) as k2,
             count(*) filter (where (for_campaign is null or c.campaign = for_campaign))::int as n
        from (select c.source, c.signal_source, c.solution_type, c.close_outcome, c.assigned_organisation_id, c.status, c.campaign,
                     c.reached_at, c.first_attempt_at, c.assigned_at,
                     c.young_person_id in (select yp.id from young_person yp where yp.platform_id = for_platform
                        and yp.birth_date > (current_date - make_interval(years => minor_until))::date
                        and yp.birth_date <= (current_date - make_interval(years => minor_from))::date) as is_minor
                from psad_case c
               where c.platform_id = for_platform and (select allowed from access)) c
       group by grouping sets ((c.source, c.signal_source), (c.solution_type), (c.close_outcome), (c.assigned_organisation_id, c.status),
                               (c.campaign), (case when c.is_minor then 'minor' else 'adult' end, c.status),
                               (case when c.solution_type is not null then 'SOLUTION' when c.reached_at is not null then 'REACHED'
                                     when c.first_attempt_at is not null then 'CONTACTED' when c.assigned_at is not null then 'ASSIGNED' else 'IDENTIFIED' end))
    )
    select 'access' as kind, null as k, null as k2, case when allowed then 1 else 0 end as n, null::json as j from access
    union all
    select g.kind, g.k, g.k2, g.n, null from g where g.n > 0 or g.kind = 'campaign'
    union all
    select 'delays', null, null, null, json_build_object(
             'median_first', percentile_cont(0.5) within group (order by greatest(0, date_part('epoch', c.first_attempt_at - c.created_at)) / 86400) filter (where c.first_attempt_at is not null),
             'n_first', count(c.first_attempt_at),
             'median_solution', percentile_cont(0.5) within group (order by greatest(0, date_part('epoch', c.solution_at - c.created_at)) / 86400) filter (where c.solution_at is not null),
             'n_solution', count(c.solution_at))
      from psad_case c
     where c.platform_id = for_platform and (for_campaign is null or c.campaign = for_campaign) and (select allowed from access)
       and (c.first_attempt_at is not null or c.solution_at is not null)
    union all
    select 'member', pp.organisation_id::text, null, 0, null from platform_partner pp where pp.platform_id = for_platform and (select allowed from access)
    union all
    select 'organisation', o.id::text, null, null, row_to_json(o)
      from organisation o
     where o.id = any (array(select pp.organisation_id from platform_partner pp where pp.platform_id = for_platform and (select allowed from access)
                             union select g.k::uuid from g where g.kind = 'partner' and g.n > 0))
    union all
    select 'transfer',
           case when t.from_platform_id = t.to_platform_id then 'between' when t.to_platform_id = for_platform then 'in' else 'out' end,
           null, count(*)::int, null
      from case_transfer t join psad_case pc on pc.id = t.case_id
     where t.status = 'ACCEPTE' and (t.from_platform_id = for_platform or t.to_platform_id = for_platform)
       and (for_campaign is null or pc.campaign = for_campaign) and (select allowed from access)
     group by 2
  ) d);
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_dashboard(uuid, text, integer, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_dashboard(uuid, text, integer, integer) TO maillage_app;
