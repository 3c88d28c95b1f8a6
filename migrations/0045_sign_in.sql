-- Issue 21: sessions the user sees and ends, second factors, ProConnect and its access requests.

-- The SIRET of an organisation: a ProConnect access request is routed to the administrators of the
-- organisation whose SIRET the provider returned.
ALTER TABLE organisation ADD COLUMN siret text;--> statement-breakpoint
ALTER TABLE organisation ADD CONSTRAINT organisation_siret_check CHECK (siret ~ '^[0-9]{14}$');--> statement-breakpoint
CREATE UNIQUE INDEX organisation_siret_key ON organisation (siret);--> statement-breakpoint

-- A signed-in session: one per sign-in, the family of its rotating refresh tokens. Its access tokens
-- carry its id (`sid`), and every request checks it is not revoked (core/auth/authenticate.ts).
CREATE TABLE user_session (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_reason text,
  method text NOT NULL DEFAULT 'PASSWORD',
  second_factor text,
  user_agent text,
  address_prefix text,
  -- ProConnect's ID token, for its end-session endpoint's id_token_hint.
  id_token text,
  CONSTRAINT user_session_method_check CHECK (method IN ('PASSWORD', 'PROCONNECT')),
  CONSTRAINT user_session_second_factor_check
    CHECK (second_factor IN ('TOTP', 'PASSKEY', 'RECOVERY_CODE', 'PROCONNECT_ACR')),
  CONSTRAINT user_session_revoked_reason_check
    CHECK (revoked_reason IN ('LOGOUT', 'USER', 'PASSWORD_CHANGE', 'REFRESH_REUSE', 'ADMIN'))
);--> statement-breakpoint
CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL;--> statement-breakpoint
-- The sessions of today's refresh tokens, so that signed-in users stay signed in.
INSERT INTO user_session (id, user_id, created_at, last_used_at, revoked_at, revoked_reason)
SELECT family_id, min(user_id::text)::uuid, min(created_at), max(created_at),
       CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END,
       CASE WHEN bool_and(revoked_at IS NOT NULL) THEN 'LOGOUT' END
  FROM refresh_token GROUP BY family_id;--> statement-breakpoint
ALTER TABLE refresh_token ADD CONSTRAINT refresh_token_session_fk
  FOREIGN KEY (family_id) REFERENCES user_session (id);--> statement-breakpoint
ALTER TABLE user_session ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT (id, user_id, created_at, last_used_at, revoked_at, revoked_reason, method, second_factor, user_agent, address_prefix)
  ON user_session TO maillage_app;--> statement-breakpoint
GRANT UPDATE (revoked_at, revoked_reason) ON user_session TO maillage_app;--> statement-breakpoint
CREATE POLICY user_session_read ON user_session FOR SELECT TO maillage_app
  USING (user_id = app_user_id() OR app_is_admin());--> statement-breakpoint
CREATE POLICY user_session_revoke ON user_session FOR UPDATE TO maillage_app
  USING (user_id = app_user_id() OR app_is_admin()) WITH CHECK (user_id = app_user_id() OR app_is_admin());--> statement-breakpoint

-- A sign-in between its first step (password, ProConnect) and its session: a second factor to give,
-- one to enrol, or a ProConnect identity to link to an existing account. The browser holds its token.
CREATE TABLE sign_in_attempt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL,
  user_id uuid REFERENCES app_user (id),
  stage text NOT NULL,
  method text NOT NULL,
  proconnect jsonb,
  id_token text,
  webauthn_challenge text,
  totp_secret text,
  failures integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sign_in_attempt_stage_check CHECK (stage IN ('SECOND_FACTOR', 'ENROL', 'LINK', 'ACCOUNT_ENROL')),
  CONSTRAINT sign_in_attempt_method_check CHECK (method IN ('PASSWORD', 'PROCONNECT', 'SESSION'))
);--> statement-breakpoint
CREATE UNIQUE INDEX sign_in_attempt_token_key ON sign_in_attempt (token_hash);--> statement-breakpoint
CREATE INDEX sign_in_attempt_expires_idx ON sign_in_attempt (expires_at);--> statement-breakpoint
ALTER TABLE sign_in_attempt ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

CREATE TABLE user_totp (
  user_id uuid PRIMARY KEY REFERENCES app_user (id),
  secret text NOT NULL,
  -- The time step of the last code accepted: a code is never accepted twice.
  last_used_step bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);--> statement-breakpoint
ALTER TABLE user_totp ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

CREATE TABLE user_passkey (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  credential_id text NOT NULL,
  public_key bytea NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);--> statement-breakpoint
CREATE UNIQUE INDEX user_passkey_credential_key ON user_passkey (credential_id);--> statement-breakpoint
CREATE INDEX user_passkey_user_idx ON user_passkey (user_id);--> statement-breakpoint
ALTER TABLE user_passkey ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

CREATE TABLE recovery_code (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id),
  -- SHA-256 of the normalised code: the code itself is shown once and never stored.
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);--> statement-breakpoint
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);--> statement-breakpoint
ALTER TABLE recovery_code ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- The ProConnect identity linked to a user (its `sub`), once confirmed or approved.
CREATE TABLE proconnect_identity (
  sub text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  idp_id text,
  linked_at timestamptz NOT NULL DEFAULT now()
);--> statement-breakpoint
CREATE UNIQUE INDEX proconnect_identity_user_key ON proconnect_identity (user_id);--> statement-breakpoint
ALTER TABLE proconnect_identity ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- A ProConnect sign-in under way: what the callback checks (state, nonce, PKCE verifier), bound to the
-- browser that started it (the sha256 of its cookie), used once.
CREATE TABLE proconnect_login (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  browser_hash text NOT NULL,
  return_to text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);--> statement-breakpoint
CREATE UNIQUE INDEX proconnect_login_state_key ON proconnect_login (state);--> statement-breakpoint
ALTER TABLE proconnect_login ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- Someone ProConnect knows and Maillage does not: an administrator approves them, with roles.
CREATE TABLE access_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'PENDING',
  email text NOT NULL,
  given_name text,
  usual_name text,
  siret text,
  proconnect_sub text NOT NULL,
  idp_id text,
  organisation_id uuid REFERENCES organisation (id),
  roles text[],
  user_id uuid REFERENCES app_user (id),
  decided_by uuid REFERENCES app_user (id),
  decided_at timestamptz,
  reason text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT access_request_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
);--> statement-breakpoint
CREATE UNIQUE INDEX access_request_pending_key ON access_request (proconnect_sub) WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX access_request_status_idx ON access_request (status, created_at);--> statement-breakpoint
CREATE INDEX access_request_organisation_idx ON access_request (organisation_id);--> statement-breakpoint
ALTER TABLE access_request ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, UPDATE ON access_request TO maillage_app;--> statement-breakpoint
CREATE POLICY access_request_admin ON access_request FOR ALL TO maillage_app
  USING (app_is_admin()) WITH CHECK (app_is_admin());
--> statement-breakpoint

-- An administrator who changes a user's password or deactivates the account ends their sessions: their
-- access tokens too, now that every request checks its session.
CREATE OR REPLACE FUNCTION app_revoke_sessions(of_user uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ WITH tokens AS (
     UPDATE refresh_token t SET revoked_at = now()
      WHERE t.user_id = of_user AND t.revoked_at IS NULL AND app_is_admin()
     RETURNING 1),
   sessions AS (
     UPDATE user_session s SET revoked_at = now(), revoked_reason = 'ADMIN'
      WHERE s.user_id = of_user AND s.revoked_at IS NULL AND app_is_admin()
     RETURNING 1)
   SELECT (SELECT count(*)::int FROM sessions) + 0 * (SELECT count(*)::int FROM tokens) $$;
--> statement-breakpoint

-- Guesses of the current password on the change form are throttled as sign-ins are, on the same
-- counters (the sha256 of the e-mail, from the address): the seconds the caller must still wait.
CREATE FUNCTION app_own_password_guess_wait(from_address text) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(max(ceil(extract(epoch FROM (t.blocked_until - now())))), 0)::int
     FROM app_user u
     JOIN login_throttle t ON t.address = from_address AND t.account = encode(sha256(convert_to(u.email, 'UTF8')), 'hex')
    WHERE u.id = app_user_id()
      AND t.blocked_until > now()
      AND t.last_failure_at > now() - interval '24 hours'
      AND (u.login_throttle_reset_at IS NULL OR t.last_failure_at > u.login_throttle_reset_at) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_own_password_guess_wait(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_own_password_guess_wait(text) TO maillage_app;
