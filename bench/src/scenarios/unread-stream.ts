/**
 * The signed-in user's notification stream (GET /api/notifications/stream, server-sent events with
 * the unread count), as the app keeps it open: N1 learns there when an assignment's notices are
 * stored. The fan-out writes every recipient's notice in one transaction and signals it on commit,
 * so one recipient's count going up means all of them are stored.
 */
export interface UnreadStream {
  /** The last unread count received. */
  readonly count: number;
  /** The time (performance.now()) the count first reached `n`; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs: number): Promise<number>;
  close(): void;
}

export async function openUnreadStream(base: string, token: string): Promise<UnreadStream> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/notifications/stream`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`notification stream: ${res.status} ${await res.text()}`);
  let count = -1;
  /** When each count was first reached. */
  const reached = new Map<number, number>();
  let waiters: { n: number; resolve: (t: number) => void }[] = [];
  let first!: () => void;
  const opened = new Promise<void>((resolve) => (first = resolve));
  const received = (n: number) => {
    const now = performance.now();
    for (let k = Math.max(0, count + 1); k <= n; k++) if (!reached.has(k)) reached.set(k, now);
    count = n;
    waiters = waiters.filter((w) => {
      if (n < w.n) return true;
      w.resolve(reached.get(w.n)!);
      return false;
    });
    first();
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: unread')) continue;
          const data = lines.find((l) => l.startsWith('data:'));
          if (data) received((JSON.parse(data.slice(5)) as { count: number }).count);
        }
      }
    } catch {
      // closed by close()
    }
  })();
  await opened;
  return {
    get count() {
      return count;
    },
    waitFor(n, timeoutMs) {
      if (count >= n) return Promise.resolve(reached.get(n) ?? performance.now());
      return new Promise((resolve, reject) => {
        const waiter = {
          n,
          resolve: (t: number) => {
            clearTimeout(timer);
            resolve(t);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`notification stream: unread count ${count} after ${timeoutMs / 1000}s, waiting for ${n}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => abort.abort(),
  };
}
