import type { Document, Node, YAMLError } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { diagnoseLines } from './yaml-diagnosis.js';
import type { PositionedFile, Span, SyntaxMessageId, SyntaxProblem } from './source.js';

export const MAX_ALIASES = 100;
/** Characters that aliases may add to one document by repeating their anchors' content. */
export const DEFAULT_MAX_ALIAS_EXPANSION = 1_000_000;
/** Documents read from one file; the rest are left unread. */
export const DEFAULT_MAX_DOCUMENTS = 5_000;

/** Bounds on what parsing one file may cost (the yaml-syntax rule's options). */
export interface ParseLimits {
  maxAliasExpansion: number;
  maxDocuments: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasExpansion: DEFAULT_MAX_ALIAS_EXPANSION, maxDocuments: DEFAULT_MAX_DOCUMENTS };

export interface ReferenceParse {
  positioned: PositionedFile;
  values: unknown[];
  problems: SyntaxProblem[];
}

/** The documents with positions only: what locating a finding needs. */
export function positionedParse(text: string): PositionedFile {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    // Tags outside the core schema (!!binary, !!timestamp, !!set …) are left unresolved, so each
    // is a TAG_RESOLVE_FAILED warning that becomes a finding, instead of a Buffer, Date or Set.
    resolveKnownTags: false,
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
  });
  return { documents, lineCounter };
}

export function referenceParse(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ReferenceParse {
  const positioned = positionedParse(text);
  const problems: SyntaxProblem[] = [];
  const lines = text.split('\n');
  const values = positioned.documents.map((doc) => documentValue(doc, positioned, problems, limits, lines));
  return { positioned, values, problems };
}

function documentValue(doc: Document.Parsed, file: PositionedFile, problems: SyntaxProblem[], limits: ParseLimits, lines: readonly string[]): unknown {
  // After the first structural error the rest are usually its echoes; duplicate keys and tags are each real.
  const structural = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (structural) problems.push(structuralProblem(structural, doc, file, lines));
  for (const error of [...duplicates, ...doc.warnings]) {
    problems.push(problemOf(error.code, error.message, error.pos, file));
  }
  if (doc.errors.length > 0) return null;
  const { isAlias, isCollection, isPair } = yamlLibrary();
  const complexKey = firstNode(doc, (node) => isPair(node) && isCollection(node.key));
  if (complexKey) {
    problems.push({ messageId: 'complexKey', data: {}, span: spanOf(file, complexKey) });
    return null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const alias = firstNode(doc, (node) => isAlias(node));
    const span = spanOf(file, alias ?? doc.contents);
    const detail = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(detail)?.[1];
    problems.push(
      /Excessive alias count/.test(detail)
        ? { messageId: 'aliases', data: { limit: MAX_ALIASES }, span }
        : unresolved !== undefined
          ? { messageId: 'unknownAlias', data: { name: unresolved }, span }
          : { messageId: 'parse', data: { code: 'BAD_ALIAS', detail }, span },
    );
    return null;
  }
  // toJS shares an anchor's value among its aliases, so it is cheap; what repeats it later is not.
  const expansion = aliasExpansion(doc, limits.maxAliasExpansion);
  if (expansion) {
    const { alias, loop } = expansion;
    problems.push(
      loop
        ? { messageId: 'aliasLoop', data: { name: alias.source }, span: spanOf(file, alias) }
        : { messageId: 'aliasExpansion', data: { limit: limits.maxAliasExpansion }, span: spanOf(file, alias) },
    );
    return null;
  }
  return value;
}

type Alias = import('yaml').Alias;

/**
 * The first alias at which the characters that aliases add to the document (each repeats its
 * anchor's content, aliases inside it expanded too) pass the limit, or an alias inside the very
 * node it names (a loop). One pass over the nodes in document order, with an explicit stack:
 * a node's expanded size is known when its subtree is done, which an alias after it relies on.
 */
function aliasExpansion(doc: Document.Parsed, limit: number): { alias: Alias; loop: boolean } | undefined {
  const { isAlias, isMap, isSeq } = yamlLibrary();
  const length = (node: { range?: [number, number, number] | null }) => (node.range ? node.range[1] - node.range[0] : 0);
  const children = (node: Node): unknown[] => (isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : []);
  const anchors = new Map<string, Node>();
  const expanded = new Map<Node, number>();
  let added = 0;
  const root = doc.contents;
  if (!root || isAlias(root)) return undefined; // a document that is only an alias is an unresolved alias
  if (root.anchor) anchors.set(root.anchor, root);
  const stack: { node: Node; children: unknown[]; next: number; extra: number }[] = [{ node: root, children: children(root), next: 0, extra: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++] as Node | null | undefined;
      if (!child || typeof child !== 'object') continue;
      if (isAlias(child)) {
        const target = anchors.get(child.source);
        if (!target) continue; // unresolved: the parser reports it
        const size = expanded.get(target);
        if (size === undefined) return { alias: child, loop: true }; // its anchor's node is still open
        added += size;
        frame.extra += size - length(child);
        if (added > limit) return { alias: child, loop: false };
        continue;
      }
      if (child.anchor) anchors.set(child.anchor, child);
      stack.push({ node: child, children: children(child), next: 0, extra: 0 });
      continue;
    }
    stack.pop();
    expanded.set(frame.node, length(frame.node) + frame.extra);
    if (stack.length > 0) stack[stack.length - 1]!.extra += frame.extra;
  }
  return undefined;
}

/** `tag:yaml.org,2002:timestamp` → `!!timestamp`, as it is written. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

const CORE_TAGS = new Set(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

/** What to say about a tag the parser could not resolve (only the core schema's tags resolve). */
function tagMessage(tag: string): SyntaxMessageId {
  if (tag === '!!timestamp') return 'dateTag';
  if (tag === '!!binary') return 'binaryTag';
  if (tag === '!!set' || tag === '!!omap' || tag === '!!pairs') return 'collectionTag';
  if (tag === '!!merge') return 'mergeTag';
  if (CORE_TAGS.has(tag)) return 'tagMismatch';
  return 'unknownTag';
}

/**
 * A document's first structural error: at the line to edit and with the fix when its lines show
 * which (yaml-diagnosis.ts), else the parser's error in the words of indentation and structure.
 */
function structuralProblem(error: YAMLError, doc: Document.Parsed, file: PositionedFile, lines: readonly string[]): SyntaxProblem {
  const errorLine = file.lineCounter.linePos(error.pos[0]).line;
  const found = diagnoseLines(lines, file.lineCounter.linePos(doc.range[0]).line, errorLine + 1);
  if (!found) return problemOf(error.code, error.message, error.pos, file);
  const { messageId, data, line, column, endColumn } = found;
  return { messageId, data, span: { line, column, endLine: line, endColumn } };
}

function problemOf(code: string, message: string, pos: [number, number], file: PositionedFile): SyntaxProblem {
  const span = offsetSpan(file, pos[0], Math.max(pos[1], pos[0] + 1));
  const detail = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return { messageId: 'duplicateKey', data: {}, span };
    case 'RESOURCE_EXHAUSTION':
      return { messageId: 'tooDeep', data: {}, span };
    case 'TAG_RESOLVE_FAILED': {
      const tag = shortTag(/^Unresolved tag: (.*)$/m.exec(message)?.[1] ?? '');
      return { messageId: tagMessage(tag), data: { tag }, span };
    }
    case 'TAB_AS_INDENT':
      return { messageId: 'tabIndent', data: {}, span };
    case 'BAD_INDENT':
      return { messageId: 'indentMismatch', data: {}, span };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return { messageId: 'keyStructure', data: {}, span };
    case 'KEY_OVER_1024_CHARS':
      return { messageId: 'keyTooLong', data: {}, span };
    case 'BAD_DQ_ESCAPE':
      return { messageId: 'badEscape', data: { escape: /escape sequence (\\.)/.exec(detail)?.[1] ?? '\\' }, span };
    case 'BAD_SCALAR_START': {
      const char = /character (\S)/.exec(detail)?.[1];
      if (char) return { messageId: 'reservedStart', data: { char, fix: `"${char}…"` }, span };
      break;
    }
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(detail)?.[1];
      if (quote) return { messageId: 'unclosedQuote', data: { quote }, span };
      if (/followed by map values/.test(detail)) return { messageId: 'missingColon', data: { fix: { zh: '字段名: 值', en: 'key: value' } }, span };
      break;
    }
    case 'UNEXPECTED_TOKEN': {
      if (/Unexpected scalar at node end/.test(detail)) return { messageId: 'textAfterQuote', data: {}, span };
      const token = /token in YAML stream: "([\]}])"/.exec(detail)?.[1];
      if (token) return { messageId: 'extraBracket', data: { token, open: token === ']' ? '[' : '{' }, span };
      break;
    }
  }
  return { messageId: 'parse', data: { code, detail }, span };
}

function firstNode(doc: Document.Parsed, test: (node: unknown) => boolean): { range?: unknown } | undefined {
  const { isPair, visit } = yamlLibrary();
  let found: { range?: unknown } | undefined;
  visit(doc, (_key, node) => {
    if (test(node)) {
      found = isPair(node) ? (node.key as { range?: unknown }) : (node as { range?: unknown });
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

function spanOf(file: PositionedFile, node: { range?: unknown } | null | undefined): Span {
  const range = node?.range as [number, number, number] | undefined;
  return range ? offsetSpan(file, range[0], range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function offsetSpan(file: PositionedFile, start: number, end: number): Span {
  const from = file.lineCounter.linePos(start);
  const to = file.lineCounter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
