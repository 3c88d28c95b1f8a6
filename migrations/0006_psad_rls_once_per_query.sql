-- The PSAD policies of 0003 called their scope functions per row: SECURITY DEFINER and
-- aggregating SQL functions are never inlined, so a count over a platform of 50,000 cases ran
-- app_referent_platform_ids() 50,000 times (minutes on PostgreSQL). Wrapped in a scalar
-- sub-select, each call becomes an init plan evaluated once per query; the rules are unchanged.
-- (The cast keeps ANY on the array: `ANY ((SELECT …))` alone parses as ANY over a sub-query.)
ALTER POLICY psad_case_referent ON psad_case
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER POLICY psad_case_counsellor ON psad_case
  USING (status <> 'CLOS' AND assigned_organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[]));--> statement-breakpoint
ALTER POLICY psad_case_counsellor_update ON psad_case
  USING (assigned_organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[]))
  WITH CHECK (assigned_organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[]) OR platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER POLICY psad_case_incoming ON psad_case
  USING (id = ANY ((SELECT app_incoming_transfer_case_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR assigned_organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[]));--> statement-breakpoint
ALTER POLICY young_person_referent ON young_person
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]));--> statement-breakpoint
ALTER POLICY siei_import_referent ON siei_import
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) AND uploaded_by = app_user_id());
