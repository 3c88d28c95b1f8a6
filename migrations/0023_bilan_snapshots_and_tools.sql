CREATE TABLE "psad_bilan_snapshot" (
	"platform_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "psad_bilan_snapshot_platform_id_period_from_period_to_pk" PRIMARY KEY("platform_id","period_from","period_to")
);
--> statement-breakpoint
ALTER TABLE "psad_case" ADD COLUMN "solution_offer_id" uuid;--> statement-breakpoint
ALTER TABLE "veille_document" ADD COLUMN "added_by_name" text;--> statement-breakpoint
ALTER TABLE "veille_document" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "psad_bilan_snapshot" ADD CONSTRAINT "psad_bilan_snapshot_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint

-- The catalogue offer a solution was chosen from (psad_case lives in a module the catalogue depends on).
ALTER TABLE psad_case ADD CONSTRAINT psad_case_solution_offer_fk FOREIGN KEY (solution_offer_id)
  REFERENCES solution_offer (id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX psad_case_solution_offer_idx ON psad_case (solution_offer_id) WHERE solution_offer_id IS NOT NULL;--> statement-breakpoint

-- Who added a veille document, by name as it was, for the partners who may not read that user.
UPDATE veille_document d SET added_by_name = u.display_name FROM app_user u WHERE u.id = d.added_by;--> statement-breakpoint

-- The bilan's figures kept per platform and period: no one reads or writes them but the functions below.
ALTER TABLE psad_bilan_snapshot ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- app_psad_bilan's computation, for the platforms given whoever asks: the owner's only (the access
-- check is its callers'). Same rows as before (migration 0022).
CREATE FUNCTION app_psad_bilan_compute(allowed uuid[], period_from timestamptz, period_to timestamptz, minor_from integer, minor_until integer)
  RETURNS json LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  period_end date := (period_to AT TIME ZONE 'Europe/Paris')::date;
BEGIN
  RETURN (SELECT coalesce(json_agg(d), '[]') FROM (
    WITH cohort AS (
      SELECT c.platform_id, c.source, c.signal_source, c.created_at, c.first_attempt_at, c.reached_at,
             CASE WHEN c.solution_at < period_to THEN c.solution_type END AS solution_type,
             CASE WHEN c.solution_at < period_to THEN c.solution_at END AS solution_at,
             coalesce(c.solution_organisation_id, c.assigned_organisation_id) AS partner_id,
             CASE WHEN c.closed_at < period_to THEN c.close_outcome END AS close_outcome,
             c.young_person_id IN (SELECT y.id FROM young_person y WHERE y.platform_id = ANY (allowed)
               AND y.birth_date > (period_end - make_interval(years => minor_until))::date
               AND y.birth_date <= (period_end - make_interval(years => minor_from))::date) AS is_minor
        FROM psad_case c
       WHERE c.platform_id = ANY (allowed) AND c.created_at >= period_from AND c.created_at < period_to
    ), per_platform AS (
      SELECT platform_id, count(*) AS identified, count(*) FILTER (WHERE first_attempt_at < period_to) AS contacted,
             count(*) FILTER (WHERE reached_at < period_to) AS reached, count(solution_at) AS solution
        FROM cohort GROUP BY 1
    )
    SELECT p AS platform_id, 'access' AS kind, NULL::text AS k, NULL::text AS k2, 1 AS n, NULL::json AS j FROM unnest(allowed) p
    UNION ALL
    SELECT platform_id, 'origin', source, signal_source, count(*)::int, NULL FROM cohort GROUP BY 1, 3, 4
    UNION ALL
    SELECT p.platform_id, 'stage', s.k, NULL, s.n::int, NULL
      FROM per_platform p, LATERAL (VALUES ('IDENTIFIED', p.identified), ('CONTACTED', p.contacted),
                                           ('REACHED', p.reached), ('SOLUTION', p.solution)) s(k, n)
     WHERE s.n > 0
    UNION ALL
    SELECT platform_id, 'solution', solution_type, partner_id::text, count(*)::int, NULL
      FROM cohort WHERE solution_type IS NOT NULL GROUP BY 1, 3, 4
    UNION ALL
    SELECT platform_id, 'closure', close_outcome, NULL, count(*)::int, NULL
      FROM cohort WHERE close_outcome IS NOT NULL GROUP BY 1, 3
    UNION ALL
    SELECT platform_id, 'minor', CASE WHEN solution_type IS NULL AND close_outcome IS NULL THEN 'without' ELSE 'with' END, NULL, count(*)::int, NULL
      FROM cohort WHERE is_minor GROUP BY 1, 3
    UNION ALL
    SELECT platform_id, 'delays', NULL, NULL, NULL, json_build_object(
             'median_first', percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, date_part('epoch', first_attempt_at - created_at)) / 86400) FILTER (WHERE first_attempt_at < period_to),
             'n_first', count(*) FILTER (WHERE first_attempt_at < period_to),
             'median_solution', percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, date_part('epoch', solution_at - created_at)) / 86400) FILTER (WHERE solution_at IS NOT NULL),
             'n_solution', count(solution_at))
      FROM cohort GROUP BY 1
    UNION ALL
    SELECT x.platform_id, 'transfer', x.dir, NULL, count(*)::int, NULL FROM (
      SELECT t.to_platform_id AS platform_id, 'in' AS dir FROM case_transfer t
       WHERE t.status = 'ACCEPTE' AND t.to_platform_id = ANY (allowed) AND t.from_platform_id <> t.to_platform_id
         AND t.decided_at >= period_from AND t.decided_at < period_to
      UNION ALL
      SELECT t.from_platform_id, 'out' FROM case_transfer t
       WHERE t.status = 'ACCEPTE' AND t.from_platform_id = ANY (allowed) AND t.from_platform_id <> t.to_platform_id
         AND t.decided_at >= period_from AND t.decided_at < period_to) x GROUP BY 1, 3
    UNION ALL
    SELECT mp.platform_id, 'meeting', m.kind, NULL, count(*)::int, NULL
      FROM meeting m JOIN meeting_platform mp ON mp.meeting_id = m.id
     WHERE mp.platform_id = ANY (allowed) AND m.status <> 'ANNULEE' AND m.ends_at >= period_from AND m.ends_at < period_to AND m.ends_at < now()
     GROUP BY 1, 3
    UNION ALL
    SELECT a.platform_id, 'action', a.kind, NULL, count(*)::int, json_build_object('participants', sum(a.participants))
      FROM platform_action a
     WHERE a.platform_id = ANY (allowed) AND a.held_on >= (period_from AT TIME ZONE 'Europe/Paris')::date AND a.held_on < period_end
     GROUP BY 1, 3
  ) d);
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_bilan_compute(uuid[], timestamptz, timestamptz, integer, integer) FROM PUBLIC;--> statement-breakpoint

-- The platforms among `for_platforms` whose bilan the caller may read: referents of the platform,
-- regional coordinators of its région, viewers (any platform).
CREATE FUNCTION app_bilan_platform_ids(for_platforms uuid[]) RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  -- Each scope once (a région's tree walked once, not once per platform asked for).
  viewer boolean := cardinality(app_org_ids_with_role('VIEWER')) > 0;
  referent uuid[] := app_referent_platform_ids();
  regional uuid[] := app_regional_platform_ids();
BEGIN
  RETURN ARRAY(SELECT p.id FROM platform p WHERE p.id = ANY (for_platforms) AND (
    viewer OR p.id = ANY (referent) OR p.id = ANY (regional)));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_bilan_platform_ids(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_bilan_platform_ids(uuid[]) TO maillage_app;--> statement-breakpoint

-- A platform's bilan, live (its referents see their latest work): the same rows as in migration 0022.
CREATE OR REPLACE FUNCTION app_psad_bilan(for_platforms uuid[], period_from timestamptz, period_to timestamptz, minor_from integer, minor_until integer)
  RETURNS json LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN app_psad_bilan_compute(app_bilan_platform_ids(for_platforms), period_from, period_to, minor_from, minor_until);
END $$;--> statement-breakpoint

-- The figures of `platforms` over the days [period_from, period_to] (Europe/Paris) as one flat object of
-- counts per platform ("stage|REACHED": 12, "solution|EMPLOI": 3…): what a région's bilan adds up (the
-- solutions by type, all partners together; no median, medians do not add up). The owner's only.
CREATE FUNCTION app_psad_bilan_flat(platforms uuid[], period_from date, period_to date, minor_from integer, minor_until integer)
  RETURNS TABLE (platform_id uuid, figures jsonb) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN QUERY
    SELECT p.id, coalesce(f.figures, '{}')
      FROM unnest(platforms) p(id)
      LEFT JOIN (
        SELECT x.platform_id, jsonb_object_agg(x.key, x.n) AS figures FROM (
          SELECT (r->>'platform_id')::uuid AS platform_id, e.key, sum(e.n)::int AS n
            FROM json_array_elements(app_psad_bilan_compute(platforms,
                   period_from::timestamp AT TIME ZONE 'Europe/Paris', (period_to + 1)::timestamp AT TIME ZONE 'Europe/Paris',
                   minor_from, minor_until)) r,
                 LATERAL (VALUES
                   (CASE r->>'kind'
                      WHEN 'origin' THEN 'origin|' || (r->>'k') || '|' || coalesce(r->>'k2', '')
                      WHEN 'delays' THEN 'delays|n_first'
                      WHEN 'access' THEN NULL
                      ELSE (r->>'kind') || '|' || (r->>'k') END,
                    CASE WHEN r->>'kind' = 'delays' THEN (r->'j'->>'n_first')::int ELSE (r->>'n')::int END),
                   (CASE r->>'kind' WHEN 'delays' THEN 'delays|n_solution' WHEN 'action' THEN 'action_participants|' || (r->>'k') END,
                    CASE r->>'kind' WHEN 'delays' THEN (r->'j'->>'n_solution')::int ELSE (r->'j'->>'participants')::int END)
                 ) e(key, n)
           WHERE e.key IS NOT NULL
           GROUP BY 1, 2) x
        GROUP BY 1) f ON f.platform_id = p.id;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_bilan_flat(uuid[], date, date, integer, integer) FROM PUBLIC;--> statement-breakpoint

-- Computes the figures of `platforms` over the period again and keeps them, stamped now. The owner's
-- only (the bilan-figures job; app_psad_regional_bilan for figures too old).
CREATE FUNCTION app_psad_bilan_refresh(platforms uuid[], period_from date, period_to date, minor_from integer, minor_until integer)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF cardinality(platforms) = 0 THEN RETURN; END IF;
  INSERT INTO psad_bilan_snapshot (platform_id, period_from, period_to, computed_at, figures)
    SELECT f.platform_id, period_from, period_to, now(), f.figures
      FROM app_psad_bilan_flat(platforms, period_from, period_to, minor_from, minor_until) f
    ON CONFLICT ON CONSTRAINT psad_bilan_snapshot_platform_id_period_from_period_to_pk
      DO UPDATE SET computed_at = excluded.computed_at, figures = excluded.figures;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_bilan_refresh(uuid[], date, date, integer, integer) FROM PUBLIC;--> statement-breakpoint

-- The bilan of many platforms (a région's) from their kept figures, those older than `max_age` (or
-- missing) computed again first: for each platform the caller may read, its funnel and its minors
-- ('platforms': identified, contacted, reached, in solution, minors without a solution, with one), and
-- every figure summed over them all ('totals'). `computed_at` is the oldest figures' time: the data's
-- date. A request's transaction sees the data as of its start (repeatable read): when another one kept
-- the same figures meanwhile, these are computed for this answer only, not kept.
CREATE FUNCTION app_psad_regional_bilan(for_platforms uuid[], period_from date, period_to date, minor_from integer, minor_until integer, max_age interval)
  RETURNS json LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  allowed uuid[] := app_bilan_platform_ids(for_platforms);
  stale uuid[] := ARRAY(SELECT p FROM unnest(allowed) p WHERE NOT EXISTS (
    SELECT 1 FROM psad_bilan_snapshot s WHERE s.platform_id = p AND s.period_from = app_psad_regional_bilan.period_from
       AND s.period_to = app_psad_regional_bilan.period_to AND s.computed_at > now() - max_age));
  unkept uuid[] := '{}';
BEGIN
  BEGIN
    PERFORM app_psad_bilan_refresh(stale, period_from, period_to, minor_from, minor_until);
  EXCEPTION WHEN serialization_failure THEN
    unkept := stale;
  END;
  RETURN (WITH kept AS (
      SELECT s.platform_id, s.computed_at, s.figures FROM psad_bilan_snapshot s
       WHERE s.platform_id = ANY (allowed) AND NOT s.platform_id = ANY (unkept)
         AND s.period_from = app_psad_regional_bilan.period_from AND s.period_to = app_psad_regional_bilan.period_to
      UNION ALL
      SELECT f.platform_id, now(), f.figures FROM app_psad_bilan_flat(unkept, period_from, period_to, minor_from, minor_until) f)
    SELECT json_build_object(
      'computed_at', (SELECT min(computed_at) FROM kept),
      'platforms', (SELECT coalesce(json_object_agg(platform_id, json_build_array(
          coalesce((figures->>'stage|IDENTIFIED')::int, 0), coalesce((figures->>'stage|CONTACTED')::int, 0),
          coalesce((figures->>'stage|REACHED')::int, 0), coalesce((figures->>'stage|SOLUTION')::int, 0),
          coalesce((figures->>'minor|without')::int, 0), coalesce((figures->>'minor|with')::int, 0))), '{}') FROM kept),
      'totals', (SELECT coalesce(json_object_agg(t.key, t.n), '{}') FROM (
          SELECT e.key, sum(e.value::int) AS n FROM kept, jsonb_each_text(kept.figures) e GROUP BY 1) t)));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_psad_regional_bilan(uuid[], date, date, integer, integer, interval) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_regional_bilan(uuid[], date, date, integer, integer, interval) TO maillage_app;
--> statement-breakpoint

-- A cotech's situations with their contact attempts' facts (date, channel, result; never a note nor a
-- contact detail): the partners see the « injoignable » flag as the case page shows it.
DROP FUNCTION app_cotech_situations(uuid);--> statement-breakpoint
CREATE FUNCTION app_cotech_situations(of_meeting uuid)
  RETURNS TABLE (case_id uuid, "position" integer, proposal text, decision text, decision_comment text, decided_at timestamptz,
    last_name text, first_names text, birth_date date, commune text, status text, case_version integer,
    assigned_organisation_id uuid, assigned_at timestamptz, last_attempt_at timestamptz, reached_at timestamptz,
    convocation_date date, solution_type text, attempts json)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT s.case_id, s.position, s.proposal, s.decision, s.decision_comment, s.decided_at,
     y.last_name, y.first_names, y.birth_date, y.commune, c.status, c.version,
     c.assigned_organisation_id, c.assigned_at, c.last_attempt_at, c.reached_at, c.convocation_date, c.solution_type,
     (SELECT coalesce(json_agg(json_build_object('at', a.attempted_at, 'channel', a.channel, 'result', a.result)
                               ORDER BY a.attempted_at), '[]')
        FROM contact_attempt a WHERE a.case_id = c.id)
   FROM meeting_situation s
   JOIN meeting m ON m.id = s.meeting_id
   JOIN psad_case c ON c.id = s.case_id
   JOIN young_person y ON y.id = c.young_person_id
   WHERE s.meeting_id = of_meeting
     AND (m.platform_id = ANY (app_referent_platform_ids()) OR s.case_id = ANY (app_cotech_case_ids(of_meeting)))
   ORDER BY s.position $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cotech_situations(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cotech_situations(uuid) TO maillage_app;
