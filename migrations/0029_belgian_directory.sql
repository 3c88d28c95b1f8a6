ALTER TABLE "membership" DROP CONSTRAINT "membership_roles_check";--> statement-breakpoint
ALTER TABLE "organisation" DROP CONSTRAINT "organisation_kind_check";--> statement-breakpoint
ALTER TABLE "territory" DROP CONSTRAINT "territory_kind_check";--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "fase" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "time_zone" text DEFAULT 'Europe/Paris' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_fase_key" ON "organisation" USING btree ("fase");--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_roles_check" CHECK (cardinality(roles) > 0 and roles <@ array['ADMIN', 'PSAD_REFERENT', 'COUNSELLOR', 'CAF_OFFICER', 'CLAS_HOLDER', 'SOCIAL_WORKER', 'VIEWER', 'REGIONAL_COORDINATOR', 'PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD', 'CPMS_DIRECTOR', 'CPMS_AGENT', 'DCO', 'CENTRAL_ANALYST', 'SERVICE_ACCOUNT']::text[]);--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_fase_check" CHECK (fase is null or kind = 'ECOLE');--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_time_zone_check" CHECK (time_zone in ('Europe/Paris', 'Europe/Brussels'));--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_kind_check" CHECK (kind in ('EPLE', 'CIO', 'MISSION_LOCALE', 'MLDS', 'CFA', 'MFR', 'PJJ', 'DAAF', 'DEFENSE', 'CAF', 'CPMS', 'ECOLE', 'ZONE_DCO', 'ADMINISTRATION_CENTRALE', 'ASSOCIATION', 'CENTRE_SOCIAL', 'SERVICE_SOCIAL', 'COLLECTIVITE', 'OTHER'));--> statement-breakpoint
ALTER TABLE "territory" ADD CONSTRAINT "territory_kind_check" CHECK (kind in ('REGION', 'DEPARTEMENT', 'BASSIN', 'ZONE', 'COMMUNE'));--> statement-breakpoint
-- The CPMS already in the directory are Belgian (issue 19): their clocks read Europe/Brussels.
UPDATE organisation SET time_zone = 'Europe/Brussels' WHERE kind = 'CPMS';--> statement-breakpoint
-- identity's view of its organisations shows the new columns too (appended: a view keeps its column order).
CREATE OR REPLACE VIEW organisation_directory WITH (security_invoker = true) AS
  SELECT id, name, search_name, kind, uai, lycee_tete_de_reseau, address, postal_code, commune_insee, commune_name, territory_id,
         email, phone, website, active, version, created_at, updated_at, fase, time_zone
    FROM organisation;
