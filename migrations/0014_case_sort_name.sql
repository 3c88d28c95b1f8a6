-- A platform's worklist in name order (the default) sorted every case of the platform joined to its
-- young person under row-level security, to keep 50: 2,000 cases on the largest national platform,
-- more after each campaign. The name is now kept on the case, in the worklist's order (collated "C",
-- as the sort key the cursors hold), and an index gives a page by reading that page only.
ALTER TABLE "psad_case" ADD COLUMN "sort_name" text COLLATE "C";--> statement-breakpoint
UPDATE "psad_case" c SET "sort_name" = y.last_name || chr(1) || y.first_names FROM "young_person" y WHERE y.id = c.young_person_id;--> statement-breakpoint
CREATE INDEX "psad_case_platform_name_idx" ON "psad_case" USING btree ("platform_id","sort_name","id");--> statement-breakpoint

-- Kept by the database, whoever writes: a case takes its person's name when it is written without one
-- or moves to another person (a merge); a person's new name reaches all their cases, on every
-- platform. Definer rights: the cases of a person are not all visible to whoever renames them.
CREATE FUNCTION app_case_sort_name() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  SELECT y.last_name || chr(1) || y.first_names INTO NEW.sort_name FROM young_person y WHERE y.id = NEW.young_person_id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER psad_case_sort_name_insert BEFORE INSERT ON psad_case FOR EACH ROW
  WHEN (NEW.sort_name IS NULL) EXECUTE FUNCTION app_case_sort_name();--> statement-breakpoint
CREATE TRIGGER psad_case_sort_name_person BEFORE UPDATE OF young_person_id ON psad_case FOR EACH ROW
  WHEN (NEW.young_person_id IS DISTINCT FROM OLD.young_person_id) EXECUTE FUNCTION app_case_sort_name();--> statement-breakpoint
CREATE FUNCTION app_person_sort_name() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  UPDATE psad_case SET sort_name = NEW.last_name || chr(1) || NEW.first_names WHERE young_person_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER young_person_sort_name AFTER UPDATE OF last_name, first_names ON young_person FOR EACH ROW
  WHEN (NEW.last_name IS DISTINCT FROM OLD.last_name OR NEW.first_names IS DISTINCT FROM OLD.first_names)
  EXECUTE FUNCTION app_person_sort_name();--> statement-breakpoint

-- A page of a platform's worklist in name order, after a cursor (sort key, id): the ids and keys
-- only, read off the index as the owner, for a referent of the platform and no one else (the check
-- the referent policy makes). The page's statement then reads those rows under row-level security.
CREATE FUNCTION app_case_page_by_name(platform uuid, after_key text, after_id uuid, page_size integer)
  RETURNS TABLE (id uuid, sort_key text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT c.id, c.sort_name FROM psad_case c
   WHERE c.platform_id = platform AND platform = ANY (app_referent_platform_ids())
     AND (c.sort_name, c.id) > (coalesce(after_key, ''), coalesce(after_id, '00000000-0000-0000-0000-000000000000'))
   ORDER BY c.sort_name, c.id LIMIT page_size $$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION app_case_page_by_name(uuid, text, uuid, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_case_page_by_name(uuid, text, uuid, integer) TO maillage_app;
