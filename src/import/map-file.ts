import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { isTermOf, POWER_TYPE, type PowerType } from '../format/vocabulary.js';
import { yamlLibrary } from '../load/yaml-library.js';
import { didYouMean } from '../util/did-you-mean.js';
import { FIELDS, isField, type MapTarget } from './headers.js';

/**
 * `--map MAP.yaml`: column header → field (or `ignore`), and optionally `types:`, other spellings
 * of power types → the format's type:
 *
 *     责任处室: undertaker
 *     内部编号: ignore
 *     types:
 *       "03": penalty
 */
export interface ImportMap {
  columns: ReadonlyMap<string, MapTarget>;
  types: Readonly<Record<string, PowerType>>;
}

export const EMPTY_MAP: ImportMap = { columns: new Map(), types: {} };

export function readImportMap(path: string): ImportMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError({ 'zh-CN': `--map ${path}：无法读取该文件`, en: `--map ${path}: cannot read the file` });
  }
  const doc = yamlLibrary().parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    const where = error!.linePos?.[0];
    throw new UsageError({
      'zh-CN': `--map ${path}${where ? `:${where.line}:${where.col}` : ''}：不是有效的 YAML（${error!.message.split('\n')[0]}）`,
      en: `--map ${path}${where ? `:${where.line}:${where.col}` : ''}: not valid YAML (${error!.message.split('\n')[0]})`,
    });
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError({ 'zh-CN': `--map ${path}：应为“列标题: 字段”的映射`, en: `--map ${path}: expected a mapping of "column header: field"` });
  }
  const columns = new Map<string, MapTarget>();
  let types: Record<string, PowerType> = {};
  for (const [header, target] of Object.entries(value as Record<string, unknown>)) {
    if (header === 'types' && target !== null && typeof target === 'object') {
      types = readTypes(path, target as Record<string, unknown>);
      continue;
    }
    if (target !== 'ignore' && !isField(target)) {
      const near = typeof target === 'string' ? didYouMean(target, [...FIELDS, 'ignore']) : undefined;
      throw new UsageError({
        'zh-CN': `--map ${path}：列“${header}”对应的“${String(target)}”不是可导入的字段${near ? `，是否应为 ${near}？` : ''}（字段列表见 docs/import.md）`,
        en: `--map ${path}: "${String(target)}" for column "${header}" is not a field the importer fills${near ? `; did you mean ${near}?` : ''} (the fields are listed in docs/import.md)`,
      });
    }
    columns.set(header.trim(), target);
  }
  return { columns, types };
}

function readTypes(path: string, entries: Record<string, unknown>): Record<string, PowerType> {
  const types: Record<string, PowerType> = {};
  for (const [spelling, type] of Object.entries(entries)) {
    if (!isTermOf(POWER_TYPE, type)) {
      const near = typeof type === 'string' ? didYouMean(type, Object.keys(POWER_TYPE)) : undefined;
      throw new UsageError({
        'zh-CN': `--map ${path}：types 中“${spelling}”对应的“${String(type)}”不是权力类型${near ? `，是否应为 ${near}？` : ''}`,
        en: `--map ${path}: "${String(type)}" for "${spelling}" under types is not a power type${near ? `; did you mean ${near}?` : ''}`,
      });
    }
    types[spelling] = type;
  }
  return types;
}
