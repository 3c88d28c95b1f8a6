CREATE TABLE "clas_activity_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"participants" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_activity_log_kind_check" CHECK (kind in ('PARENT_ACTION', 'CONCERTATION'))
);
--> statement-breakpoint
CREATE TABLE "clas_attendance" (
	"session_log_id" uuid NOT NULL,
	"roster_entry_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "clas_attendance_session_log_id_roster_entry_id_pk" PRIMARY KEY("session_log_id","roster_entry_id")
);
--> statement-breakpoint
CREATE TABLE "clas_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_party" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_comment_party_check" CHECK (author_party in ('HOLDER', 'OFFICER'))
);
--> statement-breakpoint
CREATE TABLE "clas_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reasons" text NOT NULL,
	"amount_granted_cents" integer,
	"eligibility" jsonb NOT NULL,
	"config" jsonb NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_decision_kind_check" CHECK (decision in ('ACCEPTE', 'REFUSE', 'A_COMPLETER')),
	CONSTRAINT "clas_decision_amount_check" CHECK ((decision = 'ACCEPTE') = (amount_granted_cents is not null) and (amount_granted_cents is null or amount_granted_cents >= 0))
);
--> statement-breakpoint
CREATE TABLE "clas_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"level" text NOT NULL,
	"children_count" integer NOT NULL,
	"accompagnateurs" jsonb NOT NULL,
	"sessions" jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"longest_break_weeks" integer DEFAULT 0 NOT NULL,
	"place" text,
	"eligible_cost_cents" integer NOT NULL,
	"other_funding_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_group_level_check" CHECK (level in ('ELEMENTAIRE', 'COLLEGE', 'LYCEE')),
	CONSTRAINT "clas_group_counts_check" CHECK (children_count >= 0 and eligible_cost_cents >= 0 and other_funding_cents >= 0)
);
--> statement-breakpoint
CREATE TABLE "clas_project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"departement_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'BROUILLON' NOT NULL,
	"declaration" jsonb NOT NULL,
	"submitted_eligibility" jsonb,
	"submitted_at" timestamp with time zone,
	"bilan_assessment" text,
	"bilan_figures" jsonb,
	"bilan_submitted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_project_status_check" CHECK (status in ('BROUILLON', 'DEPOSE', 'EN_INSTRUCTION', 'ACCEPTE', 'REFUSE', 'A_COMPLETER', 'BILAN_DEPOSE', 'CLOTURE')),
	CONSTRAINT "clas_project_school_year_check" CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "clas_roster_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clas_session_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"children_present" integer NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clas_session_log_present_check" CHECK (children_present >= 0)
);
--> statement-breakpoint
CREATE TABLE "clas_year_config" (
	"school_year" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clas_activity_log" ADD CONSTRAINT "clas_activity_log_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_attendance" ADD CONSTRAINT "clas_attendance_session_log_id_clas_session_log_id_fk" FOREIGN KEY ("session_log_id") REFERENCES "public"."clas_session_log"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_attendance" ADD CONSTRAINT "clas_attendance_roster_entry_id_clas_roster_entry_id_fk" FOREIGN KEY ("roster_entry_id") REFERENCES "public"."clas_roster_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_attendance" ADD CONSTRAINT "clas_attendance_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_comment" ADD CONSTRAINT "clas_comment_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_decision" ADD CONSTRAINT "clas_decision_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_group" ADD CONSTRAINT "clas_group_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_project" ADD CONSTRAINT "clas_project_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_project" ADD CONSTRAINT "clas_project_departement_id_territory_id_fk" FOREIGN KEY ("departement_id") REFERENCES "public"."territory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_roster_entry" ADD CONSTRAINT "clas_roster_entry_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_roster_entry" ADD CONSTRAINT "clas_roster_entry_group_id_clas_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."clas_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_session_log" ADD CONSTRAINT "clas_session_log_project_id_clas_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."clas_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clas_session_log" ADD CONSTRAINT "clas_session_log_group_id_clas_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."clas_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clas_activity_log_project_idx" ON "clas_activity_log" USING btree ("project_id","held_on");--> statement-breakpoint
CREATE INDEX "clas_attendance_roster_idx" ON "clas_attendance" USING btree ("roster_entry_id");--> statement-breakpoint
CREATE INDEX "clas_attendance_project_idx" ON "clas_attendance" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "clas_comment_project_idx" ON "clas_comment" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "clas_decision_project_idx" ON "clas_decision" USING btree ("project_id","decided_at");--> statement-breakpoint
CREATE INDEX "clas_group_project_idx" ON "clas_group" USING btree ("project_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "clas_project_org_year_key" ON "clas_project" USING btree ("organisation_id","school_year");--> statement-breakpoint
CREATE INDEX "clas_project_departement_idx" ON "clas_project" USING btree ("departement_id","school_year","status");--> statement-breakpoint
CREATE INDEX "clas_roster_entry_group_idx" ON "clas_roster_entry" USING btree ("group_id","position");--> statement-breakpoint
CREATE INDEX "clas_roster_entry_project_idx" ON "clas_roster_entry" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clas_session_log_group_day_key" ON "clas_session_log" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "clas_session_log_project_idx" ON "clas_session_log" USING btree ("project_id");--> statement-breakpoint

-- Who sees a CLAS project (DOMAIN.md §1, §3): the holder organisations' CLAS_HOLDER members, and the
-- CAF officers of the project's département once it is deposited (a draft is the holder's own).
-- Children are counted, not named: a holder's attendance list is seen by that holder only.

-- The départements of the CAF organisations where the actor is CAF_OFFICER: each organisation's
-- territory and its ancestors, kept where the kind is DEPARTEMENT. Definer rights: territories are
-- readable by all anyway, and the lookup must not depend on the caller's policies.
CREATE FUNCTION app_caf_departement_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (WITH RECURSIVE up AS (
      SELECT t.id, t.kind, t.parent_id FROM organisation o JOIN territory t ON t.id = o.territory_id
      WHERE o.id = ANY (app_org_ids_with_role('CAF_OFFICER'))
      UNION
      SELECT p.id, p.kind, p.parent_id FROM up JOIN territory p ON p.id = up.parent_id
    )
    SELECT coalesce(array_agg(DISTINCT id), '{}') FROM up WHERE kind = 'DEPARTEMENT');
END $$;--> statement-breakpoint

-- The yearly configuration is not personal data: every signed-in actor reads it; admins write it.
ALTER TABLE clas_year_config ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON clas_year_config TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_year_config_read ON clas_year_config FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY clas_year_config_insert ON clas_year_config FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY clas_year_config_update ON clas_year_config FOR UPDATE TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint

ALTER TABLE clas_project ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON clas_project TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_project_holder ON clas_project FOR ALL TO maillage_app
  USING (organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[]))
  WITH CHECK (organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[]));--> statement-breakpoint
CREATE POLICY clas_project_officer ON clas_project FOR SELECT TO maillage_app
  USING (status <> 'BROUILLON' AND departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY clas_project_officer_update ON clas_project FOR UPDATE TO maillage_app
  USING (status <> 'BROUILLON' AND departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[]))
  WITH CHECK (status <> 'BROUILLON' AND departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[]));--> statement-breakpoint

-- The parts of a project: seen by whoever sees the project (the EXISTS runs under the project's
-- policies), written by the holder (groups) or by either party (decisions: officer; comments: both).
ALTER TABLE clas_group ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON clas_group TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_group_read ON clas_group FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_group.project_id));--> statement-breakpoint
CREATE POLICY clas_group_holder ON clas_group FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_group.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_group.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])));--> statement-breakpoint

ALTER TABLE clas_decision ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON clas_decision TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_decision_read ON clas_decision FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_decision.project_id));--> statement-breakpoint
CREATE POLICY clas_decision_officer ON clas_decision FOR INSERT TO maillage_app
  WITH CHECK (decided_by = app_user_id() AND EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_decision.project_id
    AND p.departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[])));--> statement-breakpoint

ALTER TABLE clas_comment ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON clas_comment TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_comment_read ON clas_comment FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_comment.project_id));--> statement-breakpoint
CREATE POLICY clas_comment_append ON clas_comment FOR INSERT TO maillage_app
  WITH CHECK (author_id = app_user_id() AND EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_comment.project_id));--> statement-breakpoint

ALTER TABLE clas_session_log ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON clas_session_log TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_session_log_read ON clas_session_log FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_session_log.project_id));--> statement-breakpoint
CREATE POLICY clas_session_log_holder ON clas_session_log FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_session_log.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_session_log.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])));--> statement-breakpoint

ALTER TABLE clas_activity_log ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON clas_activity_log TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_activity_log_read ON clas_activity_log FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_activity_log.project_id));--> statement-breakpoint
CREATE POLICY clas_activity_log_holder ON clas_activity_log FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_activity_log.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_activity_log.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])));--> statement-breakpoint

-- Names of children: the holder's members only, never the CAF.
ALTER TABLE clas_roster_entry ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON clas_roster_entry TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_roster_entry_holder ON clas_roster_entry FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_roster_entry.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_roster_entry.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])));--> statement-breakpoint
ALTER TABLE clas_attendance ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON clas_attendance TO maillage_app;--> statement-breakpoint
CREATE POLICY clas_attendance_holder ON clas_attendance FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_attendance.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM clas_project p WHERE p.id = clas_attendance.project_id AND p.organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])));
