-- Row-level security helpers that read the caller's roles once, not once per row scanned.
--
-- app_org_ids_with_role() parses the actor's roles (a setting) each time it is called. Inside a query
-- that scans rows, `o.id = ANY (app_org_ids_with_role(...))` in a filter is called again for each row:
-- app_orientation_direction_cio_ids() took ~3 ms at every call (400 CIO rows of the national data set),
-- even for a caller who holds neither IEN_IO nor CIO_DIRECTOR, and app_meeting_ids() calls it. Both
-- are evaluated for every read of the change feed (migration 0037's policy) and of meetings. The
-- arrays are now read once into variables, and a caller without either role gets the empty list at once.
-- Same results as before (migrations 0025 and 0032).
CREATE OR REPLACE FUNCTION app_orientation_direction_cio_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  inspected uuid[] := app_org_ids_with_role('IEN_IO');
  directed uuid[] := app_org_ids_with_role('CIO_DIRECTOR');
BEGIN
  IF cardinality(inspected) = 0 AND cardinality(directed) = 0 THEN RETURN '{}'; END IF;
  RETURN (WITH RECURSIVE up AS (
      SELECT t.id, t.parent_id, t.kind FROM organisation o JOIN territory t ON t.id = o.territory_id
       WHERE o.id = ANY (inspected)
      UNION
      SELECT p.id, p.parent_id, p.kind FROM up JOIN territory p ON p.id = up.parent_id
    ), down AS (
      SELECT id FROM up WHERE kind = 'DEPARTEMENT'
      UNION
      SELECT t.id FROM down JOIN territory t ON t.parent_id = down.id
    )
    SELECT coalesce(array_agg(o.id), '{}') FROM organisation o
     WHERE o.kind = 'CIO'
       AND (o.id = ANY (directed) OR o.territory_id IN (SELECT id FROM down)));
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_meeting_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  platforms uuid[] := app_referent_platform_ids();
  orgs uuid[] := app_org_ids();
  cios uuid[] := app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN');
  contracts uuid[] := app_cpms_contract_ids();
  me uuid := app_user_id();
BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
    SELECT mp.meeting_id AS id FROM meeting_platform mp WHERE mp.platform_id = ANY (platforms)
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.user_id = me
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.organisation_id = ANY (orgs)
    UNION ALL
    SELECT m.id FROM meeting m WHERE m.cio_id = ANY (cios)
    UNION ALL
    SELECT m.id FROM meeting m WHERE m.cpms_contract_id = ANY (contracts)) seen);
END $$;
