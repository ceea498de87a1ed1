import { createRequire } from 'node:module';

/*
 * Regular expressions that come from a catalogue (codePattern, exclude globs) run on RE2
 * (re2js, pure JavaScript): matching takes time linear in the text whatever the pattern, so no
 * pattern such as `^(a+)+$` can hang lint. RE2 has no lookaround or backreferences and caps
 * repeat counts at 1000; such patterns are refused when compiled, never run slowly.
 */

type Re2 = typeof import('re2js').RE2JS;
let re2: Re2 | undefined;

/** Loaded on first use: most catalogues have neither codePattern nor exclude, and lint starts without it. */
function engine(): Re2 {
  re2 ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS;
  return re2;
}

/** A compiled pattern: `matches` tests the whole text, as `^(?:…)$` would. */
export interface LinearPattern {
  matches(text: string): boolean;
}

/**
 * The pattern — in JavaScript syntax, as far as RE2 has it, or in RE2's own — or RE2's reason
 * for refusing it.
 */
export function compileLinear(source: string, syntax: 'javascript' | 're2' = 'javascript'): LinearPattern | { refused: string } {
  const RE2JS = engine();
  try {
    const compiled = RE2JS.compile(syntax === 'javascript' ? RE2JS.translateRegExp(source) : source);
    return { matches: (text) => compiled.matches(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { refused: message.replace(/^error parsing regexp: /, '') };
  }
}
