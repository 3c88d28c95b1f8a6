import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/**
 * UUID version 7 ids made in Node for rows written in bulk (COPY), in the layout uuid_v7() gives them in
 * the database (migration 0007): time-ordered, so that new rows land at the right edge of the primary
 * keys. The uuid library lays them out; its random bytes come from a pool here, since the library draws
 * 16 bytes from the system per id (3 µs: 0.9 s for the people, cases and events of a 100,000-row list).
 * Ids made in the same millisecond count up (the library's own rule when it keeps its state), so they
 * stay in the order they were made.
 */
const POOL_IDS = 4096;
let pool = new Uint8Array(0);
let at = 0;
let lastMsecs = -Infinity;
let seq = 0;

export function timeOrderedId(): string {
  if (at === pool.length) {
    pool = randomFillSync(new Uint8Array(16 * POOL_IDS));
    at = 0;
  }
  const random = pool.subarray(at, at + 16);
  at += 16;
  let msecs = Date.now();
  if (msecs > lastMsecs) {
    // A fresh millisecond starts its count at a random 31-bit value, as the library does.
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
    lastMsecs = msecs;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMsecs++;
    msecs = lastMsecs;
  }
  return v7({ random, msecs, seq });
}
