-- A QVT campaign is open on the days of its CIO, in Paris: the session's current_date (UTC) closed it
-- from midnight to 1 or 2 a.m. on its first day, and opened it as long after its last.
CREATE OR REPLACE FUNCTION app_qvt_answer(of_campaign uuid, answers jsonb) RETURNS text
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
  IF (now() AT TIME ZONE 'Europe/Paris')::date NOT BETWEEN c.opens_on AND c.closes_on THEN RETURN 'CLOSED'; END IF;
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
END $$;
