import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CacheIndex, CacheProblem } from '../../src/lint/cache-index.js';
import type { FileSummary } from '../../src/lint/file-facts.js';
import type { FileStamp } from '../../src/lint/file-tasks.js';

/* The lint cache's index on its own: what it writes is what a lint without it would write, sorted, and read back as written. */

const stampOf = (path: string, version: number): FileStamp => ({ hash: `h${version}-${path.length}`, size: path.length + version, mtime: 1796178141161.7783 + version, ctime: 1796178141161.5 + version, ino: 2149094 + version, racy: false });
const summaryOf = (version: number): FileSummary => ({
  factsHash: `f${version}`,
  decoded: version % 5 !== 0,
  documents: version % 3,
  // Some with findings (messages in the catalogue's language): their lines are not ASCII.
  findings: version % 4 === 0 ? ([{ rule: 'name-duplicate', data: { name: `名称${version}` } }] as never[]) : [],
});
const statOf = ({ size, mtime, ctime, ino }: FileStamp) => ({ size, mtimeMs: mtime, ctimeMs: ctime, ino });

/** The index text after this run: the header's line aside, as written to the file. */
const written = (index: CacheIndex) => Buffer.concat(index.pieces()).toString();
/** An index read back from what another wrote. */
const readBack = (text: string) => new CacheIndex(text, Buffer.from(text));

/** The index text a lint of files of these versions writes. */
function textOf(files: ReadonlyMap<string, number>): string {
  const index = new CacheIndex();
  for (const [path, version] of files) index.put(path, stampOf(path, version), summaryOf(version));
  return written(index);
}

const PATH = fc.oneof(
  fc.stringMatching(/^[a-z]{1,3}\/[a-z0-9.-]{1,4}\.yaml$/),
  fc.constantFrom('powers/中文 路径.yaml', 'powers/引号"名.yaml', 'powers/back\\slash.yaml', 'powers/😀.yaml', 'powers/\uE000.yaml', 'powercat.yaml'),
);

describe('the lint cache index', { timeout: 60_000 }, () => {
  it('writes after any edits what it would write afresh, sorted by path, and reads each file back as it was set', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(PATH, { minLength: 0, maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom('keep', 'touch', 'change', 'drop', 'gone'), fc.nat()), { maxLength: 12 }),
        fc.uniqueArray(PATH, { maxLength: 4 }),
        (paths, edits, added) => {
          const before = new Map(paths.map((path, i) => [path, i] as const));
          const original = textOf(before);
          const index = readBack(original);
          const after = new Map<string, number>();
          const gone = new Set<string>();
          const actions = new Map(edits.map(([action, n]) => [paths[n % Math.max(1, paths.length)], action] as const));
          // In the walk's order, as a lint asks.
          for (const path of [...new Set([...paths, ...added])].sort()) {
            const action = before.has(path) ? (actions.get(path) ?? 'keep') : 'new';
            const version = before.get(path) ?? 100;
            if (action === 'gone') {
              gone.add(path);
              continue;
            }
            if (action === 'keep') {
              expect(index.unchanged(path, statOf(stampOf(path, version)))).toEqual({ summary: summaryOf(version), hash: stampOf(path, version).hash });
              after.set(path, version);
            } else if (action === 'touch') {
              expect(index.unchanged(path, () => statOf(stampOf(path, version + 50)))).toBeUndefined();
              expect(index.keep(path, { ...stampOf(path, version + 50), hash: stampOf(path, version).hash })).toEqual(summaryOf(version));
              after.set(path, version);
            } else if (action === 'drop') {
              index.drop(path);
            } else {
              expect(index.unchanged(path, statOf(stampOf(path, version + 1)))).toBeUndefined();
              index.put(path, stampOf(path, version + 1), summaryOf(version + 1));
              after.set(path, version + 1);
            }
          }
          const text = written(index);
          const fresh = new CacheIndex();
          for (const [path, version] of after) {
            const touched = actions.get(path) === 'touch' && before.get(path) === version;
            fresh.put(path, touched ? { ...stampOf(path, version + 50), hash: stampOf(path, version).hash } : stampOf(path, version), summaryOf(version));
          }
          expect(text).toBe(written(fresh));
          expect(index.gone().sort()).toEqual([...gone].sort());
          expect(index.modified).toBe(text !== original);
          const again = readBack(text);
          for (const [path, version] of after) expect(again.lastHash(path)).toBe(`f${version}`);
          for (const path of gone) expect(again.hash(path)).toBeUndefined();
          expect(again.lastCount).toBe(after.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes no line of another file for a file it has not (a path that begins another), nor stamps such a file', () => {
    const index = readBack(textOf(new Map([['q/a.yaml.yaml', 1], ['r.yaml', 2]])));
    expect(index.unchanged('q/a.yaml', statOf(stampOf('q/a.yaml.yaml', 1)))).toBeUndefined();
    expect(index.unchanged('q/a.yaml.yaml', statOf(stampOf('q/a.yaml.yaml', 1)))).toBeDefined();
    expect(
      index.unchanged('q/b.yaml', () => {
        throw new Error('a file the index has not was stamped');
      }),
    ).toBeUndefined();
  });

  it('writes nothing new when every file is as it was', () => {
    const index = readBack(textOf(new Map([['a.yaml', 1], ['b/中.yaml', 4], ['c"d.yaml', 3]])));
    for (const [path, version] of [['a.yaml', 1], ['b/中.yaml', 4], ['c"d.yaml', 3]] as const) expect(index.unchanged(path, statOf(stampOf(path, version)))).toBeDefined();
    expect(index.modified).toBe(false);
  });

  it('does not trust a stamp taken within moments of a change (racy), nor a line of another shape', () => {
    const racy = new CacheIndex();
    racy.put('a.yaml', { ...stampOf('a.yaml', 1), racy: true }, summaryOf(1));
    expect(readBack(written(racy)).unchanged('a.yaml', statOf(stampOf('a.yaml', 1)))).toBeUndefined();
    const line = (path: string) => JSON.stringify([path, 'h', 1, 2, 3, 4, 0, 'f', 1, 1, []]);
    expect(() => readBack(`${line('b.yaml')}\n${line('a.yaml')}\n`)).toThrow(CacheProblem);
    expect(() => readBack(`${line('a.yaml')}\n${line('a.yaml')}\n`)).toThrow(CacheProblem);
    expect(() => readBack(`${line('a.yaml')}\n{"format":"eslint"}\n`)).toThrow(CacheProblem);
    // Written by hand with spaces: read as JSON.
    const spaced = `["a.yaml", "h", 1, 2, 3, 4, 0, "f", 1, 1, []]\n`;
    expect(readBack(spaced).unchanged('a.yaml', { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4 })).toEqual({ summary: { factsHash: 'f', decoded: true, documents: 1, findings: [] }, hash: 'h' });
  });
});
