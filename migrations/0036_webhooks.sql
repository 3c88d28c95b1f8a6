-- Issue 20, webhooks: a service account subscribes addresses to event types (shared/src/api/webhook-events.ts);
-- each event its account may read becomes one delivery per endpoint, sent through the job queue and signed
-- as Standard Webhooks says, with its attempts kept for the delivery log. The signing secret lives in a
-- table of its own that the request role is never granted: it is written through one function here and
-- read by the delivery job (the owner's handle), never by a request.
CREATE TABLE webhook_endpoint (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  service_account_id uuid NOT NULL REFERENCES app_user (id),
  url text NOT NULL,
  event_types text[] NOT NULL,
  description text,
  enabled boolean DEFAULT true NOT NULL,
  -- MANUAL: turned off by its manager; FAILING: every attempt failed for three days in a row.
  disabled_reason text,
  disabled_at timestamptz,
  -- The first failed attempt since the last success (null: the last attempt succeeded, or none yet).
  failing_since timestamptz,
  secret_rotated_at timestamptz,
  created_by uuid REFERENCES app_user (id),
  version integer DEFAULT 1 NOT NULL,
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT webhook_endpoint_event_types_check CHECK (cardinality(event_types) > 0 AND event_types <@ ARRAY['case.assigned',
    'transfer.proposed', 'transfer.accepted', 'transfer.refused', 'signal.received', 'case.closed', 'clas.decision',
    'reference.changed']::text[]),
  CONSTRAINT webhook_endpoint_disabled_check CHECK (disabled_reason IS NULL OR disabled_reason IN ('MANUAL', 'FAILING')),
  CONSTRAINT webhook_endpoint_enabled_check CHECK (enabled = (disabled_reason IS NULL)),
  CONSTRAINT webhook_endpoint_url_check CHECK (url ~ '^https?://' AND length(url) <= 2000)
);--> statement-breakpoint
CREATE INDEX webhook_endpoint_account_idx ON webhook_endpoint (service_account_id);--> statement-breakpoint

CREATE TABLE webhook_secret (
  endpoint_id uuid PRIMARY KEY REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
  -- whsec_ and the base64 of 32 random bytes (Standard Webhooks).
  secret text NOT NULL,
  -- The one before a rotation, still signing beside the new one for a day (receivers move without a gap).
  previous_secret text,
  previous_valid_until timestamptz
);--> statement-breakpoint

CREATE TABLE webhook_delivery (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
  -- The event's id: the webhook-id header, the same for every endpoint, attempt and replay.
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  object_type text NOT NULL,
  object_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  status text DEFAULT 'PENDING' NOT NULL,
  attempts integer DEFAULT 0 NOT NULL,
  -- PENDING and set: waiting for this retry; PENDING and null: a job is queued for it.
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  last_status_code integer,
  last_latency_ms integer,
  last_error text,
  created_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT webhook_delivery_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
  CONSTRAINT webhook_delivery_next_check CHECK (next_attempt_at IS NULL OR status = 'PENDING')
);--> statement-breakpoint
CREATE UNIQUE INDEX webhook_delivery_event_key ON webhook_delivery (endpoint_id, event_id);--> statement-breakpoint
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC);--> statement-breakpoint
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX webhook_delivery_created_idx ON webhook_delivery (created_at);--> statement-breakpoint

CREATE TABLE webhook_attempt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  delivery_id uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
  attempted_at timestamptz DEFAULT now() NOT NULL,
  status_code integer,
  latency_ms integer NOT NULL,
  -- Why it failed, in French, never the receiver's answer (it is not ours to keep).
  error text,
  succeeded boolean NOT NULL,
  -- Asked for by hand (« Rejouer »), not by the schedule.
  manual boolean DEFAULT false NOT NULL
);--> statement-breakpoint
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempted_at);--> statement-breakpoint

-- Administrators manage every service account's endpoints; a service account its own (its key's scope
-- webhooks:manage is checked by the server). Deliveries and attempts follow their endpoint.
ALTER TABLE webhook_endpoint ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoint TO maillage_app;--> statement-breakpoint
CREATE POLICY webhook_endpoint_manager ON webhook_endpoint FOR ALL TO maillage_app
  USING (app_is_admin() OR service_account_id = app_user_id())
  WITH CHECK (app_is_admin() OR service_account_id = app_user_id());--> statement-breakpoint
ALTER TABLE webhook_secret ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON webhook_delivery TO maillage_app;--> statement-breakpoint
GRANT UPDATE (status, next_attempt_at, last_error) ON webhook_delivery TO maillage_app;--> statement-breakpoint
CREATE POLICY webhook_delivery_manager ON webhook_delivery FOR ALL TO maillage_app
  USING (endpoint_id IN (SELECT e.id FROM webhook_endpoint e))
  WITH CHECK (endpoint_id IN (SELECT e.id FROM webhook_endpoint e));--> statement-breakpoint
ALTER TABLE webhook_attempt ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON webhook_attempt TO maillage_app;--> statement-breakpoint
CREATE POLICY webhook_attempt_manager ON webhook_attempt FOR SELECT TO maillage_app
  USING (delivery_id IN (SELECT d.id FROM webhook_delivery d));--> statement-breakpoint

-- Sets an endpoint's signing secret, for whoever manages the endpoint (as its policy says); on a rotation
-- the former one keeps signing beside it for a day. The secret goes in, never out. Returns whether it was set.
CREATE FUNCTION app_webhook_set_secret(endpoint uuid, new_secret text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF new_secret IS NULL OR new_secret !~ '^whsec_[A-Za-z0-9+/]{40,}={0,2}$' OR NOT EXISTS (
    SELECT 1 FROM webhook_endpoint e WHERE e.id = endpoint AND (app_is_admin() OR e.service_account_id = app_user_id())) THEN
    RETURN false;
  END IF;
  INSERT INTO webhook_secret AS s (endpoint_id, secret) VALUES (endpoint, new_secret)
  ON CONFLICT (endpoint_id) DO UPDATE
    SET previous_secret = s.secret, previous_valid_until = now() + interval '1 day', secret = excluded.secret;
  RETURN true;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_webhook_set_secret(uuid, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_webhook_set_secret(uuid, text) TO maillage_app;--> statement-breakpoint

-- Whether any enabled endpoint subscribes to one of these event types: a change nobody listens to
-- queues no job. Yes or no, to anyone signed in (it names no endpoint nor account).
CREATE FUNCTION app_webhooks_wanted(types text[]) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM webhook_endpoint e WHERE e.enabled AND e.event_types && types) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_webhooks_wanted(text[]) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_webhooks_wanted(text[]) TO maillage_app;
