import type { Anchor } from '../load/locate.js';
import type { Span } from '../load/source.js';
import type { LoadedDocument, SourceFile } from '../load/source.js';
import type { CatalogueModel, PowerData } from '../model/types.js';
import type { FacetName } from './facets.js';
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
  /**
   * The fields (JSON pointers in the target's document) the finding is about, where that is not
   * the node it is reported at: a missing field (reported at its object's first key), the key a
   * misspelt one stands for. Cascade control (src/lint/cascade.ts) matches findings by them.
   */
  about?: readonly string[];
}

/**
 * A rule's option (`rules: {id: {level, options: {name: value}}}` in powercat.yaml), in JSON Schema
 * terms: a value set there is checked against its type and range by rule `schema` (located at the
 * option), and a value that fails leaves the default in force.
 */
export interface RuleOption {
  description: LocalizedText;
  type: 'number' | 'integer';
  default: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

/**
 * What a rule looks at, which decides where it runs:
 * - `file`: the findings in a file depend only on that file and the root `powercat.yaml`, and
 *   point nowhere else; the rule is run file by file (in parallel, and kept in the lint cache);
 * - `catalogue`: the rule looks across files and runs on the whole catalogue, whose Power
 *   documents hold only `powerKeys` (what the cache keeps of them), or every key when absent —
 *   and `upstreamPowerKeys` too when the catalogue has `upstream` lists (FORMAT §6): without
 *   them, an edit of what only the upstream rules compare changes no catalogue finding.
 *   `partition` says which part of the catalogue a re-lint from the cache runs it again on.
 */
export type RuleScope =
  | { scope: 'file' }
  | { scope: 'catalogue'; powerKeys?: readonly (keyof PowerData)[]; upstreamPowerKeys?: readonly (keyof PowerData)[]; partition?: Partition };

/**
 * Which Power documents a catalogue rule's findings at a power depend on, in a catalogue without
 * upstream lists (the only one whose catalogue findings the cache keeps); the documents of other
 * kinds (the catalogue, departments, processes) are always part of it:
 * - `power`: that power alone; and findings at a document of another kind depend on no power;
 * - `{by}`: the powers that share a key of one of these facets with it (src/rules/facets.ts), in
 *   catalogue order; and every finding is at a power.
 * Without it, a finding may depend on every power: the rule runs again on the whole catalogue
 * whenever what it reads of a power changes.
 */
export type Partition = 'power' | { by: readonly FacetName[] };

/** The Power keys a catalogue rule reads in a catalogue with or without upstream lists; undefined: every key. */
export function powerKeysOf(meta: Extract<RuleScope, { scope: 'catalogue' }>, withUpstream: boolean): readonly (keyof PowerData)[] | undefined {
  if (!meta.powerKeys) return undefined;
  return withUpstream ? [...meta.powerKeys, ...(meta.upstreamPowerKeys ?? [])] : meta.powerKeys;
}

/** What every rule (the catalogue's and the audit's) says of itself. */
export interface RuleDescription<M extends string> {
  id: string;
  defaultSeverity: Severity;
  description: LocalizedText;
  messages: Record<M, LocalizedText>;
  /**
   * What `explain` and docs/rules.md show. `context`: the bundled example catalogue (a folder of
   * examples/) the examples are written against, when they need more than one file can hold.
   */
  examples: { bad: string; good: string; context?: string };
  options?: Record<string, RuleOption>;
  /**
   * Rules whose finding on the same field of the same document makes this rule's finding there a
   * consequence of the same mistake: it is then folded into theirs (src/lint/cascade.ts).
   */
  yieldsTo?: readonly string[];
}

/** A catalogue rule's description, with where it runs. */
export type RuleMeta<M extends string> = RuleScope & RuleDescription<M>;

export interface RuleContext {
  model: CatalogueModel;
  /** Every declared option: the catalogue's valid value, else the default. */
  options: Record<string, unknown>;
  /** Every rule's metadata, for the checks of `rules:` in powercat.yaml. */
  knownRules: readonly RuleDescription<string>[];
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
