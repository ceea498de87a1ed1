import type { Document, LineCounter } from 'yaml';
import type { MessageData } from '../core/messages.js';

/** A YAML file of the catalogue as read from disk. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Decoded text without BOM; undefined when the bytes could not be decoded. */
  text: string | undefined;
  documents: LoadedDocument[];
  /** Reading and parsing problems, reported by the `yaml-syntax` rule. */
  problems: SyntaxProblem[];
  /** Filled lazily: the positioned parse, done only for files that have findings. */
  positioned?: PositionedFile;
}

export interface PositionedFile {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

export interface LoadedDocument {
  file: SourceFile;
  /** Index among the file's documents, the same for both parsers. */
  index: number;
  value: unknown;
  kind: string | undefined;
}

export function kindOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const kind = (value as Record<string, unknown>).kind;
  return typeof kind === 'string' ? kind : undefined;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type SyntaxMessageId =
  | 'tabIndent'
  | 'indentMore'
  | 'indentLess'
  | 'listAmongKeys'
  | 'missingColon'
  | 'fullWidthColon'
  | 'colonSpace'
  | 'valueColon'
  | 'unclosedQuote'
  | 'unclosedBracket'
  | 'textAfterQuote'
  | 'extraBracket'
  | 'reservedStart'
  | 'badEscape'
  | 'unknownAlias'
  | 'keyTooLong'
  | 'indentMismatch'
  | 'keyStructure'
  | 'parse'
  | 'duplicateKey'
  | 'aliases'
  | 'aliasExpansion'
  | 'aliasLoop'
  | 'tooManyDocuments'
  | 'tooDeep'
  | 'complexKey'
  | 'unknownTag'
  | 'dateTag'
  | 'binaryTag'
  | 'collectionTag'
  | 'mergeTag'
  | 'tagMismatch'
  | 'binary'
  | 'gb18030'
  | 'utf16'
  | 'notUtf8'
  | 'tooLarge'
  | 'unreadable';

/** A problem found while reading or parsing a file, located directly (there is no node to point at). */
export interface SyntaxProblem {
  messageId: SyntaxMessageId;
  data: MessageData;
  span: Span;
}

