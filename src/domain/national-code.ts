import { POWER_TYPE, type CodeProfile, type PowerType } from '../format/vocabulary.js';
import { USCC_SHAPE } from './uscc.js';

/*
 * National item codes (GB/T 39554.1 structure, DOMAIN.md §2):
 * - 基本编码 (basic), 12 chars: region 2 + type 2 + main item 5 + sub-item 3;
 * - 实施编码 (implementation), 31 chars: the implementing body's USCC 18 + level 1 + basic 12;
 * - 业务办理项编码 (handling item), 33 chars: implementation code + a 2-digit serial; (v2) or
 *   14 chars: basic code + a 2-digit serial, valid for handling items only (FORMAT §2 `handlingItems`).
 */

/** A catalogue's `codeProfile`; a missing or unknown value reads as the default, `free`. */
export function codeProfileOf(value: unknown): CodeProfile {
  return value === 'national' || value === 'pattern' ? value : 'free';
}

/** Power type → type segment (GB/T 39046 A.1): the type's national code. */
export const TYPE_SEGMENT = Object.fromEntries(
  Object.entries(POWER_TYPE).map(([type, term]) => [type, term.code]),
) as Readonly<Record<PowerType, string>>;

const TYPE_BY_SEGMENT: ReadonlyMap<string, PowerType> = new Map(
  Object.entries(TYPE_SEGMENT).map(([type, segment]) => [segment, type as PowerType]),
);

/** The power type a type segment stands for; undefined for the extension slots 11–19 and 21–29. */
export function powerTypeOfSegment(segment: string): PowerType | undefined {
  return TYPE_BY_SEGMENT.get(segment);
}

/** DOMAIN.md §2: region 2, type 2, guiding ministry 2 + sequence 3, sub-item 3. */
export const BASIC_CODE = /^(00|[1-6]\d)(0[1-9]|1\d|2\d)\d{2}[0-9A-HJ-NPQRTUWXY]{3}(000|00Y|\d{3})$/;

/** A handling item's code made of the basic code and a serial (14 chars), valid for handling items only. */
export const HANDLING_BASIC_LENGTH = 14;

export type NationalForm = 'basic' | 'implementation' | 'handling';

export interface NationalCode {
  form: NationalForm;
  /** The 12-char 基本编码. */
  basic: string;
  /** Chars 3–4 of the basic code. */
  typeSegment: string;
  /** The first 9 chars of the basic code (region, type, main item), shared by a parent and its sub-items. */
  main: string;
  /** The last 3 chars of the basic code: `000`, `00Y` or `001`–`999`. */
  subItem: string;
  /** 31/33 chars: the implementing body's USCC (as written). */
  uscc?: string;
  /** 31/33 chars: the level digit (行使层级 1–7). */
  level?: string;
  /** 33/14 chars: the 2-digit serial of the handling item. */
  serial?: string;
}

export type NationalCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'level'; level: string }
  | { kind: 'basic'; basic: string }
  | { kind: 'serial'; serial: string };

export type ParsedNationalCode = { ok: true; code: NationalCode } | { ok: false; problem: NationalCodeProblem };

/** Parses a code under `codeProfile: national`; the first problem found is returned otherwise. */
export function parseNationalCode(code: string): ParsedNationalCode {
  if (code.length === 12) return basicPart(code, 'basic', {});
  if (code.length === HANDLING_BASIC_LENGTH) return withSerial(basicPart(code.slice(0, 12), 'handling', { serial: code.slice(12) }));
  if (code.length !== 31 && code.length !== 33) return { ok: false, problem: { kind: 'length', length: [...code].length } };
  const uscc = code.slice(0, 18);
  if (!USCC_SHAPE.test(uscc)) return { ok: false, problem: { kind: 'prefix', prefix: uscc } };
  const level = code.slice(18, 19);
  if (!/^[1-7]$/.test(level)) return { ok: false, problem: { kind: 'level', level } };
  if (code.length === 31) return basicPart(code.slice(19), 'implementation', { uscc, level });
  return withSerial(basicPart(code.slice(19, 31), 'handling', { uscc, level, serial: code.slice(31) }));
}

function withSerial(parsed: ParsedNationalCode): ParsedNationalCode {
  const serial = parsed.ok ? parsed.code.serial! : '';
  return parsed.ok && !/^\d{2}$/.test(serial) ? { ok: false, problem: { kind: 'serial', serial } } : parsed;
}

function basicPart(basic: string, form: NationalForm, prefix: Pick<NationalCode, 'uscc' | 'level' | 'serial'>): ParsedNationalCode {
  if (!BASIC_CODE.test(basic)) return { ok: false, problem: { kind: 'basic', basic } };
  return {
    ok: true,
    code: { form, basic, typeSegment: basic.slice(2, 4), main: basic.slice(0, 9), subItem: basic.slice(9), ...prefix },
  };
}

/** The code when it is a structurally valid national code, else undefined. */
export function nationalCodeOf(code: string): NationalCode | undefined {
  const parsed = parseNationalCode(code);
  return parsed.ok ? parsed.code : undefined;
}
