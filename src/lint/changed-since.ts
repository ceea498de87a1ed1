import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareStrings } from '../core/compare.js';
import { UsageError } from '../core/errors.js';
import { isCataloguePath } from '../load/discover.js';
import { CATALOGUE_FILE } from '../load/find-root.js';
import type { SourceFile } from '../load/source.js';
import type { CatalogueModel } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { findingKey, place, runCatalogueRules } from './finding-data.js';
import { KNOWN_RULES } from './known-rules.js';
import { factsOfResult } from './collect-facts.js';
import type { RuleSettings } from './config.js';
import { sourceFromFacts, type FileFacts } from './file-facts.js';
import type { PlacedFinding } from './to-diagnostic.js';
import { fileCheckContext, runTasks, type FileCheckSetup } from './file-tasks.js';

/** The files of a catalogue changed since a git ref, as git sees them. */
export interface ChangedFiles {
  /** Relative to the catalogue root, with forward slashes: changed, added, deleted or untracked since the ref. */
  paths: Set<string>;
  /** The content at the ref of each changed path that existed then. */
  before: Map<string, Buffer>;
}

/**
 * What `git diff --name-only REF` lists under the catalogue root (the working tree against the
 * ref: committed, staged and unstaged changes alike), plus the untracked files git does not
 * ignore, with each one's content at the ref, read with one `git cat-file --batch`.
 */
export function changedSince(root: string, ref: string): ChangedFiles {
  const git = (args: string[], input?: string) =>
    execFileSync('git', ['-C', root, ...args], { input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch {
    const inRepository = (() => {
      try {
        git(['rev-parse', '--git-dir']);
        return true;
      } catch {
        return false;
      }
    })();
    throw new UsageError(
      inRepository
        ? { 'zh-CN': `--changed-since ${ref}：git 中没有这个提交（分支、标签或提交号）`, en: `--changed-since ${ref}: git knows no commit by that name here` }
        : {
            'zh-CN': `--changed-since ${ref}：清单不在 git 仓库中（或无法运行 git）`,
            en: `--changed-since ${ref}: the catalogue is not in a git repository (or git cannot be run)`,
          },
    );
  }
  const list = (args: string[]) => git(args).toString().split('\0').filter((p) => p !== '');
  const diffed = list(['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--']);
  const untracked = list(['ls-files', '--others', '--exclude-standard', '-z']);
  const prefix = git(['rev-parse', '--show-prefix']).toString().trim();
  return { paths: new Set([...diffed, ...untracked]), before: contentAt(git, commit, prefix, diffed) };
}

function contentAt(git: (args: string[], input?: string) => Buffer, commit: string, prefix: string, paths: readonly string[]): Map<string, Buffer> {
  const before = new Map<string, Buffer>();
  const asked = paths.filter((p) => !p.includes('\n'));
  if (asked.length === 0) return before;
  const out = git(['cat-file', '--batch'], asked.map((p) => `${commit}:${prefix}${p}\n`).join(''));
  let at = 0;
  for (const path of asked) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd).toString();
    at = headerEnd + 1;
    const object = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!object) continue; // `<name> missing`: the file did not exist at the ref
    const size = Number(object[2]);
    if (object[1] === 'blob') before.set(path, out.subarray(at, at + size));
    at += size + 1;
  }
  return before;
}

/**
 * The catalogue rules' findings outside the changed files in the catalogue as it was at the ref:
 * every file as it is, except the changed ones, which are as they were then (or absent). File
 * rules need no second run: outside the changed files their findings are the same.
 */
export async function catalogueFindingsBefore(
  setup: FileCheckSetup,
  settings: RuleSettings,
  current: readonly FileFacts[],
  changed: ChangedFiles,
  exclude: readonly string[],
  modelOf: (facts: readonly FileFacts[], sourceOf: (facts: FileFacts) => SourceFile) => Promise<CatalogueModel>,
): Promise<Set<string>> {
  const { root } = setup;
  const dir = mkdtempSync(join(tmpdir(), 'powercat-changed-since-'));
  try {
    const listed = new Set(current.map((f) => f.path));
    const tasks = [...changed.before.keys()]
      .filter((path) => listed.has(path) || isCataloguePath(path, exclude))
      .map((path, i) => {
        const from = join(dir, String(i));
        writeFileSync(from, changed.before.get(path)!);
        return { path, from };
      });
    const then = runTasks({ ...setup, hashing: false }, fileCheckContext(setup), tasks).map(factsOfResult);
    const facts = [...current.filter((f) => !changed.paths.has(f.path)), ...then].sort((a, b) =>
      a.path === CATALOGUE_FILE ? -1 : b.path === CATALOGUE_FILE ? 1 : compareStrings(a.path, b.path),
    );
    const files = new Map(facts.map((f) => [f.path, sourceFromFacts(root, f)]));
    const findings = runCatalogueRules(await modelOf(facts, (f) => files.get(f.path)!), settings, RULES, KNOWN_RULES);
    return new Set(
      findings.filter((f) => !changed.paths.has(f.target.file)).map((f) => findingKey(place(f, (path) => files.get(path)!, () => undefined))),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What `--changed-since` reports: the findings in the changed files, and the catalogue rules'
 * findings elsewhere that the catalogue at the ref does not have (asked for only when there are
 * such findings). File rules' findings elsewhere are the same as at the ref. A changed
 * `powercat.yaml` may change any finding: then all are reported.
 */
export async function onlyChanged(
  changed: ChangedFiles,
  fileFindings: readonly PlacedFinding[],
  catalogueFindings: readonly PlacedFinding[],
  before: (changed: ChangedFiles) => Promise<Set<string>>,
): Promise<PlacedFinding[]> {
  if (changed.paths.has(CATALOGUE_FILE)) return [...fileFindings, ...catalogueFindings];
  const outside = catalogueFindings.filter((f) => !changed.paths.has(f.file));
  const then = outside.length > 0 ? await before(changed) : new Set<string>();
  return [
    ...fileFindings.filter((f) => changed.paths.has(f.file)),
    ...catalogueFindings.filter((f) => changed.paths.has(f.file) || !then.has(findingKey(f))),
  ];
}
