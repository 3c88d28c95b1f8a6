ALTER TABLE "siei_import" ADD COLUMN "preview" jsonb;--> statement-breakpoint
ALTER TABLE "siei_import" ADD COLUMN "rejected_lines" jsonb;