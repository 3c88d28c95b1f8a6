-- Issue 20, the import: a previewed list's rows are no longer staged. The confirm reads the stored file
-- again, matches its rows in memory and writes them with COPY (modules/psad/import/list-writes.ts).
DROP TABLE siei_import_row;
