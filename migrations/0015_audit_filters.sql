DROP INDEX "audit_event_actor_idx";--> statement-breakpoint
DROP INDEX "audit_event_subject_idx";--> statement-breakpoint
DROP INDEX "audit_event_action_idx";--> statement-breakpoint
CREATE INDEX "audit_event_outcome_idx" ON "audit_event" USING btree ("outcome","id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_event_subject_idx" ON "audit_event" USING btree ("subject_type","subject_id","id");--> statement-breakpoint
CREATE INDEX "audit_event_action_idx" ON "audit_event" USING btree ("action" text_pattern_ops,"id");--> statement-breakpoint
-- The audit log names the objects of its events for an administrator. A CLAS project (holders and
-- officers only) and a SIEI import (the platform's referents only) are out of an administrator's
-- row-level security, yet their names hold no personal data: these return the name only, to an
-- administrator only, for the ids asked. A person's record stays under row-level security.
CREATE FUNCTION app_audit_clas_project_names(ids uuid[]) RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT p.id, p.title || ' (' || p.school_year || ', ' || o.name || ')'
   FROM clas_project p JOIN organisation o ON o.id = p.organisation_id
   WHERE p.id = ANY (ids) AND app_is_admin() $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_audit_clas_project_names(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_audit_clas_project_names(uuid[]) TO maillage_app;--> statement-breakpoint
CREATE FUNCTION app_audit_siei_import_names(ids uuid[]) RETURNS TABLE (id uuid, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT i.id, 'campagne ' || i.campaign || ', ' || p.name
   FROM siei_import i JOIN platform p ON p.id = i.platform_id
   WHERE i.id = ANY (ids) AND app_is_admin() $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_audit_siei_import_names(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_audit_siei_import_names(uuid[]) TO maillage_app;
