import { POWERCAT_VERSION } from '../core/version.js';
import { firstSentence } from '../core/messages.js';
import type { RuleDescription } from '../rules/rule.js';
import type { Lang } from '../core/messages.js';
import type { ToolInfo } from './formatters/types.js';

export const DOCS_URL = 'https://powercat.dev/docs/rules';
export const AUDIT_DOCS_URL = 'https://powercat.dev/docs/audit-rules';

export function toolInfo(rules: readonly { meta: RuleDescription<string> }[], lang: Lang, docsUrl = DOCS_URL): ToolInfo {
  return {
    name: 'powercat',
    version: POWERCAT_VERSION,
    informationUri: 'https://powercat.dev',
    rules: rules.map(({ meta }) => ({
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      shortDescription: firstSentence(meta.description[lang]),
      fullDescription: meta.description[lang],
      helpUri: `${docsUrl}#${meta.id}`,
    })),
  };
}
