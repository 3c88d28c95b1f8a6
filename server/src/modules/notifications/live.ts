import type { Database } from '../../core/db/driver.js';

/** The PostgreSQL channel on which a process tells every process whose notifications changed. */
export const LIVE_CHANNEL = 'maillage_notifications';

/**
 * Live notifications across API processes: each process LISTENs once on LIVE_CHANNEL, and tells the
 * streams of its connected users (routes.ts) that their notifications changed. The payload is a JSON
 * array of user ids, nothing else. Whoever changes notifications sends pg_notify in its transaction
 * (liveNotice), so the hint arrives once the change is committed and readable.
 */
export class LiveNotifications {
  private readonly listeners = new Map<string, Set<() => void>>();
  private stop: (() => Promise<void>) | null = null;

  constructor(private readonly database: Pick<Database, 'listen'>) {}

  async start(): Promise<void> {
    this.stop = await this.database.listen(LIVE_CHANNEL, (payload) => this.dispatch(payload));
  }

  async close(): Promise<void> {
    // The database may be gone already (closed under the app, a lost server): nothing left to stop.
    await this.stop?.().catch(() => undefined);
    this.stop = null;
    this.listeners.clear();
  }

  /** Calls `onChange` whenever `userId`'s notifications change, in any process; the returned function stops it. */
  subscribe(userId: string, onChange: () => void): () => void {
    let set = this.listeners.get(userId);
    if (!set) this.listeners.set(userId, (set = new Set()));
    set.add(onChange);
    return () => {
      set.delete(onChange);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }

  get connected(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private dispatch(payload: string): void {
    let userIds: unknown;
    try {
      userIds = JSON.parse(payload);
    } catch {
      return;
    }
    if (!Array.isArray(userIds)) return;
    for (const id of userIds) {
      for (const onChange of this.listeners.get(String(id)) ?? []) onChange();
    }
  }
}

/** A NOTIFY payload is at most 8000 bytes: user ids go in chunks of 150 (37 bytes each, quoted). */
export function liveNoticePayloads(userIds: readonly string[]): string[] {
  const payloads: string[] = [];
  for (let i = 0; i < userIds.length; i += 150) payloads.push(JSON.stringify(userIds.slice(i, i + 150)));
  return payloads;
}
