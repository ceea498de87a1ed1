import type { SupersessionKind } from '../domain/supersession.js';
import type { View } from '../format/vocabulary.js';
import type { ComparedField } from './version.js';

/*
 * What `powercat diff` finds (FORMAT §5), as data: the JSON format writes it as it is, the text
 * and Markdown formats render it. Codes in every list are sorted by code unit.
 */

/** A value before and after; a side without the value has no member. */
export interface ValueChange {
  old?: unknown;
  new?: unknown;
}

/** `department`: 下放/承接 when the power's new history entries say so. */
export interface DepartmentChange extends ValueChange {
  as?: 'delegated' | 'received';
}

export interface Named {
  id: string;
  name: string;
}

/** One process view: steps matched by id. */
export interface StepsChange {
  added: Named[];
  removed: Named[];
  /** By step id: the step's changed members. */
  changed: Record<string, Record<string, ValueChange>>;
}

export type ProcessChange = Partial<Record<View, StepsChange>>;

export interface Item {
  code: string;
  name: string;
}

/** Sub-items or handling items, matched by code. */
export interface ItemsChange {
  added: Item[];
  removed: Item[];
  /** By code: the item's changed members (its `handlingItems` as an ItemsChange). */
  changed: Record<string, Record<string, ValueChange | ItemsChange>>;
}

/** The shape follows the field: `process` a ProcessChange, `subItems`/`handlingItems` an ItemsChange, `department` a DepartmentChange. */
export type FieldChange = ValueChange | DepartmentChange | ProcessChange | ItemsChange;

export interface CodeDetail {
  /** The name in the new version, else in the old. */
  name: string;
  /** Changed fields, old and new. */
  fields?: Partial<Record<ComparedField, FieldChange>>;
  /** An old code: where it went, and how (合并/拆分/更名/编码调整). */
  superseded?: { as: SupersessionKind; by: string[] };
  /** Abolished in this change: when and why, as the new version says. */
  abolished?: { on?: string; reason?: string };
}

/** What a change asks more (or less) of the people who apply (放管服). */
export const BURDEN_FIELDS = ['timeLimit', 'fees', 'guide.materials', 'guide.visits', 'guide.onlineDepth', 'guide.specialProcedures', 'subItems', 'handlingItems'] as const;
export type BurdenField = (typeof BURDEN_FIELDS)[number];

export interface Comparison {
  added: string[];
  removed: string[];
  abolished: string[];
  /** Old code → the new codes that list it in `supersedes`. */
  superseded: Record<string, string[]>;
  /** Code → its changed top-level Power keys, sorted. */
  changed: Record<string, ComparedField[]>;
  /** Every code named above: its name and what changed. */
  details: Record<string, CodeDetail>;
  burden: { up: Record<string, BurdenField[]>; down: Record<string, BurdenField[]> };
}

export function isEmpty(comparison: Comparison): boolean {
  return (
    comparison.added.length === 0 &&
    comparison.removed.length === 0 &&
    comparison.abolished.length === 0 &&
    Object.keys(comparison.superseded).length === 0 &&
    Object.keys(comparison.changed).length === 0
  );
}
