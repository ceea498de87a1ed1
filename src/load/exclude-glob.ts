import { compileLinear, type LinearPattern } from '../util/linear-regex.js';

/*
 * `exclude` globs come from the catalogue, so they are matched like every catalogue pattern: by
 * the linear-time engine. (picomatch turns `**\/(a+)+b` or `*a*a*a*a*a*a*b` into JavaScript
 * regexes that backtrack for minutes.) The syntax is the common core of globs:
 *
 *   *      any characters within one path segment      ?        one character of a segment
 *   **     any number of whole segments                [abc]    one of; [a-z] a range; [!a] none of
 *   {a,b}  either alternative (may nest)               \x       the character x itself
 *
 * Anything else is literal. Extglobs (`+(…)`, `!(…)` …), regex groups `( | )`, brace ranges
 * `{1..9}` and a leading `!` are refused rather than read with another meaning: the `schema` rule
 * reports them at the glob. A leading `./` or `/` and a trailing `/` are ignored; a pattern
 * excludes the files it matches and every file in a folder it matches.
 */

export type ExcludeGlob = LinearPattern | { unsupported: string };

const SPECIAL_REGEX = /[\\^$.|?*+()[\]{}]/g;

function literal(char: string): string {
  return char.replace(SPECIAL_REGEX, '\\$&');
}

/** The glob as a whole-path pattern, or the construct that is not supported. */
export function compileExcludeGlob(glob: string): ExcludeGlob {
  const translated = translate(glob.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, ''));
  if ('unsupported' in translated) return translated;
  const compiled = compileLinear(translated.source, 're2');
  return 'refused' in compiled ? { unsupported: glob } : compiled;
}

function translate(glob: string): { source: string } | { unsupported: string } {
  if (glob.startsWith('!')) return { unsupported: '!' };
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const atSegmentStart = i === 0 || glob[i - 1] === '/';
    if (c === '\\') {
      if (i + 1 >= glob.length) return { unsupported: '\\' };
      source += literal(glob[++i]!);
    } else if ('?*+@!'.includes(c) && glob[i + 1] === '(') {
      return { unsupported: `${c}(` };
    } else if (c === '(' || c === ')' || c === '|') {
      return { unsupported: c };
    } else if (c === '*' && glob[i + 1] === '*' && atSegmentStart && (i + 2 === glob.length || glob[i + 2] === '/')) {
      // `**` as a whole segment: any number of segments, including none
      source += i + 2 === glob.length ? '.*' : '(?:[^/]+/)*';
      i += 2; // past `**` and its `/`
    } else if (c === '*') {
      while (glob[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const end = classEnd(glob, i);
      if (end < 0) return { unsupported: '[' };
      source += characterClass(glob.slice(i + 1, end));
      i = end;
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close > 0 && /^\{-?\d+\.\.-?\d+\}$|^\{[a-zA-Z]\.\.[a-zA-Z]\}$/.test(glob.slice(i, close + 1))) return { unsupported: glob.slice(i, close + 1) };
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else if (c === '}') {
      return { unsupported: '}' };
    } else {
      source += literal(c);
    }
  }
  if (braces > 0) return { unsupported: '{' };
  return { source };
}

/** Index of the `]` closing the class opened at `open` (a `]` first in the class is literal), or -1. */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
  }
  return -1;
}

/** `[!a-z]` → `[^a-z/]`: ranges kept, every other character literal, never a `/` for a negated class. */
function characterClass(body: string): string {
  const chars = [...body];
  const negated = chars[0] === '!' || chars[0] === '^';
  let out = '';
  for (let i = negated ? 1 : 0; i < chars.length; i++) {
    const c = chars[i] === '\\' && i + 1 < chars.length ? chars[++i]! : chars[i]!;
    out += c === '-' && out !== '' && i + 1 < chars.length ? '-' : literal(c).replace(/^[-\]^]$/, '\\$&');
  }
  return negated ? `[^${out}/]` : `[${out}]`;
}

/**
 * Whether a file (relative, forward slashes) is excluded: matched itself, or inside a folder that
 * is. Unsupported globs exclude nothing (the `schema` rule reports them). Folders are asked once.
 */
export function excludeFilter(globs: readonly string[]): (relativePath: string) => boolean {
  const patterns = globs.map(compileExcludeGlob).filter((g): g is LinearPattern => !('unsupported' in g));
  if (patterns.length === 0) return () => false;
  const matched = (path: string) => patterns.some((p) => p.matches(path));
  const folders = new Map<string, boolean>([['', false]]);
  const parent = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
  const folderExcluded = (folder: string): boolean => {
    const unknown: string[] = [];
    for (let f = folder; !folders.has(f); f = parent(f)) unknown.push(f);
    let excluded = folders.get(unknown.length > 0 ? parent(unknown[unknown.length - 1]!) : folder)!;
    for (const f of unknown.reverse()) {
      excluded ||= matched(f);
      folders.set(f, excluded);
    }
    return excluded;
  };
  return (path) => folderExcluded(parent(path)) || matched(path);
}
