import { codeIdentity } from '../domain/code-identity.js';
import { EXERCISE_LEVEL, type ExerciseLevel } from '../format/vocabulary.js';
import { limitOf } from '../model/process-graph.js';
import { filledText, recordOf, textOf } from '../model/read.js';
import type { Entity, PowerData, TimeLimitValue } from '../model/types.js';

/**
 * One item of an upstream list: a power of the upstream catalogue, read from a catalogue folder
 * or from open-data format 2 (which keeps the catalogue's own structure, so one reading serves
 * both). Only what the upstream rules compare is kept.
 */
export interface UpstreamItem {
  code: string;
  /** The code as codes are compared (codes that look the same are the same code). */
  key: string;
  name: string | undefined;
  type: string | undefined;
  /** 行使层级 the item is meant for (FORMAT §6): its own `level`, else its catalogue's; undefined for every level. */
  levels: readonly ExerciseLevel[] | undefined;
  status: 'active' | 'suspended' | 'abolished';
  basisTitles: readonly string[];
  statutory: TimeLimitValue | undefined;
  /** The power's document when the source is a catalogue folder: related locations point into it. */
  entity: Entity<PowerData> | undefined;
}

/** The levels of an upstream catalogue's items without a level of their own (its `level`; undefined: every level). */
export function catalogueLevels(level: unknown): readonly ExerciseLevel[] | undefined {
  return levelsOf([level]);
}

/** The item a power's data makes, or undefined when it has no code. */
export function itemOf(power: unknown, catalogueLevels: readonly ExerciseLevel[] | undefined, entity?: Entity<PowerData>): UpstreamItem | undefined {
  const data = recordOf(power);
  const code = data?.code;
  if (data === undefined || typeof code !== 'string' || code === '') return undefined;
  const status = data.status === 'abolished' || data.status === 'suspended' ? data.status : 'active';
  return {
    code,
    key: codeIdentity(code),
    name: textOf(data.name),
    type: textOf(data.type),
    levels: levelsOf(data.level) ?? catalogueLevels,
    status,
    basisTitles: basisTitles(data.basis),
    statutory: data.timeLimit === undefined ? undefined : statutoryOf(data.timeLimit),
    entity,
  };
}

/** The levels of the vocabulary, for a lookup per value (100,000 items are read at once). */
const LEVELS: ReadonlySet<unknown> = new Set(Object.keys(EXERCISE_LEVEL).map(Number));

function levelsOf(value: unknown): ExerciseLevel[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const levels: ExerciseLevel[] = [];
  for (const level of value) if (LEVELS.has(level)) levels.push(level as ExerciseLevel);
  return levels.length > 0 ? levels : undefined;
}

/** Whether an item is meant for a catalogue of this level; a catalogue without `level` is sure only of items meant for every level. */
export function meantFor(item: UpstreamItem, level: unknown): boolean {
  return item.levels === undefined || (typeof level === 'number' && item.levels.includes(level as ExerciseLevel));
}

/** The titles of a `basis` list as written (entries without a title are `schema`'s business). */
export function basisTitles(basis: unknown): string[] {
  const titles: string[] = [];
  if (!Array.isArray(basis)) return titles;
  for (const entry of basis) {
    const title: unknown = (entry as { title?: unknown } | null | undefined)?.title;
    if (filledText(title) !== undefined) titles.push(title as string);
  }
  return titles;
}

function statutoryOf(timeLimit: unknown): TimeLimitValue | undefined {
  const statutory = recordOf(timeLimit)?.statutory;
  return statutory === 'none' ? 'none' : limitOf(statutory);
}
