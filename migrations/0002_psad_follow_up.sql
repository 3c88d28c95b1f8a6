CREATE TABLE "case_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_platform_id" uuid NOT NULL,
	"from_organisation_id" uuid,
	"to_platform_id" uuid NOT NULL,
	"to_organisation_id" uuid,
	"reason" text,
	"status" text DEFAULT 'PROPOSE' NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_transfer_status_check" CHECK (status in ('PROPOSE', 'ACCEPTE', 'REFUSE', 'ANNULE'))
);
--> statement-breakpoint
CREATE TABLE "contact_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"result" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_attempt_channel_check" CHECK (channel in ('TELEPHONE', 'SMS', 'COURRIEL', 'COURRIER', 'VISITE', 'RENDEZ_VOUS')),
	CONSTRAINT "contact_attempt_result_check" CHECK (result in ('JOINT', 'INJOIGNABLE', 'MESSAGE_LAISSE', 'COORDONNEES_ERRONEES'))
);
--> statement-breakpoint
CREATE TABLE "platform" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"territory_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_partner" (
	"platform_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "platform_partner_platform_id_organisation_id_pk" PRIMARY KEY("platform_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "platform_referent" (
	"platform_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "platform_referent_platform_id_user_id_pk" PRIMARY KEY("platform_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "psad_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"young_person_id" uuid NOT NULL,
	"episode" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'A_TRAITER' NOT NULL,
	"source" text NOT NULL,
	"campaign" text,
	"signal_source" text,
	"import_id" uuid,
	"assigned_organisation_id" uuid,
	"assigned_counsellor_id" uuid,
	"assigned_at" timestamp with time zone,
	"first_attempt_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"reached_at" timestamp with time zone,
	"solution_type" text,
	"solution_start_date" date,
	"solution_organisation_id" uuid,
	"solution_at" timestamp with time zone,
	"close_outcome" text,
	"close_comment" text,
	"closed_at" timestamp with time zone,
	"convocation_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psad_case_status_check" CHECK (status in ('A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION', 'CLOS')),
	CONSTRAINT "psad_case_source_check" CHECK (source in ('SIEI', 'SIGNAL')),
	CONSTRAINT "psad_case_signal_source_check" CHECK (signal_source is null or signal_source in ('EPLE', 'MISSION_LOCALE', 'DAAF', 'PJJ', 'DEFENSE', 'CFA', 'MFR', 'ACTEUR_LOCAL', 'AUTRE')),
	CONSTRAINT "psad_case_solution_type_check" CHECK (solution_type is null or solution_type in ('RETOUR_FORMATION_INITIALE', 'APPRENTISSAGE', 'FORMATION_PRO', 'EMPLOI', 'SERVICE_CIVIQUE', 'EPIDE_E2C', 'ACCOMPAGNEMENT_ML', 'MLDS', 'AUTRE')),
	CONSTRAINT "psad_case_close_outcome_check" CHECK (close_outcome is null or close_outcome in ('SOLUTION_CONFIRMEE', 'DEJA_EN_SOLUTION', 'REFUS', 'INJOIGNABLE', 'DEMENAGE', 'HORS_CHAMP', 'AUTRE'))
);
--> statement-breakpoint
CREATE TABLE "siei_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"campaign" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"status" text DEFAULT 'PREVIEW' NOT NULL,
	"report" jsonb NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "siei_import_status_check" CHECK (status in ('PREVIEW', 'CONFIRME'))
);
--> statement-breakpoint
CREATE TABLE "young_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform_id" uuid NOT NULL,
	"ine" text,
	"last_name" text NOT NULL,
	"first_names" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text,
	"address" text,
	"postal_code" text,
	"commune" text,
	"phone" text,
	"email" text,
	"last_school_uai" text,
	"last_formation" text,
	"school_exit_date" date,
	"highest_diploma" text,
	"match_key" text NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "young_person_sex_check" CHECK (sex is null or sex in ('M', 'F'))
);
--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_psad_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."psad_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transfer" ADD CONSTRAINT "case_transfer_case_id_psad_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."psad_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempt" ADD CONSTRAINT "contact_attempt_case_id_psad_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."psad_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_partner" ADD CONSTRAINT "platform_partner_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_referent" ADD CONSTRAINT "platform_referent_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psad_case" ADD CONSTRAINT "psad_case_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psad_case" ADD CONSTRAINT "psad_case_young_person_id_young_person_id_fk" FOREIGN KEY ("young_person_id") REFERENCES "public"."young_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "siei_import" ADD CONSTRAINT "siei_import_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "young_person" ADD CONSTRAINT "young_person_platform_id_platform_id_fk" FOREIGN KEY ("platform_id") REFERENCES "public"."platform"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_transfer_pending_key" ON "case_transfer" USING btree ("case_id") WHERE status = 'PROPOSE';--> statement-breakpoint
CREATE INDEX "case_transfer_to_idx" ON "case_transfer" USING btree ("to_platform_id","status");--> statement-breakpoint
CREATE INDEX "contact_attempt_case_idx" ON "contact_attempt" USING btree ("case_id","attempted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_name_key" ON "platform" USING btree ("name");--> statement-breakpoint
CREATE INDEX "platform_territory_idx" ON "platform" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "platform_partner_org_idx" ON "platform_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "platform_referent_user_idx" ON "platform_referent" USING btree ("user_id","platform_id");--> statement-breakpoint
CREATE UNIQUE INDEX "psad_case_open_key" ON "psad_case" USING btree ("young_person_id") WHERE status <> 'CLOS';--> statement-breakpoint
CREATE INDEX "psad_case_platform_status_idx" ON "psad_case" USING btree ("platform_id","status");--> statement-breakpoint
CREATE INDEX "psad_case_platform_campaign_idx" ON "psad_case" USING btree ("platform_id","campaign");--> statement-breakpoint
CREATE INDEX "psad_case_assigned_org_idx" ON "psad_case" USING btree ("assigned_organisation_id","status");--> statement-breakpoint
CREATE INDEX "psad_case_young_person_idx" ON "psad_case" USING btree ("young_person_id");--> statement-breakpoint
CREATE INDEX "siei_import_platform_idx" ON "siei_import" USING btree ("platform_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "young_person_platform_ine_key" ON "young_person" USING btree ("platform_id","ine") WHERE ine is not null;--> statement-breakpoint
CREATE INDEX "young_person_platform_match_idx" ON "young_person" USING btree ("platform_id","match_key");--> statement-breakpoint
CREATE INDEX "young_person_search_trgm_idx" ON "young_person" USING gin ("search_text" gin_trgm_ops);