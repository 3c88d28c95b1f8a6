-- UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits, with the
-- version set to 7. Ids of rows written by the hundred thousand follow the order they are written
-- in, so that new rows go to the last pages of their indexes (PostgreSQL 18 has uuidv7(); 15 does not).
CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS
$$ SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
     PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid $$;--> statement-breakpoint
CREATE TABLE "siei_import_row" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"new_id" uuid DEFAULT uuid_v7() NOT NULL,
	"ine" text,
	"last_name" text NOT NULL,
	"first_names" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text,
	"address" text,
	"postal_code" text,
	"commune" text,
	"phone" text,
	"email" text,
	"last_school_uai" text,
	"last_formation" text,
	"school_exit_date" date,
	"highest_diploma" text,
	"match_key" text NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "siei_import_row_import_id_line_pk" PRIMARY KEY("import_id","line")
);
--> statement-breakpoint
ALTER TABLE "case_event" ALTER COLUMN "id" SET DEFAULT uuid_v7();--> statement-breakpoint
ALTER TABLE "contact_attempt" ALTER COLUMN "id" SET DEFAULT uuid_v7();--> statement-breakpoint
ALTER TABLE "psad_case" ALTER COLUMN "id" SET DEFAULT uuid_v7();--> statement-breakpoint
ALTER TABLE "young_person" ALTER COLUMN "id" SET DEFAULT uuid_v7();--> statement-breakpoint
ALTER TABLE "siei_import_row" ADD CONSTRAINT "siei_import_row_import_id_siei_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."siei_import"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Personal data: row-level security on, and no grant to the request role at all. The import service
-- stages and reads these rows as the owner, only after checking that the actor is a referent of the
-- import's platform.
ALTER TABLE "siei_import_row" ENABLE ROW LEVEL SECURITY;