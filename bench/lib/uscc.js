// 统一社会信用代码 (GB 32100-2015) and 组织机构代码 (GB 11714) check characters.

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Check character (position 18) for the first 17 characters of a USCC, or null when a
 * character is outside the alphabet.
 * @param {string} first17
 * @returns {string | null}
 */
export function usccCheckChar(first17) {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(/** @type {string} */ (first17[i]));
    if (v < 0) return null;
    sum += v * /** @type {number} */ (USCC_WEIGHTS[i]);
  }
  const c = (31 - (sum % 31)) % 31;
  return /** @type {string} */ (USCC_ALPHABET[c]);
}

/**
 * Whether an 18-character USCC has a valid alphabet and checksum (after upper-casing).
 * @param {string} code
 */
export function isValidUscc(code) {
  const s = code.toUpperCase();
  if (s.length !== 18) return false;
  const c = usccCheckChar(s.slice(0, 17));
  return c !== null && c === s[17];
}

/**
 * Check character (9th) of an organisation code body of 8 characters (digits, A–Z).
 * @param {string} body8
 * @returns {string}
 */
export function orgCodeCheckChar(body8) {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = /** @type {string} */ (body8[i]);
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += v * /** @type {number} */ (ORG_WEIGHTS[i]);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A government body's USCC: `11` + region (6) + organisation code (8 + check) + check.
 * @param {string} region6
 * @param {string} orgBody8 eight digits
 */
export function makeGovUscc(region6, orgBody8) {
  const first17 = `11${region6}${orgBody8}${orgCodeCheckChar(orgBody8)}`;
  return first17 + /** @type {string} */ (usccCheckChar(first17));
}

/** DOMAIN.md §3 test vectors. */
export const USCC_VALID_VECTORS = [
  '11100000MB0341032Y', '11100000MB03271699', '11440000MB2D0164XH', '11440100007482575H',
  '11450000007565194H', '11140800558745220K', '11410182005291054B', '1151130100877844X4',
  '1251130145226113XA', '115113016823646795', '12441500196720244T', '91350200776049653A',
];
export const USCC_INVALID_VECTORS = ['1151130000877869M', 'TE5116020105116050', '2222222222222', '91350203M0001QAY9B'];

/**
 * Runs the vectors; returns a list of failures (empty when all pass).
 * @returns {string[]}
 */
export function usccSelfCheck() {
  /** @type {string[]} */
  const failures = [];
  for (const v of USCC_VALID_VECTORS) if (!isValidUscc(v)) failures.push(`valid vector rejected: ${v}`);
  for (const v of USCC_INVALID_VECTORS) if (isValidUscc(v)) failures.push(`invalid vector accepted: ${v}`);
  if (!isValidUscc('11511301452259996u')) failures.push('lower-case vector rejected after upper-casing');
  // organisation-code check on the numeric bodies among the valid vectors
  for (const v of USCC_VALID_VECTORS) {
    const body = v.slice(8, 16);
    if (/^[0-9]{8}$/.test(body) && orgCodeCheckChar(body) !== v[16]) {
      failures.push(`organisation-code check differs for ${v} (${body} → ${orgCodeCheckChar(body)}, has ${v[16]})`);
    }
  }
  return failures;
}
