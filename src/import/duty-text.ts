import type { PowerData } from '../model/types.js';
import { pairBases, splitItems, withBasisNote } from './list-text.js';

/*
 * 责任事项, 追责情形 and 收费 cells: numbered lists as lists write them (`1.受理责任：…`) and as the
 * export writes them (`1. 受理：…（依据：…）`, `1. 工本费：每证 10 元（依据：…）`, `不收费`).
 */

type Responsibility = NonNullable<PowerData['responsibilities']>[number];
type Accountability = NonNullable<PowerData['accountability']>[number];
type Fee = NonNullable<PowerData['fees']>[number];

/** `受理责任：…` → stage 受理; an item without a stage before a colon has none (the caller reports it). */
export function parseResponsibilities(text: string, basisText?: string): { entries: Partial<Responsibility>[]; withoutStage: number } {
  const items = splitItems(text).map(withBasisNote);
  const bases = basisText !== undefined ? pairBases(items.length, basisText) : [];
  let withoutStage = 0;
  const entries = items.map((item, i) => {
    const staged = /^([^：:\n（(]{1,15}?)[：:]\s*([\s\S]+)$/.exec(item.text);
    const basis = item.basis ?? bases[i];
    if (!staged) withoutStage++;
    const entry: Partial<Responsibility> = staged ? { stage: staged[1]!.trim().replace(/(?<=.)(环节)?责任$/, ''), text: staged[2]!.trim() } : { text: item.text };
    return basis !== undefined && basis !== '' ? { ...entry, basis } : entry;
  });
  return { entries, withoutStage };
}

export function parseAccountability(text: string, basisText?: string): Accountability[] {
  const items = splitItems(text).map(withBasisNote);
  const bases = basisText !== undefined ? pairBases(items.length, basisText) : [];
  return items.map((item, i) => {
    const basis = item.basis ?? bases[i];
    return basis !== undefined && basis !== '' ? { text: item.text, basis } : { text: item.text };
  });
}

const NO_FEES = /^(不收费|免费|免收|无|否|不收取任何费用|不收取费用|不涉及收费|零收费)[。.]?$/;

/** 收费 cells: `不收费` → `[]` (FORMAT: an empty list is 不收费); `是` says nothing (undefined). */
export function parseFees(text: string): { fees: Partial<Fee>[] } | undefined {
  const plain = text.trim();
  if (NO_FEES.test(plain)) return { fees: [] };
  if (/^(是|收费)$/.test(plain)) return undefined;
  const fees = splitItems(plain).map((item): Partial<Fee> => {
    const { text: body, basis } = withBasisNote(item);
    const named = /^([^：:\n]{1,20})[：:]\s*([\s\S]+)$/.exec(body);
    const titles = basis ?? (body.match(/《[^》]+》/g)?.join('、') || undefined);
    return {
      name: named ? named[1]!.trim() : '收费',
      standard: named ? named[2]!.trim() : body,
      ...(titles !== undefined ? { basis: titles } : {}),
    };
  });
  return { fees };
}
