import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { lint } from '../../src/lint/run-lint.js';
import type { Diagnostic, Level } from '../../src/core/diagnostic.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'bin/powercat.js');

export const MINIMAL_CATALOGUE = 'kind: Catalogue\nid: test\nname: 测试县权责清单\n';

/** Writes files into a fresh temporary folder; `powercat.yaml` is added unless given (or null). */
export function makeCatalogue(files: Record<string, string | Uint8Array | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'powercat-test-'));
  const all = { 'powercat.yaml': MINIMAL_CATALOGUE, ...files };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

export interface LintCall {
  paths?: string[];
  lang?: 'zh-CN' | 'en';
  rules?: Record<string, Level>;
  /** Keep only these rules' findings. */
  only?: string[];
}

/** Lints in-process; files are reported relative to the catalogue root. */
export async function lintRoot(root: string, call: LintCall = {}): Promise<Diagnostic[]> {
  const { report } = await lint({
    paths: call.paths ?? [root],
    cwd: root,
    lang: call.lang ?? 'en',
    ruleOverrides: new Map(Object.entries(call.rules ?? {})),
    env: {},
  });
  return call.only ? report.diagnostics.filter((d) => call.only!.includes(d.rule)) : report.diagnostics;
}

/** `rule file:line:col` for compact assertions. */
export function brief(d: Diagnostic): string {
  return `${d.rule} ${d.file}:${d.line}:${d.column}`;
}

export interface CliResult {
  /** -1 when the process ended by a signal (`signal` says which) or did not start (`error` says why). */
  code: number;
  signal?: NodeJS.Signals;
  error?: string;
  stdout: string;
  stderr: string;
}

/** `uid`/`gid`: run as another user (when the tests run as root, which may read and write anything). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    timeout: 120_000,
    uid: options.uid,
    gid: options.gid,
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...options.env },
  });
  return { code: result.status ?? -1, ...(result.signal && { signal: result.signal }), ...(result.error && { error: result.error.message }), stdout: result.stdout, stderr: result.stderr };
}

/** Options of `runCli` that take away a root's power to read and write anything: as root, the CLI runs as nobody. */
export function asAnotherUser(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}
