CREATE TABLE "siei_import_row" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"new_id" uuid NOT NULL,
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
ALTER TABLE "siei_import_row" ADD CONSTRAINT "siei_import_row_import_id_siei_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."siei_import"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Personal data: row-level security on, and no grant to the request role at all. The import service
-- stages and reads these rows as the owner, only after checking that the actor is a referent of the
-- import's platform.
ALTER TABLE "siei_import_row" ENABLE ROW LEVEL SECURITY;
