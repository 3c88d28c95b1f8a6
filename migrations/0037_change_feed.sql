-- Issue 20, the change feed: what changed (object type, id, CREATED/UPDATED/DELETED, when), in commit
-- order, for systems that poll `changes(since:)` (modules/changes). Written by the database itself:
-- statement-level triggers on the objects' tables stage each statement's rows set-wise (transition
-- tables: an import of 50,000 cases stages them in one INSERT … SELECT), and one deferred trigger per
-- transaction moves them into change_log at commit, numbered there.
--
-- Why numbered at commit: a row's id is drawn from change_log_id_seq while the transaction holds the
-- advisory lock (4711, 37), which it keeps until its commit has ended. PostgreSQL releases locks after
-- the commit is visible (CommitTransaction: ProcArrayEndTransaction, then the lock release), so a
-- transaction numbers its rows only once every transaction numbered before it is visible: a reader whose
-- snapshot holds id n holds every id below n (an aborted transaction leaves a hole, never a late row). A
-- client that keeps the last id it read misses nothing and reads nothing twice, whatever the order the
-- transactions started in. One key per row (the id, in commit order) lets an index on (scope, id) serve a
-- page of a tenant's changes straight after its cursor; numbering transactions apart (a per-transaction
-- sequence number, rows carrying their txid) would make every read join and sort, unindexable by scope.
-- The lock serialises the end of the commits that change these tables (the few rows of a request: well
-- under a millisecond; an import of 100,000 rows: the insertion of its rows here).
--
-- No personal data here: kinds, ids, times, and the ids that say who may read the entry (platform,
-- organisation, département), kept on the row so that a deletion is told to those who could see the
-- object, and an update also to those who could see it before (a case moved to another organisation).

CREATE SEQUENCE change_log_id_seq AS bigint;--> statement-breakpoint
CREATE TABLE change_log (
  id bigint PRIMARY KEY,
  object_type text NOT NULL,
  object_id uuid NOT NULL,
  kind text NOT NULL,
  -- The commit's time (clock_timestamp() under the lock): never decreasing along the ids.
  changed_at timestamptz NOT NULL,
  -- Who may be told (row-level security below), as the object's own policies say, after the change (or
  -- before it, for a deletion) and, where it differed, before it: case → platform (referents), assigned
  -- organisation while open (counsellors); CLAS project → holder organisation, département once
  -- submitted (CAF); meeting → convening platform, convening CIO. Persons and meetings are also matched
  -- by their id against the reader's lists (app_parcours_person_ids(), app_meeting_ids()).
  platform_id uuid,
  prev_platform_id uuid,
  organisation_id uuid,
  prev_organisation_id uuid,
  departement_id uuid,
  CONSTRAINT change_log_object_type_check CHECK (object_type IN ('Case', 'ClasProject', 'AccompaniedPerson', 'Organisation', 'Meeting')),
  CONSTRAINT change_log_kind_check CHECK (kind IN ('CREATED', 'UPDATED', 'DELETED'))
);--> statement-breakpoint
ALTER SEQUENCE change_log_id_seq OWNED BY change_log.id;--> statement-breakpoint
-- A page after a cursor, per way of seeing an entry (row-level security's branches, combined by a
-- BitmapOr): each reads from the cursor on. Partial where rows may have no value (the planner proves
-- `x = ANY (…)` implies `x IS NOT NULL`), so that an import's new cases cost the primary key, the
-- platform's and the object's index only.
CREATE INDEX change_log_platform_idx ON change_log (platform_id, id) WHERE platform_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX change_log_organisation_idx ON change_log (organisation_id, id) WHERE organisation_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX change_log_object_idx ON change_log (object_id, id);--> statement-breakpoint
CREATE INDEX change_log_departement_idx ON change_log (departement_id, id) WHERE departement_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX change_log_prev_platform_idx ON change_log (prev_platform_id, id) WHERE prev_platform_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX change_log_prev_organisation_idx ON change_log (prev_organisation_id, id) WHERE prev_organisation_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX change_log_public_idx ON change_log (id) WHERE object_type = 'Organisation';--> statement-breakpoint

-- One row per writing transaction while it runs: inserting it queues the deferred trigger that numbers
-- the transaction's changes at commit, which deletes it. Neither table is granted to the request role.
CREATE TABLE change_tx (txid xid8 PRIMARY KEY);--> statement-breakpoint
ALTER TABLE change_tx ENABLE ROW LEVEL SECURITY;--> statement-breakpoint

-- The session's staging table (temporary: no WAL, no lock, emptied at each commit), created on first use.
CREATE FUNCTION app_change_stage() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF to_regclass('pg_temp.change_pending') IS NULL THEN
    CREATE TEMP TABLE change_pending (
      ord bigint GENERATED ALWAYS AS IDENTITY,
      object_type text NOT NULL,
      object_id uuid NOT NULL,
      -- 'I', 'U' or 'D'
      op "char" NOT NULL,
      -- The keys after the statement (before it, for 'D'), and before it (for 'U' and 'D').
      platform_id uuid,
      organisation_id uuid,
      departement_id uuid,
      before_platform_id uuid,
      before_organisation_id uuid
    ) ON COMMIT DELETE ROWS;
  END IF;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_change_stage() FROM PUBLIC;--> statement-breakpoint

-- After a statement staged `staged` rows: queues the commit trigger, once per transaction.
CREATE FUNCTION app_change_queue(staged bigint) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF staged > 0 AND coalesce(current_setting('maillage.change_queued', true), '') <> pg_current_xact_id()::text THEN
    INSERT INTO change_tx (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    PERFORM set_config('maillage.change_queued', pg_current_xact_id()::text, true);
  END IF;
END $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_change_queue(bigint) FROM PUBLIC;--> statement-breakpoint

-- At commit (deferred): one entry per object the transaction changed, numbered under the lock. An object
-- created and deleted in the transaction is left out; created then changed is CREATED; deleted is DELETED.
-- A transaction's entries share its commit: their order among themselves is the objects' (one sort,
-- that of the coalescing). Rows staged after an earlier run in the same transaction (SET CONSTRAINTS …
-- IMMEDIATE) queue another.
CREATE FUNCTION app_change_commit() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = public SET work_mem = '64MB' AS
$$ DECLARE
  moved bigint := coalesce(nullif(current_setting('maillage.change_moved', true), '')::bigint, 0);
  upto bigint;
  at timestamptz;
BEGIN
  DELETE FROM change_tx WHERE txid = pg_current_xact_id();
  PERFORM set_config('maillage.change_queued', '', true);
  IF to_regclass('pg_temp.change_pending') IS NULL THEN RETURN NULL; END IF;
  SELECT max(ord) INTO upto FROM pg_temp.change_pending;
  IF upto IS NULL OR upto <= moved THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(4711, 37);
  at := clock_timestamp();
  INSERT INTO change_log (id, object_type, object_id, kind, changed_at, platform_id, prev_platform_id, organisation_id,
                          prev_organisation_id, departement_id)
  SELECT nextval('change_log_id_seq'), s.object_type, s.object_id, s.kind, at, s.platform_id,
         CASE WHEN s.kind = 'UPDATED' THEN nullif(s.before_platform_id, s.platform_id) END, s.organisation_id,
         CASE WHEN s.kind = 'UPDATED' THEN nullif(s.before_organisation_id, s.organisation_id) END, s.departement_id
    FROM (
      SELECT g.object_type, g.object_id, g.platform_id, g.organisation_id, g.departement_id,
             g.before_platform_id, g.before_organisation_id,
             CASE WHEN g.deleted THEN 'DELETED' WHEN g.first_op = 'I' THEN 'CREATED' ELSE 'UPDATED' END AS kind,
             g.first_op = 'I' AND g.deleted AS transient
        FROM (
          SELECT p.object_type, p.object_id, p.platform_id, p.organisation_id, p.departement_id,
                 first_value(p.op) OVER w AS first_op,
                 first_value(p.before_platform_id) OVER w AS before_platform_id,
                 first_value(p.before_organisation_id) OVER w AS before_organisation_id,
                 coalesce(max(p.ord) FILTER (WHERE p.op = 'D') OVER a > coalesce(max(p.ord) FILTER (WHERE p.op = 'I') OVER a, 0), false) AS deleted,
                 lead(p.ord) OVER w IS NULL AS last
            FROM pg_temp.change_pending p
           WHERE p.ord > moved AND p.ord <= upto
          WINDOW w AS (PARTITION BY p.object_type, p.object_id ORDER BY p.ord),
                 a AS (PARTITION BY p.object_type, p.object_id)
        ) g
       WHERE g.last
    ) s
   WHERE NOT s.transient;
  PERFORM set_config('maillage.change_moved', upto::text, true);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER change_tx_commit AFTER INSERT ON change_tx DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION app_change_commit();--> statement-breakpoint

-- ─── the objects' tables ─────────────────────────────────────────────────────────────────────────
-- One function per table, one trigger per event (PostgreSQL allows transition tables on one event only).

-- Case (psad_case): seen by the platform's referents, and by the assigned organisation's counsellors
-- while open; a pending transfer's receivers are matched by id (app_incoming_transfer_case_ids()).
CREATE FUNCTION app_change_psad_case() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id)
    SELECT 'Case', n.id, 'I', n.platform_id, CASE WHEN n.status <> 'CLOS' THEN n.assigned_organisation_id END
      FROM change_new n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Case', n.id, 'U', n.platform_id, CASE WHEN n.status <> 'CLOS' THEN n.assigned_organisation_id END,
           o.platform_id, CASE WHEN o.status <> 'CLOS' THEN o.assigned_organisation_id END
      FROM change_new n JOIN change_old o ON o.id = n.id;
  ELSE
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Case', o.id, 'D', o.platform_id, CASE WHEN o.status <> 'CLOS' THEN o.assigned_organisation_id END,
           o.platform_id, CASE WHEN o.status <> 'CLOS' THEN o.assigned_organisation_id END
      FROM change_old o;
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER psad_case_change_insert AFTER INSERT ON psad_case REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_psad_case();--> statement-breakpoint
CREATE TRIGGER psad_case_change_update AFTER UPDATE ON psad_case REFERENCING OLD TABLE AS change_old NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_psad_case();--> statement-breakpoint
CREATE TRIGGER psad_case_change_delete AFTER DELETE ON psad_case REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_psad_case();--> statement-breakpoint

-- A young person is read as part of their cases: a change of theirs is a change of each of their cases.
CREATE FUNCTION app_change_young_person() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
  SELECT 'Case', c.id, 'U', c.platform_id, CASE WHEN c.status <> 'CLOS' THEN c.assigned_organisation_id END,
         c.platform_id, CASE WHEN c.status <> 'CLOS' THEN c.assigned_organisation_id END
    FROM psad_case c WHERE c.young_person_id IN (SELECT n.id FROM change_new n);
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER young_person_change_update AFTER UPDATE ON young_person REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_young_person();--> statement-breakpoint

-- ClasProject: seen by the holder organisation's CLAS_HOLDERs, and by the département's CAF officers
-- once submitted (its département is kept only then).
CREATE FUNCTION app_change_clas_project() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, organisation_id, departement_id)
    SELECT 'ClasProject', n.id, 'I', n.organisation_id, CASE WHEN n.status <> 'BROUILLON' THEN n.departement_id END
      FROM change_new n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, organisation_id, departement_id, before_organisation_id)
    SELECT 'ClasProject', n.id, 'U', n.organisation_id, CASE WHEN n.status <> 'BROUILLON' THEN n.departement_id END, o.organisation_id
      FROM change_new n JOIN change_old o ON o.id = n.id;
  ELSE
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, organisation_id, departement_id, before_organisation_id)
    SELECT 'ClasProject', o.id, 'D', o.organisation_id, CASE WHEN o.status <> 'BROUILLON' THEN o.departement_id END, o.organisation_id
      FROM change_old o;
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER clas_project_change_insert AFTER INSERT ON clas_project REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_clas_project();--> statement-breakpoint
CREATE TRIGGER clas_project_change_update AFTER UPDATE ON clas_project REFERENCING OLD TABLE AS change_old NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_clas_project();--> statement-breakpoint
CREATE TRIGGER clas_project_change_delete AFTER DELETE ON clas_project REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_clas_project();--> statement-breakpoint

-- Organisation: the directory, read by every signed-in actor.
CREATE FUNCTION app_change_organisation() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  IF TG_OP = 'DELETE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op) SELECT 'Organisation', o.id, 'D' FROM change_old o;
  ELSE
    INSERT INTO pg_temp.change_pending (object_type, object_id, op)
    SELECT 'Organisation', n.id, CASE WHEN TG_OP = 'INSERT' THEN 'I' ELSE 'U' END::"char" FROM change_new n;
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER organisation_change_insert AFTER INSERT ON organisation REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_organisation();--> statement-breakpoint
CREATE TRIGGER organisation_change_update AFTER UPDATE ON organisation REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_organisation();--> statement-breakpoint
CREATE TRIGGER organisation_change_delete AFTER DELETE ON organisation REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_organisation();--> statement-breakpoint

-- AccompaniedPerson: seen by the users on the person's liste d'accompagnement, matched by id when read.
-- Its list and its références are read with it: a change there is a change of the person (and an entry
-- added to the list is how a newly listed account learns of the person).
CREATE FUNCTION app_change_accompanied_person() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  IF TG_TABLE_NAME = 'accompanied_person' AND TG_OP = 'DELETE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op) SELECT 'AccompaniedPerson', o.id, 'D' FROM change_old o;
  ELSIF TG_TABLE_NAME = 'accompanied_person' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op)
    SELECT 'AccompaniedPerson', n.id, CASE WHEN TG_OP = 'INSERT' THEN 'I' ELSE 'U' END::"char" FROM change_new n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op)
    SELECT DISTINCT 'AccompaniedPerson', o.person_id, 'U'::"char" FROM change_old o;
  ELSE
    INSERT INTO pg_temp.change_pending (object_type, object_id, op)
    SELECT DISTINCT 'AccompaniedPerson', n.person_id, 'U'::"char" FROM change_new n;
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER accompanied_person_change_insert AFTER INSERT ON accompanied_person REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER accompanied_person_change_update AFTER UPDATE ON accompanied_person REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER accompanied_person_change_delete AFTER DELETE ON accompanied_person REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER accompaniment_member_change_insert AFTER INSERT ON accompaniment_member REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER accompaniment_member_change_update AFTER UPDATE ON accompaniment_member REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER accompaniment_member_change_delete AFTER DELETE ON accompaniment_member REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER parcours_reference_change_insert AFTER INSERT ON parcours_reference REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER parcours_reference_change_update AFTER UPDATE ON parcours_reference REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint
CREATE TRIGGER parcours_reference_change_delete AFTER DELETE ON parcours_reference REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_accompanied_person();--> statement-breakpoint

-- Meeting: seen by whoever app_meeting_ids() names (matched by id when read), and by the convening
-- platform's referents and the convening CIO's direction and PsyEn (kept on the row). Its platforms and
-- invitees are read with it, and decide who sees it: a change there is a change of the meeting.
CREATE FUNCTION app_change_meeting() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$ DECLARE staged bigint;
BEGIN
  PERFORM app_change_stage();
  IF TG_TABLE_NAME = 'meeting' AND TG_OP = 'INSERT' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id)
    SELECT 'Meeting', n.id, 'I', n.platform_id, n.cio_id FROM change_new n;
  ELSIF TG_TABLE_NAME = 'meeting' AND TG_OP = 'UPDATE' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Meeting', n.id, 'U', n.platform_id, n.cio_id, o.platform_id, o.cio_id FROM change_new n JOIN change_old o ON o.id = n.id;
  ELSIF TG_TABLE_NAME = 'meeting' THEN
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Meeting', o.id, 'D', o.platform_id, o.cio_id, o.platform_id, o.cio_id FROM change_old o;
  ELSIF TG_OP = 'DELETE' THEN
    -- A meeting's own deletion removes these rows too: the meeting is gone, its DELETED says it.
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Meeting', m.id, 'U', m.platform_id, m.cio_id, m.platform_id, m.cio_id
      FROM meeting m WHERE m.id IN (SELECT o.meeting_id FROM change_old o);
  ELSE
    INSERT INTO pg_temp.change_pending (object_type, object_id, op, platform_id, organisation_id, before_platform_id, before_organisation_id)
    SELECT 'Meeting', m.id, 'U', m.platform_id, m.cio_id, m.platform_id, m.cio_id
      FROM meeting m WHERE m.id IN (SELECT n.meeting_id FROM change_new n);
  END IF;
  GET DIAGNOSTICS staged = ROW_COUNT;
  PERFORM app_change_queue(staged);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER meeting_change_insert AFTER INSERT ON meeting REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_change_update AFTER UPDATE ON meeting REFERENCING OLD TABLE AS change_old NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_change_delete AFTER DELETE ON meeting REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_platform_change_insert AFTER INSERT ON meeting_platform REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_platform_change_update AFTER UPDATE ON meeting_platform REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_platform_change_delete AFTER DELETE ON meeting_platform REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_invitee_change_insert AFTER INSERT ON meeting_invitee REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_invitee_change_update AFTER UPDATE ON meeting_invitee REFERENCING NEW TABLE AS change_new
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint
CREATE TRIGGER meeting_invitee_change_delete AFTER DELETE ON meeting_invitee REFERENCING OLD TABLE AS change_old
  FOR EACH STATEMENT EXECUTE FUNCTION app_change_meeting();--> statement-breakpoint

-- What exists already is in the feed from its start, as CREATED at its creation time (oldest first).
INSERT INTO change_log (id, object_type, object_id, kind, changed_at, platform_id, organisation_id, departement_id)
SELECT nextval('change_log_id_seq'), e.object_type, e.object_id, 'CREATED', e.created_at, e.platform_id, e.organisation_id, e.departement_id
  FROM (
    SELECT 'Organisation' AS object_type, o.id AS object_id, o.created_at, NULL::uuid AS platform_id, NULL::uuid AS organisation_id, NULL::uuid AS departement_id
      FROM organisation o
    UNION ALL
    SELECT 'Case', c.id, c.created_at, c.platform_id, CASE WHEN c.status <> 'CLOS' THEN c.assigned_organisation_id END, NULL
      FROM psad_case c
    UNION ALL
    SELECT 'ClasProject', p.id, p.created_at, NULL, p.organisation_id, CASE WHEN p.status <> 'BROUILLON' THEN p.departement_id END
      FROM clas_project p
    UNION ALL
    SELECT 'AccompaniedPerson', a.id, a.created_at, NULL, NULL, NULL FROM accompanied_person a
    UNION ALL
    SELECT 'Meeting', m.id, m.created_at, m.platform_id, m.cio_id, NULL FROM meeting m
    ORDER BY 3, 2
  ) e;--> statement-breakpoint

-- Who reads an entry: whoever may read the object, by the same rules as the object's own policies (see
-- the columns above). The scope functions run once per query (scalar sub-selects, as in migration 0006).
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT ON change_log TO maillage_app;--> statement-breakpoint
CREATE POLICY change_log_read ON change_log FOR SELECT TO maillage_app USING (
  object_type = 'Organisation'
  OR (object_type IN ('Case', 'Meeting') AND (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])
    OR prev_platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[])))
  OR (object_type = 'Case' AND (organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[])
    OR prev_organisation_id = ANY ((SELECT app_org_ids_with_role('COUNSELLOR'))::uuid[])
    OR object_id = ANY ((SELECT app_incoming_transfer_case_ids())::uuid[])))
  OR (object_type = 'ClasProject' AND (organisation_id = ANY ((SELECT app_org_ids_with_role('CLAS_HOLDER'))::uuid[])
    OR departement_id = ANY ((SELECT app_caf_departement_ids())::uuid[])))
  OR (object_type = 'AccompaniedPerson' AND object_id = ANY ((SELECT app_parcours_person_ids())::uuid[]))
  OR (object_type = 'Meeting' AND (object_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR organisation_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[])))
);--> statement-breakpoint
-- A key acting for some platforms is told of their cases only (as psad_case_api_key_platforms, migration
-- 0035, whose setting it reads; inline rather than app_key_allows_platform(), evaluated once per query).
CREATE POLICY change_log_api_key_platforms ON change_log AS RESTRICTIVE FOR SELECT TO maillage_app USING (
  object_type <> 'Case'
  OR (SELECT coalesce(current_setting('maillage.key_platform_ids', true), '')) = ''
  OR platform_id::text = ANY ((SELECT string_to_array(current_setting('maillage.key_platform_ids', true), ','))::text[])
);
