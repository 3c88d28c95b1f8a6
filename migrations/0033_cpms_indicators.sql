-- The CPMS indicators (issue 19): counts only, for the central administration's analyst (every zone) and
-- the DCO (their zone's); nobody else gets a row. Definer rights: they read no contract and no call.
CREATE FUNCTION app_cpms_indicator_zones() RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT t.id, t.name FROM territory t WHERE t.kind = 'ZONE'
     AND (cardinality(app_org_ids_with_role('CENTRAL_ANALYST')) > 0 OR t.id = ANY (app_zone_ids('DCO'))) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_indicator_zones() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_indicator_zones() TO maillage_app;--> statement-breakpoint

-- The 24/7 line's calls of a year (Brussels), counted per zone, month, hour and category, with the
-- referrals to a CPMS and the follow-ups overdue. A pool's zone is that of its centres among the zones
-- the caller reads (the first by id when its centres lie in several: each call is counted once).
CREATE FUNCTION app_cpms_call_figures(of_year integer)
  RETURNS TABLE (zone_id uuid, month integer, hour integer, category text, calls bigint, referred bigint, overdue bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ WITH RECURSIVE down AS (
     SELECT z.id AS zone_id, z.id FROM app_cpms_indicator_zones() z
     UNION
     SELECT down.zone_id, t.id FROM down JOIN territory t ON t.parent_id = down.id),
   pool_zone AS (
     SELECT DISTINCT ON (pc.pool_id) pc.pool_id, down.zone_id
       FROM oncall_pool_cpms pc JOIN organisation o ON o.id = pc.cpms_id JOIN down ON down.id = o.territory_id
      ORDER BY pc.pool_id, down.zone_id)
   SELECT z.zone_id,
          extract(month FROM c.received_at AT TIME ZONE 'Europe/Brussels')::int,
          extract(hour FROM c.received_at AT TIME ZONE 'Europe/Brussels')::int,
          c.category,
          count(*),
          count(*) FILTER (WHERE c.referred_cpms_id IS NOT NULL),
          count(*) FILTER (WHERE c.follow_up_due < (now() AT TIME ZONE 'Europe/Brussels')::date AND c.follow_up_done_at IS NULL)
     FROM oncall_call c JOIN pool_zone z ON z.pool_id = c.pool_id
    WHERE extract(year FROM c.received_at AT TIME ZONE 'Europe/Brussels') = of_year
    GROUP BY 1, 2, 3, 4 $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_call_figures(integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_call_figures(integer) TO maillage_app;
