import { nationalCodeOf, type NationalCode } from '../domain/national-code.js';
import type { CodeProfile } from '../format/vocabulary.js';
import type { Notes } from './notes.js';
import type { PowerDraft } from './rows-to-powers.js';

/*
 * Codes as published, never cleaned. The catalogue's `codeProfile` is `national` when most codes
 * are national codes (then the linter names the others), else `free`. A missing sub-item code is
 * derived where FORMAT's code rules say what it must be — under `national`, the power's code
 * with its last 3 characters numbered 001, 002 … (`code-subitem`) — and reported otherwise.
 */

export function codeProfileFor(drafts: readonly PowerDraft[]): CodeProfile {
  const codes = drafts.flatMap((d) => [d.data.code, ...d.subItems.map((s) => s.code)]).filter((c): c is string => typeof c === 'string' && c !== '');
  const national = codes.filter((code) => nationalCodeOf(code) !== undefined).length;
  return codes.length > 0 && national * 2 > codes.length ? 'national' : 'free';
}

/** USCC and level of a 31-char code ('' for a 12-char one): a sub-item keeps its power's. */
const prefixOf = (code: NationalCode) => (code.uscc ?? '') + (code.level ?? '');

export function settleCodes(drafts: readonly PowerDraft[], profile: CodeProfile, notes: Notes): void {
  const taken = new Set(drafts.flatMap((d) => [d.data.code, ...d.subItems.map((s) => s.code)]).filter((c): c is string => typeof c === 'string'));
  for (const draft of drafts) {
    if (draft.codeFromSubItems) parentFromSubItems(draft, profile, notes, taken);
    deriveSubItemCodes(draft, profile, notes, taken);
    if (typeof draft.data.code !== 'string') {
      notes.problem({ row: draft.row }, {
        'zh-CN': `事项“${String(draft.data.name ?? '')}”没有编码；已写入清单但不含 code，powercat lint 会报告，请补上`,
        en: `item "${String(draft.data.name ?? '')}" has no code; it is in the catalogue without one, powercat lint reports it: add it`,
      });
    }
  }
}

function parentFromSubItems(draft: PowerDraft, profile: CodeProfile, notes: Notes, taken: Set<string>): void {
  const codes = draft.subItems.map((s) => (s.code === undefined ? undefined : nationalCodeOf(s.code)));
  const first = codes[0];
  const shared =
    profile === 'national' && first && first.form !== 'handling' && codes.every((c) => c && c.form === first.form && prefixOf(c) === prefixOf(first) && c.main === first.main);
  if (!shared) {
    notes.problem({ row: draft.row }, {
      'zh-CN': `各子项行的编码不同，事项本身的编码表中没有给出，也无法按国家编码规则由子项编码推出；事项写入时不含 code，请补上`,
      en: 'the sub-item rows have codes of their own, the item has none in the list, and none follows from the sub-item codes under the national code rules; the item is written without code: add it',
    });
    return;
  }
  const code = `${prefixOf(first)}${first.main}00Y`;
  draft.data.code = code;
  taken.add(code);
  notes.note({ row: draft.row }, {
    'zh-CN': `事项编码由子项编码推出：${code}（前 9 位沿用子项，以 00Y 结尾）`,
    en: `the item's code follows from its sub-items' codes: ${code} (their first 9 characters, then 00Y)`,
  });
}

function deriveSubItemCodes(draft: PowerDraft, profile: CodeProfile, notes: Notes, taken: Set<string>): void {
  const missing = draft.subItems.filter((s) => s.code === undefined);
  if (missing.length === 0) return;
  const parentCode = typeof draft.data.code === 'string' ? draft.data.code : undefined;
  const parent = profile === 'national' && parentCode !== undefined ? nationalCodeOf(parentCode) : undefined;
  const derived: string[] = [];
  draft.subItems.forEach((sub, i) => {
    if (sub.code !== undefined) return;
    const code = parent && parent.form !== 'handling' && i < 999 ? `${prefixOf(parent)}${parent.main}${String(i + 1).padStart(3, '0')}` : undefined;
    if (code !== undefined && !taken.has(code)) {
      sub.code = code;
      taken.add(code);
      derived.push(code);
      return;
    }
    const why =
      code !== undefined
        ? { 'zh-CN': `按顺序应为 ${code}，但该编码已被占用`, en: `it would be ${code} by its position, which is taken` }
        : parentCode === undefined
          ? { 'zh-CN': '事项本身也没有编码', en: 'its item has no code either' }
          : { 'zh-CN': `事项编码“${parentCode}”不是国家编码，子项编码无规则可推`, en: `the item's code "${parentCode}" is not a national code, so no rule gives the sub-item's` };
    notes.problem({ row: sub.row }, {
      'zh-CN': `子项“${sub.name}”没有编码，${why['zh-CN']}；子项写入时不含 code，请补上`,
      en: `sub-item "${sub.name}" has no code and ${why.en}; it is written without code: add it`,
    });
  });
  if (derived.length > 0) {
    notes.note({ row: draft.row }, {
      'zh-CN': `${derived.length} 个子项的编码由事项编码“${parentCode}”按顺序推出：${derived.join('、')}`,
      en: `${derived.length} sub-item codes follow from the item's code "${parentCode}" by position: ${derived.join(', ')}`,
    });
  }
}
