import { pinyin } from 'pinyin-pro';
import { compareStrings } from '../core/compare.js';
import type { DepartmentOrder } from '../format/vocabulary.js';
import { textOf } from '../model/read.js';
import type { DepartmentData, Entity } from '../model/types.js';

/** `site.departmentOrder` as written; anything else (the schema reports it) is the default. */
export function departmentOrderOf(site: Record<string, unknown> | undefined): DepartmentOrder {
  return site?.departmentOrder === 'pinyin' ? 'pinyin' : 'catalogue';
}

/** A name's syllables without tones, then with them: `shi chang jian du …`, so 市 and 是 sort together by tone. */
function pinyinKey(name: string): [string, string] {
  const syllables = (toneType: 'none' | 'num') => pinyin(name.normalize('NFKC'), { toneType, type: 'array', v: true, nonZh: 'consecutive' }).join(' ');
  return [syllables('none'), syllables('num')];
}

/**
 * Department ids in the order readers meet them: the catalogue's (the Department documents as
 * loaded: file path order, then document order), or by the pinyin of their names. Ids no
 * Department defines come last, by id. Never by id alone: ids are English slugs.
 */
export function orderDepartments(ids: Iterable<string>, departmentById: ReadonlyMap<string, Entity<DepartmentData>>, order: DepartmentOrder): string[] {
  const position = new Map([...departmentById.keys()].map((id, i) => [id, i]));
  const inCatalogue = (a: string, b: string) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || compareStrings(a, b);
  const sorted = [...ids].sort(inCatalogue);
  if (order === 'catalogue') return sorted;
  const keys = new Map(sorted.map((id) => [id, pinyinKey(textOf(departmentById.get(id)?.data.name) ?? id)]));
  const rank = new Map(sorted.map((id, i) => [id, i]));
  return sorted.sort((a, b) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    return compareStrings(ka[0], kb[0]) || compareStrings(ka[1], kb[1]) || rank.get(a)! - rank.get(b)!;
  });
}
