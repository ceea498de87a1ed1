// Part of `npm run build`: bundles the compiled CLI and its worker threads into dist/bundle/,
// what bin/powercat.js runs. Node loads a module per file: the lint loaded 170 of them, a tenth
// of a second of every run (and of every worker's start); from the bundle it loads 28 chunks.
// Each command's code is still a chunk of its own, loaded when the command runs; the packages
// in node_modules stay outside. dist/bundle/ is two folders below the repository like every
// compiled module, so paths such as ../../package.json and ../../site-assets/ hold from it too.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = `${dist}bundle/`;
/** The CLI and the scripts that run in worker threads: each is started by its file name, beside the module that starts it. */
const ENTRIES = ['cli/main.js', 'lint/lint-worker.js', 'lint/stat-worker.js', 'audit/worker.js'];

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ENTRIES.map((entry) => dist + entry),
  outdir: out,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// A worker started by a name no entry gives would fail only when a run needs it: fail the build instead.
const started = new Set();
for (const file of readdirSync(out)) {
  for (const [, name] of readFileSync(out + file, 'utf8').matchAll(/new URL\("\.\/([^"]+\.js)", import\.meta\.url\)/g)) started.add(name);
}
const missing = [...started].filter((name) => !existsSync(out + name));
if (missing.length > 0) {
  process.stderr.write(`scripts/bundle.js: the bundle starts ${missing.join(', ')}, which no entry gives: add it to ENTRIES\n`);
  process.exit(1);
}
