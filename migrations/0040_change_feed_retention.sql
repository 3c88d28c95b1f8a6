-- The change feed's retention (issue 20, migration 0037): the change-feed-purge job (modules/changes/purge.ts)
-- deletes the entries older than CHANGE_FEED_RETENTION_DAYS, oldest first, in batches, so that change_log
-- does not grow forever. A client whose cursor points into what was purged must not be answered as if
-- nothing had happened there: the purge keeps its horizon here, and `changes(since:)` refuses a cursor
-- below it (BAD_USER_INPUT on `since`, « curseur expiré »), while the empty cursor starts at the oldest
-- entry kept.
--
-- The purge deletes a prefix of the ids (up to the first entry not older than the limit): every id up to
-- purged_through_id is gone, every id above it is kept. A cursor at or above it missed nothing; one below
-- it may have missed what was purged. Each batch writes its horizon in its own transaction, so that a
-- reader, whose one statement reads the horizon and the page in one snapshot, sees both as of the same
-- batch.
--
-- TRUNCATE of the objects' tables (psad_case, young_person, clas_project, organisation,
-- accompanied_person, accompaniment_member, parcours_reference, meeting, meeting_platform,
-- meeting_invitee) is not logged, and no trigger refuses it. A TRUNCATE trigger fires once per statement
-- with no transition table, so it could not name the objects that went; refusing TRUNCATE unless a session
-- setting allows it would break the test fixtures that empty these tables. The request role holds no
-- TRUNCATE privilege: only the owner truncates (a restore, maintenance, a test). Whoever does so on a
-- database that partners follow should expire every cursor, so that they resynchronise rather than keep
-- objects that no longer exist:
--   UPDATE change_log_horizon SET purged_through_id = (SELECT max(id) FROM change_log), purged_before = now(), purged_at = now();
--
-- No personal data here: an id and two times.

CREATE TABLE change_log_horizon (
  -- One row, always there (inserted below): a reader joins it whatever the purge has done.
  single boolean PRIMARY KEY DEFAULT true,
  -- Every change_log id up to this one has been purged (0: none).
  purged_through_id bigint NOT NULL DEFAULT 0,
  -- The retention limit of the purge that last moved the horizon: the changes committed before it are
  -- the ones purged (what the expired-cursor error tells the client).
  purged_before timestamptz,
  -- When that purge's last batch ran.
  purged_at timestamptz,
  CONSTRAINT change_log_horizon_single_check CHECK (single),
  CONSTRAINT change_log_horizon_purged_check CHECK ((purged_through_id = 0) = (purged_before IS NULL))
);--> statement-breakpoint
INSERT INTO change_log_horizon DEFAULT VALUES;--> statement-breakpoint
-- Read by every request of the feed (no personal data: the same row for everyone); written by the owner
-- only (the purge job).
ALTER TABLE change_log_horizon ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON change_log_horizon TO maillage_app;--> statement-breakpoint
CREATE POLICY change_log_horizon_read ON change_log_horizon FOR SELECT TO maillage_app USING (true);--> statement-breakpoint

-- The feed's head in the reader's snapshot: the highest id of change_log, whoever may read it (or the
-- horizon, when the purge left none). change_log is numbered at commit under a lock (0037), so a snapshot
-- that holds this id holds every id below it: a reader that found nothing more for it up to the head may
-- keep the head as its cursor. Its cursor then follows the feed even when none of its objects change, and
-- does not fall behind the horizon while it keeps polling. An id, nothing of what it names.
CREATE FUNCTION app_change_log_head() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT greatest((SELECT max(c.id) FROM change_log c), (SELECT h.purged_through_id FROM change_log_horizon h), 0) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_change_log_head() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_change_log_head() TO maillage_app;
