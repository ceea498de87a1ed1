import { accessSync, constants, mkdtempSync, rmdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { reasonOf } from '../core/file-reasons.js';

/**
 * How a path is written: a `file` is written beside and renamed into place (-o, --baseline-write);
 * a `replaced folder` is swapped in as a whole from beside it (--out of build, render, preview); a
 * `filled folder` gets new files inside (schema --out, init).
 */
export type OutputKind = 'file' | 'replaced folder' | 'filled folder';

/**
 * The one check of every path powercat writes to, made before any work: what is there already is
 * of the right kind, and new entries can be made where they go (a probe folder is made there and
 * removed, so a read-only disk, a missing permission or /proc answer now, in one line).
 * `named` is the path as the user wrote it, with its flag (`--out site`, `-f json:report.json`).
 */
export function checkOutputPath(path: string, kind: OutputKind, named: string): void {
  const target = resolve(path);
  const found = statOf(target);
  if (found?.isDirectory() && kind === 'file') {
    throw new UsageError({ 'zh-CN': `${named}：这是一个文件夹；请给出文件路径`, en: `${named} is a folder; give a file path` });
  }
  if (found && !found.isDirectory() && kind !== 'file') {
    throw new UsageError({ 'zh-CN': `${named}：这是一个文件；请给出文件夹`, en: `${named} is a file; give a folder` });
  }
  if (found && kind === 'file' && !found.isFile()) {
    // /dev/null, /dev/stdout, a FIFO: written in place
    return tryOrExplain(() => accessSync(target, constants.W_OK), named, target);
  }
  let existing = kind === 'filled folder' ? target : dirname(target);
  while (!statOf(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statOf(existing)?.isDirectory()) {
    throw new UsageError({
      'zh-CN': `${named}：${existing} 是文件而不是文件夹；请换一个路径`,
      en: `${named}: ${existing} is a file, not a folder; choose another path`,
    });
  }
  tryOrExplain(() => rmdirSync(mkdtempSync(join(existing, '.powercat-probe-'))), named, existing);
}

function tryOrExplain(attempt: () => void, named: string, where: string): void {
  try {
    attempt();
  } catch (error) {
    const reason = reasonOf(error);
    throw new UsageError({
      'zh-CN': `${named}：无法写入 ${where}（${reason['zh-CN']}）；请换一个路径，或修改其权限`,
      en: `${named}: cannot write in ${where} (${reason.en}); choose another path or change its permissions`,
    });
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
