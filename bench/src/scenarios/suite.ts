import { setTimeout } from 'node:timers/promises';
import { searchKey } from '@maillage/shared';
import { PGL_DOCUMENTS } from '../baselines/postgraphile-documents.js';
import { dataOf, getJson, gql, type Counted, type GqlBody } from './client.js';
import { M1, PAGE_SIZE, Q1, Q2, Q3, Q3_STATUSES, Q4 } from './documents.js';
import { load, type LoadResult } from './measure.js';

export type ScenarioId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'M1' | 'B1' | 'B1R' | 'F1' | 'F1L';
export type ServerName = 'api' | 'raw' | 'postgraphile';

export interface Statements {
  total: number;
  overhead: number;
  data: number;
  /** Queries sent (statements sent together count once). */
  roundTrips?: number;
}

export interface ScenarioResult {
  scenario: ScenarioId;
  server: ServerName;
  load: LoadResult;
  /** Per request, from the server's x-sql-statements (the API); the raw floor sends one by construction. */
  statements: Statements | null;
  /** What one request answered (page size, total count), checked before the load. */
  check: string;
  /** GraphQL errors seen during the load (M1 reads every answer), and the first one's code and message. */
  graphqlErrors?: number;
  graphqlErrorSample?: string;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** What the scenarios work on, read through the API as the benchmark referent before any load. */
export interface Workload {
  platformId: string;
  /** Cases of the platform, for Q1 to cycle over. */
  caseIds: string[];
  /** Q3's name search: a prefix of a name in the middle of the first page. */
  search: string;
}

const json = JSON.stringify;

export async function discoverWorkload(
  base: string,
  referentToken: string,
  platformId: string,
  maxCases = 500,
): Promise<Workload> {
  const caseIds: string[] = [];
  let after: string | null = null;
  let firstPage: { youngPerson: { lastName: string } | null }[] = [];
  while (caseIds.length < maxCases) {
    const data: {
      cases: {
        nodes: { id: string; youngPerson: { lastName: string } | null }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = dataOf(
      await gql(
        base,
        referentToken,
        `query($p: ID!, $after: String) { cases(platformId: $p, first: 100, after: $after) { nodes { id youngPerson { lastName } } pageInfo { hasNextPage endCursor } } }`,
        { p: platformId, after },
      ),
      'discover cases',
    );
    if (firstPage.length === 0) firstPage = data.cases.nodes;
    caseIds.push(...data.cases.nodes.map((n) => n.id));
    if (!data.cases.pageInfo.hasNextPage) break;
    after = data.cases.pageInfo.endCursor;
  }
  if (caseIds.length === 0) throw new Error('the benchmark platform has no case');
  const name = firstPage[Math.floor(firstPage.length / 2)]?.youngPerson?.lastName ?? 'a';
  return { platformId, caseIds, search: searchKey(name).slice(0, 3) };
}

function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

async function measured(settings: LoadSettings, pid: number, request: Parameters<typeof load>[0]): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) await load({ ...request, durationSeconds: settings.warmupSeconds }, pid);
  return load({ ...request, durationSeconds: settings.durationSeconds, connections: settings.connections }, pid);
}

type Page = { cases: { totalCount?: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } };
const pageCheck = (d: Page) =>
  `${d.cases.nodes.length} nodes${d.cases.totalCount !== undefined ? `, totalCount ${d.cases.totalCount}` : ''}, hasNextPage ${d.cases.pageInfo.hasNextPage}`;

function expectPage(d: Page, expected: number, what: string) {
  if (d.cases.nodes.length !== expected)
    throw new Error(`${what}: ${d.cases.nodes.length} nodes, expected ${expected}`);
}

/** The API's read scenarios (Q1–Q4) as the benchmark referent. */
interface ReadDef {
  id: ScenarioId;
  query: string;
  vars: () => Record<string, unknown>;
  check: (r: Counted<GqlBody>) => string;
}

function readDefs(w: Workload): ReadDef[] {
  const expected = Math.min(PAGE_SIZE, w.caseIds.length);
  const q3vars = { p: w.platformId, first: PAGE_SIZE, f: { status: [...Q3_STATUSES], search: w.search } };
  return [
    {
      id: 'Q1',
      query: Q1,
      vars: (() => {
        const next = cycle(w.caseIds);
        return () => ({ id: next() });
      })(),
      check: (r) => {
        const c = dataOf<{ case: { youngPerson: unknown; platform: unknown } | null }>(r, 'Q1').case;
        if (!c?.youngPerson || !c.platform) throw new Error('Q1: no case, young person or platform');
        return 'case with young person, platform, partner';
      },
    },
    {
      id: 'Q2',
      query: Q2,
      vars: () => ({ p: w.platformId, first: PAGE_SIZE }),
      check: (r) => {
        const d = dataOf<Page>(r, 'Q2');
        expectPage(d, expected, 'Q2');
        return pageCheck(d);
      },
    },
    { id: 'Q3', query: Q3, vars: () => q3vars, check: (r) => pageCheck(dataOf<Page>(r, 'Q3')) },
    {
      id: 'Q4',
      query: Q4,
      vars: () => ({ p: w.platformId }),
      check: (r) => `total ${dataOf<{ psadDashboard: { total: number } }>(r, 'Q4').psadDashboard.total} cases`,
    },
  ];
}

/** What one request of each scenario answers and costs in SQL statements: asked of an API that counts them. */
export interface ReadProbe {
  statements: Statements | null;
  check: string;
}

export async function probeReads(
  base: string,
  token: string,
  w: Workload,
  only?: ScenarioId[],
): Promise<Map<ScenarioId, ReadProbe>> {
  const probes = new Map<ScenarioId, ReadProbe>();
  for (const def of readDefs(w).filter((d) => !only || only.includes(d.id))) {
    const probe = await gql(base, token, def.query, def.vars());
    probes.set(def.id, { statements: probe.statements, check: def.check(probe) });
  }
  return probes;
}

/**
 * The load of each read scenario, on an API that does not count its statements (counting binds every
 * query to its request through AsyncLocalStorage, whose promise hooks weigh on every request): the
 * statements are those of `probes`, taken on one that counts. Each scenario's answer is checked again.
 */
export async function apiReads(
  base: string,
  pid: number,
  token: string,
  w: Workload,
  settings: LoadSettings,
  probes: Map<ScenarioId, ReadProbe>,
): Promise<ScenarioResult[]> {
  const headers = { authorization: `Bearer ${token}` };
  const results: ScenarioResult[] = [];
  for (const def of readDefs(w).filter((d) => probes.has(d.id))) {
    const check = def.check(await gql(base, token, def.query, def.vars()));
    const result = await measured(settings, pid, {
      url: `${base}/graphql`,
      headers,
      body: () => json({ query: def.query, variables: def.vars() }),
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
    });
    results.push({ scenario: def.id, server: 'api', load: result, statements: probes.get(def.id)!.statements, check });
  }
  return results;
}

/** Q2's statements at several page sizes: the target holds whatever the size. */
export async function statementsByPageSize(
  base: string,
  token: string,
  w: Workload,
  sizes: number[],
): Promise<Record<number, Statements | null>> {
  const out: Record<number, Statements | null> = {};
  for (const first of sizes) {
    const res = await gql(base, token, Q2, { p: w.platformId, first });
    dataOf(res, `Q2 first ${first}`);
    out[first] = res.statements;
  }
  return out;
}

/** M1: the counsellor records a contact attempt on one case after another, with the version last read. */
export async function apiContactAttempts(
  base: string,
  pid: number,
  counsellorToken: string,
  settings: LoadSettings,
  maxCases = 2000,
): Promise<ScenarioResult> {
  const readCases = async () => {
    const found: { id: string; version: number }[] = [];
    let after: string | null = null;
    while (found.length < maxCases) {
      const data: {
        assignedCases: {
          nodes: { id: string; version: number }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = dataOf(
        await gql(
          base,
          counsellorToken,
          `query($after: String) { assignedCases(first: 100, after: $after, filter: { status: [AFFECTE, EN_COURS] }) { nodes { id version } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
        'M1 cases',
      );
      found.push(...data.assignedCases.nodes);
      if (!data.assignedCases.pageInfo.hasNextPage) break;
      after = data.assignedCases.pageInfo.endCursor;
    }
    return found;
  };
  const cases = await readCases();
  if (cases.length < settings.connections * 2)
    throw new Error(`M1: only ${cases.length} cases assigned to the counsellor`);
  const versions = new Map(cases.map((c) => [c.id, c.version]));
  const next = cycle(cases.map((c) => c.id));
  const channels = ['TELEPHONE', 'SMS', 'COURRIEL'];
  let n = 0;
  let graphqlErrors = 0;
  let graphqlErrorSample: string | undefined;
  const body = () => {
    const id = next();
    n += 1;
    return json({
      query: M1,
      variables: {
        id,
        v: versions.get(id),
        at: new Date().toISOString(),
        ch: channels[n % channels.length],
        res: 'MESSAGE_LAISSE',
      },
    });
  };
  const onBody = (_status: number, text: string) => {
    try {
      const parsed = JSON.parse(text) as GqlBody<{ recordContactAttempt: { id: string; version: number } }>;
      if (parsed.errors?.length || !parsed.data) {
        graphqlErrors += 1;
        graphqlErrorSample ??= `${parsed.errors?.[0]?.extensions?.code ?? ''} ${parsed.errors?.[0]?.message ?? 'no data'}`;
      } else versions.set(parsed.data.recordContactAttempt.id, parsed.data.recordContactAttempt.version);
    } catch {
      graphqlErrors += 1;
      graphqlErrorSample ??= `unreadable answer (${_status})`;
    }
  };
  const probeId = next();
  const probe = await gql<{ recordContactAttempt: { id: string; version: number } }>(base, counsellorToken, M1, {
    id: probeId,
    v: versions.get(probeId),
    at: new Date().toISOString(),
    ch: 'TELEPHONE',
    res: 'MESSAGE_LAISSE',
  });
  versions.set(
    probeId,
    dataOf<{ recordContactAttempt: { id: string; version: number } }>(probe, 'M1').recordContactAttempt.version,
  );
  const request = {
    url: `${base}/graphql`,
    headers: { authorization: `Bearer ${counsellorToken}` },
    body,
    onBody,
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
  };
  if (settings.warmupSeconds > 0) {
    await load({ ...request, durationSeconds: settings.warmupSeconds }, pid);
    // Requests in flight when a run stops were answered to nobody: their new versions are read back,
    // once the server has finished them (read at once, a version could still change after the read,
    // and that case answer CONFLICT at every pass of the measured run).
    await setTimeout(1000);
    for (const c of await readCases()) versions.set(c.id, c.version);
  }
  graphqlErrors = 0;
  graphqlErrorSample = undefined;
  const result = await load(request, pid);
  return {
    scenario: 'M1',
    server: 'api',
    load: result,
    statements: probe.statements,
    check: `cycling over ${cases.length} cases`,
    graphqlErrors,
    ...(graphqlErrorSample ? { graphqlErrorSample } : {}),
  };
}

/** Q1–Q3 on the raw floor (GET routes, same JSON). */
export async function rawReads(
  base: string,
  pid: number,
  w: Workload,
  settings: LoadSettings,
): Promise<ScenarioResult[]> {
  const expected = Math.min(PAGE_SIZE, w.caseIds.length);
  const q2 = `/raw/cases?platformId=${w.platformId}&first=${PAGE_SIZE}`;
  const q3 = `/raw/cases-filtered?platformId=${w.platformId}&first=${PAGE_SIZE}&status=${Q3_STATUSES.join(',')}&search=${encodeURIComponent(w.search)}`;
  const nextId = cycle(w.caseIds);
  const one: Statements = { total: 1, overhead: 0, data: 1 };
  const results: ScenarioResult[] = [];
  {
    const probe = await getJson<GqlBody<{ case: unknown }>>(`${base}/raw/case/${w.caseIds[0]}`);
    if (!probe.body.data?.case) throw new Error('raw Q1: no case');
    results.push({
      scenario: 'Q1',
      server: 'raw',
      load: await measured(settings, pid, {
        url: base,
        method: 'GET',
        path: () => `/raw/case/${nextId()}`,
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
      }),
      statements: one,
      check: 'case with young person, platform, partner',
    });
  }
  for (const [id, path] of [
    ['Q2', q2],
    ['Q3', q3],
  ] as const) {
    const probe = await getJson<GqlBody<Page>>(`${base}${path}`);
    const d = probe.body.data!;
    if (id === 'Q2') expectPage(d, expected, 'raw Q2');
    results.push({
      scenario: id,
      server: 'raw',
      load: await measured(settings, pid, {
        url: `${base}${path}`,
        method: 'GET',
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
      }),
      statements: one,
      check: pageCheck(d),
    });
  }
  return results;
}

/** Q1–Q3 on PostGraphile (its schema's names aliased to the API's). */
export async function postgraphileReads(
  base: string,
  pid: number,
  w: Workload,
  settings: LoadSettings,
): Promise<ScenarioResult[]> {
  const expected = Math.min(PAGE_SIZE, w.caseIds.length);
  const nextId = cycle(w.caseIds);
  const pattern = `%${w.search}%`;
  const defs = [
    { id: 'Q1' as const, query: PGL_DOCUMENTS.Q1, vars: () => ({ id: nextId() }) },
    { id: 'Q2' as const, query: PGL_DOCUMENTS.Q2, vars: () => ({ p: w.platformId, first: PAGE_SIZE }) },
    {
      id: 'Q3' as const,
      query: PGL_DOCUMENTS.Q3,
      vars: () => ({ p: w.platformId, first: PAGE_SIZE, statuses: [...Q3_STATUSES], pattern }),
    },
  ];
  const results: ScenarioResult[] = [];
  for (const def of defs) {
    const probe = await gql(base, null, def.query, def.vars());
    let check = 'case with young person, platform, partner';
    if (def.id === 'Q1') {
      if (!dataOf<{ case: unknown }>(probe, 'PostGraphile Q1').case) throw new Error('PostGraphile Q1: no case');
    } else {
      const d = dataOf<Page>(probe, `PostGraphile ${def.id}`);
      if (def.id === 'Q2') expectPage(d, expected, 'PostGraphile Q2');
      check = pageCheck(d);
    }
    const result = await measured(settings, pid, {
      url: `${base}/graphql`,
      body: () => json({ query: def.query, variables: def.vars() }),
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
    });
    results.push({ scenario: def.id, server: 'postgraphile', load: result, statements: null, check });
  }
  return results;
}
