import { recordOf } from '../model/read.js';
import { effectiveOptions } from '../rules/rule-options.js';
import type { Described } from './to-diagnostic.js';
import type { Level } from '../core/diagnostic.js';

export interface RuleSetting {
  level: Level;
  options: Record<string, unknown>;
}

export type RuleSettings = ReadonlyMap<string, RuleSetting>;

/** `off|warn|error` as written in config; `warn` is reported as `warning` everywhere (FORMAT §3). */
export function parseLevel(text: unknown): Level | undefined {
  if (text === 'off' || text === 'error') return text;
  if (text === 'warn' || text === 'warning') return 'warning';
  return undefined;
}

/**
 * Rule defaults, then the catalogue's `rules:`, then `--rule id=level`. Malformed entries in
 * `rules:` (a bad level or option value: the default holds) are left to the `schema` rule, and
 * unknown ids to its `unknownRule` message.
 */
export function resolveRuleSettings(
  rules: readonly Described[],
  catalogueRules: unknown,
  overrides: ReadonlyMap<string, Level>,
): RuleSettings {
  const configured = recordOf(catalogueRules) ?? {};
  const settings = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const entry = configured[rule.meta.id];
    const level = parseLevel(recordOf(entry)?.level ?? entry) ?? rule.meta.defaultSeverity;
    const options = effectiveOptions(rule.meta, recordOf(recordOf(entry)?.options) ?? {});
    settings.set(rule.meta.id, { level: overrides.get(rule.meta.id) ?? level, options });
  }
  return settings;
}
