import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchIndexFiles, type SearchRecord } from '../../src/site/search-index.js';

const records: SearchRecord[] = Array.from({ length: 600 }, (_, i) => {
  const code = `0002310${String(i).padStart(5, '0')}`;
  const name = `对第${i}号违法行为的行政处罚`;
  return { url: `powers/${code}.html`, content: `${name}\n${code}`, meta: { title: name, kind: '行政处罚', kind_en: 'Administrative penalty', code } };
});

/** Every index file decompressed, with Pagefind's word separators (U+200B) removed. */
const text = (files: Map<string, Uint8Array>) =>
  [...files].filter(([path]) => /\.pf_/.test(path)).map(([, bytes]) => gunzipSync(bytes).toString('utf8').replaceAll('\u200b', '')).join('\n');

describe('searchIndexFiles', () => {
  it('bundles 600 records into at most 512 fragment files, loses none, and gives the same bytes twice', async () => {
    const files = await searchIndexFiles(records);
    const fragments = [...files.keys()].filter((path) => path.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments.length).toBeLessThanOrEqual(512);
    const all = text(files);
    for (const record of records) expect(all, record.meta.title).toContain(record.meta.title);
    expect([...files.keys()]).toContain('pagefind/pagefind.js');
    expect([...files.keys()].filter((path) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(path))).toEqual([]);

    const again = await searchIndexFiles(records);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(Buffer.from(again.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
  }, 60_000);
});
