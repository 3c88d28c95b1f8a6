ALTER TABLE "meeting" DROP CONSTRAINT "meeting_kind_check";--> statement-breakpoint
ALTER TABLE "meeting" ALTER COLUMN "platform_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "cio_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "parcours" text;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_cio_id_organisation_id_fk" FOREIGN KEY ("cio_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_cio_starts_idx" ON "meeting" USING btree ("cio_id","starts_at") WHERE cio_id is not null;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_convener_check" CHECK (num_nonnulls(platform_id, cio_id) = 1);--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_cio_kind_check" CHECK ((cio_id is not null) = (kind in ('CONCERTATION_PROJET', 'ACTION_THEMATIQUE')));--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_parcours_check" CHECK (parcours is null or parcours in ('AVENIR', 'CITOYEN'));--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_parcours_kind_check" CHECK ((parcours is not null) = (kind = 'ACTION_THEMATIQUE'));--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_kind_check" CHECK (kind in ('COTECH', 'BILATERALE', 'MULTILATERALE', 'INTER_PSAD', 'COPIL_BASSIN', 'COPIL_REGIONAL', 'CONCERTATION_PROJET', 'ACTION_THEMATIQUE'));--> statement-breakpoint
-- ─── instances: meetings a CIO convenes (issue 18) ───────────────────────────────────────────────
-- A concertation sur projet or a thematic action belongs to a CIO: its PsyEn and its direction team
-- (app_orientation_direction_cio_ids, migration 0025) read it; the direction team and the PsyEn who
-- scheduled it change it. A platform's meetings keep exactly their rules. A CIO meeting gathers no
-- platform and examines no case (meeting_platform and meeting_situation stay the platforms').

-- The meetings the caller sees: as before (migration 0021), plus those of the CIOs whose direction team
-- they are in or where they are a PsyEn.
CREATE OR REPLACE FUNCTION app_meeting_ids() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  RETURN (SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
    SELECT mp.meeting_id AS id FROM meeting_platform mp WHERE mp.platform_id = ANY (app_referent_platform_ids())
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.user_id = app_user_id()
    UNION ALL
    SELECT i.meeting_id FROM meeting_invitee i WHERE i.organisation_id = ANY (app_org_ids())
    UNION ALL
    SELECT m.id FROM meeting m
     WHERE m.cio_id = ANY (app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))) seen);
END $$;--> statement-breakpoint
-- Meetings: read by whoever app_meeting_ids() names (a new CIO meeting too, before that function sees
-- it); written by the referents of the convening platform, or by the convening CIO's direction team and
-- the PsyEn of the CIO who scheduled it.
ALTER POLICY meeting_read ON meeting
  USING (id = ANY ((SELECT app_meeting_ids())::uuid[]) OR (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id())))
    OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN'))::uuid[]));--> statement-breakpoint
ALTER POLICY meeting_convener ON meeting
  USING (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id())))
  WITH CHECK (platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND created_by = (SELECT app_user_id())));--> statement-breakpoint
ALTER POLICY meeting_invitee_read ON meeting_invitee
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_invitee_convener ON meeting_invitee
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_agenda_item_read ON meeting_agenda_item
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_agenda_item_convener ON meeting_agenda_item
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_decision_read ON meeting_decision
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_decision_convener ON meeting_decision
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_action_read ON meeting_action
  USING (meeting_id = ANY ((SELECT app_meeting_ids())::uuid[])
    OR EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));--> statement-breakpoint
ALTER POLICY meeting_action_convener ON meeting_action
  USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))))
  WITH CHECK (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id AND (m.platform_id = ANY ((SELECT app_referent_platform_ids())::uuid[]) OR m.cio_id = ANY ((SELECT app_orientation_direction_cio_ids())::uuid[]) OR (m.cio_id = ANY ((SELECT app_org_ids_with_role('PSYEN'))::uuid[]) AND m.created_by = (SELECT app_user_id())))));
