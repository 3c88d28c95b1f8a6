CREATE TABLE "cpms_contract" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpms_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'BROUILLON' NOT NULL,
	"objective_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cpms_commitments" text,
	"school_commitments" text,
	"information_flows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cpms_signed_at" timestamp with time zone,
	"cpms_signed_by" uuid,
	"cpms_signer_name" text,
	"school_signed_at" timestamp with time zone,
	"school_signed_by" uuid,
	"school_signer_name" text,
	"evaluated_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpms_contract_status_check" CHECK (status in ('BROUILLON', 'NEGOCIE', 'SIGNE', 'EN_EVALUATION', 'EVALUE', 'RENOUVELE', 'CLOS')),
	CONSTRAINT "cpms_contract_objectives_check" CHECK (objective_codes <@ array['SAVOIRS', 'ECARTS', 'ECHEC_REDOUBLEMENT', 'DECROCHAGE', 'ABSENTEISME', 'CLIMAT_SCOLAIRE', 'ORIENTATION', 'INCLUSION', 'NUMERIQUE']::text[]),
	CONSTRAINT "cpms_contract_signed_check" CHECK ((status in ('BROUILLON', 'NEGOCIE')) or (cpms_signed_at is not null and school_signed_at is not null))
);
--> statement-breakpoint
CREATE TABLE "cpms_contract_exchange" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"cpms_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"way" text NOT NULL,
	"participants" text NOT NULL,
	"subject" text NOT NULL,
	"agreed" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpms_contract_exchange_way_check" CHECK (way in ('REUNION', 'TELEPHONE', 'COURRIEL', 'NOTE'))
);
--> statement-breakpoint
CREATE TABLE "cpms_contract_reminder" (
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpms_contract_reminder_contract_id_kind_due_on_pk" PRIMARY KEY("contract_id","kind","due_on"),
	CONSTRAINT "cpms_contract_reminder_kind_check" CHECK (kind in ('EVALUATION_PROCHE'))
);
--> statement-breakpoint
CREATE TABLE "cpms_objectives_contract" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpms_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'BROUILLON' NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contract_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpms_objectives_contract_status_check" CHECK (status in ('BROUILLON', 'SIGNE', 'EVALUE')),
	CONSTRAINT "cpms_objectives_contract_span_check" CHECK (ends_on >= starts_on)
);
--> statement-breakpoint
CREATE TABLE "cpms_school_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mid_evaluation_on" date,
	"mid_evaluation_result" text,
	"end_evaluation_on" date NOT NULL,
	"end_evaluation_result" text,
	"document_key" text,
	"document_name" text,
	"document_type" text,
	"document_size" integer,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpms_school_plan_span_check" CHECK (ends_on >= starts_on),
	CONSTRAINT "cpms_school_plan_document_check" CHECK ((document_key is null) = (document_name is null))
);
--> statement-breakpoint
ALTER TABLE "meeting" DROP CONSTRAINT "meeting_convener_check";--> statement-breakpoint
ALTER TABLE "meeting" DROP CONSTRAINT "meeting_cio_kind_check";--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "cpms_contract_id" uuid;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_cpms_id_organisation_id_fk" FOREIGN KEY ("cpms_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_school_id_organisation_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_plan_id_cpms_school_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."cpms_school_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_cpms_signed_by_app_user_id_fk" FOREIGN KEY ("cpms_signed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_school_signed_by_app_user_id_fk" FOREIGN KEY ("school_signed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract" ADD CONSTRAINT "cpms_contract_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract_exchange" ADD CONSTRAINT "cpms_contract_exchange_contract_id_cpms_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."cpms_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract_exchange" ADD CONSTRAINT "cpms_contract_exchange_cpms_id_organisation_id_fk" FOREIGN KEY ("cpms_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract_exchange" ADD CONSTRAINT "cpms_contract_exchange_school_id_organisation_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract_exchange" ADD CONSTRAINT "cpms_contract_exchange_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_contract_reminder" ADD CONSTRAINT "cpms_contract_reminder_contract_id_cpms_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."cpms_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_objectives_contract" ADD CONSTRAINT "cpms_objectives_contract_cpms_id_organisation_id_fk" FOREIGN KEY ("cpms_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_objectives_contract" ADD CONSTRAINT "cpms_objectives_contract_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_school_plan" ADD CONSTRAINT "cpms_school_plan_school_id_organisation_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpms_school_plan" ADD CONSTRAINT "cpms_school_plan_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cpms_contract_plan_key" ON "cpms_contract" USING btree ("cpms_id","plan_id");--> statement-breakpoint
CREATE INDEX "cpms_contract_cpms_idx" ON "cpms_contract" USING btree ("cpms_id","status");--> statement-breakpoint
CREATE INDEX "cpms_contract_school_idx" ON "cpms_contract" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "cpms_contract_plan_idx" ON "cpms_contract" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "cpms_contract_exchange_contract_idx" ON "cpms_contract_exchange" USING btree ("contract_id","occurred_on");--> statement-breakpoint
CREATE INDEX "cpms_objectives_contract_cpms_idx" ON "cpms_objectives_contract" USING btree ("cpms_id","starts_on");--> statement-breakpoint
CREATE INDEX "cpms_school_plan_school_idx" ON "cpms_school_plan" USING btree ("school_id","starts_on");--> statement-breakpoint
CREATE INDEX "cpms_school_plan_evaluation_idx" ON "cpms_school_plan" USING btree ("end_evaluation_on");--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_cpms_contract_id_cpms_contract_id_fk" FOREIGN KEY ("cpms_contract_id") REFERENCES "public"."cpms_contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_cpms_contract_idx" ON "meeting" USING btree ("cpms_contract_id","starts_at") WHERE cpms_contract_id is not null;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_convener_check" CHECK (num_nonnulls(platform_id, cio_id, cpms_contract_id) = 1);--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_cio_kind_check" CHECK ((cio_id is not null or cpms_contract_id is not null) = (kind in ('CONCERTATION_PROJET', 'ACTION_THEMATIQUE')));--> statement-breakpoint
-- ─── CPMS contracts (issue 19): row-level security ──────────────────────────────────────────────
-- A school head sees their school's plan, contracts and exchanges; a centre (director, agents) its own
-- contracts; a DCO the contracts of the centres of their zone. The zone is the ZONE territory above an
-- organisation's territory (the DCO organisation's, each centre's, each school's).

-- The caller's zones: the ZONE territories above the organisations where they hold `role` (DCO: their
-- delegation's zone; CPMS_DIRECTOR: their centre's).
CREATE FUNCTION app_zone_ids(role text) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ WITH RECURSIVE up AS (
     SELECT t.id, t.parent_id, t.kind FROM organisation o JOIN territory t ON t.id = o.territory_id
      WHERE o.id = ANY (app_org_ids_with_role(role))
     UNION
     SELECT t.id, t.parent_id, t.kind FROM up JOIN territory t ON t.id = up.parent_id)
   SELECT coalesce(array_agg(DISTINCT id), '{}') FROM up WHERE kind = 'ZONE' $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_zone_ids(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_zone_ids(text) TO maillage_app;--> statement-breakpoint

-- The organisations of a kind within zones (the centres or the schools of a zone): ids only.
CREATE FUNCTION app_zone_org_ids(zones uuid[], of_kind text) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ WITH RECURSIVE down AS (
     SELECT id FROM territory WHERE id = ANY (zones)
     UNION
     SELECT t.id FROM down JOIN territory t ON t.parent_id = down.id)
   SELECT coalesce(array_agg(o.id), '{}') FROM organisation o
    WHERE o.kind = of_kind AND o.territory_id IN (SELECT id FROM down) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_zone_org_ids(uuid[], text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_zone_org_ids(uuid[], text) TO maillage_app;--> statement-breakpoint

-- The centres whose contracts the caller reads: their own (director, agents), their zone's (DCO).
CREATE FUNCTION app_cpms_reader_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT app_org_ids_with_role('CPMS_DIRECTOR') || app_org_ids_with_role('CPMS_AGENT')
       || app_zone_org_ids(app_zone_ids('DCO'), 'CPMS') $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_reader_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_reader_ids() TO maillage_app;--> statement-breakpoint

-- The contracts the caller reads (the meetings tied to them follow).
CREATE FUNCTION app_cpms_contract_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(id), '{}') FROM cpms_contract
    WHERE cpms_id = ANY (app_cpms_reader_ids()) OR school_id = ANY (app_org_ids_with_role('SCHOOL_HEAD')) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_contract_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_contract_ids() TO maillage_app;--> statement-breakpoint

-- The contracts of the centres where the caller works (director, agents): they convene its concertations.
CREATE FUNCTION app_cpms_staff_contract_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(id), '{}') FROM cpms_contract
    WHERE cpms_id = ANY (app_org_ids_with_role('CPMS_DIRECTOR') || app_org_ids_with_role('CPMS_AGENT')) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_staff_contract_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_staff_contract_ids() TO maillage_app;--> statement-breakpoint

-- The plans of the contracts the caller reads (a plan's policy cannot read cpms_contract, whose own
-- policy reads the plans).
CREATE FUNCTION app_cpms_contract_plan_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(DISTINCT plan_id), '{}') FROM cpms_contract WHERE id = ANY (app_cpms_contract_ids()) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_contract_plan_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_contract_plan_ids() TO maillage_app;--> statement-breakpoint

-- Plans de pilotage: written by the school's head; read by them, by the directors of the centres of the
-- school's zone (who draft a contract from it), by the staff of a centre contracted on it, by the zone's DCO.
ALTER TABLE cpms_school_plan ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON cpms_school_plan TO maillage_app;--> statement-breakpoint
CREATE POLICY cpms_school_plan_read ON cpms_school_plan FOR SELECT TO maillage_app
  USING (school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[])
    OR school_id = ANY ((SELECT app_zone_org_ids(app_zone_ids('CPMS_DIRECTOR') || app_zone_ids('DCO'), 'ECOLE'))::uuid[])
    OR id = ANY ((SELECT app_cpms_contract_plan_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY cpms_school_plan_head ON cpms_school_plan FOR ALL TO maillage_app
  USING (school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]))
  WITH CHECK (school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]));--> statement-breakpoint

-- Contracts: read by the centre, the school's head, the zone's DCO; written by the centre's director (on a
-- plan they read, for that plan's school); the school's head updates their school's (their signature: the
-- service changes nothing else).
ALTER TABLE cpms_contract ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON cpms_contract TO maillage_app;--> statement-breakpoint
CREATE POLICY cpms_contract_read ON cpms_contract FOR SELECT TO maillage_app
  USING (cpms_id = ANY ((SELECT app_cpms_reader_ids())::uuid[])
    OR school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]));--> statement-breakpoint
CREATE POLICY cpms_contract_director ON cpms_contract FOR ALL TO maillage_app
  USING (cpms_id = ANY ((SELECT app_org_ids_with_role('CPMS_DIRECTOR'))::uuid[]))
  WITH CHECK (cpms_id = ANY ((SELECT app_org_ids_with_role('CPMS_DIRECTOR'))::uuid[])
    AND EXISTS (SELECT 1 FROM cpms_school_plan p WHERE p.id = plan_id AND p.school_id = cpms_contract.school_id));--> statement-breakpoint
CREATE POLICY cpms_contract_head ON cpms_contract FOR UPDATE TO maillage_app
  USING (school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]))
  WITH CHECK (school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]));--> statement-breakpoint

-- Exchanges: read as their contract; written in their own name by the centre's staff or the school's head,
-- on a contract of that centre and school.
ALTER TABLE cpms_contract_exchange ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON cpms_contract_exchange TO maillage_app;--> statement-breakpoint
CREATE POLICY cpms_contract_exchange_read ON cpms_contract_exchange FOR SELECT TO maillage_app
  USING (cpms_id = ANY ((SELECT app_cpms_reader_ids())::uuid[])
    OR school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]));--> statement-breakpoint
CREATE POLICY cpms_contract_exchange_write ON cpms_contract_exchange FOR INSERT TO maillage_app
  WITH CHECK (author_id = app_user_id()
    AND (cpms_id = ANY ((SELECT app_org_ids_with_role('CPMS_DIRECTOR') || app_org_ids_with_role('CPMS_AGENT'))::uuid[])
      OR school_id = ANY ((SELECT app_org_ids_with_role('SCHOOL_HEAD'))::uuid[]))
    AND EXISTS (SELECT 1 FROM cpms_contract c WHERE c.id = contract_id
      AND c.cpms_id = cpms_contract_exchange.cpms_id AND c.school_id = cpms_contract_exchange.school_id));--> statement-breakpoint

-- Objectives contracts: read by the centre and its zone's DCO; written by the centre's director.
ALTER TABLE cpms_objectives_contract ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON cpms_objectives_contract TO maillage_app;--> statement-breakpoint
CREATE POLICY cpms_objectives_contract_read ON cpms_objectives_contract FOR SELECT TO maillage_app
  USING (cpms_id = ANY ((SELECT app_cpms_reader_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY cpms_objectives_contract_director ON cpms_objectives_contract FOR ALL TO maillage_app
  USING (cpms_id = ANY ((SELECT app_org_ids_with_role('CPMS_DIRECTOR'))::uuid[]))
  WITH CHECK (cpms_id = ANY ((SELECT app_org_ids_with_role('CPMS_DIRECTOR'))::uuid[]));--> statement-breakpoint

-- Reminders sent: written by the daily job (as the owner); read with their contract.
ALTER TABLE cpms_contract_reminder ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON cpms_contract_reminder TO maillage_app;--> statement-breakpoint
CREATE POLICY cpms_contract_reminder_read ON cpms_contract_reminder FOR SELECT TO maillage_app
  USING (contract_id = ANY ((SELECT app_cpms_contract_ids())::uuid[]));--> statement-breakpoint

-- Meetings: a contract's concertations are read by whoever reads the contract, and convened by its centre's
-- staff. Everything else is as migration 0028 left it.
CREATE OR REPLACE FUNCTION app_meeting_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
    SELECT mp.meeting_id AS id FROM meeting_platform mp WHERE mp.platform_id = ANY (app_referent_platform_ids())
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.user_id = app_user_id()
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.organisation_id = ANY (app_org_ids())
    UNION ALL
    SELECT m.id FROM meeting m
     WHERE m.cio_id = ANY (app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))
    UNION ALL
    SELECT m.id FROM meeting m WHERE m.cpms_contract_id = ANY (app_cpms_contract_ids())) seen);
END $$;--> statement-breakpoint
ALTER POLICY meeting_read ON meeting
  USING (id = ANY ((SELECT app_meeting_ids())::uuid[]) OR (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id())))
    OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])
    OR cpms_contract_id = ANY ((SELECT app_cpms_contract_ids())::uuid[]));--> statement-breakpoint
ALTER POLICY meeting_convener ON meeting
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id()))
    OR cpms_contract_id = ANY ((SELECT app_cpms_staff_contract_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id()))
    OR cpms_contract_id = ANY ((SELECT app_cpms_staff_contract_ids())::uuid[]));
--> statement-breakpoint
-- The indicators of the contracts (counts only) per zone and year: contracts signed (year of the later
-- signature), evaluated (year the evaluation was recorded), indicators measured and reached at evaluation.
-- Every zone for a central analyst; their own zones for a DCO; nothing for anyone else.
CREATE FUNCTION app_cpms_contract_stats(from_year integer, to_year integer)
  RETURNS TABLE (zone_id uuid, zone_name text, year integer, signed bigint, evaluated bigint, measured bigint, reached bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ WITH RECURSIVE allowed AS (
     SELECT t.id FROM territory t WHERE t.kind = 'ZONE'
       AND (cardinality(app_org_ids_with_role('CENTRAL_ANALYST')) > 0 OR t.id = ANY (app_zone_ids('DCO')))),
   down AS (
     SELECT id AS zone_id, id FROM allowed
     UNION
     SELECT down.zone_id, t.id FROM down JOIN territory t ON t.parent_id = down.id),
   contracts AS (
     SELECT down.zone_id, c.* FROM cpms_contract c
       JOIN organisation o ON o.id = c.cpms_id JOIN down ON down.id = o.territory_id),
   signed AS (
     SELECT zone_id, extract(year FROM greatest(cpms_signed_at, school_signed_at) AT TIME ZONE 'Europe/Brussels')::int AS year,
            count(*) AS n
       FROM contracts WHERE cpms_signed_at IS NOT NULL AND school_signed_at IS NOT NULL GROUP BY 1, 2),
   evaluated AS (
     SELECT zone_id, extract(year FROM evaluated_at AT TIME ZONE 'Europe/Brussels')::int AS year, count(*) AS n,
            sum((SELECT count(*) FROM jsonb_array_elements(indicators) i WHERE i->>'reached' IS NOT NULL)) AS measured,
            sum((SELECT count(*) FROM jsonb_array_elements(indicators) i WHERE i->>'reached' IS NOT NULL
                  AND CASE WHEN (i->>'target')::numeric >= (i->>'baseline')::numeric
                           THEN (i->>'reached')::numeric >= (i->>'target')::numeric
                           ELSE (i->>'reached')::numeric <= (i->>'target')::numeric END)) AS reached
       FROM contracts WHERE evaluated_at IS NOT NULL GROUP BY 1, 2),
   years AS (SELECT zone_id, year FROM signed UNION SELECT zone_id, year FROM evaluated)
   SELECT y.zone_id, t.name, y.year, coalesce(s.n, 0), coalesce(e.n, 0), coalesce(e.measured, 0)::bigint,
          coalesce(e.reached, 0)::bigint
     FROM years y JOIN territory t ON t.id = y.zone_id
     LEFT JOIN signed s ON s.zone_id = y.zone_id AND s.year = y.year
     LEFT JOIN evaluated e ON e.zone_id = y.zone_id AND e.year = y.year
    WHERE y.year BETWEEN from_year AND to_year
    ORDER BY t.name, y.year $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cpms_contract_stats(integer, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cpms_contract_stats(integer, integer) TO maillage_app;
