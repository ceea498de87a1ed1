import { compareStrings } from '../../core/compare.js';
import type { Lang } from '../../core/messages.js';
import { PROCESS_VIEW } from '../../format/vocabulary.js';
import { sameValue } from '../same-value.js';
import type { CodeDetail, DepartmentChange, ItemsChange, ProcessChange, ValueChange } from '../result.js';
import type { ComparedField } from '../version.js';
import { valueText } from './values.js';
import { actionLabel, fieldLabel, guideLabel, itemLabel, say, stepLabel, WORDS } from './words.js';

/*
 * One readable line per changed value of a power, in the report's language: where (the field,
 * then the guide key, the process view and step, or the item), then old → new. Text and
 * Markdown print these lines, each escaping them for where they go.
 */

const arrow = ' → ';
const path = (parts: readonly string[]) => parts.join(' · ');
const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');

function changeLine(where: readonly string[], key: string, change: ValueChange, lang: Lang): string {
  return `${path(where)}${colon(lang)}${valueText(key, change.old, lang)}${arrow}${valueText(key, change.new, lang)}`;
}

export function detailLines(detail: CodeDetail, lang: Lang): string[] {
  const lines: string[] = [];
  for (const [field, change] of Object.entries(detail.fields ?? {}) as [ComparedField, NonNullable<CodeDetail['fields']>[ComparedField]][]) {
    const label = say(fieldLabel(field), lang);
    if (field === 'process') lines.push(...processLines(label, change as ProcessChange, lang));
    else if (field === 'subItems' || field === 'handlingItems') lines.push(...itemLines([label], change as ItemsChange, lang));
    else if (field === 'guide') lines.push(...guideLines(label, change as ValueChange, lang));
    else if (field === 'department') {
      const as = (change as DepartmentChange).as;
      const note = as === undefined ? '' : lang === 'en' ? ` (${actionLabel(as).en})` : `（${actionLabel(as).zh}）`;
      lines.push(`${changeLine([label], field, change as ValueChange, lang)}${note}`);
    } else lines.push(changeLine([label], field, change as ValueChange, lang));
  }
  return lines;
}

/** One line per guide key that differs. */
function guideLines(label: string, change: ValueChange, lang: Lang): string[] {
  const old = (change.old ?? {}) as Record<string, unknown>;
  const next = (change.new ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(old), ...Object.keys(next)])]
    .filter((key) => !sameValue(old[key], next[key]))
    .sort(compareStrings)
    .map((key) => changeLine([label, say(guideLabel(key), lang)], key, { old: old[key], new: next[key] }, lang));
}

function processLines(label: string, change: ProcessChange, lang: Lang): string[] {
  const lines: string[] = [];
  for (const view of ['external', 'internal'] as const) {
    const steps = change[view];
    if (!steps) continue;
    const where = [label, say(PROCESS_VIEW[view], lang)];
    for (const step of steps.added) lines.push(`${path([...where, say(WORDS.addedStep, lang)])}${colon(lang)}${step.name} (${step.id})`);
    for (const step of steps.removed) lines.push(`${path([...where, say(WORDS.removedStep, lang)])}${colon(lang)}${step.name} (${step.id})`);
    for (const [id, members] of Object.entries(steps.changed)) {
      for (const [key, value] of Object.entries(members)) {
        lines.push(changeLine([...where, `${say(WORDS.step, lang)} ${id}`, say(stepLabel(key), lang)], `step.${key}`, value, lang));
      }
    }
  }
  return lines;
}

function itemLines(where: readonly string[], change: ItemsChange, lang: Lang): string[] {
  const lines: string[] = [];
  for (const item of change.added) lines.push(`${path([...where, say(WORDS.addedItem, lang)])}${colon(lang)}${item.code} ${item.name}`);
  for (const item of change.removed) lines.push(`${path([...where, say(WORDS.removedItem, lang)])}${colon(lang)}${item.code} ${item.name}`);
  for (const [code, members] of Object.entries(change.changed)) {
    for (const [key, value] of Object.entries(members)) {
      const at = [...where, code, say(itemLabel(key), lang)];
      if (key === 'handlingItems') lines.push(...itemLines(at, value as ItemsChange, lang));
      else lines.push(changeLine(at, key, value as ValueChange, lang));
    }
  }
  return lines;
}
