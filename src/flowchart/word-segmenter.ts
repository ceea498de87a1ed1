import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WordSegmenter } from './label-lines.js';

const require = createRequire(import.meta.url);
// jieba-wasm's exports leave out its package.json: found beside its entry point (pkg/nodejs/…)
const manifest = join(dirname(require.resolve('jieba-wasm')), '..', '..', 'package.json');

/** The segmenter's version: line breaks depend on its dictionary, so it is part of the cache key. */
export const SEGMENTER_VERSION = `jieba-wasm ${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;

let loading: Promise<WordSegmenter> | undefined;

/*
 * Chinese words by jieba (its dictionary, with its HMM for words it does not know): Intl.Segmenter's
 * ICU dictionary splits common words of this domain (听证 → 听|证, 当事人 → 当事|人), which is
 * exactly where a label must not break. Loading the dictionary takes ≈ 1 s, once per run, and
 * only when a chart is drawn.
 */
export function loadWordSegmenter(): Promise<WordSegmenter> {
  loading ??= import('jieba-wasm').then(({ cut }) => {
    cut('', true);
    return (text: string) => cut(text, true);
  });
  return loading;
}
