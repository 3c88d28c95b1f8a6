CREATE TABLE "orientation_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"label" text NOT NULL,
	"indicator" text NOT NULL,
	"baseline" double precision,
	"target" double precision,
	"unit" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orientation_criterion_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criterion_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orientation_interview_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"network_id" uuid,
	"month" date NOT NULL,
	"theme" text NOT NULL,
	"count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orientation_interview_count_key" UNIQUE NULLS NOT DISTINCT("cio_id","network_id","month","theme"),
	CONSTRAINT "orientation_interview_count_theme_check" CHECK (theme in ('PREVENTION_DECROCHAGE', 'ADOLESCENCE', 'MINEURS_ISOLES', 'BESOINS_PARTICULIERS', 'AUTRE')),
	CONSTRAINT "orientation_interview_count_count_check" CHECK (count >= 0),
	CONSTRAINT "orientation_interview_count_month_check" CHECK (extract(day from month) = 1)
);
--> statement-breakpoint
CREATE TABLE "qvt_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"scale" smallint,
	"comment" text,
	CONSTRAINT "qvt_answer_scale_check" CHECK (scale is null or scale between 1 and 5),
	CONSTRAINT "qvt_answer_value_check" CHECK (scale is not null or comment is not null)
);
--> statement-breakpoint
CREATE TABLE "qvt_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cio_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qvt_campaign_dates_check" CHECK (closes_on >= opens_on)
);
--> statement-breakpoint
CREATE TABLE "qvt_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"low_label" text,
	"high_label" text,
	CONSTRAINT "qvt_question_position_key" UNIQUE("campaign_id","position"),
	CONSTRAINT "qvt_question_kind_check" CHECK (kind in ('SCALE', 'COMMENT'))
);
--> statement-breakpoint
CREATE TABLE "qvt_respondent" (
	"campaign_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "qvt_respondent_campaign_id_user_id_pk" PRIMARY KEY("campaign_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "orientation_criterion" ADD CONSTRAINT "orientation_criterion_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_criterion_value" ADD CONSTRAINT "orientation_criterion_value_criterion_id_orientation_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."orientation_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_interview_count" ADD CONSTRAINT "orientation_interview_count_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orientation_interview_count" ADD CONSTRAINT "orientation_interview_count_network_id_orientation_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."orientation_network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_answer" ADD CONSTRAINT "qvt_answer_campaign_id_qvt_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."qvt_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_answer" ADD CONSTRAINT "qvt_answer_question_id_qvt_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."qvt_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_campaign" ADD CONSTRAINT "qvt_campaign_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_question" ADD CONSTRAINT "qvt_question_campaign_id_qvt_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."qvt_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_respondent" ADD CONSTRAINT "qvt_respondent_campaign_id_qvt_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."qvt_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qvt_respondent" ADD CONSTRAINT "qvt_respondent_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orientation_criterion_cio_idx" ON "orientation_criterion" USING btree ("cio_id");--> statement-breakpoint
CREATE INDEX "orientation_criterion_value_criterion_idx" ON "orientation_criterion_value" USING btree ("criterion_id","measured_on");--> statement-breakpoint
CREATE INDEX "orientation_interview_count_cio_idx" ON "orientation_interview_count" USING btree ("cio_id","month");--> statement-breakpoint
CREATE INDEX "qvt_answer_question_idx" ON "qvt_answer" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "qvt_campaign_cio_idx" ON "qvt_campaign" USING btree ("cio_id","opens_on");--> statement-breakpoint
-- custom SQL: orientation evaluation
-- Interview counts and evaluation criteria (issue 18): the CIO's direction team and PsyEn read them.
-- The counts are entered by both (a monthly grid); the criteria and their values by the direction team.
ALTER TABLE orientation_interview_count ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_interview_count TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_interview_count_staff ON orientation_interview_count FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])
    AND (network_id IS NULL OR EXISTS (SELECT 1 FROM orientation_network n WHERE n.id = network_id AND n.cio_id = orientation_interview_count.cio_id)));--> statement-breakpoint
ALTER TABLE orientation_criterion ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_criterion TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_criterion_read ON orientation_criterion FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[]));--> statement-breakpoint
CREATE POLICY orientation_criterion_direction ON orientation_criterion FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE orientation_criterion_value ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON orientation_criterion_value TO maillage_app;--> statement-breakpoint
CREATE POLICY orientation_criterion_value_read ON orientation_criterion_value FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_criterion c WHERE c.id = criterion_id));--> statement-breakpoint
CREATE POLICY orientation_criterion_value_direction ON orientation_criterion_value FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM orientation_criterion c WHERE c.id = criterion_id
    AND c.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM orientation_criterion c WHERE c.id = criterion_id
    AND c.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint

-- QVT campaigns and their questions: the CIO's direction team writes them, its PsyEn read them.
ALTER TABLE qvt_campaign ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON qvt_campaign TO maillage_app;--> statement-breakpoint
CREATE POLICY qvt_campaign_read ON qvt_campaign FOR SELECT TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[]));--> statement-breakpoint
CREATE POLICY qvt_campaign_direction ON qvt_campaign FOR ALL TO maillage_app
  USING (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]))
  WITH CHECK (cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]));--> statement-breakpoint
ALTER TABLE qvt_question ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON qvt_question TO maillage_app;--> statement-breakpoint
CREATE POLICY qvt_question_read ON qvt_question FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM qvt_campaign c WHERE c.id = campaign_id));--> statement-breakpoint
CREATE POLICY qvt_question_direction ON qvt_question FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM qvt_campaign c WHERE c.id = campaign_id
    AND c.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])))
  WITH CHECK (EXISTS (SELECT 1 FROM qvt_campaign c WHERE c.id = campaign_id
    AND c.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[])));--> statement-breakpoint

-- Who has answered: a PsyEn reads only their own row (« vous avez déjà répondu »); nobody writes it but
-- app_qvt_answer(). The answers: no privilege at all for the app role, row-level security on besides.
ALTER TABLE qvt_respondent ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON qvt_respondent TO maillage_app;--> statement-breakpoint
CREATE POLICY qvt_respondent_own ON qvt_respondent FOR SELECT TO maillage_app USING (user_id = app_user_id());--> statement-breakpoint
ALTER TABLE qvt_answer ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
REVOKE ALL ON qvt_answer FROM maillage_app;--> statement-breakpoint

-- A PsyEn of the campaign's CIO answers it, once, while it is open: the respondent and the answers are
-- written apart, nothing links them (random ids, no time). Returns 'ANSWERED', or why not:
-- 'NOT_FOUND' (no such campaign for this caller), 'CLOSED', 'ALREADY_ANSWERED', 'INVALID' (a question
-- of another campaign). A scale given to a comment question, or a comment to a scale, is dropped.
CREATE FUNCTION app_qvt_answer(of_campaign uuid, answers jsonb) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  c qvt_campaign;
  a jsonb;
  q qvt_question;
  s smallint;
  t text;
BEGIN
  SELECT * INTO c FROM qvt_campaign WHERE id = of_campaign AND cio_id = ANY (app_org_ids_with_role('PSYEN'));
  IF NOT FOUND OR app_user_id() IS NULL THEN RETURN 'NOT_FOUND'; END IF;
  IF current_date < c.opens_on OR current_date > c.closes_on THEN RETURN 'CLOSED'; END IF;
  IF jsonb_typeof(answers) <> 'array' OR EXISTS (SELECT 1 FROM jsonb_array_elements(answers) e
      WHERE NOT EXISTS (SELECT 1 FROM qvt_question qq WHERE qq.id::text = e.value->>'questionId' AND qq.campaign_id = c.id))
    THEN RETURN 'INVALID'; END IF;
  INSERT INTO qvt_respondent (campaign_id, user_id) VALUES (c.id, app_user_id()) ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN RETURN 'ALREADY_ANSWERED'; END IF;
  FOR a IN SELECT e.value FROM jsonb_array_elements(answers) e ORDER BY random() LOOP
    SELECT * INTO q FROM qvt_question qq WHERE qq.id = (a->>'questionId')::uuid AND qq.campaign_id = c.id;
    s := (a->>'scale')::smallint;
    t := nullif(btrim(a->>'comment'), '');
    IF q.kind = 'SCALE' THEN t := NULL; ELSE s := NULL; END IF;
    IF s IS NOT NULL OR t IS NOT NULL THEN
      INSERT INTO qvt_answer (campaign_id, question_id, scale, comment) VALUES (c.id, q.id, s, t);
    END IF;
  END LOOP;
  RETURN 'ANSWERED';
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_qvt_answer(uuid, jsonb) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_qvt_answer(uuid, jsonb) TO maillage_app;--> statement-breakpoint

-- How many have answered a campaign, to the readers of its CIO (0 to anyone else).
CREATE FUNCTION app_qvt_respondent_count(of_campaign uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT count(*)::int FROM qvt_respondent r JOIN qvt_campaign c ON c.id = r.campaign_id
   WHERE r.campaign_id = of_campaign
     AND c.cio_id = ANY (app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN')) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_qvt_respondent_count(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_qvt_respondent_count(uuid) TO maillage_app;--> statement-breakpoint

-- A campaign's results, per question, to the readers of its CIO: nothing at all below 5 respondents,
-- and no question answered by fewer than 5 (its count, mean, distribution
-- of the scale 1–5, its comments in a random order).
CREATE FUNCTION app_qvt_results(of_campaign uuid) RETURNS TABLE (
  question_id uuid, answers integer, mean double precision, distribution integer[], comments text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT a.question_id, count(*)::int,
          avg(a.scale)::double precision,
          array[count(*) FILTER (WHERE a.scale = 1), count(*) FILTER (WHERE a.scale = 2),
                count(*) FILTER (WHERE a.scale = 3), count(*) FILTER (WHERE a.scale = 4),
                count(*) FILTER (WHERE a.scale = 5)]::int[],
          coalesce(array_agg(a.comment ORDER BY random()) FILTER (WHERE a.comment IS NOT NULL), '{}')
   FROM qvt_answer a JOIN qvt_campaign c ON c.id = a.campaign_id
   WHERE a.campaign_id = of_campaign
     AND c.cio_id = ANY (app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))
     AND 5 <= (SELECT count(*) FROM qvt_respondent r WHERE r.campaign_id = of_campaign)
   GROUP BY a.question_id
   HAVING count(*) >= 5 $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_qvt_results(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_qvt_results(uuid) TO maillage_app;
