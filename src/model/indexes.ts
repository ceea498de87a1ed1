import { memoOn } from '../util/memo.js';
import { listOf, recordOf, textOf } from './read.js';
import type { CatalogueModel, DepartmentData, Entity, PowerData, ProcessData } from './types.js';

type Path = (string | number)[];

/** One written code: a power's own `code`, a sub-item's, or a handling item's (of the power or of a sub-item). */
export interface CodeOccurrence {
  code: string;
  power: Entity<PowerData>;
  holder: 'power' | 'subItem' | 'handlingItem';
  /** The `name` written beside the code. */
  name: string | undefined;
  /** Path of the object that holds the code inside the power's document (`[]` for the power). */
  itemPath: Path;
  /** Path of the `code` value inside the power's document. */
  path: Path;
  /** A handling item's parent: the power or sub-item it belongs to, whose code it extends (when that code is written). */
  parent?: CodeOccurrence;
}

export interface Indexes {
  /** First department declared with each id (later ones are `id-duplicate`'s business). */
  departmentById: ReadonlyMap<string, Entity<DepartmentData>>;
  processById: ReadonlyMap<string, Entity<ProcessData>>;
  /** Every code in model order: a power, then each sub-item followed by its handling items, then the power's handling items. */
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

/** A power's codes in model order (see Indexes.codes). */
export function codeOccurrences(power: Entity<PowerData>): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  const add = (holder: CodeOccurrence['holder'], item: unknown, itemPath: Path, parent?: CodeOccurrence) => {
    const record = recordOf(item);
    const code = textOf(record?.code);
    const occurrence = code === undefined ? undefined : { code, power, holder, name: textOf(record?.name), itemPath, path: [...itemPath, 'code'], ...(parent && { parent }) };
    if (occurrence) found.push(occurrence);
    return occurrence;
  };
  const handlingItems = (holder: unknown, holderPath: Path, parent: CodeOccurrence | undefined) =>
    listOf(recordOf(holder)?.handlingItems).forEach((item, i) => add('handlingItem', item, [...holderPath, 'handlingItems', i], parent));
  const own = add('power', power.data, []);
  listOf(power.data.subItems).forEach((item, i) => handlingItems(item, ['subItems', i], add('subItem', item, ['subItems', i])));
  handlingItems(power.data, [], own);
  return found;
}
