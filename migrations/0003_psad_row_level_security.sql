-- Who sees a young person and a case (DOMAIN.md §1): the referents of the platform; the
-- counsellors of the organisation the case is assigned to, while it is; the receivers of a
-- pending transfer. Admins and viewers see no person here: viewers get aggregates only.

-- Organisations where the actor holds a role, from the membership map the request sets.
CREATE FUNCTION app_org_ids_with_role(role text) RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(array_agg(key::uuid), '{}')
   FROM jsonb_each(coalesce(nullif(current_setting('maillage.org_roles', true), ''), '{}')::jsonb)
   WHERE value ? role $$;--> statement-breakpoint

-- Platforms the actor is referent of. Definer rights: the lookup itself must not be filtered.
CREATE FUNCTION app_referent_platform_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(platform_id), '{}') FROM platform_referent
   WHERE user_id = app_user_id() AND 'PSAD_REFERENT' = ANY (
     SELECT unnest(roles) FROM membership WHERE membership.user_id = app_user_id()) $$;--> statement-breakpoint

ALTER TABLE platform_referent ADD CONSTRAINT platform_referent_user_fk FOREIGN KEY (user_id) REFERENCES app_user(id);--> statement-breakpoint
ALTER TABLE platform_partner ADD CONSTRAINT platform_partner_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation(id);--> statement-breakpoint
ALTER TABLE platform ADD CONSTRAINT platform_territory_fk FOREIGN KEY (territory_id) REFERENCES territory(id);--> statement-breakpoint
ALTER TABLE psad_case ADD CONSTRAINT psad_case_assigned_org_fk FOREIGN KEY (assigned_organisation_id) REFERENCES organisation(id);--> statement-breakpoint
ALTER TABLE psad_case ADD CONSTRAINT psad_case_counsellor_fk FOREIGN KEY (assigned_counsellor_id) REFERENCES app_user(id);--> statement-breakpoint
ALTER TABLE psad_case ADD CONSTRAINT psad_case_import_fk FOREIGN KEY (import_id) REFERENCES siei_import(id);--> statement-breakpoint

-- Platforms and their partners are not personal data: every signed-in actor reads them.
ALTER TABLE platform ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON platform TO maillage_app;--> statement-breakpoint
CREATE POLICY platform_read ON platform FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY platform_write ON platform FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY platform_update ON platform FOR UPDATE TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint
ALTER TABLE platform_referent ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON platform_referent TO maillage_app;--> statement-breakpoint
CREATE POLICY platform_referent_read ON platform_referent FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY platform_referent_write ON platform_referent FOR ALL TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint
ALTER TABLE platform_partner ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON platform_partner TO maillage_app;--> statement-breakpoint
CREATE POLICY platform_partner_read ON platform_partner FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY platform_partner_write ON platform_partner FOR ALL TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint

-- Cases.
ALTER TABLE psad_case ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON psad_case TO maillage_app;--> statement-breakpoint
CREATE POLICY psad_case_referent ON psad_case FOR ALL TO maillage_app
  USING (platform_id = ANY (app_referent_platform_ids()))
  WITH CHECK (platform_id = ANY (app_referent_platform_ids()));--> statement-breakpoint
CREATE POLICY psad_case_counsellor ON psad_case FOR SELECT TO maillage_app
  USING (status <> 'CLOS' AND assigned_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR')));--> statement-breakpoint
CREATE POLICY psad_case_counsellor_update ON psad_case FOR UPDATE TO maillage_app
  USING (assigned_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR')))
  WITH CHECK (assigned_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR')) OR platform_id = ANY (app_referent_platform_ids()));--> statement-breakpoint

-- Transfers: seen by whoever sees the case and by the receiver, who then sees the case too.
ALTER TABLE case_transfer ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON case_transfer TO maillage_app;--> statement-breakpoint
CREATE FUNCTION app_incoming_transfer_case_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(case_id), '{}') FROM case_transfer
   WHERE status = 'PROPOSE' AND (
     (to_organisation_id IS NULL AND to_platform_id = ANY (app_referent_platform_ids()))
     OR to_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR'))) $$;--> statement-breakpoint
CREATE POLICY psad_case_incoming ON psad_case FOR ALL TO maillage_app
  USING (id = ANY (app_incoming_transfer_case_ids()))
  WITH CHECK (platform_id = ANY (app_referent_platform_ids()) OR assigned_organisation_id = ANY (app_org_ids_with_role('COUNSELLOR')));--> statement-breakpoint
CREATE POLICY case_transfer_access ON case_transfer FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id));--> statement-breakpoint

-- Young people: through a case the actor sees.
ALTER TABLE young_person ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON young_person TO maillage_app;--> statement-breakpoint
CREATE POLICY young_person_referent ON young_person FOR ALL TO maillage_app
  USING (platform_id = ANY (app_referent_platform_ids()))
  WITH CHECK (platform_id = ANY (app_referent_platform_ids()));--> statement-breakpoint
CREATE POLICY young_person_via_case ON young_person FOR SELECT TO maillage_app
  USING (EXISTS (SELECT 1 FROM psad_case c WHERE c.young_person_id = young_person.id));--> statement-breakpoint
CREATE POLICY young_person_via_case_update ON young_person FOR UPDATE TO maillage_app
  USING (EXISTS (SELECT 1 FROM psad_case c WHERE c.young_person_id = young_person.id));--> statement-breakpoint

-- What hangs off a case follows the case.
ALTER TABLE contact_attempt ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON contact_attempt TO maillage_app;--> statement-breakpoint
CREATE POLICY contact_attempt_via_case ON contact_attempt FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id) AND actor_id IS NOT DISTINCT FROM app_user_id());--> statement-breakpoint
ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON case_event TO maillage_app;--> statement-breakpoint
CREATE POLICY case_event_via_case ON case_event FOR ALL TO maillage_app
  USING (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM psad_case c WHERE c.id = case_id) AND actor_id IS NOT DISTINCT FROM app_user_id());--> statement-breakpoint

-- Imports hold whole lists: the platform's referents only.
ALTER TABLE siei_import ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON siei_import TO maillage_app;--> statement-breakpoint
CREATE POLICY siei_import_referent ON siei_import FOR ALL TO maillage_app
  USING (platform_id = ANY (app_referent_platform_ids()))
  WITH CHECK (platform_id = ANY (app_referent_platform_ids()) AND uploaded_by = app_user_id());
