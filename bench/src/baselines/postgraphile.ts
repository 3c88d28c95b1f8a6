/**
 * PostGraphile 5 (amber preset) on the same database and tables, as the database owner (no row-level
 * security, no authentication, no audit), for Q1–Q3. Its connections order and filter on the table's own
 * columns only (`condition` is equality), so the worklist's status list and name search go through one
 * bench-only SQL function (inlined by PostgreSQL), in the name order the API uses (psad_case.sort_name,
 * on its index), as a PostGraphile user would write it.
 */
import './node20-polyfill.js';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

export { PGL_DOCUMENTS } from './postgraphile-documents.js';

/** The schema of the bench-only function; dropped with the run's database. */
export const PGL_SCHEMA = 'bench_pgl';

/** Created by the owner before PostGraphile starts: the worklist as a set-returning function (a connection with totalCount). */
export const WORKLIST_FUNCTION_SQL = `
create schema if not exists ${PGL_SCHEMA};
create or replace function ${PGL_SCHEMA}.worklist(platform uuid, statuses text[] default null, pattern text default null)
returns setof public.psad_case language sql stable as $$
  select c.* from public.psad_case c
  where c.platform_id = platform and (statuses is null or c.status = any(statuses))
    and (pattern is null or exists (select 1 from public.young_person y where y.id = c.young_person_id and y.search_text ilike pattern))
  order by c.sort_name, c.id
$$;`;

export function pglPreset(connectionString: string): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString, schemas: ['public', PGL_SCHEMA], poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
}

export async function preparePglDatabase(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(WORKLIST_FUNCTION_SQL);
  } finally {
    await client.end();
  }
}

/** As a child process of run.ts: BENCH_DATABASE_URL, PORT; prints `listening <port>`. */
async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL');
  await preparePglDatabase(url);
  const pgl = postgraphile(pglPreset(url));
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await serv.ready();
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
  const stop = () => {
    server.close();
    void Promise.resolve(pgl.release()).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
