/** Plain HTTP calls of the scenarios' set-up and checks (autocannon does the load). */

export interface Counted<T> {
  status: number;
  body: T;
  /** x-sql-statements / x-sql-statements-overhead / x-sql-round-trips, when the server counts them. */
  statements: { total: number; overhead: number; data: number; roundTrips?: number } | null;
}

export interface GqlBody<T = unknown> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function countedOf(headers: Headers): Counted<unknown>['statements'] {
  const total = headers.get('x-sql-statements');
  if (total === null) return null;
  const overhead = Number(headers.get('x-sql-statements-overhead') ?? 0);
  const roundTrips = headers.get('x-sql-round-trips');
  return {
    total: Number(total),
    overhead,
    data: Number(total) - overhead,
    ...(roundTrips !== null ? { roundTrips: Number(roundTrips) } : {}),
  };
}

export async function gql<T = unknown>(
  base: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Counted<GqlBody<T>>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlBody<T>, statements: countedOf(res.headers) };
}

export async function getJson<T = unknown>(url: string): Promise<Counted<T>> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T, statements: countedOf(res.headers) };
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Fails with the first GraphQL error (the scenario would measure errors otherwise). */
/** The data of an answer that must have succeeded, in the shape the caller's query asks for. */
export function dataOf<T>(res: Counted<GqlBody<unknown>>, what: string): T {
  if (res.status !== 200 || res.body.errors?.length || !res.body.data) {
    throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body.errors ?? res.body).slice(0, 500)}`);
  }
  return res.body.data as T;
}
