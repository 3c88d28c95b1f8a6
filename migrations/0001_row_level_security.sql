-- The role every request runs as (SET LOCAL ROLE inside its transaction), with the actor in
-- transaction-local settings. Row-level security applies to it; the owner (migrations, login,
-- jobs) is not subject to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'maillage_app') THEN
    CREATE ROLE maillage_app NOLOGIN;
  END IF;
  BEGIN
    EXECUTE 'GRANT maillage_app TO ' || quote_ident(current_user);
  EXCEPTION WHEN OTHERS THEN NULL; -- a superuser needs no grant
  END;
END $$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO maillage_app;--> statement-breakpoint

CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('maillage.user_id', true), '')::uuid $$;--> statement-breakpoint
CREATE FUNCTION app_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(string_to_array(nullif(current_setting('maillage.org_ids', true), ''), ',')::uuid[], '{}') $$;--> statement-breakpoint
CREATE FUNCTION app_is_admin() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('maillage.is_admin', true), '') = 'true' $$;--> statement-breakpoint

-- Reference data: readable by every signed-in actor, written by admins.
ALTER TABLE territory ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON territory TO maillage_app;--> statement-breakpoint
CREATE POLICY territory_read ON territory FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY territory_insert ON territory FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY territory_update ON territory FOR UPDATE TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint

-- The directory: every signed-in actor reads it; admins write it.
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON organisation TO maillage_app;--> statement-breakpoint
CREATE POLICY organisation_read ON organisation FOR SELECT TO maillage_app USING (true);--> statement-breakpoint
CREATE POLICY organisation_insert ON organisation FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY organisation_update ON organisation FOR UPDATE TO maillage_app USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint

-- Memberships: one's own, those of one's organisations, all for admins.
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON membership TO maillage_app;--> statement-breakpoint
CREATE POLICY membership_read ON membership FOR SELECT TO maillage_app
  USING (app_is_admin() OR user_id = app_user_id() OR organisation_id = ANY (app_org_ids()));--> statement-breakpoint
CREATE POLICY membership_write ON membership FOR ALL TO maillage_app
  USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint

-- Users: oneself, the members of one's organisations, everyone for admins.
-- The password hash is not readable by requests at all (column grants). INSERT is granted on the
-- whole table because drizzle names every column in an INSERT (DEFAULT for those not given), and
-- naming a column needs the privilege on it; the insert policy below keeps it to admins.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT (id, email, display_name, active, failed_login_count, locked_until, last_login_at, version, created_at, updated_at)
  ON app_user TO maillage_app;--> statement-breakpoint
GRANT INSERT ON app_user TO maillage_app;--> statement-breakpoint
GRANT UPDATE (email, display_name, password_hash, active, failed_login_count, locked_until, version, updated_at)
  ON app_user TO maillage_app;--> statement-breakpoint
CREATE POLICY app_user_read ON app_user FOR SELECT TO maillage_app
  USING (
    app_is_admin() OR id = app_user_id()
    OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id AND m.organisation_id = ANY (app_org_ids()))
  );--> statement-breakpoint
CREATE POLICY app_user_insert ON app_user FOR INSERT TO maillage_app WITH CHECK (app_is_admin());--> statement-breakpoint
CREATE POLICY app_user_update ON app_user FOR UPDATE TO maillage_app
  USING (app_is_admin() OR id = app_user_id()) WITH CHECK (app_is_admin() OR id = app_user_id());--> statement-breakpoint

-- Credentials are handled by the server itself, never through a request's role.
ALTER TABLE refresh_token ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- Audit: append-only. Admins read; any actor appends events in its own name.
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT ON audit_event TO maillage_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_event_id_seq TO maillage_app;--> statement-breakpoint
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO maillage_app USING (app_is_admin());--> statement-breakpoint
CREATE POLICY audit_event_append ON audit_event FOR INSERT TO maillage_app
  WITH CHECK (actor_id IS NOT DISTINCT FROM app_user_id());--> statement-breakpoint

-- Only audit_purge() deletes, and only events past the shortest retention: a session that sets the
-- purge flag by hand still cannot delete anything younger.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('maillage.audit_purge', true) = 'on'
     AND OLD.occurred_at < now() - interval '183 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();--> statement-breakpoint

-- The retention job's only way to delete: events older than the cutoff, never younger than 6 months
-- (183 days, the configuration's lower bound: '6 months' back is 181 to 184 days depending on the date).
CREATE FUNCTION audit_purge(cutoff timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE purged bigint;
BEGIN
  IF cutoff > now() - interval '183 days' THEN
    RAISE EXCEPTION 'audit events are kept at least 6 months' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('maillage.audit_purge', 'on', true);
  DELETE FROM audit_event WHERE occurred_at < cutoff;
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('maillage.audit_purge', 'off', true);
  RETURN purged;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION audit_purge(timestamptz) FROM PUBLIC;
