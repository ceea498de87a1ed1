import { readFileSync, statSync } from 'node:fs';
import { decode } from './decode.js';
import { fastParse, fastParseEligible } from './fast-parse.js';
import { referenceParse, type SyntaxProblem } from './reference-parse.js';
import { kindOf, type SourceFile } from './source.js';

const AT_START = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** Synchronous on purpose: for thousands of small files it is faster than the thread pool. */
export function readSourceFile(path: string, maxBytes: number): SourceFile {
  const file: SourceFile = { path, text: undefined, documents: [], parsedWith: 'yaml', problems: [] };
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return withProblem(file, unreadable(error));
  }
  if (size > maxBytes) {
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    return withProblem(file, { messageId: 'tooLarge', data: { size: mb(size), limit: mb(maxBytes) }, span: AT_START });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return withProblem(file, unreadable(error));
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const { reason, line, column } = decoded.failure;
    return withProblem(file, { messageId: reason, data: {}, span: { line, column, endLine: line, endColumn: column + 1 } });
  }
  return parseSource(file, decoded.text);
}

/** Fast parse where the parsers are known to agree; the reference parse otherwise or on any error. */
export function parseSource(file: SourceFile, text: string): SourceFile {
  file.text = text;
  const fast = fastParseEligible(text) ? fastParse(text) : undefined;
  if (fast) {
    file.parsedWith = 'js-yaml';
    file.documents = fast.map((value, index) => ({ file, index, value, kind: kindOf(value) }));
    return file;
  }
  const reference = referenceParse(text);
  file.parsedWith = 'yaml';
  file.positioned = reference.positioned;
  file.documents = reference.values.map((value, index) => ({ file, index, value, kind: kindOf(value) }));
  file.problems = reference.problems;
  return file;
}

function withProblem(file: SourceFile, problem: SyntaxProblem): SourceFile {
  file.problems.push(problem);
  return file;
}

function unreadable(error: unknown): SyntaxProblem {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return { messageId: 'unreadable', data: { reason: code }, span: AT_START };
}
