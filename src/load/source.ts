import type { Document, LineCounter } from 'yaml';
import type { SyntaxProblem } from './reference-parse.js';

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
