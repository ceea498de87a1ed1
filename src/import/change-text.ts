import { HANDLING_ITEM_KIND, HISTORY_ACTION, type HandlingItemKind, type HistoryAction } from '../format/vocabulary.js';
import type { HandlingItem, HistoryEntry, TimeLimit } from '../model/types.js';
import { parseDate, parseUrl } from './cell-values.js';
import { splitItems } from './list-text.js';
import { parseTimeLimit } from './time-limit-text.js';

/*
 * 业务办理项 and 调整记录 cells as powercat's export writes them (format v2, columns.ts): one
 * numbered item each, its parts joined by `，` and labelled (`所属子项：…`, `调整依据：…`).
 */

const byLabel = <V extends string>(vocabulary: Readonly<Record<V, { zh: string }>>) =>
  new Map((Object.entries(vocabulary) as [V, { zh: string }][]).map(([value, term]) => [term.zh, value]));
const KINDS = byLabel<HandlingItemKind>(HANDLING_ITEM_KIND);
const ACTIONS = byLabel<HistoryAction>(HISTORY_ACTION);

/** A limit as the export writes it: `20 个工作日（note）`, or `无法定时限` / `无承诺时限`. */
const LIMIT = '(?:\\d[^，（]*(?:（[^）]*）)?|无法定时限|无承诺时限)';
const HANDLING_ITEM = new RegExp(
  `^(?<head>[\\s\\S]*?)(?:，所属子项：(?<subItem>[^，]*))?(?:，法定时限：(?<statutory>${LIMIT}))?(?:，(?<immediate>即办件)|，承诺时限：(?<promised>${LIMIT}))?(?:，网上办理：(?<online>[^，]*))?(?:，备注：(?<note>[\\s\\S]*))?$`,
);

export type ImportedHandlingItem = Partial<HandlingItem> & { subItem?: string };

/** Handling items; each says which sub-item it belongs to, when it does (`所属子项`). Undefined when an item is not in this form. */
export function parseHandlingItems(text: string): ImportedHandlingItem[] | undefined {
  const items: ImportedHandlingItem[] = [];
  for (const item of splitItems(text)) {
    const parts = HANDLING_ITEM.exec(item)?.groups;
    const head = parts && /^(\S+)\s+([\s\S]+)$/.exec(parts.head!);
    if (!parts || !head) return undefined;
    let name = head[2]!;
    const kindMatch = /（([^（）]+)）$/.exec(name);
    const kind = kindMatch ? KINDS.get(kindMatch[1]!) : undefined;
    if (kind) name = name.slice(0, kindMatch!.index);
    const timeLimit: TimeLimit = {};
    for (const which of ['statutory', 'promised'] as const) {
      const limit = parts[which] === undefined ? undefined : parseTimeLimit(parts[which]);
      if (limit?.kind === 'limit') timeLimit[which] = limit.limit;
      else if (limit?.kind === 'none') timeLimit[which] = 'none';
    }
    if (parts.immediate) timeLimit.immediate = true;
    const online = parts.online === undefined ? undefined : parseUrl(parts.online);
    items.push({
      code: head[1]!,
      name,
      ...(kind ? { kind } : {}),
      ...(Object.keys(timeLimit).length > 0 ? { timeLimit } : {}),
      ...(online ? { online: { url: online } } : {}),
      ...(parts.note !== undefined ? { note: parts.note } : {}),
      ...(parts.subItem !== undefined ? { subItem: parts.subItem } : {}),
    });
  }
  return items;
}

const HISTORY = /^(?<date>\S+) (?<action>[^，]+)(?:，调整依据：(?<basis>[\s\S]*?))?(?:，原事项编码：(?<from>[^，]*))?(?:，备注：(?<note>[\s\S]*))?$/;

/** Change history entries (`2024-01-01 调整，调整依据：…，原事项编码：a；b，备注：…`); undefined when one is not in this form. */
export function parseHistory(text: string): HistoryEntry[] | undefined {
  const entries: HistoryEntry[] = [];
  for (const item of splitItems(text)) {
    const parts = HISTORY.exec(item)?.groups;
    const date = parts && parseDate(parts.date!);
    const action = parts && ACTIONS.get(parts.action!.trim());
    if (!parts || date === undefined || action === undefined) return undefined;
    entries.push({
      date,
      action,
      ...(parts.basis !== undefined ? { basis: parts.basis } : {}),
      ...(parts.from !== undefined ? { from: parts.from.split('；') } : {}),
      ...(parts.note !== undefined ? { note: parts.note } : {}),
    });
  }
  return entries;
}
