import type { Document } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { PositionedFile, Span, SyntaxProblem } from './source.js';

export const MAX_ALIASES = 100;

export interface ReferenceParse {
  positioned: PositionedFile;
  values: unknown[];
  problems: SyntaxProblem[];
}

export function referenceParse(text: string): ReferenceParse {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
  });
  const positioned: PositionedFile = { documents, lineCounter };
  const problems: SyntaxProblem[] = [];
  const values = documents.map((doc) => documentValue(doc, positioned, problems));
  return { positioned, values, problems };
}

function documentValue(doc: Document.Parsed, file: PositionedFile, problems: SyntaxProblem[]): unknown {
  // After the first structural error the rest are usually its echoes; duplicate keys and tags are each real.
  const structural = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const reported = [...(structural ? [structural] : []), ...duplicates, ...doc.warnings];
  for (const error of reported) {
    problems.push(problemOf(error.code, error.message, error.pos, file));
  }
  if (doc.errors.length > 0) return null;
  const { isAlias, isCollection, isPair } = yamlLibrary();
  const complexKey = firstNode(doc, (node) => isPair(node) && isCollection(node.key));
  if (complexKey) {
    problems.push({ messageId: 'complexKey', data: {}, span: spanOf(file, complexKey) });
    return null;
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const alias = firstNode(doc, (node) => isAlias(node));
    const span = spanOf(file, alias ?? doc.contents);
    const detail = error instanceof Error ? error.message : String(error);
    problems.push(
      /Excessive alias count/.test(detail)
        ? { messageId: 'aliases', data: { limit: MAX_ALIASES }, span }
        : { messageId: 'parse', data: { code: 'BAD_ALIAS', detail }, span },
    );
    return null;
  }
}

function problemOf(code: string, message: string, pos: [number, number], file: PositionedFile): SyntaxProblem {
  const span = offsetSpan(file, pos[0], Math.max(pos[1], pos[0] + 1));
  if (code === 'DUPLICATE_KEY') return { messageId: 'duplicateKey', data: {}, span };
  if (code === 'RESOURCE_EXHAUSTION') return { messageId: 'tooDeep', data: {}, span };
  if (code === 'TAG_RESOLVE_FAILED') return { messageId: 'unknownTag', data: {}, span };
  const detail = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
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
