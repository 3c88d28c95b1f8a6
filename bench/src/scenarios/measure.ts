import fs from 'node:fs';
import autocannon from 'autocannon';

/** Resident memory of a process, in MB, from /proc (Linux): the current and the peak (high-water mark). */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS while something runs: the largest value seen. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = memoryOf(pid)?.rssMb ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid)?.rssMb ?? 0);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, memoryOf(pid)?.rssMb ?? 0);
    },
  };
}

export interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fixed body, or one built for each request (cycling over cases, fresh versions). */
  body?: string | (() => string);
  /** A path built for each request (the raw floor's Q1 cycles over cases in its URL). */
  path?: () => string;
  /** Sees each response's body (M1 reads the new version back). */
  onBody?: (status: number, body: string) => void;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  peakRssMb: number;
}

/** The p-th percentile of sorted values (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * One autocannon run at fixed connections for a fixed time. Latencies are kept at full precision
 * (autocannon's own histogram counts whole milliseconds, too coarse for a 2 ms floor).
 */
export async function load(options: Load, pid: number): Promise<LoadResult> {
  const { body, path } = options;
  const latencies: number[] = [];
  const rss = sampleRss(pid);
  const request: autocannon.Request = {
    method: options.method ?? 'POST',
    ...(typeof body === 'string' ? { body } : {}),
    ...(typeof body === 'function' || path
      ? {
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            ...(typeof body === 'function' ? { body: body() } : {}),
            ...(path ? { path: path() } : {}),
          }),
        }
      : {}),
    ...(options.onBody ? { onResponse: (status: number, resBody: string) => options.onBody!(status, resBody) } : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: { 'content-type': 'application/json', ...options.headers },
        requests: [request],
      },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const peakRssMb = rss.stop();
  latencies.sort((a, b) => a - b);
  const seconds = options.durationSeconds;
  return {
    requests: latencies.length,
    rps: round(latencies.length / seconds, 1),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    mean: round(latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    peakRssMb: round(peakRssMb, 1),
  };
}
