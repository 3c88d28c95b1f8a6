-- How names are compared and searched, as shared/src/text.ts searchKey() does it: accents dropped
-- (canonical decomposition, then the combining marks removed), lower case, the ligatures œ and æ
-- spelt out, anything but a-z and 0-9 a single space, trimmed. Pure: inlined where it is used.
CREATE FUNCTION app_search_key(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT btrim(regexp_replace(
     replace(replace(lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g')), 'œ', 'oe'), 'æ', 'ae'),
     '[^a-z0-9]+', ' ', 'g')) $$;--> statement-breakpoint

-- The professionals a social worker may put on a liste d'accompagnement with their account (DOMAIN.md
-- §4): the active users holding SOCIAL_WORKER or COUNSELLOR in one organisation, whom the policies on
-- app_user and membership hide when that organisation is not the caller's. Name, and which of those two
-- roles they hold there: never an e-mail, never a user of another role. Social workers only: anyone
-- else gets nothing. `words` are the searchKey() words of the search, each to be found in the name
-- (compared the same way); by name, `max_rows` at most (50 at most whatever is asked).
-- A function, not a step out of row-level security inside the request: GraphQL resolves fields
-- concurrently on the request's one connection, and a statement queued behind a "reset role" would
-- run with every policy off.
CREATE FUNCTION app_parcours_professionals(org uuid, words text[], max_rows integer)
  RETURNS TABLE (id uuid, display_name text, roles text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.id, u.display_name, ARRAY(SELECT r FROM unnest(ARRAY['SOCIAL_WORKER', 'COUNSELLOR']) r WHERE r = ANY (m.roles))
   FROM membership m
   JOIN app_user u ON u.id = m.user_id
   CROSS JOIN LATERAL (SELECT app_search_key(u.display_name) AS name_key) k
   WHERE cardinality(app_org_ids_with_role('SOCIAL_WORKER')) > 0
     AND m.organisation_id = org
     AND u.active
     AND m.roles && ARRAY['SOCIAL_WORKER', 'COUNSELLOR']
     AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(words, '{}')) w WHERE strpos(k.name_key, w) = 0)
   ORDER BY k.name_key, u.display_name, u.id
   LIMIT least(greatest(coalesce(max_rows, 20), 0), 50) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_parcours_professionals(uuid, text[], integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_parcours_professionals(uuid, text[], integer) TO maillage_app;
