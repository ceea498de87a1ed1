import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/*
 * Readable ids from Chinese names: the name's pinyin syllables joined by hyphens
 * (区人社局 → qu-ren-she-ju). Ids depend only on the names, so the same list gives the same ids
 * on every run; names whose pinyin is the same get a short hash of the name as well.
 */

const MAX_LENGTH = 60;

export function slugOf(name: string): string {
  const syllables = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  let slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) slug = slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  return slug === '' ? `x-${shortHash(name)}` : slug;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

/**
 * An id for each key: the slug of its name, unless another key's name has the same slug or the
 * slug is `taken` — then the slug and a hash of the key. The same keys give the same ids in any order.
 */
export function assignIds(entries: readonly { key: string; name: string }[], taken: ReadonlySet<string>): Map<string, string> {
  const slugs = entries.map((entry) => ({ ...entry, slug: slugOf(entry.name) }));
  const count = new Map<string, number>();
  for (const { slug } of slugs) count.set(slug, (count.get(slug) ?? 0) + 1);
  return new Map(slugs.map(({ key, slug }) => [key, count.get(slug)! > 1 || taken.has(slug) ? `${slug}-${shortHash(key)}` : slug]));
}
