import type { Rule } from './rule.js';
import { schema } from './schema/rule.js';
import { yamlSyntax } from './yaml-syntax/rule.js';

/** Every rule, in the order of FORMAT.md §3. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [yamlSyntax, schema];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
