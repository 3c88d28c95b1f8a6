/**
 * The raw floor: a bare Fastify app, one hand-written SQL statement per route through `pg` (or PGlite),
 * as the database owner (no row-level security, no authentication, no audit), building in SQL the same
 * JSON the API answers for Q1–Q3. Whatever the API adds on top is the price of its layers.
 */
import { pathToFileURL } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { searchKey } from '@maillage/shared';

export interface SqlRunner {
  /** Runs one statement and returns its first row's first column. */
  one(text: string, params: unknown[]): Promise<string>;
  close(): Promise<void>;
}

export function pgRunner(databaseUrl: string, max = 10): SqlRunner {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  return {
    async one(text, params) {
      const res = await pool.query({ text, values: params, rowMode: 'array' });
      return (res.rows[0] as unknown[])[0] as string;
    },
    close: () => pool.end(),
  };
}

export async function pgliteRunner(dataDir: string): Promise<SqlRunner> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  return {
    async one(text, params) {
      const res = await db.query<unknown[]>(text, params, { rowMode: 'array' });
      return res.rows[0]![0] as string;
    },
    close: () => db.close(),
  };
}

const person = `json_build_object('id', y.id, 'lastName', y.last_name, 'firstNames', y.first_names, 'birthDate', y.birth_date, 'commune', y.commune)`;
const partner = `case when o.id is null then null else json_build_object('id', o.id, 'name', o.name) end`;
const attempts = (
  caseId: string,
) => `coalesce((select json_agg(json_build_object('attemptedAt', a.attempted_at, 'channel', a.channel, 'result', a.result) order by a.attempted_at, a.created_at)
      from contact_attempt a where a.case_id = ${caseId}), '[]'::json)`;

export const SQL = {
  q1: `select json_build_object('data', json_build_object('case', (
    select json_build_object('id', c.id, 'status', c.status, 'version', c.version, 'lastAttemptAt', c.last_attempt_at,
      'platform', json_build_object('id', p.id, 'name', p.name), 'youngPerson', ${person}, 'assignedOrganisation', ${partner})
    from psad_case c join platform p on p.id = c.platform_id join young_person y on y.id = c.young_person_id
    left join organisation o on o.id = c.assigned_organisation_id
    where c.id = $1)))::text`,
  /** $1 platform, $2 page size, $3 statuses (null: any), $4 search pattern (null: none); Q3 adds the count. */
  // The best hand-written SQL on the API's indexes: the name order is psad_case.sort_name (migration
  // 0014, kept by triggers), read off (platform_id, sort_name, id) without a filter; the young person is
  // joined for the search only when there is one.
  list: (withCount: boolean) => `with matching as (
      select c.id, c.status, c.version, c.last_attempt_at, c.assigned_organisation_id, c.young_person_id, c.sort_name as sort_key
      from psad_case c
      where c.platform_id = $1 and ($3::text[] is null or c.status = any($3::text[]))
        and ($4::text is null or exists (select 1 from young_person y where y.id = c.young_person_id and y.search_text ilike $4::text))
    ), page as (
      select * from matching order by sort_key, id limit $2::int + 1
    )
    select json_build_object('data', json_build_object('cases', json_build_object(
      ${withCount ? `'totalCount', (select count(*) from matching),` : ''}
      'nodes', coalesce((select json_agg(json_build_object('id', c.id, 'status', c.status, 'version', c.version, 'lastAttemptAt', c.last_attempt_at,
          'contactAttempts', ${attempts('c.id')}, 'youngPerson', ${person}, 'assignedOrganisation', ${partner}) order by c.sort_key, c.id)
        from (select * from page order by sort_key, id limit $2::int) c
        join young_person y on y.id = c.young_person_id left join organisation o on o.id = c.assigned_organisation_id), '[]'::json),
      'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > $2::int,
        'endCursor', (select id from (select * from page order by sort_key, id limit $2::int) l order by sort_key desc, id desc limit 1))
    )))::text`,
};

export function buildRawApp(runner: SqlRunner): FastifyInstance {
  const app = Fastify({ logger: false });
  const json = (body: string) => body;
  app.get<{ Params: { id: string } }>('/raw/case/:id', async (request, reply) =>
    reply.type('application/json').send(json(await runner.one(SQL.q1, [request.params.id]))),
  );
  app.get<{ Querystring: { platformId: string; first?: string } }>('/raw/cases', async (request, reply) =>
    reply
      .type('application/json')
      .send(
        await runner.one(SQL.list(false), [request.query.platformId, Number(request.query.first ?? 50), null, null]),
      ),
  );
  app.get<{ Querystring: { platformId: string; first?: string; status?: string; search?: string } }>(
    '/raw/cases-filtered',
    async (request, reply) => {
      const { platformId, first, status, search } = request.query;
      const pattern = search ? `%${searchKey(search).replace(/[%_\\]/g, '')}%` : null;
      return reply
        .type('application/json')
        .send(
          await runner.one(SQL.list(true), [
            platformId,
            Number(first ?? 50),
            status ? status.split(',') : null,
            pattern,
          ]),
        );
    },
  );
  app.addHook('onClose', () => runner.close());
  return app;
}

/** As a child process of run.ts: BENCH_DATABASE_URL or BENCH_PGLITE_DIR, PORT; prints `listening <port>`. */
async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  const dir = process.env.BENCH_PGLITE_DIR;
  const runner = url ? pgRunner(url) : dir ? await pgliteRunner(dir) : null;
  if (!runner) throw new Error('BENCH_DATABASE_URL or BENCH_PGLITE_DIR');
  const app = buildRawApp(runner);
  const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
  process.stdout.write(`listening ${new URL(address).port}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
