-- custom SQL: trusted documents (issue 20). The GraphQL documents a service account's keys may send by
-- their id (`documentId`, the GraphQL-over-HTTP persisted documents practice) instead of their text; a
-- key restricted to trusted documents sends nothing else. The id is `sha256:` and the lower-case hex of
-- the SHA-256 of the document's text. No personal data: GraphQL texts, written by administrators.
CREATE TABLE "trusted_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_account_id" uuid NOT NULL,
	"document_id" text NOT NULL,
	"body" text NOT NULL,
	"operation_names" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trusted_document_id_check" CHECK (document_id ~ '^sha256:[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "trusted_document" ADD CONSTRAINT "trusted_document_service_account_id_app_user_id_fk" FOREIGN KEY ("service_account_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_document" ADD CONSTRAINT "trusted_document_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_document_account_document_key" ON "trusted_document" USING btree ("service_account_id","document_id");--> statement-breakpoint
-- Administrators register, list and remove; the lookup of a request's document is the server's, before
-- the request's transaction (core/graphql/trusted-documents.ts), outside row-level security.
ALTER TABLE trusted_document ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY trusted_document_admin ON trusted_document FOR ALL TO maillage_app
  USING (app_is_admin()) WITH CHECK (app_is_admin());--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON trusted_document TO maillage_app;
