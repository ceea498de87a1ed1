import { AUDIT_RULES } from '../audit/rules/index.js';
import { RULE_METAS } from '../rules/index.js';
import type { RuleDescription } from '../rules/rule.js';

/** Every rule `rules:` in powercat.yaml may name: the catalogue's and the audit's (FORMAT §7 configures both there). */
export const KNOWN_RULES: readonly RuleDescription<string>[] = [...RULE_METAS, ...AUDIT_RULES.map((r) => r.meta)];
