import { readSync } from 'node:fs';
import type { DocumentFacets, FileFacts } from './file-facts.js';

/**
 * A file's line in the parts file: where its latest values line is in the values file (and the
 * documents of other kinds in it), with its facts hash and its documents' facet keys.
 */
export interface PartsLine {
  path: string;
  factsHash: string;
  facets: DocumentFacets;
  offset: number;
  length: number;
  /** Byte offset and length of its othersJson. */
  others: [number, number];
}

type Written = [path: string, factsHash: string, facets: DocumentFacets, offset: number, length: number, others: [number, number]];

/** A parts line as written: `[path, facts hash, facets, byte offset, byte length, [others' offset, length]]`. */
export function partsLine({ path, factsHash, facets, offset, length, others }: PartsLine): string {
  return JSON.stringify([path, factsHash, facets, offset, length, others] satisfies Written);
}

/**
 * The parts file, searched as text: a re-lint after an edit needs the lines of a few facet keys
 * and of the files of other documents, not the 50,000 others. A facet key (letters and digits)
 * is found as a quoted string; each line found is parsed and checked, so a key that happens to
 * stand elsewhere in a line costs a parse, never a wrong line. Lines appended later come later:
 * the last line of a file is its latest.
 */
export class CacheParts {
  constructor(
    /** The file from the newline that ends its header: each line starts after a newline and ends in one. */
    private readonly text: string,
    private readonly valuesFd: number,
  ) {}

  /** The latest line of a file. */
  latest(path: string): PartsLine | undefined {
    const start = this.text.lastIndexOf(`\n[${JSON.stringify(path)},`);
    return start < 0 ? undefined : this.lineAt(start + 1);
  }

  /** Every line with a document holding one of these facet keys (older lines of a file included). */
  withKeys(keys: ReadonlySet<string>): PartsLine[] {
    if (keys.size === 0) return [];
    const quoted = new RegExp(`"(?:${[...keys].filter((key) => /^[a-z0-9]+$/.test(key)).join('|')})"`, 'g');
    return this.linesMatching(quoted).filter((line) => line.facets.some((doc) => doc?.some((key) => keys.has(key))));
  }

  /** Every line of a file with documents of other kinds (older lines included). */
  withOthers(): PartsLine[] {
    return this.linesMatching(/[[,]null[,\]]/g).filter((line) => line.facets.includes(null));
  }

  /** The facts of a file from the values file, when its line there has the facts hash this line says; otherwise undefined. */
  facts(line: PartsLine): FileFacts | undefined {
    const [hash, , , facts] = (this.read(line.offset, line.length) ?? []) as [string?, unknown?, unknown?, FileFacts?];
    return hash === line.factsHash ? facts : undefined;
  }

  /** The documents of other kinds of a file from the values file (othersJson), when they can be read. */
  others(line: PartsLine): [number, unknown][] | undefined {
    const others = this.read(...line.others);
    return Array.isArray(others) ? (others as [number, unknown][]) : undefined;
  }

  private read(offset: number, length: number): unknown {
    const bytes = Buffer.alloc(length);
    try {
      if (readSync(this.valuesFd, bytes, 0, length, offset) !== length) return undefined;
      return JSON.parse(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
  }

  private linesMatching(pattern: RegExp): PartsLine[] {
    const starts = new Set<number>();
    for (const match of this.text.matchAll(pattern)) starts.add(this.text.lastIndexOf('\n', match.index) + 1);
    return [...starts].flatMap((start) => this.lineAt(start) ?? []);
  }

  private lineAt(start: number): PartsLine | undefined {
    try {
      const [path, factsHash, facets, offset, length, others] = JSON.parse(this.text.slice(start, this.text.indexOf('\n', start))) as Written;
      return { path, factsHash, facets, offset, length, others };
    } catch {
      return undefined;
    }
  }
}
