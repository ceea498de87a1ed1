import type { Lang } from '../../core/messages.js';
import { timeAmount } from '../../format/time-amount.js';
import {
  EXERCISE_LEVEL,
  HANDLING_FORM,
  ONLINE_DEPTH,
  POWER_STATUS,
  POWER_TYPE,
  SERVICE_OBJECT,
  SOURCE_KIND,
  STEP_FUNCTION,
  STEP_TYPE,
  termOf,
  type Vocabulary,
} from '../../format/vocabulary.js';
import { limitOf } from '../../model/process-graph.js';
import { actionLabel, itemKindLabel, say, WORDS } from './words.js';

/*
 * A compared value as one short readable text: enum values by their labels, time limits as
 * `20 个工作日`, lists by their items' names or titles, anything else as compact JSON. Long texts
 * are cut (the JSON format has every value whole).
 */

const MAX_LENGTH = 160;

/** Which vocabulary names a member's values. */
const VOCABULARY_OF: Readonly<Record<string, Readonly<Record<string | number, { zh: string; en: string }>>>> = {
  type: POWER_TYPE,
  status: POWER_STATUS,
  level: EXERCISE_LEVEL,
  serviceObjects: SERVICE_OBJECT,
  handling: HANDLING_FORM,
  onlineDepth: ONLINE_DEPTH,
  'step.type': STEP_TYPE,
  'step.function': STEP_FUNCTION,
};

/** `key` is the member's name (a Power key, `guide` key, or `step.<member>` for a step's). */
export function valueText(key: string, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return say(WORDS.absent, lang);
  const text = render(key, value, lang);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

const separator = (lang: Lang) => (lang === 'en' ? '; ' : '；');

function render(key: string, value: unknown, lang: Lang): string {
  const vocabulary = VOCABULARY_OF[key];
  if (vocabulary) {
    const label = (v: unknown) => {
      const term = termOf(vocabulary as Vocabulary, v);
      return term ? say(term, lang) : String(v);
    };
    return Array.isArray(value) ? value.map(label).join(separator(lang)) : label(value);
  }
  if (key === 'kind' && typeof value === 'string') return say(itemKindLabel(value), lang);
  if (key === 'fees' && Array.isArray(value) && value.length === 0) return say(WORDS.free, lang);
  if (key === 'timeLimit') return timeLimitText(value, lang);
  if (key === 'source') return sourceText(value, lang);
  if (key === 'disclosure') return disclosureText(value, lang);
  if (key === 'next' || key === 'step.next') return nextText(value);
  return generic(value, lang);
}

function limitText(value: unknown, lang: Lang): string | undefined {
  if (value === 'none') return say(WORDS.noLimit, lang);
  const limit = limitOf(value);
  return limit && say(timeAmount(limit.value, limit.unit), lang);
}

function timeLimitText(value: unknown, lang: Lang): string {
  const t = value as { statutory?: unknown; promised?: unknown; immediate?: unknown };
  const parts: string[] = [];
  const statutory = limitText(t.statutory, lang);
  if (statutory !== undefined) parts.push(`${say(WORDS.statutory, lang)} ${statutory}`);
  if (t.immediate === true) parts.push(say(WORDS.immediate, lang));
  const promised = limitText(t.promised, lang);
  if (promised !== undefined) parts.push(`${say(WORDS.promised, lang)} ${promised}`);
  return parts.length > 0 ? parts.join(lang === 'en' ? ', ' : '，') : generic(value, lang);
}

function sourceText(value: unknown, lang: Lang): string {
  const s = value as { kind?: unknown; from?: unknown };
  const kind = termOf(SOURCE_KIND, s.kind);
  return [kind ? say(kind, lang) : s.kind, s.from].filter((p) => typeof p === 'string' && p !== '').join(lang === 'en' ? ', ' : '，');
}

function disclosureText(value: unknown, lang: Lang): string {
  const d = value as { public?: unknown; withhold?: unknown };
  if (d.public === false) return say(WORDS.notPublic, lang);
  return `${say(WORDS.withheld, lang)}${lang === 'en' ? ': ' : '：'}${Array.isArray(d.withhold) ? d.withhold.join(', ') : ''}`;
}

function nextText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return JSON.stringify(value);
  return value.map((edge: { to?: unknown; label?: unknown }) => (typeof edge?.label === 'string' ? `${String(edge.to)}（${edge.label}）` : String(edge?.to))).join(', ');
}

/** Lists by their items; an object by its title, name, text or URL (a limit as an amount); else JSON. */
function generic(value: unknown, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => generic(item, lang)).join(separator(lang));
  const r = value as Record<string, unknown>;
  const limit = limitText(value, lang);
  if (limit !== undefined) return limit;
  if (typeof r.title === 'string') return typeof r.article === 'string' ? `${r.title} ${r.article}` : r.title;
  if (typeof r.name === 'string') return typeof r.standard === 'string' && r.standard !== '' ? `${r.name}（${r.standard}）` : r.name;
  if (typeof r.text === 'string') return typeof r.stage === 'string' ? `${r.stage}：${r.text}` : r.text;
  if (typeof r.url === 'string') return r.url;
  if (typeof r.date === 'string' && typeof r.action === 'string') return `${r.date} ${say(actionLabel(r.action), lang)}`;
  return JSON.stringify(value);
}
