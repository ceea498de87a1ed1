import { UsageError } from '../core/errors.js';
import { chooseLang, plural, type Lang } from '../core/messages.js';
import { catalogueRootOf } from '../lint/run-lint.js';
import { unsupportedBurdenUps } from './burden.js';
import { compareVersions } from './compare.js';
import { parseGitRange } from './from-git.js';
import type { DiffContext } from './formats/context.js';
import { diffJson } from './formats/json.js';
import { diffMarkdown } from './formats/markdown.js';
import { diffText } from './formats/text.js';
import { burdenFields } from './formats/context.js';
import { say, WORDS } from './formats/words.js';
import { readSide, sideAtRevision, sideOfPath, workingTreeSide, type Side } from './read-side.js';
import { isEmpty } from './result.js';
import type { ParseCache } from '../load/read-file.js';
import { visible } from '../report/terminal-text.js';

/*
 * `powercat diff`: two versions read (folders, open data, git revisions), compared, reported.
 * The CLI only parses flags, prints, and turns the outcome into an exit code.
 */

export type DiffFormat = 'text' | 'markdown' | 'json';

export interface DiffRequest {
  /** OLD and NEW, or with `git` at most the catalogue folder. */
  paths: readonly string[];
  git: string | undefined;
  cwd: string;
  format: DiffFormat;
  publicOnly: boolean;
  lang: string | undefined;
  env: Record<string, string | undefined>;
  color: boolean;
}

export interface DiffOutcome {
  lang: Lang;
  report: string;
  changed: boolean;
  /** Burden-up changes without a basis in the power's new history, one line each. */
  unsupported: string[];
  /** Notes for stderr: files that could not be read. */
  notes: string[];
}

export function sidesOf(request: Pick<DiffRequest, 'paths' | 'git' | 'cwd'>): [Side, Side] {
  const { paths, git, cwd } = request;
  if (git !== undefined) {
    if (paths.length > 1) {
      throw new UsageError({ 'zh-CN': '使用 --git 时只能再给一个清单文件夹', en: 'with --git, give at most one catalogue folder' });
    }
    const root = catalogueRootOf(paths[0] ?? '.', cwd);
    const range = parseGitRange(git, root);
    return [sideAtRevision(root, range.from), range.to === undefined ? workingTreeSide(root) : sideAtRevision(root, range.to)];
  }
  if (paths.length !== 2) {
    throw new UsageError({
      'zh-CN': '请给出要比较的两个版本：powercat diff 旧 新（清单文件夹或 catalogue.json），或 powercat diff --git main..HEAD',
      en: 'give the two versions to compare: powercat diff OLD NEW (catalogue folders or catalogue.json files), or powercat diff --git main..HEAD',
    });
  }
  return [sideOfPath(paths[0]!, cwd), sideOfPath(paths[1]!, cwd)];
}

export async function runDiff(request: DiffRequest): Promise<DiffOutcome> {
  const [oldSide, newSide] = sidesOf(request);
  // Open data holds only what is published: the other side is then read the same way.
  const publicOnly = request.publicOnly || oldSide.kind === 'open-data' || newSide.kind === 'open-data';
  const parsed: ParseCache = new Map();
  const old = await readSide(oldSide, publicOnly, parsed);
  const next = await readSide(newSide, publicOnly, parsed);
  const lang = chooseLang(request.lang, next.lang ?? old.lang, request.env);
  const comparison = compareVersions(old, next);
  const context: DiffContext = { lang, old: old.label, next: next.label, publicOnly };
  const report = request.format === 'json' ? diffJson(comparison) : request.format === 'markdown' ? diffMarkdown(comparison, context) : diffText(comparison, context, request.color);
  const notes = [old, next]
    .filter((v) => v.unreadable.length > 0)
    .map((v) =>
      lang === 'en'
        ? `${visible(v.label.en)}: ${plural(v.unreadable.length, 'file')} could not be read whole, so powers in them may be missing from the comparison (powercat lint says why): ${v.unreadable.map(visible).join(', ')}`
        : `${visible(v.label.zh)}：${v.unreadable.length} 个文件未能完整读取，其中的事项可能未参与比较（powercat lint 可查看原因）：${v.unreadable.map(visible).join('、')}`,
    );
  const unsupported = unsupportedBurdenUps(comparison, old, next).map(({ code, fields }) => `${visible(code)}${lang === 'en' ? ': ' : '：'}${burdenFields(fields, lang)}`);
  return { lang, report, changed: !isEmpty(comparison), unsupported, notes };
}

/** The message `--fail-on burden-up` ends with. */
export function unsupportedMessage(lines: readonly string[], lang: Lang): string {
  return `${say(WORDS.noBasis, lang)}${lang === 'en' ? ':' : '：'}\n${lines.map((line) => `  - ${line}`).join('\n')}`;
}
