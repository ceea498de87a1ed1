import type { LocalizedText } from './messages.js';

/** Why the file system refused, for the error codes that come from the machine rather than from a bug. */
export const REASONS: Readonly<Record<string, LocalizedText>> = {
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

