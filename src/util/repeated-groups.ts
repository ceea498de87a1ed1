/**
 * The items that share their key with another, grouped by key (each group in item order);
 * items whose key is met once are left out. Most keys of a large catalogue are met once, so they
 * get no group of their own: allocating one per item was most of the work.
 */
export function repeatedGroups<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const first = new Map<string, T | T[]>();
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, item);
    } else if (groups.has(key)) {
      groups.get(key)!.push(item);
    } else {
      groups.set(key, [seen as T, item]);
      first.set(key, item);
    }
  }
  return groups;
}
