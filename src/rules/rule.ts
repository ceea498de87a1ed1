import type { Anchor } from '../load/locate.js';
import type { Span } from '../load/source.js';
import type { LoadedDocument, SourceFile } from '../load/source.js';
import type { CatalogueModel, PowerData } from '../model/types.js';
import type { Severity } from '../core/diagnostic.js';
import type { LocalizedText, MessageData } from '../core/messages.js';

/** Where a finding sits: a node of a document (resolved to line:col only when reported), or a span of a file. */
export type Target =
  | { doc: LoadedDocument; pointer: string; anchor: Anchor }
  | { file: SourceFile; span: Span };

export interface Related<M extends string = string> {
  target: Target;
  messageId: M;
  data?: MessageData;
}

/** What a rule records: typed data; the wording is filled in when reporting. */
export interface Finding<M extends string = string> {
  messageId: M;
  data: MessageData;
  target: Target;
  related?: Related<M>[];
}

export interface RuleOption {
  description: LocalizedText;
  default: number | string | boolean;
}

/**
 * What a rule looks at, which decides where it runs:
 * - `file`: the findings in a file depend only on that file and the root `powercat.yaml`, and
 *   point nowhere else; the rule is run file by file (in parallel, and kept in the lint cache);
 * - `catalogue`: the rule looks across files and runs on the whole catalogue, whose Power
 *   documents hold only `powerKeys` (what the cache keeps of them), or every key when absent.
 */
export type RuleScope = { scope: 'file' } | { scope: 'catalogue'; powerKeys?: readonly (keyof PowerData)[] };

export type RuleMeta<M extends string> = RuleScope & {
  id: string;
  defaultSeverity: Severity;
  description: LocalizedText;
  messages: Record<M, LocalizedText>;
  examples: { bad: string; good: string };
  options?: Record<string, RuleOption>;
};

export interface RuleContext {
  model: CatalogueModel;
  options: Record<string, unknown>;
  knownRules: readonly string[];
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext): Finding<M>[];
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function numberOption(context: RuleContext, meta: RuleMeta<string>, name: string): number {
  const value = context.options[name];
  return typeof value === 'number' ? value : (meta.options?.[name]?.default as number);
}
