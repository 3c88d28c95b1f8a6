-- The restrictive policy of 0035 called app_key_allows_platform() per row: a SQL function with a SET
-- clause is never inlined, so a worklist's filter ran it for each of a platform's cases (measured: the
-- largest per-row cost of the benchmark's filtered worklist). The setting is read in scalar sub-selects,
-- init plans evaluated once per query, as change_log_api_key_platforms does (0037); the rule is unchanged:
-- no setting, any platform; a key's list ('none' for a key acting for none), those platforms only.
ALTER POLICY psad_case_api_key_platforms ON psad_case
  USING (
    (SELECT coalesce(current_setting('maillage.key_platform_ids', true), '')) = ''
    OR platform_id::text = ANY ((SELECT string_to_array(current_setting('maillage.key_platform_ids', true), ','))::text[])
  )
  WITH CHECK (
    (SELECT coalesce(current_setting('maillage.key_platform_ids', true), '')) = ''
    OR platform_id::text = ANY ((SELECT string_to_array(current_setting('maillage.key_platform_ids', true), ','))::text[])
  );--> statement-breakpoint
DROP FUNCTION app_key_allows_platform(uuid);
