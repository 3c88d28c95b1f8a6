/**
 * Imported first by main.ts: how far V8 lets the heap grow past what the last full GC kept alive.
 *
 * By default V8 lets the old generation grow to up to 4 × the live heap before a full GC when GC is
 * cheap, which it is here (a ~50 MB live heap). Under load every request promotes a little garbage,
 * so the API's resident memory climbed from 160 MB idle to 300–336 MB before the first full GC
 * (bench Q1, Q2), for nothing kept. Measured on PostgreSQL (peak RSS under Q1 / Q2):
 * - 1.5 ×: 189 / 202 MB; Q1's throughput the same within noise (3 A/B pairs: 701 against 689 req/s),
 *   but B1R (ten regional bilans at once, ~100 KB of JSON each) some 10 % slower in 2 pairs;
 * - 2 ×: 218 / 241 MB, half as many full GCs as at 1.5 ×; B1R between the two.
 *
 * The flag is read at each heap limit computation, so setting it this early takes effect from the
 * first full GC. A `--heap-growing-percent` given on the command line wins.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 100;

if (
  !process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))
) {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
