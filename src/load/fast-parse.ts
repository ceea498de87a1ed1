import jsyaml from 'js-yaml';

/*
 * js-yaml parses an order of magnitude faster than `yaml` but keeps no positions, has no alias
 * cap and resolves some scalars differently. It is only used where it is known to agree with
 * `yaml` (the reference parser): plain scalars resolved exactly as YAML 1.2 core does, and files
 * without anchors, aliases, tags, directives or complex keys. test/parsers-agree.test.ts holds
 * the two parsers to that.
 */

const core12Int = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) =>
    s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
});

const core12Float = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string | null) =>
    s !== null &&
    (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s) ||
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)),
  construct: (s: string) => {
    if (/nan$/i.test(s)) return NaN;
    if (/inf$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(s);
  },
});

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const builtIn = (jsyaml as unknown as { types: Record<'null' | 'bool', jsyaml.Type> }).types;

const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtIn.null, builtIn.bool, core12Int, core12Float],
});

/** Constructs whose handling differs between the parsers, or that need the alias cap. */
const NEEDS_REFERENCE_PARSER = [
  /(?:^|[\s,[{:-])[&*!]/m, // anchors, aliases, tags
  /^%/m, // directives
  /^[\s-]*\?(?:\s|$)/m, // explicit (complex) keys
  /^[\s-]*[[{].*[\]}]\s*:(?:\s|$)/m, // flow collections used as keys
  /["']#/, // a comment glued to a quoted scalar, which js-yaml accepts and YAML 1.2 does not
];

export function fastParseEligible(text: string): boolean {
  return !NEEDS_REFERENCE_PARSER.some((pattern) => pattern.test(text)) && !hasMultilineQuotedScalar(text);
}

/**
 * js-yaml accepts quoted scalars whose continuation lines are not indented, which YAML 1.2 (and
 * `yaml`) rejects. A line with an unbalanced quote may start such a scalar.
 */
function hasMultilineQuotedScalar(text: string): boolean {
  if (!text.includes('"') && !text.includes("'")) return false;
  return text.split('\n').some((line) => {
    const doubles = line.replace(/\\./g, '').split('"').length - 1;
    const singles = line.split("'").length - 1;
    return doubles % 2 === 1 || singles % 2 === 1;
  });
}

/** The documents' values, or undefined when js-yaml rejects the text (the reference parser then explains why). */
export function fastParse(text: string): unknown[] | undefined {
  try {
    return jsyaml.loadAll(text, undefined, { schema: CORE_1_2 });
  } catch {
    return undefined;
  }
}
