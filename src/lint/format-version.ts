import { UsageError } from '../core/errors.js';
import { POWERCAT_VERSION } from '../core/version.js';
import { FORMAT_VERSIONS } from '../format/versions.js';

/**
 * A catalogue written for a format this powercat does not know is refused before anything is
 * checked (FORMAT §3): its findings would be wrong. A value that is not a whole number is left to
 * the `schema` rule.
 */
export function checkFormatVersion(value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || (FORMAT_VERSIONS as readonly number[]).includes(value)) return;
  throw new UsageError({
    en: `powercat.yaml declares formatVersion ${value}, but powercat ${POWERCAT_VERSION} reads format versions ${FORMAT_VERSIONS.join(' and ')} only: it needs a powercat newer than ${POWERCAT_VERSION} (npm install powercat@latest)`,
    'zh-CN': `powercat.yaml 声明 formatVersion: ${value}，而 powercat ${POWERCAT_VERSION} 只能读取格式版本 ${FORMAT_VERSIONS.join('、')}：需要比 ${POWERCAT_VERSION} 更新的 powercat（npm install powercat@latest）`,
  });
}
