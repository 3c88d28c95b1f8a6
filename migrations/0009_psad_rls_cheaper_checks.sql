-- The worklist (bench Q2) spent much of its time in row-level security rather than in its own work.
-- The rules are unchanged; only how cheaply PostgreSQL checks them.
--
-- 1. The scope functions were LANGUAGE sql. Not inlinable (SECURITY DEFINER, or an aggregate over a
--    FROM), they were planned again at every call, and a query calls them once per init plan: one per
--    table and per policy it reads under RLS, about ten for a worklist page (0.2 to 0.5 ms each, more
--    on a cold connection). PL/pgSQL keeps the plan of its query for the life of the connection.
CREATE OR REPLACE FUNCTION app_org_ids_with_role(role text) RETURNS uuid[] LANGUAGE plpgsql STABLE AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(key::uuid), '{}')
    FROM jsonb_each(coalesce(nullif(current_setting('maillage.org_roles', true), ''), '{}')::jsonb)
    WHERE value ? role);
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_referent_platform_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(platform_id), '{}') FROM platform_referent
    WHERE user_id = app_user_id() AND 'PSAD_REFERENT' = ANY (
      SELECT unnest(roles) FROM membership WHERE membership.user_id = app_user_id()));
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_incoming_transfer_case_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(case_id), '{}') FROM case_transfer
    WHERE status = 'PROPOSE' AND (
      (to_organisation_id IS NULL AND to_platform_id = ANY (app_referent_platform_ids()))
      OR to_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR'))));
END $$;--> statement-breakpoint

-- 2. A young person is seen by the referents of its platform (young_person_referent) or through a
--    case the actor sees (young_person_via_case). PostgreSQL ORs permissive policies in reverse order
--    of name, so the EXISTS over psad_case (itself under RLS) ran first, for every row, even for the
--    referents the cheap test lets through: a worklist page joins every young person of the platform
--    to sort by name. Each via-case policy now tries the referent test first; the union of the
--    policies, hence who sees what, is the same.
ALTER POLICY young_person_via_case ON young_person
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM psad_case c WHERE c.young_person_id = young_person.id));--> statement-breakpoint
ALTER POLICY young_person_via_case_update ON young_person
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM psad_case c WHERE c.young_person_id = young_person.id));
