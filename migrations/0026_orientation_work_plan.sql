CREATE TABLE "work_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"title" text NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plan_months_check" CHECK (extract(day from start_month) = 1 and extract(day from end_month) = 1),
	CONSTRAINT "work_plan_span_check" CHECK (end_month >= start_month)
);
--> statement-breakpoint
CREATE TABLE "work_plan_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"cio_id" uuid NOT NULL,
	"title" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date NOT NULL,
	"status" text DEFAULT 'A_FAIRE' NOT NULL,
	"evidence_url" text,
	"minutes_meeting_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plan_action_status_check" CHECK (status in ('A_FAIRE', 'EN_COURS', 'FAIT', 'REPORTE', 'ABANDONNE')),
	CONSTRAINT "work_plan_action_roles_check" CHECK (roles <@ array['IEN_IO', 'CIO_DIRECTOR', 'PSYEN', 'SCHOOL_HEAD', 'DASEN', 'SG']::text[]),
	CONSTRAINT "work_plan_action_months_check" CHECK (extract(day from start_month) = 1 and extract(day from end_month) = 1),
	CONSTRAINT "work_plan_action_span_check" CHECK (end_month >= start_month),
	CONSTRAINT "work_plan_action_evidence_check" CHECK (evidence_url is null or evidence_url like 'https://%')
);
--> statement-breakpoint
CREATE TABLE "work_plan_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"cio_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plan_reminder" (
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plan_reminder_action_id_kind_pk" PRIMARY KEY("action_id","kind"),
	CONSTRAINT "work_plan_reminder_kind_check" CHECK (kind in ('AVANT', 'RETARD'))
);
--> statement-breakpoint
ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan" ADD CONSTRAINT "work_plan_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_action" ADD CONSTRAINT "work_plan_action_plan_id_work_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_action" ADD CONSTRAINT "work_plan_action_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_action" ADD CONSTRAINT "work_plan_action_minutes_meeting_id_meeting_id_fk" FOREIGN KEY ("minutes_meeting_id") REFERENCES "public"."meeting"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_comment" ADD CONSTRAINT "work_plan_comment_action_id_work_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."work_plan_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_comment" ADD CONSTRAINT "work_plan_comment_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_comment" ADD CONSTRAINT "work_plan_comment_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_reminder" ADD CONSTRAINT "work_plan_reminder_action_id_work_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."work_plan_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_plan_cio_idx" ON "work_plan" USING btree ("cio_id","start_month");--> statement-breakpoint
CREATE INDEX "work_plan_action_plan_idx" ON "work_plan_action" USING btree ("plan_id","start_month");--> statement-breakpoint
CREATE INDEX "work_plan_action_cio_idx" ON "work_plan_action" USING btree ("cio_id","status");--> statement-breakpoint
CREATE INDEX "work_plan_comment_action_idx" ON "work_plan_comment" USING btree ("action_id","created_at");--> statement-breakpoint
-- custom SQL: orientation work plan
-- Plans and actions: read by the CIO's readers (direction team, PsyEn, heads of its networks' schools),
-- written by its direction team (DCIO, the département's IEN-IO).
ALTER TABLE work_plan ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON work_plan TO maillage_app;--> statement-breakpoint
CREATE POLICY work_plan_read ON work_plan FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY work_plan_direction ON work_plan FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE work_plan_action ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON work_plan_action TO maillage_app;--> statement-breakpoint
CREATE POLICY work_plan_action_read ON work_plan_action FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY work_plan_action_direction ON work_plan_action FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])
    AND EXISTS (SELECT 1 FROM work_plan p WHERE p.id = plan_id AND p.cio_id = work_plan_action.cio_id));--> statement-breakpoint

-- Comments: read by the CIO's readers; written by its staff (direction team, PsyEn) in their own name,
-- on an action of the same CIO; the direction team may remove one.
ALTER TABLE work_plan_comment ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON work_plan_comment TO maillage_app;--> statement-breakpoint
CREATE POLICY work_plan_comment_read ON work_plan_comment FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_reader_cio_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY work_plan_comment_write ON work_plan_comment FOR INSERT TO maillage_app
  WITH CHECK (author_id = app_user_id()
    AND cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])
    AND EXISTS (SELECT 1 FROM work_plan_action a WHERE a.id = action_id AND a.cio_id = work_plan_comment.cio_id));--> statement-breakpoint
CREATE POLICY work_plan_comment_direction ON work_plan_comment FOR DELETE TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint

-- Reminders sent: written by the daily job (as the owner); the direction team reads its CIO's.
ALTER TABLE work_plan_reminder ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON work_plan_reminder TO maillage_app;--> statement-breakpoint
CREATE POLICY work_plan_reminder_read ON work_plan_reminder FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM work_plan_action a WHERE a.id = action_id
    AND a.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint

-- An action's status, changed by its direction team or by a person it names (who may change nothing
-- else of it): the new version, -1 when `expected` is stale, null when the caller may not.
CREATE FUNCTION app_work_plan_set_status(action uuid, new_status text, expected integer) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  found_version integer;
BEGIN
  SELECT a.version INTO found_version FROM work_plan_action a
   WHERE a.id = action
     AND (a.cio_id = ANY (app_orientation_direction_cio_ids())
       OR (app_user_id() = ANY (a.person_ids) AND a.cio_id = ANY (app_orientation_reader_cio_ids())))
   FOR UPDATE;
  IF found_version IS NULL THEN RETURN NULL; END IF;
  IF found_version <> expected THEN RETURN -1; END IF;
  UPDATE work_plan_action SET status = new_status, version = version + 1, updated_at = now() WHERE id = action;
  RETURN found_version + 1;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_work_plan_set_status(uuid, text, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_work_plan_set_status(uuid, text, integer) TO maillage_app;
