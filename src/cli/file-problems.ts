import { UsageError } from '../core/errors.js';
import { REASONS, reasonOf } from '../core/file-reasons.js';

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
