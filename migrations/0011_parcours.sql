CREATE TABLE "accompanied_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"last_name" text NOT NULL,
	"first_names" text NOT NULL,
	"search_text" text NOT NULL,
	"birth_date" date,
	"phone" text,
	"email" text,
	"address" text,
	"domiciled" boolean DEFAULT false NOT NULL,
	"domiciliation_organisation_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accompaniment_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid,
	"professional_name" text,
	"organisation_id" uuid NOT NULL,
	"service" text,
	"mission" text NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accompaniment_member_who_check" CHECK ((user_id is null) <> (professional_name is null)),
	CONSTRAINT "accompaniment_member_period_check" CHECK (until is null or until >= since)
);
--> statement-breakpoint
CREATE TABLE "competence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_kind_check" CHECK (kind in ('POTENTIEL', 'COMPETENCE'))
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_id" uuid,
	"member_id" uuid,
	"meeting_id" uuid,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"recorded_by" uuid NOT NULL,
	"withdrawn_by" uuid,
	CONSTRAINT "consent_kind_check" CHECK (kind in ('PARTAGE_DOCUMENT', 'PARTICIPATION_SYNTHESE', 'INFORMATION_TRAITEMENT')),
	CONSTRAINT "consent_document_check" CHECK (kind <> 'PARTAGE_DOCUMENT' or (document_id is not null and member_id is not null)),
	CONSTRAINT "consent_meeting_check" CHECK (kind <> 'PARTICIPATION_SYNTHESE' or meeting_id is not null)
);
--> statement-breakpoint
CREATE TABLE "locker_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"wrapped_key" "bytea" NOT NULL,
	"iv" "bytea" NOT NULL,
	"auth_tag" "bytea" NOT NULL,
	"key_id" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locker_document_category_check" CHECK (category in ('IDENTITE', 'ATTESTATION', 'FACTURE', 'JUSTIFICATIF', 'AUTRE'))
);
--> statement-breakpoint
CREATE TABLE "parcours_reference" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'PROPOSEE' NOT NULL,
	"referent_member_id" uuid,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"chosen_at" timestamp with time zone,
	"sans_suite_motive" text,
	"end_reason" text,
	"ended_at" timestamp with time zone,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parcours_reference_status_check" CHECK (status in ('PROPOSEE', 'ACCEPTEE', 'REFUSEE', 'SANS_SUITE', 'TERMINEE')),
	CONSTRAINT "parcours_reference_motive_check" CHECK (sans_suite_motive is null or sans_suite_motive in ('INTERVENANT_UNIQUE', 'PA_INJOIGNABLE', 'SITUATION_STABILISEE', 'AUTRE')),
	CONSTRAINT "parcours_reference_end_reason_check" CHECK (end_reason is null or end_reason in ('REFERENT_PARTI', 'CHANGEMENT_SITUATION', 'CHOIX_PA', 'FIN_DES_BESOINS')),
	CONSTRAINT "parcours_reference_referent_check" CHECK ((status = 'ACCEPTEE') = (referent_member_id is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"member_id" uuid,
	"by_person" boolean DEFAULT false NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'EN_PROJET' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_status_check" CHECK (status in ('EN_PROJET', 'EN_COURS', 'EN_ATTENTE', 'REALISEE', 'ABANDONNEE_PAR_LA_PERSONNE', 'ANNULEE_PAR_LA_STRUCTURE'))
);
--> statement-breakpoint
CREATE TABLE "plan_goal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goal_theme_check" CHECK (theme in ('LOGEMENT', 'EMPLOI', 'FORMATION', 'DEMARCHES_ADMINISTRATIVES', 'BUDGET', 'MOBILITE', 'SANTE', 'FAMILLE', 'LANGUE', 'NUMERIQUE'))
);
--> statement-breakpoint
CREATE TABLE "reference_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"referent_member_id" uuid,
	"motive" text,
	"end_reason" text,
	"comment" text,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "synthese_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"reference_id" uuid,
	"scheduled_at" timestamp with time zone NOT NULL,
	"subject" text NOT NULL,
	"requested_by" text NOT NULL,
	"pa_participates" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "synthese_meeting_requester_check" CHECK (requested_by in ('PA', 'REFERENT'))
);
--> statement-breakpoint
CREATE TABLE "synthese_participant" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"agreed_at" timestamp with time zone,
	CONSTRAINT "synthese_participant_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "accompanied_person" ADD CONSTRAINT "accompanied_person_domiciliation_organisation_id_organisation_id_fk" FOREIGN KEY ("domiciliation_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompanied_person" ADD CONSTRAINT "accompanied_person_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_member" ADD CONSTRAINT "accompaniment_member_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_member" ADD CONSTRAINT "accompaniment_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_member" ADD CONSTRAINT "accompaniment_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence" ADD CONSTRAINT "competence_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_document_id_locker_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."locker_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_member_id_accompaniment_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accompaniment_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_meeting_id_synthese_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."synthese_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locker_document" ADD CONSTRAINT "locker_document_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours_reference" ADD CONSTRAINT "parcours_reference_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours_reference" ADD CONSTRAINT "parcours_reference_referent_member_id_accompaniment_member_id_fk" FOREIGN KEY ("referent_member_id") REFERENCES "public"."accompaniment_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_goal_id_plan_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_member_id_accompaniment_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accompaniment_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goal" ADD CONSTRAINT "plan_goal_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_event" ADD CONSTRAINT "reference_event_reference_id_parcours_reference_id_fk" FOREIGN KEY ("reference_id") REFERENCES "public"."parcours_reference"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_event" ADD CONSTRAINT "reference_event_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_event" ADD CONSTRAINT "reference_event_referent_member_id_accompaniment_member_id_fk" FOREIGN KEY ("referent_member_id") REFERENCES "public"."accompaniment_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synthese_meeting" ADD CONSTRAINT "synthese_meeting_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synthese_meeting" ADD CONSTRAINT "synthese_meeting_reference_id_parcours_reference_id_fk" FOREIGN KEY ("reference_id") REFERENCES "public"."parcours_reference"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synthese_participant" ADD CONSTRAINT "synthese_participant_meeting_id_synthese_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."synthese_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synthese_participant" ADD CONSTRAINT "synthese_participant_member_id_accompaniment_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."accompaniment_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synthese_participant" ADD CONSTRAINT "synthese_participant_person_id_accompanied_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."accompanied_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompanied_person_search_trgm_idx" ON "accompanied_person" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accompanied_person_name_idx" ON "accompanied_person" USING btree ("last_name","first_names");--> statement-breakpoint
CREATE INDEX "accompaniment_member_person_idx" ON "accompaniment_member" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "accompaniment_member_user_idx" ON "accompaniment_member" USING btree ("user_id","person_id");--> statement-breakpoint
CREATE INDEX "competence_person_idx" ON "competence" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "consent_person_idx" ON "consent" USING btree ("person_id","given_at");--> statement-breakpoint
CREATE INDEX "consent_document_idx" ON "consent" USING btree ("document_id","member_id") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE INDEX "locker_document_person_idx" ON "locker_document" USING btree ("person_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "locker_document_storage_key" ON "locker_document" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "parcours_reference_open_key" ON "parcours_reference" USING btree ("person_id") WHERE status in ('PROPOSEE', 'ACCEPTEE');--> statement-breakpoint
CREATE INDEX "parcours_reference_person_idx" ON "parcours_reference" USING btree ("person_id","proposed_at");--> statement-breakpoint
CREATE INDEX "plan_action_goal_idx" ON "plan_action" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "plan_action_person_idx" ON "plan_action" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "plan_goal_person_idx" ON "plan_goal" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "reference_event_reference_idx" ON "reference_event" USING btree ("reference_id","at");--> statement-breakpoint
CREATE INDEX "reference_event_person_idx" ON "reference_event" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "synthese_meeting_person_idx" ON "synthese_meeting" USING btree ("person_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "synthese_participant_person_idx" ON "synthese_participant" USING btree ("person_id");--> statement-breakpoint

-- Who sees a person accompanied (DOMAIN.md §1, §4): a social worker only while on that person's
-- liste d'accompagnement (an entry with their user id, begun and not ended). Nobody else: not admins,
-- not viewers (aggregates only, through parcours_indicators()). "Today" is the day in Europe/Paris, as the
-- server computes it for the list's `active` flag: current_date follows the session's time zone (UTC on
-- most servers) and would keep an entry ended yesterday open until 1 or 2 a.m.
CREATE FUNCTION app_parcours_person_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE today date := (now() AT TIME ZONE 'Europe/Paris')::date;
BEGIN
  IF cardinality(app_org_ids_with_role('SOCIAL_WORKER')) = 0 THEN RETURN '{}'; END IF;
  RETURN (SELECT coalesce(array_agg(DISTINCT person_id), '{}') FROM accompaniment_member
    WHERE user_id = app_user_id() AND since <= today AND (until IS NULL OR until >= today));
END $$;--> statement-breakpoint

-- The users named on the records the caller sees (intervenants of the lists, who proposed, recorded or
-- uploaded: all of them entries of a list, since one must be listed to act): colleagues of other
-- organisations, whom app_user's policy hides. Name and work e-mail only. A function, not a step out of
-- row-level security inside the request: GraphQL resolves fields concurrently on the request's one
-- connection, and a statement queued behind a "reset role" would run with every policy off.
CREATE FUNCTION app_parcours_colleagues(ids uuid[])
  RETURNS TABLE (id uuid, email text, display_name text, active boolean, version integer, created_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.email, u.display_name, u.active, u.version, u.created_at FROM app_user u
   WHERE u.id = ANY (ids) AND EXISTS (
     SELECT 1 FROM accompaniment_member m WHERE m.user_id = u.id AND m.person_id = ANY ((SELECT app_parcours_person_ids())::uuid[])) $$;--> statement-breakpoint

ALTER TABLE accompanied_person ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON accompanied_person TO maillage_app;--> statement-breakpoint
CREATE POLICY accompanied_person_listed ON accompanied_person FOR SELECT TO maillage_app
  USING (id = ANY ((SELECT app_parcours_person_ids())::uuid[]));--> statement-breakpoint
CREATE POLICY accompanied_person_update ON accompanied_person FOR UPDATE TO maillage_app
  USING (id = ANY ((SELECT app_parcours_person_ids())::uuid[])) WITH CHECK (id = ANY ((SELECT app_parcours_person_ids())::uuid[]));--> statement-breakpoint
-- A social worker creates a person; the first entry of its list is written by the server as owner
-- in the same transaction (until then the person is on nobody's list, hence invisible).
CREATE POLICY accompanied_person_insert ON accompanied_person FOR INSERT TO maillage_app
  WITH CHECK (cardinality(app_org_ids_with_role('SOCIAL_WORKER')) > 0 AND created_by = app_user_id());--> statement-breakpoint

-- Every part of a person's record: the person's list members, as for the person.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['accompaniment_member', 'parcours_reference', 'reference_event', 'plan_goal', 'plan_action', 'competence',
                           'synthese_meeting', 'synthese_participant', 'locker_document', 'consent'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO maillage_app', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO maillage_app USING (person_id = ANY ((SELECT app_parcours_person_ids())::uuid[])) WITH CHECK (person_id = ANY ((SELECT app_parcours_person_ids())::uuid[]))', t || '_listed', t);
  END LOOP;
END $$;--> statement-breakpoint
-- History and consents are never rewritten or deleted: a withdrawal is a date, not a deletion.
REVOKE DELETE ON reference_event, consent, locker_document FROM maillage_app;--> statement-breakpoint
REVOKE UPDATE ON reference_event FROM maillage_app;--> statement-breakpoint

-- The indicators (DOMAIN.md §4): counts over every person, never a person; definer rights because
-- a viewer is on no list. Motives and reasons are counted over every value, zeros included.
-- Every reference was proposed; "accepted" is what the PA accepted, the active ones and those ended
-- since (TERMINEE follows ACCEPTEE only), where byStatus.ACCEPTEE counts the active ones alone.
CREATE FUNCTION parcours_indicators() RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT jsonb_build_object(
  'persons', (SELECT count(*) FROM accompanied_person),
  'referencesProposed', (SELECT count(*) FROM parcours_reference),
  'referencesAccepted', (SELECT count(*) FROM parcours_reference WHERE status IN ('ACCEPTEE', 'TERMINEE')),
  'byStatus', (SELECT jsonb_object_agg(s, (SELECT count(*) FROM parcours_reference r WHERE r.status = s))
               FROM unnest(ARRAY['PROPOSEE', 'ACCEPTEE', 'REFUSEE', 'SANS_SUITE', 'TERMINEE']) s),
  'sansSuiteByMotive', (SELECT jsonb_object_agg(m, (SELECT count(*) FROM parcours_reference r WHERE r.status = 'SANS_SUITE' AND r.sans_suite_motive = m))
               FROM unnest(ARRAY['INTERVENANT_UNIQUE', 'PA_INJOIGNABLE', 'SITUATION_STABILISEE', 'AUTRE']) m),
  'endedByReason', (SELECT jsonb_object_agg(e, (SELECT count(*) FROM parcours_reference r WHERE r.status = 'TERMINEE' AND r.end_reason = e))
               FROM unnest(ARRAY['REFERENT_PARTI', 'CHANGEMENT_SITUATION', 'CHOIX_PA', 'FIN_DES_BESOINS']) e),
  'professionalsActingAsReferent', (SELECT count(DISTINCT coalesce(m.user_id::text, m.organisation_id::text || '|' || lower(m.professional_name)))
               FROM parcours_reference r JOIN accompaniment_member m ON m.id = r.referent_member_id WHERE r.status = 'ACCEPTEE'),
  'lockersInUse', (SELECT count(DISTINCT person_id) FROM locker_document),
  'documents', (SELECT count(*) FROM locker_document)
) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION parcours_indicators() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours_indicators() TO maillage_app;
