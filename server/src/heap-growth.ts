/**
 * Imported first by main.ts: how far V8 lets the heap grow past what the last full GC kept alive.
 *
 * By default V8 lets the old generation grow to up to 4 × the live heap before a full GC when GC is
 * cheap, which it is here (a ~50 MB live heap). Under load every request promotes a little garbage,
 * so the API's resident memory climbed from 160 MB idle to 300–336 MB before the first full GC
 * (bench Q1, Q2), for nothing kept. At 1.5 × the peak stays near 200 MB; Q1's throughput was the same
 * within the runs' noise (3 A/B pairs on PostgreSQL: 701 against 689 req/s on average).
 *
 * The flag is read at each heap limit computation, so setting it this early takes effect from the
 * first full GC. A `--heap-growing-percent` given on the command line wins.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

if (
  !process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))
) {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
