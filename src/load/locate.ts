import type { Node, Pair } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { offsetSpan, positionedParse } from './reference-parse.js';
import type { PositionedFile, SourceFile, Span } from './source.js';

/** Where in a node a finding sits: FORMAT §3 "How the rules run". */
export type Anchor = 'key' | 'value' | 'first-key';

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerSegment(s)).join('');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The positioned parse of a file, done the first time a finding in it needs a position. */
export function positionedOf(file: SourceFile): PositionedFile | undefined {
  if (file.text === undefined) return undefined;
  file.positioned ??= positionedParse(file.text);
  return file.positioned;
}

/**
 * Resolves a JSON pointer inside one document to a span. A pointer that goes further than the
 * document does (the parsers disagreed on a key) falls back to the deepest node that exists.
 */
export function locate(file: SourceFile, documentIndex: number, pointer: string, anchor: Anchor): Span {
  const positioned = positionedOf(file);
  const range = positioned && nodeRange(positioned, documentIndex, pointer, anchor);
  return positioned && range ? offsetSpan(positioned, range[0], range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The source text of a node as written (e.g. `000131001000` before YAML made it a number). */
export function sourceText(file: SourceFile, documentIndex: number, pointer: string): string | undefined {
  const positioned = positionedOf(file);
  const range = positioned && nodeRange(positioned, documentIndex, pointer, 'value');
  return range && file.text?.slice(range[0], range[1]);
}

function nodeRange(positioned: PositionedFile, documentIndex: number, pointer: string, anchor: Anchor): [number, number] | undefined {
  const doc = positioned.documents[documentIndex];
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of pointerSegments(pointer)) {
    const next = child(node, segment);
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const target = anchor === 'key' || isNothing(node) ? pair?.key ?? node : anchor === 'first-key' ? firstKey(node) ?? node : node;
  const range = (target as Node | null | undefined)?.range ?? doc.range;
  return [range[0], range[1]];
}

function child(node: unknown, segment: string): { node: unknown; pair?: Pair } | undefined {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

/** `name:` with nothing after it: there is no value to point at, so the key stands for it. */
function isNothing(node: unknown): boolean {
  const { isScalar } = yamlLibrary();
  return node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}

function firstKey(node: unknown): unknown {
  const { isMap } = yamlLibrary();
  return isMap(node) ? node.items[0]?.key : undefined;
}
