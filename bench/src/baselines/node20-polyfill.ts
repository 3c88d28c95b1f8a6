/**
 * PostGraphile 5.1 (grafast 1.1) declares Node >= 22 and uses Promise.withResolvers (Node 22) — the
 * only newer API it calls; the machines run Node 20 (docs/architecture.md). Without it every query fails
 * with "Cannot read properties of undefined (reading 'items')". Imported before postgraphile.
 */
const P = Promise as unknown as {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
};
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
export {};
