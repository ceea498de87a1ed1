import { POWER_TYPE, type PowerType } from '../format/vocabulary.js';

/*
 * How published lists name a power's type, to the format's type. The format's own names come from
 * the vocabulary (value, national code with and without its leading zero, Chinese label); the
 * rest are spellings other systems use (DOMAIN.md §2): Sichuan's letters, names of older lists,
 * short names. A map file may add more (`types:`), e.g. for a vendor whose 03 means 处罚.
 */

const OTHER_SPELLINGS: Readonly<Record<string, PowerType>> = {
  // Sichuan (四川省一体化政务服务平台)
  '1A': 'licensing',
  '1B': 'penalty',
  '1C': 'coercion',
  '1D': 'levy',
  '1E': 'adjudication',
  '1F': 'confirmation',
  '1G': 'payment',
  '1H': 'reward',
  '1I': 'inspection',
  '1Z': 'other',
  // outside GB/T 39046's table, seen in real data for "other"
  '99': 'other',
  // short names
  许可: 'licensing',
  处罚: 'penalty',
  强制: 'coercion',
  征收: 'levy',
  给付: 'payment',
  检查: 'inspection',
  确认: 'confirmation',
  奖励: 'reward',
  裁决: 'adjudication',
  其他: 'other',
  // older lists' names
  行政审批: 'licensing',
  行政审批事项: 'licensing',
  非行政许可审批: 'other',
  行政强制措施: 'coercion',
  行政强制执行: 'coercion',
  行政征用: 'levy',
  行政监督: 'inspection',
  行政监督检查: 'inspection',
  监督检查: 'inspection',
  审核转报: 'other',
  其他职权: 'other',
  其他权力: 'other',
  其他行政职权: 'other',
  其他行政权力事项: 'other',
  // 备案 has no type of its own in GB/T 39046; lists that file it separately mean "other"
  行政备案: 'other',
  备案: 'other',
  公共服务事项: 'public-service',
};

/** Case, width and spaces do not matter; a trailing 类 (许可类) neither. */
function typeKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase().replace(/类$/, '');
}

export type TypeAliases = ReadonlyMap<string, PowerType>;

/** The alias table: the vocabulary's names, the other spellings, then the map file's (which win). */
export function typeAliases(extra: Readonly<Record<string, PowerType>> = {}): TypeAliases {
  const table = new Map<string, PowerType>();
  for (const [type, term] of Object.entries(POWER_TYPE) as [PowerType, (typeof POWER_TYPE)[PowerType]][]) {
    table.set(typeKey(type), type);
    table.set(typeKey(term.code), type);
    table.set(typeKey(String(Number(term.code))), type);
    table.set(typeKey(term.zh), type);
  }
  for (const [spelling, type] of Object.entries(OTHER_SPELLINGS)) table.set(typeKey(spelling), type);
  for (const [spelling, type] of Object.entries(extra)) table.set(typeKey(spelling), type);
  return table;
}

export function typeOf(text: string, aliases: TypeAliases): PowerType | undefined {
  return aliases.get(typeKey(text));
}
