-- PostgreSQL settings for the benchmarks on a 2-core, 24 GB machine (the national data set is about
-- 600 MB). With Debian's defaults (shared_buffers 128MB, work_mem 4MB) a 100,000-row import writes
-- its own dirty pages out and sorts in temporary files. Apply, then restart the server:
--   psql -h 127.0.0.1 -U postgres -f bench/postgresql.bench.sql && pg_ctlcluster 15 main restart
-- Undo: ALTER SYSTEM RESET ALL; then restart. Each run's report lists the settings it ran with.
ALTER SYSTEM SET shared_buffers = '4GB';
ALTER SYSTEM SET effective_cache_size = '12GB';
ALTER SYSTEM SET work_mem = '16MB';
ALTER SYSTEM SET maintenance_work_mem = '512MB';
ALTER SYSTEM SET max_wal_size = '4GB';
ALTER SYSTEM SET checkpoint_timeout = '15min';
ALTER SYSTEM SET random_page_cost = '1.1';
-- Compiling a plan to machine code costs tens of milliseconds and pays back only on long analytic
-- queries: the dashboard's and the worklists' are short.
ALTER SYSTEM SET jit = 'off';
-- Some images ship with autovacuum off; without it nothing keeps the visibility map or the statistics current.
ALTER SYSTEM SET autovacuum = 'on';
