import type { SourceFile } from '../load/source.js';

export interface Suppression {
  /** The line the comment stands on; it suppresses findings on the next line. */
  line: number;
  rules: string[];
  reason: string;
}

const DIRECTIVE = /(?:^|\s)#\s*powercat-disable-next-line\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:--\s*(.*?))?\s*$/;

const cache = new WeakMap<SourceFile, Map<number, Suppression>>();

/** `# powercat-disable-next-line RULE[, RULE] -- reason` comments, keyed by the line they apply to. */
export function suppressionsOf(file: SourceFile): Map<number, Suppression> {
  let found = cache.get(file);
  if (found) return found;
  found = new Map();
  if (file.text?.includes('powercat-disable-next-line')) {
    file.text.split(/\r?\n/).forEach((text, i) => {
      const match = DIRECTIVE.exec(text);
      if (match) {
        const rules = (match[1] as string).split(',').map((r) => r.trim());
        found!.set(i + 2, { line: i + 1, rules, reason: match[2] ?? '' });
      }
    });
  }
  cache.set(file, found);
  return found;
}
