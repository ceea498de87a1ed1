import { firstSentence } from '../core/messages.js';
import type { Rule } from '../rules/rule.js';
import type { Lang } from '../core/messages.js';
import type { ToolInfo } from './formatters/types.js';
import { POWERCAT_VERSION } from '../core/version.js';

export const DOCS_URL = 'https://powercat.dev/docs/rules';

export function toolInfo(rules: readonly Rule[], lang: Lang): ToolInfo {
  return {
    name: 'powercat',
    version: POWERCAT_VERSION,
    informationUri: 'https://powercat.dev',
    rules: rules.map(({ meta }) => ({
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      shortDescription: firstSentence(meta.description[lang]),
      fullDescription: meta.description[lang],
      helpUri: `${DOCS_URL}#${meta.id}`,
    })),
  };
}
