/*
 * 统一社会信用代码 (USCC, GB 32100-2015): 18 characters — registration authority 1, category 1,
 * region 6, organisation code 9 (GB 11714: body 8 + check 1), check character 1. See DOMAIN.md §3.
 */

/** The USCC alphabet; a character's value is its index (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** 18 characters of the USCC alphabet (upper case), without checking either check character. */
export const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** What is wrong with a USCC, the first problem found: length, then alphabet, then the two checks. */
export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; character: string; position: number }
  | { kind: 'organisation-check'; expected: string; actual: string }
  | { kind: 'check'; expected: string; actual: string };

/**
 * Checks a USCC after upper-casing it (lower-case input is valid once upper-cased; `uscc-case`
 * warns about it). Returns undefined for a valid code. Positions are 1-based.
 */
export function usccProblem(value: string): UsccProblem | undefined {
  const chars = [...value.toUpperCase()];
  if (chars.length !== 18) return { kind: 'length', length: chars.length };
  const position = chars.findIndex((c) => !USCC_ALPHABET.includes(c));
  if (position >= 0) return { kind: 'character', character: chars[position]!, position: position + 1 };
  const code = chars.join('');
  const organisation = organisationCheckChar(code.slice(8, 16));
  if (organisation !== code[16]) return { kind: 'organisation-check', expected: organisation, actual: code[16]! };
  const check = usccCheckChar(code.slice(0, 17));
  if (check !== code[17]) return { kind: 'check', expected: check, actual: code[17]! };
  return undefined;
}

export function isValidUscc(value: string): boolean {
  return usccProblem(value) === undefined;
}

/** The 18th character for 17 characters of the USCC alphabet (upper case). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character (position 17 of a USCC) for the 8-character organisation body (upper case). */
export function organisationCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Digits 0–9, letters A–Z = 10–35. */
function charValue(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}
