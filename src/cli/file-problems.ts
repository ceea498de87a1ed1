import { UsageError } from '../core/errors.js';
import type { LocalizedText } from '../core/messages.js';

/** Why the file system refused, for the error codes that come from the machine rather than from a bug. */
const REASONS: Readonly<Record<string, LocalizedText>> = {
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '没有权限', en: 'permission denied' },
  EROFS: { 'zh-CN': '文件系统只读', en: 'read-only file system' },
  ENOSPC: { 'zh-CN': '磁盘已满', en: 'no space left on the disk' },
  EDQUOT: { 'zh-CN': '超出磁盘配额', en: 'disk quota exceeded' },
  ENOTDIR: { 'zh-CN': '路径中有一段是文件而不是文件夹', en: 'a part of the path is a file, not a folder' },
  EISDIR: { 'zh-CN': '这是文件夹而不是文件', en: 'it is a folder, not a file' },
  EEXIST: { 'zh-CN': '已有同名文件', en: 'a file of that name is in the way' },
  ENOENT: { 'zh-CN': '不存在', en: 'no such file or folder' },
  ELOOP: { 'zh-CN': '符号链接过多或成环', en: 'too many symbolic links' },
  ENAMETOOLONG: { 'zh-CN': '路径过长', en: 'the path is too long' },
};

/** The reason of a failed file operation, in words; the bare error code where there are none. */
export function reasonOf(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && REASONS[code]) || { 'zh-CN': String(code ?? error), en: String(code ?? error) };
}

/**
 * A path the machine would not let powercat read or write, as a one-line usage error that names
 * it and what to do; undefined for any other error (a bug, reported as an internal error).
 */
export function fileSystemProblem(error: unknown): UsageError | undefined {
  const { code, path } = error as NodeJS.ErrnoException;
  if (typeof path !== 'string' || code === undefined || !(code in REASONS)) return undefined;
  const reason = reasonOf(error);
  return new UsageError({
    'zh-CN': `无法访问 ${path}（${reason['zh-CN']}）；请检查该路径及其权限`,
    en: `cannot access ${path} (${reason.en}); check the path and its permissions`,
  });
}
