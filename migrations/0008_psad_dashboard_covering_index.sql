-- The dashboard reads every case of a platform (2,000 on the largest national one) and its
-- 16–17-year-olds. Through the heap they sit on as many pages as rows (1,700 and 900 pages for the
-- largest platform); with every column the dashboard reads in the index, an index-only scan reads
-- about 40 and 10 pages wherever the visibility map marks the heap's pages all-visible (VACUUM,
-- autovacuum). The price: updates that change one of these columns are no longer HOT (status and
-- assigned_organisation_id were indexed already; first_attempt_at, reached_at, solution_type… now are).
CREATE INDEX "psad_case_dashboard_idx" ON "psad_case" USING btree ("platform_id","campaign")
  INCLUDE ("status","source","signal_source","solution_type","close_outcome","assigned_organisation_id","young_person_id",
           "created_at","assigned_at","first_attempt_at","reached_at","solution_at");--> statement-breakpoint
DROP INDEX "young_person_platform_birth_idx";--> statement-breakpoint
CREATE INDEX "young_person_platform_birth_idx" ON "young_person" USING btree ("platform_id","birth_date") INCLUDE ("id");
