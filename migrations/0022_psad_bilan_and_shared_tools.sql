CREATE TABLE "platform_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"description" text,
	"partner_organisation_ids" uuid[] DEFAULT '{}' NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_action_kind_check" CHECK (kind in ('ATELIER', 'FORUM', 'EVENEMENT', 'AUTRE')),
	CONSTRAINT "platform_action_participants_check" CHECK (participants >= 0)
);
--> statement-breakpoint
CREATE TABLE "platform_action_case" (
	"action_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "platform_action_case_action_id_case_id_pk" PRIMARY KEY("action_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "psad_bilan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psad_bilan_period_check" CHECK (period_to > period_from)
);
--> statement-breakpoint
CREATE TABLE "solution_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"name" text NOT NULL,
	"solution_type" text NOT NULL,
	"organisation_id" uuid,
	"communes" text[] DEFAULT '{}' NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"conditions" text,
	"places" integer,
	"contact" text,
	"active_from" date,
	"active_until" date,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_offer_type_check" CHECK (solution_type in ('RETOUR_FORMATION_INITIALE', 'APPRENTISSAGE', 'FORMATION_PRO', 'EMPLOI', 'SERVICE_CIVIQUE', 'EPIDE_E2C', 'ACCOMPAGNEMENT_ML', 'MLDS', 'AUTRE')),
	CONSTRAINT "solution_offer_ages_check" CHECK (age_min is null or age_max is null or age_min <= age_max),
	CONSTRAINT "solution_offer_places_check" CHECK (places is null or places >= 0)
);
--> statement-breakpoint
CREATE TABLE "veille_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"published_on" date,
	"summary" text,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "membership" DROP CONSTRAINT "membership_roles_check";--> statement-breakpoint
ALTER TABLE "platform_action" ADD CONSTRAINT "platform_action_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_action" ADD CONSTRAINT "platform_action_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_action_case" ADD CONSTRAINT "platform_action_case_action_id_platform_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."platform_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_action_case" ADD CONSTRAINT "platform_action_case_case_id_psad_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."psad_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psad_bilan" ADD CONSTRAINT "psad_bilan_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psad_bilan" ADD CONSTRAINT "psad_bilan_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_offer" ADD CONSTRAINT "solution_offer_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_offer" ADD CONSTRAINT "solution_offer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veille_document" ADD CONSTRAINT "veille_document_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veille_document" ADD CONSTRAINT "veille_document_added_by_app_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_action_platform_idx" ON "platform_action" USING btree ("platform_id","held_on");--> statement-breakpoint
CREATE INDEX "platform_action_case_case_idx" ON "platform_action_case" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "psad_bilan_period_key" ON "psad_bilan" USING btree ("platform_id","period_from","period_to");--> statement-breakpoint
CREATE UNIQUE INDEX "solution_offer_name_key" ON "solution_offer" USING btree ("platform_id","search_text");--> statement-breakpoint
CREATE INDEX "solution_offer_communes_idx" ON "solution_offer" USING gin ("communes");--> statement-breakpoint
CREATE INDEX "solution_offer_search_trgm_idx" ON "solution_offer" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "veille_document_platform_idx" ON "veille_document" USING btree ("platform_id","created_at");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_roles_check" CHECK (cardinality(roles) > 0 and roles <@ array['ADMIN', 'PSAD_REFERENT', 'COUNSELLOR', 'CAF_OFFICER', 'CLAS_HOLDER', 'SOCIAL_WORKER', 'VIEWER', 'REGIONAL_COORDINATOR', 'SERVICE_ACCOUNT']::text[]);--> statement-breakpoint
-- ─── the bilan, the shared tools, the regional coordination (issue 17) ───────────────────────────

-- The platforms whose partner the caller's organisations are (they read the shared tools).
CREATE FUNCTION app_partner_platform_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT platform_id), '{}') FROM platform_partner WHERE organisation_id = ANY (app_org_ids()));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_partner_platform_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_partner_platform_ids() TO maillage_app;--> statement-breakpoint

-- The platforms of the région of each organisation where the caller holds REGIONAL_COORDINATOR: up
-- from the organisation's territory to its région, then down to every territory of that région.
CREATE FUNCTION app_regional_platform_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (WITH RECURSIVE up AS (
      SELECT t.id, t.parent_id, t.kind FROM organisation o JOIN territory t ON t.id = o.territory_id
       WHERE o.id = ANY (app_org_ids_with_role('REGIONAL_COORDINATOR'))
      UNION
      SELECT p.id, p.parent_id, p.kind FROM up JOIN territory p ON p.id = up.parent_id
    ), down AS (
      SELECT id FROM up WHERE kind = 'REGION'
      UNION
      SELECT t.id FROM down JOIN territory t ON t.parent_id = down.id
    )
    SELECT coalesce(array_agg(p.id), '{}') FROM platform p WHERE p.territory_id IN (SELECT id FROM down));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_regional_platform_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_regional_platform_ids() TO maillage_app;--> statement-breakpoint

-- The figures of the bilan of some platforms over [period_from, period_to), for those the caller may
-- see: referents of the platform, regional coordinators of its région, viewers (any platform). Only
-- counts, medians and keys (enum values, organisation ids) leave; no row of a person. The cohort is the
-- cases that entered the list in the period; their stages count what happened before the period's end,
-- so that a past period's bilan keeps its figures. Rows: platform, kind, key, second key, count, json.
CREATE FUNCTION app_psad_bilan(for_platforms uuid[], period_from timestamptz, period_to timestamptz, minor_from integer, minor_until integer)
  RETURNS json LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  -- Each scope once (a région's tree walked once, not once per platform asked for).
  viewer boolean := cardinality(app_org_ids_with_role('VIEWER')) > 0;
  referent uuid[] := app_referent_platform_ids();
  regional uuid[] := app_regional_platform_ids();
  allowed uuid[] := ARRAY(SELECT p.id FROM platform p WHERE p.id = ANY (for_platforms) AND (
    viewer OR p.id = ANY (referent) OR p.id = ANY (regional)));
  period_end date := (period_to AT TIME ZONE 'Europe/Paris')::date;
BEGIN
  RETURN (SELECT coalesce(json_agg(d), '[]') FROM (
    WITH cohort AS (
      -- Minors through the young people's (platform_id, birth_date) index, as the dashboard does: a
      -- join of every case to its person would read the whole table by primary key.
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
REVOKE EXECUTE ON FUNCTION app_psad_bilan(uuid[], timestamptz, timestamptz, integer, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_psad_bilan(uuid[], timestamptz, timestamptz, integer, integer) TO maillage_app;--> statement-breakpoint

-- The bilan's written sections: the platform's referents.
ALTER TABLE psad_bilan ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON psad_bilan TO maillage_app;--> statement-breakpoint
CREATE POLICY psad_bilan_referent ON psad_bilan FOR ALL TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint

-- The catalogue and the veille: read by the platform's referents and its partners' members, written by its referents.
ALTER TABLE solution_offer ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON solution_offer TO maillage_app;--> statement-breakpoint
CREATE POLICY solution_offer_read ON solution_offer FOR SELECT TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR platform_id = ANY ((SELECT app_partner_platform_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY solution_offer_referent ON solution_offer FOR ALL TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE veille_document ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON veille_document TO maillage_app;--> statement-breakpoint
CREATE POLICY veille_document_read ON veille_document FOR SELECT TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR platform_id = ANY ((SELECT app_partner_platform_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY veille_document_referent ON veille_document FOR ALL TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint

-- The platform's actions: its referents (the participants' cases are personal data); partners read the
-- actions they took part in, never the cases linked to them.
ALTER TABLE platform_action ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON platform_action TO maillage_app;--> statement-breakpoint
CREATE POLICY platform_action_read ON platform_action FOR SELECT TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR partner_organisation_ids && (SELECT app_org_ids()));--> statement-breakpoint
CREATE POLICY platform_action_referent ON platform_action FOR ALL TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE platform_action_case ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON platform_action_case TO maillage_app;--> statement-breakpoint
CREATE POLICY platform_action_case_referent ON platform_action_case FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM platform_action a WHERE a.id = action_id AND a.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM platform_action a WHERE a.id = action_id AND a.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
    AND EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id));
