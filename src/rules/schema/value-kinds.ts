import type { Words } from '../../core/messages.js';

/** What JSON Schema calls a value's type, as a message says it in each language. */
const TYPE_WORDS: Readonly<Record<string, Words>> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  object: { zh: '对象（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'empty' },
};

/** `string`, `string,null`: the type (or the types) a schema expects, in words. */
export function typeWords(types: string): Words {
  const words = types.split(',').map((type) => TYPE_WORDS[type] ?? { zh: type, en: type });
  return { zh: words.map((w) => w.zh).join('或'), en: words.map((w) => w.en).join(' or ') };
}

/** The type of a value as read from YAML, in words. */
export function valueTypeWords(value: unknown): Words {
  if (value === null || value === undefined) return typeWords('null');
  if (Array.isArray(value)) return typeWords('array');
  if (typeof value === 'number') return typeWords(Number.isInteger(value) ? 'integer' : 'number');
  return typeWords(typeof value);
}

/** A schema's title, written `中文 (english)` (src/schema): what a value of it is called. */
export function titleWords(schema: unknown): Words {
  const title = (schema as { title?: unknown } | undefined)?.title;
  const parts = typeof title === 'string' ? /^(.*?)\s*\((.*)\)$/.exec(title) : null;
  return parts ? { zh: parts[1]!, en: parts[2]! } : { zh: '规定的格式', en: 'the required form' };
}
