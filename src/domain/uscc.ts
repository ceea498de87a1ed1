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

/** GB 32100 position 1: the registration authorities (1–9 such as 1 机构编制, 5 民政, 9 市场监管; A, N, Y). */
const REGISTRATION_AUTHORITY = /^[1-9ANY]$/;

/**
 * Well-formed beyond its checksums: a registration authority first, a 6-digit region part, and
 * both check characters right — what a one-character repair of a short code must give.
 */
function isWellFormedUscc(code: string): boolean {
  return REGISTRATION_AUTHORITY.test(code[0]!) && /^\d{6}$/.test(code.slice(2, 8)) && usccProblem(code) === undefined;
}

/**
 * The USCC a 17-character code was meant to be: the one single-character insertion that gives a
 * well-formed USCC, when exactly one does (FORMAT §3 `uscc-invalid`). Checked after upper-casing.
 */
export function usccByInsertion(value: string): string | undefined {
  const chars = [...value.toUpperCase()];
  if (chars.length !== 17 || chars.some((c) => !USCC_ALPHABET.includes(c))) return undefined;
  const code = chars.join('');
  const found = new Set<string>();
  for (let at = 0; at <= 17; at++) {
    for (const inserted of USCC_ALPHABET) {
      const candidate = code.slice(0, at) + inserted + code.slice(at);
      if (isWellFormedUscc(candidate)) found.add(candidate);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/*
 * 组织机构代码 (GB 11714): 8 body characters (digits, capital letters) and a check character (a
 * digit or X); a hyphen may stand before the check character (`00877868-5`).
 */

/** What is wrong with an organisation code: length, then alphabet, then the check. Positions are 1-based, in the text as written. */
export type OrgCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; character: string; position: number }
  | { kind: 'check'; expected: string; actual: string };

export function orgCodeProblem(value: string): OrgCodeProblem | undefined {
  const written = [...value];
  const hyphenated = written.length === 10 && written[8] === '-';
  const chars = hyphenated ? [...written.slice(0, 8), written[9]!] : written;
  if (chars.length !== 9) return { kind: 'length', length: chars.length };
  const position = chars.findIndex((c, i) => !(i < 8 ? /^[0-9A-Z]$/ : /^[0-9X]$/).test(c));
  if (position >= 0) return { kind: 'character', character: chars[position]!, position: position + (hyphenated && position === 8 ? 2 : 1) };
  const expected = organisationCheckChar(chars.slice(0, 8).join(''));
  if (expected !== chars[8]) return { kind: 'check', expected, actual: chars[8]! };
  return undefined;
}

export function isValidOrgCode(value: string): boolean {
  return orgCodeProblem(value) === undefined;
}
