import { memoOn } from '../util/memo.js';
import { listOf, recordOf, textOf } from './read.js';
import type { CatalogueModel, DepartmentData, Entity, PowerData, ProcessData } from './types.js';

/** One written code: a power's own `code` or one of its sub-items'. */
export interface CodeOccurrence {
  code: string;
  power: Entity<PowerData>;
  /** Path of the `code` value inside the power's document. */
  path: (string | number)[];
  /** Index in `subItems`, or undefined for the power's own code. */
  subItem: number | undefined;
}

export interface Indexes {
  /** First department declared with each id (later ones are `id-duplicate`'s business). */
  departmentById: ReadonlyMap<string, Entity<DepartmentData>>;
  processById: ReadonlyMap<string, Entity<ProcessData>>;
  /** Every code in model order, powers before their own sub-items. */
  codes: readonly CodeOccurrence[];
}

const memo = memoOn<CatalogueModel, Indexes>('indexes');

/** Built once per model and shared by every rule (markdownlint's habit: parse once, derive once). */
export function indexesOf(model: CatalogueModel): Indexes {
  return memo(model, () => ({
    departmentById: firstById(model.departments),
    processById: firstById(model.processes),
    codes: model.powers.flatMap(codeOccurrences),
  }));
}

function firstById<T extends { id: string }>(entities: readonly Entity<T>[]): Map<string, Entity<T>> {
  const byId = new Map<string, Entity<T>>();
  for (const entity of entities) {
    const id = textOf(entity.data.id);
    if (id !== undefined && !byId.has(id)) byId.set(id, entity);
  }
  return byId;
}

function codeOccurrences(power: Entity<PowerData>): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  const own = textOf(power.data.code);
  if (own !== undefined) found.push({ code: own, power, path: ['code'], subItem: undefined });
  listOf(power.data.subItems).forEach((item, i) => {
    const code = textOf(recordOf(item)?.code);
    if (code !== undefined) found.push({ code, power, path: ['subItems', i, 'code'], subItem: i });
  });
  return found;
}
