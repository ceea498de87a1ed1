import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/messages.js';
import { POWERCAT_VERSION } from '../core/version.js';
import { FORMAT_VERSIONS } from '../format/versions.js';

/**
 * A catalogue written for a format this powercat does not know is refused before anything is
 * checked (FORMAT §3): its findings would be wrong. A value that is not a whole number is left to
 * the `schema` rule.
 */
export function checkFormatVersion(value: unknown, lang: Lang): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || (FORMAT_VERSIONS as readonly number[]).includes(value)) return;
  const known = FORMAT_VERSIONS.join(lang === 'en' ? ' and ' : '、');
  throw new UsageError(
    lang === 'en'
      ? `powercat.yaml declares formatVersion ${value}, but powercat ${POWERCAT_VERSION} reads format versions ${known} only: it needs a powercat newer than ${POWERCAT_VERSION} (npm install powercat@latest)`
      : `powercat.yaml 声明 formatVersion: ${value}，而 powercat ${POWERCAT_VERSION} 只能读取格式版本 ${known}：需要比 ${POWERCAT_VERSION} 更新的 powercat（npm install powercat@latest）`,
  );
}
