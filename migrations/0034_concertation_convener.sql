-- custom SQL: a contract's concertations are managed on the meeting page like any other meeting
-- Who convenes a meeting, said once: the referents of its platform; the direction team of its CIO, or the
-- PsyEn of the CIO who scheduled it; the staff of the centre whose contract it belongs to (issue 19).
-- Migration 0032 let the centre's staff write the meeting itself but not its invitees, agenda, decisions
-- nor actions, whose policies still spelled the rule of migration 0028 without the contracts.
CREATE FUNCTION app_convenes_meeting(of_meeting uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM meeting m WHERE m.id = of_meeting AND (
     m.platform_id = ANY (app_referent_platform_ids())
     OR m.cio_id = ANY (app_orientation_direction_cio_ids())
     OR (m.cio_id = ANY (app_org_ids_with_role('PSYEN')) AND m.created_by = app_user_id())
     OR m.cpms_contract_id = ANY (app_cpms_staff_contract_ids()))) $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_convenes_meeting(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_convenes_meeting(uuid) TO maillage_app;--> statement-breakpoint
ALTER POLICY meeting_invitee_convener ON meeting_invitee
  USING (app_convenes_meeting(meeting_id)) WITH CHECK (app_convenes_meeting(meeting_id));--> statement-breakpoint
ALTER POLICY meeting_agenda_item_convener ON meeting_agenda_item
  USING (app_convenes_meeting(meeting_id)) WITH CHECK (app_convenes_meeting(meeting_id));--> statement-breakpoint
ALTER POLICY meeting_decision_convener ON meeting_decision
  USING (app_convenes_meeting(meeting_id)) WITH CHECK (app_convenes_meeting(meeting_id));--> statement-breakpoint
ALTER POLICY meeting_action_convener ON meeting_action
  USING (app_convenes_meeting(meeting_id)) WITH CHECK (app_convenes_meeting(meeting_id));
