CREATE TABLE "orientation_duty" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orientation_duty_cell" (
	"duty_id" uuid NOT NULL,
	"role" text NOT NULL,
	"involvement" text NOT NULL,
	CONSTRAINT "orientation_duty_cell_duty_id_role_pk" PRIMARY KEY("duty_id","role"),
	CONSTRAINT "orientation_duty_cell_role_check" CHECK (role in ('IEN_IO', 'CIO_DIRECTOR', 'PSYEN', 'SCHOOL_HEAD', 'DASEN', 'SG')),
	CONSTRAINT "orientation_duty_cell_involvement_check" CHECK (involvement in ('PILOTE', 'CONTRIBUE', 'INFORME'))
);
--> statement-breakpoint
CREATE TABLE "orientation_network" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"name" text NOT NULL,
	"head_school_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_network_name_key" UNIQUE("cio_id","name")
);
--> statement-breakpoint
CREATE TABLE "orientation_network_psyen" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "orientation_network_psyen_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "orientation_network_school" (
	"network_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "orientation_network_school_network_id_school_id_pk" PRIMARY KEY("network_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "orientation_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_period_name_key" UNIQUE("cio_id","school_year","name"),
	CONSTRAINT "orientation_period_year_check" CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
	CONSTRAINT "orientation_period_dates_check" CHECK (ends_on >= starts_on)
);
--> statement-breakpoint
CREATE TABLE "orientation_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"activity" text NOT NULL,
	"network_id" uuid,
	"school_id" uuid,
	"weekday" smallint NOT NULL,
	"half_day" text NOT NULL,
	"mode" text DEFAULT 'SUR_SITE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_slot_time_key" UNIQUE("user_id","period_id","weekday","half_day"),
	CONSTRAINT "orientation_slot_activity_check" CHECK (activity in ('PERMANENCE', 'ENTRETIENS_EXTERNALISES', 'CONCERTATION', 'ETABLISSEMENT')),
	CONSTRAINT "orientation_slot_half_day_check" CHECK (half_day in ('MATIN', 'APRES_MIDI')),
	CONSTRAINT "orientation_slot_mode_check" CHECK (mode in ('SUR_SITE', 'DISTANCE')),
	CONSTRAINT "orientation_slot_weekday_check" CHECK (weekday between 1 and 5),
	CONSTRAINT "orientation_slot_place_check" CHECK ((activity = 'ETABLISSEMENT') = (school_id is not null and network_id is not null)
          and (activity = 'ETABLISSEMENT' or (school_id is null and network_id is null)))
);
--> statement-breakpoint
CREATE TABLE "orientation_transversal_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"pilot_user_id" uuid,
	"since" date NOT NULL,
	"status" text DEFAULT 'EN_COURS' NOT NULL,
	"summary" text,
	"document_links" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_transversal_file_kind_check" CHECK (kind in ('DISPOSITIFS_RELAIS', 'FOQUALE', 'COMMISSION_ABSENTEISME', 'REAFFECTATION_DISCIPLINE', 'AUTRE')),
	CONSTRAINT "orientation_transversal_file_status_check" CHECK (status in ('EN_COURS', 'EN_VEILLE', 'CLOS'))
);
--> statement-breakpoint
CREATE TABLE "psyen_service" (
	"cio_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"quotity_percent" smallint DEFAULT 100 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psyen_service_cio_id_user_id_pk" PRIMARY KEY("cio_id","user_id"),
	CONSTRAINT "psyen_service_quotity_check" CHECK (quotity_percent between 10 and 100)
);
--> statement-breakpoint
ALTER TABLE "membership" DROP CONSTRAINT "membership_roles_check";--> statement-breakpoint
ALTER TABLE "orientation_duty" ADD CONSTRAINT "orientation_duty_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_duty_cell" ADD CONSTRAINT "orientation_duty_cell_duty_id_orientation_duty_id_fk" FOREIGN KEY ("duty_id") REFERENCES "public"."orientation_duty"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network" ADD CONSTRAINT "orientation_network_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network" ADD CONSTRAINT "orientation_network_head_school_id_organisation_id_fk" FOREIGN KEY ("head_school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network_psyen" ADD CONSTRAINT "orientation_network_psyen_network_id_orientation_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."orientation_network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network_psyen" ADD CONSTRAINT "orientation_network_psyen_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network_school" ADD CONSTRAINT "orientation_network_school_network_id_orientation_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."orientation_network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_network_school" ADD CONSTRAINT "orientation_network_school_school_id_organisation_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_period" ADD CONSTRAINT "orientation_period_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_slot" ADD CONSTRAINT "orientation_slot_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_slot" ADD CONSTRAINT "orientation_slot_period_id_orientation_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."orientation_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_slot" ADD CONSTRAINT "orientation_slot_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_slot" ADD CONSTRAINT "orientation_slot_network_id_orientation_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."orientation_network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_slot" ADD CONSTRAINT "orientation_slot_school_id_organisation_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_transversal_file" ADD CONSTRAINT "orientation_transversal_file_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_transversal_file" ADD CONSTRAINT "orientation_transversal_file_pilot_user_id_app_user_id_fk" FOREIGN KEY ("pilot_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psyen_service" ADD CONSTRAINT "psyen_service_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psyen_service" ADD CONSTRAINT "psyen_service_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orientation_duty_cio_idx" ON "orientation_duty" USING btree ("cio_id","position");--> statement-breakpoint
CREATE INDEX "orientation_network_cio_idx" ON "orientation_network" USING btree ("cio_id");--> statement-breakpoint
CREATE INDEX "orientation_network_psyen_user_idx" ON "orientation_network_psyen" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "orientation_network_school_school_idx" ON "orientation_network_school" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "orientation_period_cio_idx" ON "orientation_period" USING btree ("cio_id","school_year","starts_on");--> statement-breakpoint
CREATE INDEX "orientation_slot_period_idx" ON "orientation_slot" USING btree ("period_id","user_id");--> statement-breakpoint
CREATE INDEX "orientation_slot_school_idx" ON "orientation_slot" USING btree ("school_id","period_id");--> statement-breakpoint
CREATE INDEX "orientation_slot_network_idx" ON "orientation_slot" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "orientation_transversal_file_cio_idx" ON "orientation_transversal_file" USING btree ("cio_id","status");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_roles_check" CHECK (cardinality(roles) > 0 and roles <@ array['ADMIN', 'PSAD_REFERENT', 'COUNSELLOR', 'CAF_OFFICER', 'CLAS_HOLDER', 'SOCIAL_WORKER', 'VIEWER', 'REGIONAL_COORDINATOR', 'PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD', 'SERVICE_ACCOUNT']::text[]);--> statement-breakpoint
-- Who reads and writes the orientation networks (issue 18). The direction team of a CIO: its directors
-- (CIO_DIRECTOR held in the CIO) and the IEN-IO of its département (IEN_IO held in an organisation of
-- the département: up from that organisation's territory to the département, then down to the CIOs
-- placed within it). Definer rights: the lookups must not be filtered by the tables' own policies.
CREATE FUNCTION app_orientation_direction_cio_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (WITH RECURSIVE up AS (
      SELECT t.id, t.parent_id, t.kind FROM organisation o JOIN territory t ON t.id = o.territory_id
       WHERE o.id = ANY (app_org_ids_with_role('IEN_IO'))
      UNION
      SELECT p.id, p.parent_id, p.kind FROM up JOIN territory p ON p.id = up.parent_id
    ), down AS (
      SELECT id FROM up WHERE kind = 'DEPARTEMENT'
      UNION
      SELECT t.id FROM down JOIN territory t ON t.parent_id = down.id
    )
    SELECT coalesce(array_agg(o.id), '{}') FROM organisation o
     WHERE o.kind = 'CIO'
       AND (o.id = ANY (app_org_ids_with_role('CIO_DIRECTOR')) OR o.territory_id IN (SELECT id FROM down)));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_orientation_direction_cio_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_orientation_direction_cio_ids() TO maillage_app;--> statement-breakpoint

-- The networks of the schools the caller heads (SCHOOL_HEAD held in the school).
CREATE FUNCTION app_orientation_school_network_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(DISTINCT network_id), '{}') FROM orientation_network_school
   WHERE school_id = ANY (app_org_ids_with_role('SCHOOL_HEAD')) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_orientation_school_network_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_orientation_school_network_ids() TO maillage_app;--> statement-breakpoint

-- The CIOs the caller works in or with: the direction team's, the PsyEn's own, and those of the networks
-- of the schools they head (everyone reads the periods, the « qui fait quoi ? » and the quotities).
CREATE FUNCTION app_orientation_reader_cio_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN')
     || coalesce((SELECT array_agg(DISTINCT cio_id) FROM orientation_network
                   WHERE id = ANY (app_orientation_school_network_ids())), '{}') $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_orientation_reader_cio_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_orientation_reader_cio_ids() TO maillage_app;--> statement-breakpoint

-- The people of a CIO's orientation service as its readers may name them (a school head or an IEN-IO
-- does not see the CIO's users otherwise): its PsyEn and directors, display names and roles only.
CREATE FUNCTION app_orientation_people(of_cio uuid) RETURNS TABLE (id uuid, display_name text, roles text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.display_name, array(SELECT r FROM unnest(m.roles) r WHERE r IN ('PSYEN', 'CIO_DIRECTOR'))
   FROM membership m JOIN app_user u ON u.id = m.user_id
   WHERE m.organisation_id = of_cio AND u.active AND m.roles && array['PSYEN', 'CIO_DIRECTOR']
     AND of_cio = ANY (app_orientation_reader_cio_ids())
   ORDER BY u.display_name $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_orientation_people(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_orientation_people(uuid) TO maillage_app;--> statement-breakpoint

-- Periods, quotities and the « qui fait quoi ? »: read by every reader of the CIO, written by its direction.
ALTER TABLE orientation_period ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_period TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_period_read ON orientation_period FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_period_direction ON orientation_period FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE psyen_service ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON psyen_service TO maillage_app;--> statement-breakpoint
CREATE POLICY psyen_service_read ON psyen_service FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY psyen_service_direction ON psyen_service FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE orientation_duty ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_duty TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_duty_read ON orientation_duty FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_duty_direction ON orientation_duty FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE orientation_duty_cell ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_duty_cell TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_duty_cell_read ON orientation_duty_cell FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_duty d WHERE d.id = duty_id));--> statement-breakpoint
CREATE POLICY orientation_duty_cell_direction ON orientation_duty_cell FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_duty d WHERE d.id = duty_id
    AND d.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM orientation_duty d WHERE d.id = duty_id
    AND d.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint

-- Networks: the direction team and the CIO's PsyEn read them all; a school head reads their school's.
ALTER TABLE orientation_network ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_network TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_network_read ON orientation_network FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])
    OR id = ANY ((SELECT app_orientation_school_network_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_network_direction ON orientation_network FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE orientation_network_school ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_network_school TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_network_school_read ON orientation_network_school FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id));--> statement-breakpoint
CREATE POLICY orientation_network_school_direction ON orientation_network_school FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id
    AND n.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id
    AND n.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint
ALTER TABLE orientation_network_psyen ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_network_psyen TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_network_psyen_read ON orientation_network_psyen FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id));--> statement-breakpoint
CREATE POLICY orientation_network_psyen_direction ON orientation_network_psyen FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id
    AND n.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id
    AND n.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint

-- Half-days: the direction team and the PsyEn read the CIO's; a school head the half-days of their
-- school's networks (« quand le PsyEn est-il dans mon établissement ? »). Written by the direction.
ALTER TABLE orientation_slot ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_slot TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_slot_read ON orientation_slot FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])
    OR network_id = ANY ((SELECT app_orientation_school_network_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_slot_direction ON orientation_slot FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint

-- Transversal files: the CIO's direction team and PsyEn read them; the direction team writes them.
ALTER TABLE orientation_transversal_file ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_transversal_file TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_transversal_file_read ON orientation_transversal_file FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_transversal_file_direction ON orientation_transversal_file FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));
