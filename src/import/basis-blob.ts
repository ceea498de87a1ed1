import { BASIS_LEVEL, type BasisLevel, type BasisRole } from '../format/vocabulary.js';
import type { Basis } from '../model/types.js';
import { splitNumbered } from './list-text.js';

/*
 * 设定依据 / 实施依据 cells: one blob of several documents, as lists write them
 * (`【法律】《中华人民共和国行政许可法》第二十九条 …【行政法规】《…》…`, `1.《…》第…条：…`,
 * `《A法》第十条；《B条例》第五条`) and as powercat's export writes them
 * (`1. 《title》article（level）：text`, columns.ts). Each document becomes one basis entry.
 */

const LEVEL_WORDS: ReadonlyMap<string, BasisLevel> = new Map<string, BasisLevel>([
  ...(Object.entries(BASIS_LEVEL) as [BasisLevel, { zh: string }][]).map(([level, term]) => [term.zh, level] as const),
  ['法规', 'administrative-regulation'],
  ['地方法规', 'local-regulation'],
  ['政府规章', 'government-rule'],
  ['地方规章', 'government-rule'],
  ['其他规范性文件', 'normative-document'],
  ['文件', 'normative-document'],
]);
const LEVEL_PATTERN = [...LEVEL_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
/** `【法律】`, `[法律]`, `〔法律〕` before a document. */
const LEVEL_TAG = new RegExp(`[【\\[〔](${LEVEL_PATTERN})[】\\]〕]`, 'g');
/** The export's `（法律）` after a document's article, followed by its text or the end. */
const EXPORT_LEVEL = new RegExp(`（(${LEVEL_PATTERN})）(?=：|$)`);
/** `第三十条`, `第三十条第一款第（二）项`, `第三十条、第三十二条` at the start of what follows a title. */
const ARTICLE = /^(?:第[^条款项章节\s]{1,12}[条款项章节](?:第[^条款项\s]{1,8}[款项])*(?:[、，,和及与至\s]*(?=第))?)+/;

export interface BasisEntries {
  entries: Basis[];
  /** How many levels were guessed from a title (no 【法律】 tag, no （法律） after it). */
  guessed: number;
  /** Entries that name no document in 《》 (kept whole as the title, level `other`). */
  untitled: number;
}

export function parseBasisBlob(text: string, role: BasisRole): BasisEntries {
  const result: BasisEntries = { entries: [], guessed: 0, untitled: 0 };
  for (const chunk of chunksOf(text)) {
    const entry = entryOf(chunk, result);
    if (entry) result.entries.push(role === 'setting' ? { ...entry, role } : entry);
  }
  return result;
}

/** The documents of a blob: numbered items, else one per level tag, else one per 《 that starts a sentence. */
function chunksOf(text: string): string[] {
  const numbered = splitNumbered(text);
  if (numbered && numbered.items.length > 0) {
    // A preamble that ends with a colon is a heading (实施依据：), not a document.
    const preamble = numbered.preamble !== undefined && !/[:：]$/.test(numbered.preamble) ? [numbered.preamble] : [];
    return [...preamble, ...numbered.items];
  }
  const tags = [...text.matchAll(LEVEL_TAG)].map((m) => m.index!);
  if (tags.length > 0) return splitAt(text, tags);
  const starts = [...text.matchAll(/(?:^|[；;。\n、])\s*(?=《)/g)].map((m) => m.index! + m[0].length);
  return splitAt(text, starts.length > 0 ? starts : [0]);
}

function splitAt(text: string, starts: number[]): string[] {
  const cuts = starts[0] === 0 ? starts : [0, ...starts];
  return cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length).trim().replace(/^[、；;，,]+|[、；;，,]+$/g, '').trim()).filter((c) => c !== '');
}

function entryOf(chunk: string, result: BasisEntries): Basis | undefined {
  let rest = chunk.trim();
  let level: BasisLevel | undefined;
  const tag = new RegExp(`^[【\\[〔](${LEVEL_PATTERN})[】\\]〕]\\s*`).exec(rest);
  if (tag) {
    level = LEVEL_WORDS.get(tag[1]!);
    rest = rest.slice(tag[0].length);
  }
  const exported = exportedEntry(rest);
  if (exported) return level !== undefined ? { ...exported, level } : exported;
  const open = rest.indexOf('《');
  const close = open >= 0 ? closingMark(rest, open) : -1;
  if (open < 0 || close < 0) {
    if (rest === '') return undefined;
    result.untitled++;
    return { level: level ?? 'other', title: rest };
  }
  const title = rest.slice(open + 1, close).trim();
  const after = rest.slice(close + 1).trim();
  const article = ARTICLE.exec(after)?.[0].trim();
  const body = (article !== undefined ? after.slice(ARTICLE.exec(after)![0].length) : after).replace(/^[\s:：，,]+/, '').replace(/[；;]+$/, '').trim();
  const lead = rest.slice(0, open).replace(/[\s:：，,]+$/, '').replace(/^(依据|根据|按照|按|据)$/, '').trim();
  if (level === undefined) {
    level = levelOfTitle(title);
    result.guessed++;
  }
  return {
    level,
    title,
    ...(article !== undefined && article !== '' ? { article } : {}),
    ...(body !== '' || lead !== '' ? { text: [lead, body].filter((t) => t !== '').join(' ') } : {}),
  };
}

/** The export's own line, `《title》article（level）：text` (columns.ts); undefined for anything else. */
function exportedEntry(line: string): Basis | undefined {
  if (!line.startsWith('《')) return undefined;
  const marker = EXPORT_LEVEL.exec(line);
  if (!marker) return undefined;
  const head = line.slice(0, marker.index);
  const close = head.lastIndexOf('》');
  if (close < 1) return undefined;
  const article = head.slice(close + 1);
  const text = line.slice(marker.index + marker[0].length + 1);
  return {
    level: LEVEL_WORDS.get(marker[1]!)!,
    title: head.slice(1, close),
    ...(article !== '' ? { article } : {}),
    ...(marker.index + marker[0].length < line.length ? { text } : {}),
  };
}

/** The 》 that closes the 《 at `open`, counting nested 《》 (关于修改《X》的决定). */
function closingMark(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && --depth === 0) return i;
  }
  return -1;
}

const PLACE = /^(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗))/;

/**
 * A level guessed from a title when the list gives none: laws end 法 (not 办法), the State
 * Council's decisions say so, regulations end 条例 (local when a place name comes first), rules
 * end 办法/规定/细则/规则, documents end 通知/意见/方案. The report says how many were guessed.
 */
export function levelOfTitle(raw: string): BasisLevel {
  const title = raw.replace(/[（(][^（()）]*[)）]$/, '').trim();
  const national = title.startsWith('中华人民共和国');
  if (/国务院.*决定$/.test(title)) return 'state-council-decision';
  if (/法$/.test(title) && !/办法$/.test(title)) return 'law';
  if (/条例$/.test(title)) return !national && PLACE.test(title) ? 'local-regulation' : 'administrative-regulation';
  if (/(办法|规定|细则|规则)$/.test(title)) return 'rule';
  if (/(通知|意见|方案|决定|规范|目录|标准|公告|批复|函)$/.test(title)) return 'normative-document';
  return 'other';
}
