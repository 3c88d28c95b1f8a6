-- app_case_page_by_name (0014) checked the referent for each row it read: a SQL function with a SET
-- clause is never inlined, and app_referent_platform_ids() inside its WHERE ran per row (a page jump
-- reads offset + limit keys: 1,000 keys took 2 ms, 0.4 ms once per query). The check is now a scalar
-- sub-select, an init plan evaluated once; the rule is unchanged.
CREATE OR REPLACE FUNCTION app_case_page_by_name(platform uuid, after_key text, after_id uuid, page_size integer)
  RETURNS TABLE (id uuid, sort_key text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT c.id, c.sort_name FROM psad_case c
   WHERE c.platform_id = platform AND platform = ANY ((SELECT app_referent_platform_ids())::uuid[])
     AND (c.sort_name, c.id) > (coalesce(after_key, ''), coalesce(after_id, '00000000-0000-0000-0000-000000000000'))
   ORDER BY c.sort_name, c.id LIMIT page_size $$;
