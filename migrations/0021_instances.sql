CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"series_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"title" text NOT NULL,
	"theme" text,
	"communes" text[] DEFAULT '{}' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"visio_url" text,
	"status" text DEFAULT 'PLANIFIEE' NOT NULL,
	"cancel_reason" text,
	"minutes" text,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"case_access_days" integer NOT NULL,
	"created_by" uuid,
	"organizer_name" text NOT NULL,
	"organizer_email" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_id_kind_key" UNIQUE("id","kind"),
	CONSTRAINT "meeting_kind_check" CHECK (kind in ('COTECH', 'BILATERALE', 'MULTILATERALE', 'INTER_PSAD', 'COPIL_BASSIN', 'COPIL_REGIONAL')),
	CONSTRAINT "meeting_status_check" CHECK (status in ('PLANIFIEE', 'TENUE', 'ANNULEE')),
	CONSTRAINT "meeting_time_check" CHECK (ends_at > starts_at),
	CONSTRAINT "meeting_where_check" CHECK (place is not null or visio_url is not null),
	CONSTRAINT "meeting_case_access_days_check" CHECK (case_access_days between 0 and 90)
);
--> statement-breakpoint
CREATE TABLE "meeting_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_organisation_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'A_FAIRE' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_action_status_check" CHECK (status in ('A_FAIRE', 'EN_COURS', 'FAITE', 'ABANDONNEE'))
);
--> statement-breakpoint
CREATE TABLE "meeting_agenda_item" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "meeting_agenda_item_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meeting_decision" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "meeting_decision_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meeting_invitee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"organisation_id" uuid,
	"user_id" uuid,
	"guest_name" text,
	"guest_email" text,
	"guest_organisation" text,
	"attendance" text,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_invitee_attendance_check" CHECK (attendance is null or attendance in ('PRESENT', 'EXCUSE', 'ABSENT')),
	CONSTRAINT "meeting_invitee_one_kind_check" CHECK (num_nonnulls(organisation_id, user_id, guest_name) = 1 and (guest_email is null or guest_name is not null))
);
--> statement-breakpoint
CREATE TABLE "meeting_platform" (
	"meeting_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	CONSTRAINT "meeting_platform_meeting_id_platform_id_pk" PRIMARY KEY("meeting_id","platform_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_situation" (
	"meeting_id" uuid NOT NULL,
	"meeting_kind" text DEFAULT 'COTECH' NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"proposal" text,
	"decision" text,
	"decision_comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "meeting_situation_meeting_id_case_id_pk" PRIMARY KEY("meeting_id","case_id"),
	CONSTRAINT "meeting_situation_cotech_only_check" CHECK (meeting_kind = 'COTECH'),
	CONSTRAINT "meeting_situation_decision_check" CHECK (decision is null or decision in ('AFFECTER', 'TRANSFERER', 'CLORE', 'REVOIR'))
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_action" ADD CONSTRAINT "meeting_action_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_action" ADD CONSTRAINT "meeting_action_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitee" ADD CONSTRAINT "meeting_invitee_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_platform" ADD CONSTRAINT "meeting_platform_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_platform" ADD CONSTRAINT "meeting_platform_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_situation" ADD CONSTRAINT "meeting_situation_case_id_psad_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."psad_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_situation" ADD CONSTRAINT "meeting_situation_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_situation" ADD CONSTRAINT "meeting_situation_meeting_id_meeting_kind_meeting_id_kind_fk" FOREIGN KEY ("meeting_id","meeting_kind") REFERENCES "public"."meeting"("id","kind") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "meeting_platform_starts_idx" ON "meeting" USING btree ("platform_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_series_idx" ON "meeting" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_action_series_idx" ON "meeting_action" USING btree ("series_id","status");--> statement-breakpoint
CREATE INDEX "meeting_action_meeting_idx" ON "meeting_action" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitee_org_key" ON "meeting_invitee" USING btree ("meeting_id","organisation_id") WHERE organisation_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_invitee_user_key" ON "meeting_invitee" USING btree ("meeting_id","user_id") WHERE user_id is not null;--> statement-breakpoint
CREATE INDEX "meeting_invitee_meeting_idx" ON "meeting_invitee" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_invitee_org_idx" ON "meeting_invitee" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "meeting_invitee_user_idx" ON "meeting_invitee" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_platform_platform_idx" ON "meeting_platform" USING btree ("platform_id");--> statement-breakpoint
CREATE INDEX "meeting_situation_case_idx" ON "meeting_situation" USING btree ("case_id");--> statement-breakpoint
-- ─── instances: meetings of the bodies a platform convenes (issue 17) ─────────────────────────────

-- The meetings the caller sees: those of a platform they are referent of (the convening one or, for
-- inter-PSAD and regional meetings, any platform gathered), those they are invited to by name, and
-- those their organisation is invited to.
CREATE FUNCTION app_meeting_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
    SELECT mp.meeting_id AS id FROM meeting_platform mp WHERE mp.platform_id = ANY (app_referent_platform_ids())
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.user_id = app_user_id()
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.organisation_id = ANY (app_org_ids())) seen);
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_meeting_ids() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_meeting_ids() TO maillage_app;--> statement-breakpoint

-- The cases the caller's organisations may examine as invited partners of a cotech: the situations of
-- a cotech not cancelled that invited one of the organisations the caller counsels in, from that
-- invitation until case_access_days after the meeting's end.
CREATE FUNCTION app_cotech_case_ids(of_meeting uuid) RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT s.case_id), '{}')
    FROM meeting_situation s
    JOIN meeting m ON m.id = s.meeting_id AND m.kind = 'COTECH' AND m.status <> 'ANNULEE'
    JOIN meeting_invitee i ON i.meeting_id = m.id
    WHERE (of_meeting IS NULL OR m.id = of_meeting)
      AND i.organisation_id = ANY (app_org_ids_with_role('COUNSELLOR'))
      AND now() >= i.invited_at
      AND now() < m.ends_at + make_interval(days => m.case_access_days));
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cotech_case_ids(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cotech_case_ids(uuid) TO maillage_app;--> statement-breakpoint

-- What a cotech's situations show: the summary a partner needs (name, birth date, commune, status,
-- last contact, the facts of the flags, the proposal on the table), never the contact details nor the
-- timeline. Referents of the convening platform read it whenever; invited partners within their window
-- (app_cotech_case_ids); anyone else gets no row.
CREATE FUNCTION app_cotech_situations(of_meeting uuid)
  RETURNS TABLE (case_id uuid, "position" integer, proposal text, decision text, decision_comment text, decided_at timestamptz,
    last_name text, first_names text, birth_date date, commune text, status text, case_version integer,
    assigned_organisation_id uuid, assigned_at timestamptz, last_attempt_at timestamptz, reached_at timestamptz,
    convocation_date date, solution_type text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT s.case_id, s.position, s.proposal, s.decision, s.decision_comment, s.decided_at,
     y.last_name, y.first_names, y.birth_date, y.commune, c.status, c.version,
     c.assigned_organisation_id, c.assigned_at, c.last_attempt_at, c.reached_at, c.convocation_date, c.solution_type
   FROM meeting_situation s
   JOIN meeting m ON m.id = s.meeting_id
   JOIN psad_case c ON c.id = s.case_id
   JOIN young_person y ON y.id = c.young_person_id
   WHERE s.meeting_id = of_meeting
     AND (m.platform_id = ANY (app_referent_platform_ids()) OR s.case_id = ANY (app_cotech_case_ids(of_meeting)))
   ORDER BY s.position $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cotech_situations(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cotech_situations(uuid) TO maillage_app;--> statement-breakpoint

-- An invited partner records « à revoir au prochain cotech » for a situation it may examine: the
-- situation's decision and the case's timeline event (with the meeting's id), written as the caller.
-- Returns false when the caller may not.
CREATE FUNCTION app_cotech_review(of_meeting uuid, of_case uuid, note text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF app_user_id() IS NULL OR NOT (of_case = ANY (app_cotech_case_ids(of_meeting))) THEN RETURN false; END IF;
  UPDATE meeting_situation SET decision = 'REVOIR', decision_comment = note, decided_by = app_user_id(), decided_at = now()
    WHERE meeting_id = of_meeting AND case_id = of_case;
  INSERT INTO case_event (case_id, actor_id, kind, data)
    VALUES (of_case, app_user_id(), 'cotech_decision',
      jsonb_build_object('meetingId', of_meeting, 'decision', 'REVOIR') || CASE WHEN note IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('comment', note) END);
  RETURN true;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cotech_review(uuid, uuid, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cotech_review(uuid, uuid, text) TO maillage_app;--> statement-breakpoint

-- Meetings: read by whoever app_meeting_ids() names; written by the referents of the convening platform.
ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON meeting TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_read ON meeting FOR SELECT TO maillage_app
  USING (id = ANY ((SELECT app_meeting_ids())::uuid[]) OR platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY meeting_convener ON meeting FOR ALL TO maillage_app
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE meeting_platform ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_platform TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_platform_read ON meeting_platform FOR SELECT TO maillage_app
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
CREATE POLICY meeting_platform_convener ON meeting_platform FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
ALTER TABLE meeting_invitee ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_invitee TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_invitee_read ON meeting_invitee FOR SELECT TO maillage_app
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
CREATE POLICY meeting_invitee_convener ON meeting_invitee FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
ALTER TABLE meeting_agenda_item ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_agenda_item TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_agenda_item_read ON meeting_agenda_item FOR SELECT TO maillage_app
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
CREATE POLICY meeting_agenda_item_convener ON meeting_agenda_item FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
ALTER TABLE meeting_decision ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_decision TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_decision_read ON meeting_decision FOR SELECT TO maillage_app
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
CREATE POLICY meeting_decision_convener ON meeting_decision FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
ALTER TABLE meeting_action ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_action TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_action_read ON meeting_action FOR SELECT TO maillage_app
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
CREATE POLICY meeting_action_convener ON meeting_action FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])));--> statement-breakpoint
-- The situations (cases) of a cotech: the convening platform's referents alone read and write the
-- rows; invited partners read them through app_cotech_situations(), which shows the summary only.
ALTER TABLE meeting_situation ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_situation TO maillage_app;--> statement-breakpoint
CREATE POLICY meeting_situation_convener ON meeting_situation FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
    AND EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id));
--> statement-breakpoint
-- The names of the users invited by name to the meetings the caller sees (their organisations' users
-- are hidden from other organisations by row-level security): display names only.
CREATE FUNCTION app_meeting_people(of_meetings uuid[]) RETURNS TABLE (meeting_id uuid, id uuid, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT i.meeting_id, u.id, u.display_name FROM meeting_invitee i JOIN app_user u ON u.id = i.user_id
   WHERE i.meeting_id = ANY (of_meetings) AND i.meeting_id = ANY (app_meeting_ids()) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_meeting_people(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_meeting_people(uuid[]) TO maillage_app;
