import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PgliteArtifacts {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
  fsBundle: Blob;
}

let artifacts: Promise<PgliteArtifacts | null> | null = null;

/** Node's WebAssembly global (the server's TypeScript libraries declare only its types). */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } })
  .WebAssembly;

/**
 * PGlite's WebAssembly modules and file-system bundle, compiled and read once per process: every PGlite
 * started afterwards in it (each test file's copy of the template, a bench data set) skips compiling
 * 9 MB of WebAssembly again (a third of a second each). Null when they are not found beside the package:
 * PGlite then loads its own, as it does by default.
 */
export function pgliteArtifacts(): Promise<PgliteArtifacts | null> {
  artifacts ??= (async () => {
    try {
      const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
      const [pglite, initdb, bundle] = await Promise.all(
        ['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((file) => fs.promises.readFile(path.join(dist, file))),
      );
      return {
        pgliteWasmModule: await wasm.compile(pglite!),
        initdbWasmModule: await wasm.compile(initdb!),
        fsBundle: new Blob([bundle!]),
      };
    } catch {
      return null;
    }
  })();
  return artifacts;
}
