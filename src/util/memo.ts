/**
 * A value derived once from an object and kept on the object itself (a hidden property), not in
 * a WeakMap: with many short-lived keys — a model per batch of 16 files, in every worker — the
 * ephemeron tables behind WeakMaps made each young-generation GC several times slower, and GC
 * a quarter of the lint.
 */
export function memoOn<K extends object, V>(name: string): (owner: K, make: () => V) => V {
  const key = Symbol(name);
  return (owner, make) => {
    const held = owner as unknown as Record<symbol, V | undefined>;
    let value = held[key];
    if (value === undefined) {
      value = make();
      Object.defineProperty(owner, key, { value, enumerable: false });
    }
    return value;
  };
}
