/*
 * YAML text for plain data (strings, numbers, booleans, lists, maps), written the way the example
 * catalogue is: block style, short maps of scalars in flow style (`{value: 20, unit: workday}`),
 * multi-line text as literal blocks. Any string that a YAML 1.1 or 1.2 reader could take for
 * anything but a string — a code `000131001000`, a date, `yes` — is quoted, so codes stay text
 * (FORMAT §1). js-yaml cannot be told to quote codes or to write flow maps where they fit, and
 * `yaml` can, at ≈ 7 times the cost (1,135 documents: ≈ 150 ms against ≈ 20 ms here).
 * test/import/yaml-text.test.ts holds it to both of powercat's parsers on arbitrary strings.
 */

export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

/** Flow style only while the line stays short. */
const FLOW_WIDTH = 72;

/** Characters YAML cannot carry unescaped (outside c-printable), and line breaks other than LF. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Scalars that resolve to something other than a string in YAML 1.1 or 1.2, or start like one. */
const NOT_A_STRING = /^(?:[-+.0-9]|(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$)/;

function plainSafe(text: string, flow: boolean): boolean {
  if (text === '' || text !== text.trim() || NEEDS_ESCAPE.test(text) || /[\n\t]/.test(text)) return false;
  if (NOT_A_STRING.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/: |:$| #/.test(text)) return false;
  return !(flow && /[,[\]{}:]/.test(text));
}

function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: string | number | boolean, flow: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (plainSafe(value, flow)) return value;
  if (!NEEDS_ESCAPE.test(value) && !/[\n\t\\]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return doubleQuoted(value);
}

/** A literal block (`|-`) keeps multi-line text readable; only for text it can carry exactly. */
function literalBlock(text: string, indent: string): string | undefined {
  if (!text.includes('\n') || text.endsWith('\n') || /^[ \t\n]/.test(text) || NEEDS_ESCAPE.test(text) || /[\r\t]/.test(text)) return undefined;
  if (/ $/m.test(text)) return undefined; // trailing spaces would be invisible and easily lost by editors
  return `|-\n${text.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n')}`;
}

const isScalar = (value: YamlValue): value is string | number | boolean => typeof value !== 'object';
const entriesOf = (map: { readonly [key: string]: YamlValue | undefined }) => Object.entries(map).filter((e): e is [string, YamlValue] => e[1] !== undefined);

function flowOf(value: YamlValue): string | undefined {
  if (isScalar(value)) return typeof value === 'string' && /\n/.test(value) ? undefined : scalar(value, true);
  if (Array.isArray(value)) {
    if (!value.every((v: YamlValue) => isScalar(v))) return undefined;
    return `[${value.map((v) => scalar(v as string, true)).join(', ')}]`;
  }
  const entries = entriesOf(value as Record<string, YamlValue>);
  if (entries.length === 0 || !entries.every(([, v]) => isScalar(v))) return entries.length === 0 ? '{}' : undefined;
  const parts = entries.map(([k, v]) => {
    const text = flowOf(v);
    return text === undefined ? undefined : `${k}: ${text}`;
  });
  return parts.every((p) => p !== undefined) ? `{${parts.join(', ')}}` : undefined;
}

/** `key: value` lines of a map at `indent`. */
function mapLines(map: { readonly [key: string]: YamlValue | undefined }, indent: string): string[] {
  return entriesOf(map).flatMap(([key, value]) => keyed(`${indent}${key}:`, value, indent));
}

/** A value after `head` (`key:` or `- `), on the same line when it fits, else below. */
function keyed(head: string, value: YamlValue, indent: string): string[] {
  if (isScalar(value)) {
    const block = typeof value === 'string' ? literalBlock(value, `${indent}  `) : undefined;
    return [`${head} ${block ?? scalar(value, false)}`];
  }
  if (Array.isArray(value) && value.length === 0) return [`${head} []`];
  const flow = flowOf(value);
  if (flow !== undefined && head.length + flow.length < FLOW_WIDTH) return [`${head} ${flow}`];
  if (Array.isArray(value)) return [head, ...listLines(value, `${indent}  `)];
  return [head, ...mapLines(value as Record<string, YamlValue>, `${indent}  `)];
}

function listLines(list: readonly YamlValue[], indent: string): string[] {
  return list.flatMap((item) => {
    if (isScalar(item) || Array.isArray(item)) return keyed(`${indent}-`, item, indent);
    const flow = flowOf(item);
    if (flow !== undefined && indent.length + flow.length + 2 < FLOW_WIDTH) return [`${indent}- ${flow}`];
    const [first, ...rest] = mapLines(item as Record<string, YamlValue>, `${indent}  `);
    return first === undefined ? [`${indent}- {}`] : [`${indent}- ${first.trimStart()}`, ...rest];
  });
}

/** One YAML document: comment lines (`# …`), then the map. */
export function yamlDocument(map: { readonly [key: string]: YamlValue | undefined }, comments: readonly string[] = []): string {
  return [...comments.map((c) => `# ${c.replace(/[\r\n]+/g, ' ')}`), ...mapLines(map, '')].join('\n') + '\n';
}
