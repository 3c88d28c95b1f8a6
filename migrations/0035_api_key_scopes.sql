-- Issue 20: a key says what it may do (scopes), for whom (organisations, platforms), until when, at
-- what rate, and whether it sends registered documents only; its use is counted per operation.
ALTER TABLE api_key ADD COLUMN scopes text[] NOT NULL DEFAULT '{}';--> statement-breakpoint
ALTER TABLE api_key ADD COLUMN organisation_ids uuid[];--> statement-breakpoint
ALTER TABLE api_key ADD COLUMN platform_ids uuid[];--> statement-breakpoint
ALTER TABLE api_key ADD COLUMN expires_at timestamptz;--> statement-breakpoint
ALTER TABLE api_key ADD COLUMN rate_limit_per_minute integer NOT NULL DEFAULT 600;--> statement-breakpoint
ALTER TABLE api_key ADD COLUMN trusted_documents_only boolean NOT NULL DEFAULT false;--> statement-breakpoint
-- Keys issued before scopes existed keep working as they did (every scope), for 90 days: long enough
-- for their systems to move to a scoped key, short enough that none lives on unscoped.
UPDATE api_key SET scopes = ARRAY['directory:read', 'psad:cases:read', 'psad:cases:write', 'psad:signals:write',
  'psad:reports:read', 'clas:projects:read', 'clas:projects:write', 'clas:decisions:write', 'parcours:read',
  'parcours:write', 'instances:meetings:read', 'cpms:oncall:read', 'cpms:oncall:write', 'webhooks:manage'],
  expires_at = now() + interval '90 days';--> statement-breakpoint
ALTER TABLE api_key ALTER COLUMN expires_at SET NOT NULL;--> statement-breakpoint
ALTER TABLE api_key ADD CONSTRAINT api_key_rate_limit_check CHECK (rate_limit_per_minute BETWEEN 1 AND 100000);--> statement-breakpoint

-- Calls, errors and last use per key and operation (the GraphQL operation's name, or the REST route):
-- one row each, counted by the owner after each response. Not granted to the request role.
CREATE TABLE api_key_usage (
  key_id uuid NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
  operation text NOT NULL,
  calls bigint NOT NULL DEFAULT 0,
  errors bigint NOT NULL DEFAULT 0,
  last_used_at timestamptz NOT NULL,
  PRIMARY KEY (key_id, operation)
);--> statement-breakpoint
ALTER TABLE api_key_usage ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

DROP FUNCTION app_api_keys(uuid);--> statement-breakpoint
DROP FUNCTION app_api_key_create(uuid, text, text, text);--> statement-breakpoint
DROP FUNCTION app_api_key_revoke(uuid);--> statement-breakpoint

CREATE FUNCTION app_api_keys(service_account uuid)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz,
    revoked_at timestamptz, scopes text[], organisation_ids uuid[], platform_ids uuid[], expires_at timestamptz,
    rate_limit_per_minute integer, trusted_documents_only boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at, k.scopes, k.organisation_ids,
          k.platform_ids, k.expires_at, k.rate_limit_per_minute, k.trusted_documents_only
     FROM api_key k
    WHERE k.user_id = service_account AND app_is_admin()
    ORDER BY k.created_at DESC $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_keys(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_keys(uuid) TO maillage_app;--> statement-breakpoint

-- A service account holds two usable keys at most (the one in use and its successor, to rotate without
-- downtime). The account's row is locked first, so that two administrators issuing at once cannot both
-- pass the count. No row: not an administrator, not an active service account, or two keys already.
CREATE FUNCTION app_api_key_create(service_account uuid, key_name text, key_prefix text, hash text, key_scopes text[],
    key_organisations uuid[], key_platforms uuid[], key_expires_at timestamptz, key_rate integer, key_trusted_only boolean)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz,
    revoked_at timestamptz, scopes text[], organisation_ids uuid[], platform_ids uuid[], expires_at timestamptz,
    rate_limit_per_minute integer, trusted_documents_only boolean)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF NOT app_is_admin() THEN RETURN; END IF;
  PERFORM 1 FROM app_user u WHERE u.id = service_account AND u.active FOR UPDATE;
  IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = service_account AND 'SERVICE_ACCOUNT' = ANY (m.roles)) THEN
    RETURN;
  END IF;
  IF (SELECT count(*) FROM api_key k WHERE k.user_id = service_account AND k.revoked_at IS NULL AND k.expires_at > now()) >= 2 THEN
    RETURN;
  END IF;
  RETURN QUERY
    INSERT INTO api_key AS k (user_id, name, prefix, key_hash, scopes, organisation_ids, platform_ids, expires_at,
        rate_limit_per_minute, trusted_documents_only)
    VALUES (service_account, key_name, key_prefix, hash, key_scopes, key_organisations, key_platforms, key_expires_at,
        key_rate, key_trusted_only)
    RETURNING k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at, k.scopes, k.organisation_ids,
      k.platform_ids, k.expires_at, k.rate_limit_per_minute, k.trusted_documents_only;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_create(uuid, text, text, text, text[], uuid[], uuid[], timestamptz, integer, boolean) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_create(uuid, text, text, text, text[], uuid[], uuid[], timestamptz, integer, boolean) TO maillage_app;--> statement-breakpoint

CREATE FUNCTION app_api_key_revoke(api_key_id uuid)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz,
    revoked_at timestamptz, scopes text[], organisation_ids uuid[], platform_ids uuid[], expires_at timestamptz,
    rate_limit_per_minute integer, trusted_documents_only boolean)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ UPDATE api_key k SET revoked_at = coalesce(k.revoked_at, now())
    WHERE k.id = api_key_id AND app_is_admin()
   RETURNING k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at, k.scopes, k.organisation_ids,
     k.platform_ids, k.expires_at, k.rate_limit_per_minute, k.trusted_documents_only $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_revoke(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_revoke(uuid) TO maillage_app;--> statement-breakpoint

-- The limit of an issued key is changed in place (scopes and reach are not: a new key is issued).
CREATE FUNCTION app_api_key_set_rate(api_key_id uuid, key_rate integer)
  RETURNS TABLE (id uuid, user_id uuid, name text, prefix text, created_at timestamptz, last_used_at timestamptz,
    revoked_at timestamptz, scopes text[], organisation_ids uuid[], platform_ids uuid[], expires_at timestamptz,
    rate_limit_per_minute integer, trusted_documents_only boolean)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ UPDATE api_key k SET rate_limit_per_minute = key_rate
    WHERE k.id = api_key_id AND app_is_admin()
   RETURNING k.id, k.user_id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at, k.scopes, k.organisation_ids,
     k.platform_ids, k.expires_at, k.rate_limit_per_minute, k.trusted_documents_only $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_set_rate(uuid, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_set_rate(uuid, integer) TO maillage_app;--> statement-breakpoint

-- A key's use by operation, for an administrator.
CREATE FUNCTION app_api_key_usage(key_ids uuid[])
  RETURNS TABLE (key_id uuid, operation text, calls bigint, errors bigint, last_used_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT u.key_id, u.operation, u.calls, u.errors, u.last_used_at FROM api_key_usage u
    WHERE u.key_id = ANY (key_ids) AND app_is_admin()
    ORDER BY u.key_id, u.calls DESC, u.operation $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_api_key_usage(uuid[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_api_key_usage(uuid[]) TO maillage_app;--> statement-breakpoint

-- A key acting for some platforms reads and changes their cases only, whatever else its account's
-- memberships reach: a restrictive policy, ANDed with every permissive one. The setting is empty for
-- every other caller (a person, a key for any platform).
CREATE FUNCTION app_key_allows_platform(platform uuid) RETURNS boolean
  LANGUAGE sql STABLE SET search_path = public AS
$$ SELECT coalesce(current_setting('maillage.key_platform_ids', true), '') = ''
       OR platform::text = ANY (string_to_array(current_setting('maillage.key_platform_ids', true), ',')) $$;--> statement-breakpoint
CREATE POLICY psad_case_api_key_platforms ON psad_case AS RESTRICTIVE FOR ALL TO maillage_app
  USING (app_key_allows_platform(platform_id)) WITH CHECK (app_key_allows_platform(platform_id));
