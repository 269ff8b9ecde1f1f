// Loads the bundled CLI (dist/cli/tend.cjs) with V8's code cache: the bytecode of every function
// a warm-up run compiled, saved by `npm run build` (bin/bundle.mjs) next to the bundle. Parsing
// and compiling the bundle otherwise costs a command 0.15-0.25 s of CPU on this project's 2-core
// machine. Hand-written because Node 20 has no built-in module compile cache (Node 22's
// module.enableCompileCache) and the libraries for it (v8-compile-cache) save only the code
// compiled before the first line runs. A cache V8 rejects (another Node version) is ignored.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** The bundle's exports, whether the cache served, and a function that writes the code cache of everything compiled so far. */
export function loadBundle(file) {
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, createRequire(file), loaded, file, dirname(file));
  return {
    exports: loaded.exports,
    usedCache: cachedData !== undefined && script.cachedDataRejected === false,
    saveCodeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
