-- A cotech's situations name the young person each shows (young_person_id), so that reading them counts
-- against the hour's budget of people and the audit says whom the page showed (issue 15, finding 3).
-- The return type changes: dropped and created again, the body as migration 0023 left it otherwise.
DROP FUNCTION app_cotech_situations(uuid);--> statement-breakpoint
CREATE FUNCTION app_cotech_situations(of_meeting uuid)
  RETURNS TABLE (case_id uuid, "position" integer, proposal text, decision text, decision_comment text, decided_at timestamptz,
    last_name text, first_names text, birth_date date, commune text, status text, case_version integer,
    assigned_organisation_id uuid, assigned_at timestamptz, last_attempt_at timestamptz, reached_at timestamptz,
    convocation_date date, solution_type text, attempts json, young_person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT s.case_id, s.position, s.proposal, s.decision, s.decision_comment, s.decided_at,
     y.last_name, y.first_names, y.birth_date, y.commune, c.status, c.version,
     c.assigned_organisation_id, c.assigned_at, c.last_attempt_at, c.reached_at, c.convocation_date, c.solution_type,
     (SELECT coalesce(json_agg(json_build_object('at', a.attempted_at, 'channel', a.channel, 'result', a.result)
                               ORDER BY a.attempted_at), '[]')
        FROM contact_attempt a WHERE a.case_id = c.id),
     y.id
   FROM meeting_situation s
   JOIN meeting m ON m.id = s.meeting_id
   JOIN psad_case c ON c.id = s.case_id
   JOIN young_person y ON y.id = c.young_person_id
   WHERE s.meeting_id = of_meeting
     AND (m.platform_id = ANY (app_referent_platform_ids()) OR s.case_id = ANY (app_cotech_case_ids(of_meeting)))
   ORDER BY s.position $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_cotech_situations(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_cotech_situations(uuid) TO maillage_app;
