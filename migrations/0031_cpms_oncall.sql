CREATE TABLE "oncall_agent_phone" (
	"pool_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"phone" text NOT NULL,
	CONSTRAINT "oncall_agent_phone_pool_id_user_id_pk" PRIMARY KEY("pool_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "oncall_call" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"caller_kind" text NOT NULL,
	"category" text NOT NULL,
	"urgency" text NOT NULL,
	"action" text NOT NULL,
	"referred_cpms_id" uuid,
	"follow_up_due" date,
	"follow_up_done_at" timestamp with time zone,
	"logged_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_call_caller_check" CHECK (caller_kind in ('ECOLE', 'PARENT', 'ELEVE', 'AUTRE')),
	CONSTRAINT "oncall_call_category_check" CHECK (category in ('HARCELEMENT', 'DETRESSE', 'VIOLENCE', 'ABSENTEISME', 'ORIENTATION', 'SANTE', 'FAMILLE', 'AUTRE')),
	CONSTRAINT "oncall_call_urgency_check" CHECK (urgency in ('FAIBLE', 'MOYENNE', 'HAUTE', 'VITALE')),
	CONSTRAINT "oncall_call_follow_up_check" CHECK (follow_up_due is null or referred_cpms_id is not null)
);
--> statement-breakpoint
CREATE TABLE "oncall_pool" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"max_shift_minutes" integer DEFAULT 780 NOT NULL,
	"min_rest_minutes" integer DEFAULT 660 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_pool_rules_check" CHECK (max_shift_minutes between 60 and 1440 and min_rest_minutes between 0 and 2880)
);
--> statement-breakpoint
CREATE TABLE "oncall_pool_cpms" (
	"pool_id" uuid NOT NULL,
	"cpms_id" uuid NOT NULL,
	CONSTRAINT "oncall_pool_cpms_pool_id_cpms_id_pk" PRIMARY KEY("pool_id","cpms_id")
);
--> statement-breakpoint
CREATE TABLE "oncall_reminder" (
	"shift_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_reminder_shift_id_user_id_pk" PRIMARY KEY("shift_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "oncall_shift" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"agent_id" uuid NOT NULL,
	"backup_id" uuid NOT NULL,
	"status" text DEFAULT 'BROUILLON' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_shift_status_check" CHECK (status in ('BROUILLON', 'PUBLIE')),
	CONSTRAINT "oncall_shift_span_check" CHECK (ends_at > starts_at),
	CONSTRAINT "oncall_shift_backup_check" CHECK (agent_id <> backup_id)
);
--> statement-breakpoint
CREATE TABLE "oncall_swap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"shift_id" uuid NOT NULL,
	"role" text NOT NULL,
	"from_user_id" uuid NOT NULL,
	"to_user_id" uuid NOT NULL,
	"note" text,
	"status" text DEFAULT 'PROPOSE' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_swap_role_check" CHECK (role in ('AGENT', 'BACKUP')),
	CONSTRAINT "oncall_swap_status_check" CHECK (status in ('PROPOSE', 'APPROUVE', 'REFUSE', 'ANNULE'))
);
--> statement-breakpoint
CREATE TABLE "oncall_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"agent_id" uuid,
	"backup_id" uuid,
	CONSTRAINT "oncall_template_weekday_check" CHECK (weekday between 1 and 7),
	CONSTRAINT "oncall_template_times_check" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
ALTER TABLE "oncall_agent_phone" ADD CONSTRAINT "oncall_agent_phone_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_agent_phone" ADD CONSTRAINT "oncall_agent_phone_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_call" ADD CONSTRAINT "oncall_call_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_call" ADD CONSTRAINT "oncall_call_referred_cpms_id_organisation_id_fk" FOREIGN KEY ("referred_cpms_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_call" ADD CONSTRAINT "oncall_call_logged_by_app_user_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_pool_cpms" ADD CONSTRAINT "oncall_pool_cpms_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_pool_cpms" ADD CONSTRAINT "oncall_pool_cpms_cpms_id_organisation_id_fk" FOREIGN KEY ("cpms_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_reminder" ADD CONSTRAINT "oncall_reminder_shift_id_oncall_shift_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."oncall_shift"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_reminder" ADD CONSTRAINT "oncall_reminder_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_shift" ADD CONSTRAINT "oncall_shift_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_shift" ADD CONSTRAINT "oncall_shift_agent_id_app_user_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_shift" ADD CONSTRAINT "oncall_shift_backup_id_app_user_id_fk" FOREIGN KEY ("backup_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_swap" ADD CONSTRAINT "oncall_swap_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_swap" ADD CONSTRAINT "oncall_swap_shift_id_oncall_shift_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."oncall_shift"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_swap" ADD CONSTRAINT "oncall_swap_from_user_id_app_user_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_swap" ADD CONSTRAINT "oncall_swap_to_user_id_app_user_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_swap" ADD CONSTRAINT "oncall_swap_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_template" ADD CONSTRAINT "oncall_template_pool_id_oncall_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."oncall_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_template" ADD CONSTRAINT "oncall_template_agent_id_app_user_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oncall_template" ADD CONSTRAINT "oncall_template_backup_id_app_user_id_fk" FOREIGN KEY ("backup_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oncall_call_pool_idx" ON "oncall_call" USING btree ("pool_id","received_at");--> statement-breakpoint
CREATE INDEX "oncall_call_follow_up_idx" ON "oncall_call" USING btree ("referred_cpms_id","follow_up_due");--> statement-breakpoint
CREATE INDEX "oncall_pool_cpms_cpms_idx" ON "oncall_pool_cpms" USING btree ("cpms_id");--> statement-breakpoint
CREATE INDEX "oncall_shift_pool_idx" ON "oncall_shift" USING btree ("pool_id","starts_at");--> statement-breakpoint
CREATE INDEX "oncall_shift_agent_idx" ON "oncall_shift" USING btree ("agent_id","starts_at");--> statement-breakpoint
CREATE INDEX "oncall_shift_backup_idx" ON "oncall_shift" USING btree ("backup_id","starts_at");--> statement-breakpoint
CREATE INDEX "oncall_swap_pool_idx" ON "oncall_swap" USING btree ("pool_id","status");--> statement-breakpoint
CREATE INDEX "oncall_swap_shift_idx" ON "oncall_swap" USING btree ("shift_id");--> statement-breakpoint
CREATE INDEX "oncall_template_pool_idx" ON "oncall_template" USING btree ("pool_id","weekday");--> statement-breakpoint
-- custom SQL: the CPMS 24/7 line
-- A pool's readers: agents and directors of its member CPMS. Its writers (rota, rules, approvals): the
-- directors of its member CPMS. The switchboard (a SERVICE_ACCOUNT of a member CPMS) reads the shifts and
-- the phones only, to answer « qui est d'astreinte ? ».
CREATE FUNCTION app_oncall_pool_ids_with_role(roles text[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(DISTINCT pc.pool_id), '{}') FROM oncall_pool_cpms pc
   WHERE EXISTS (SELECT 1 FROM unnest(roles) r WHERE pc.cpms_id = ANY (app_org_ids_with_role(r))) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_oncall_pool_ids_with_role(text[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_oncall_pool_ids_with_role(text[]) TO maillage_app;--> statement-breakpoint
CREATE FUNCTION app_oncall_reader_pool_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT app_oncall_pool_ids_with_role(array['CPMS_AGENT', 'CPMS_DIRECTOR']) $$;--> statement-breakpoint
CREATE FUNCTION app_oncall_director_pool_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT app_oncall_pool_ids_with_role(array['CPMS_DIRECTOR']) $$;--> statement-breakpoint
CREATE FUNCTION app_oncall_switchboard_pool_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT app_oncall_pool_ids_with_role(array['CPMS_AGENT', 'CPMS_DIRECTOR', 'SERVICE_ACCOUNT']) $$;--> statement-breakpoint

-- The people of a pool's member CPMS (agents and directors), as its readers and switchboard may name
-- them (a centre's users are not visible to another centre otherwise): names, centre, on-call phone.
CREATE FUNCTION app_oncall_people(of_pool uuid) RETURNS TABLE (id uuid, display_name text, cpms_id uuid, cpms_name text, roles text[], phone text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.display_name, o.id, o.name, array(SELECT r FROM unnest(m.roles) r WHERE r IN ('CPMS_AGENT', 'CPMS_DIRECTOR')), p.phone
   FROM oncall_pool_cpms pc JOIN membership m ON m.organisation_id = pc.cpms_id
   JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = pc.cpms_id
   LEFT JOIN oncall_agent_phone p ON p.pool_id = pc.pool_id AND p.user_id = u.id
   WHERE pc.pool_id = of_pool AND u.active AND m.roles && array['CPMS_AGENT', 'CPMS_DIRECTOR']
     AND of_pool = ANY (app_oncall_switchboard_pool_ids())
   ORDER BY u.display_name $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_oncall_people(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_oncall_people(uuid) TO maillage_app;--> statement-breakpoint

ALTER TABLE oncall_pool ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON oncall_pool TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_pool_read ON oncall_pool FOR SELECT TO maillage_app
  USING (app_is_admin() OR id = ANY ((SELECT app_oncall_switchboard_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_pool_admin ON oncall_pool FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY oncall_pool_direction ON oncall_pool FOR UPDATE TO maillage_app
  USING (id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]))
  WITH CHECK (id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE oncall_pool_cpms ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON oncall_pool_cpms TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_pool_cpms_read ON oncall_pool_cpms FOR SELECT TO maillage_app
  USING (app_is_admin() OR pool_id = ANY ((SELECT app_oncall_switchboard_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_pool_cpms_admin ON oncall_pool_cpms FOR ALL TO maillage_app
  USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint
ALTER TABLE oncall_agent_phone ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON oncall_agent_phone TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_agent_phone_read ON oncall_agent_phone FOR SELECT TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_switchboard_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_agent_phone_direction ON oncall_agent_phone FOR ALL TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]))
  WITH CHECK (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE oncall_template ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON oncall_template TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_template_read ON oncall_template FOR SELECT TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_template_direction ON oncall_template FOR ALL TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]))
  WITH CHECK (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE oncall_shift ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON oncall_shift TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_shift_read ON oncall_shift FOR SELECT TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_switchboard_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_shift_direction ON oncall_shift FOR ALL TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]))
  WITH CHECK (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE oncall_swap ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON oncall_swap TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_swap_read ON oncall_swap FOR SELECT TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_swap_propose ON oncall_swap FOR INSERT TO maillage_app
  WITH CHECK (from_user_id = app_user_id() AND status = 'PROPOSE'
              AND pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_swap_decide ON oncall_swap FOR UPDATE TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[]) OR from_user_id = app_user_id())
  WITH CHECK (pool_id = ANY ((SELECT app_oncall_director_pool_ids())::uuid[])
              OR (from_user_id = app_user_id() AND status IN ('PROPOSE', 'ANNULE')));--> statement-breakpoint
ALTER TABLE oncall_call ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON oncall_call TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_call_read ON oncall_call FOR SELECT TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_call_log ON oncall_call FOR INSERT TO maillage_app
  WITH CHECK (logged_by = app_user_id() AND pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY oncall_call_follow_up ON oncall_call FOR UPDATE TO maillage_app
  USING (pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]))
  WITH CHECK (pool_id = ANY ((SELECT app_oncall_reader_pool_ids())::uuid[]));--> statement-breakpoint
-- Reminders: written by the job as the database's owner; read by the person reminded.
ALTER TABLE oncall_reminder ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON oncall_reminder TO maillage_app;--> statement-breakpoint
CREATE POLICY oncall_reminder_read ON oncall_reminder FOR SELECT TO maillage_app USING (user_id = app_user_id());
