import { onDemand } from './on-demand.js';

/*
 * Regular expressions that come from a catalogue (codePattern, exclude globs) run on RE2
 * (re2js, pure JavaScript): matching takes time linear in the text whatever the pattern, so no
 * pattern such as `^(a+)+$` can hang lint. RE2 has no lookaround or backreferences and caps
 * repeat counts at 1000; such patterns are refused when compiled, never run slowly.
 */

/** Loaded on first use: most catalogues have neither codePattern nor exclude, and lint starts without it. */
const re2js = onDemand<typeof import('re2js')>('re2js');
const engine = () => re2js().RE2JS;

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
