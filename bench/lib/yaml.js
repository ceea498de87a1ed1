// Minimal YAML emitting helpers for generated catalogues (block style, hand-built strings).

const RESERVED = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;
// Number-like in YAML 1.1 or 1.2 (so that no parser turns the value into a number).
const NUMBERISH = /^[-+.]?(?:[0-9]|\.inf|\.nan)/i;

/**
 * A scalar, plain when that is unambiguous in YAML 1.1 and 1.2, else double-quoted (JSON
 * string syntax, valid YAML).
 * @param {string} s
 */
export function scalar(s) {
  if (
    s.length === 0 ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /\s$/.test(s) ||
    /[\n\r\t]|: |:$| #/.test(s) ||
    RESERVED.test(s) ||
    NUMBERISH.test(s)
  ) {
    return JSON.stringify(s);
  }
  return s;
}

/**
 * A string that must stay a string (codes, USCCs, dates, region codes): single-quoted.
 * @param {string} s
 */
export function quoted(s) {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * A literal block scalar (`|-`) with its lines indented by `indent` spaces.
 * @param {string[]} lines
 * @param {number} indent
 */
export function literalBlock(lines, indent) {
  const pad = ' '.repeat(indent);
  return `|-\n${lines.map((l) => pad + l).join('\n')}`;
}
