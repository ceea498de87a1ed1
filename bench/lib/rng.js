// Seeded pseudo-random numbers for the bench generator (no Math.random, no clock).

/**
 * 32-bit FNV-1a hash of a string (used to turn seeds and stream names into PRNG states).
 * @param {string} s
 * @returns {number}
 */
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so that near-identical names give unrelated streams
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small deterministic PRNG (mulberry32) with the helpers the generator needs. */
export class Rng {
  /** @param {number} state 32-bit seed */
  constructor(state) {
    /** @type {number} */
    this.state = state >>> 0;
  }

  /**
   * A stream derived from a seed and a name: same (seed, name) → same sequence.
   * @param {string | number} seed
   * @param {string} name
   */
  static stream(seed, name) {
    return new Rng(hash32(`${seed}\u0000${name}`));
  }

  /** @returns {number} uniform in [0, 1) */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * Integer in [lo, hi] (both inclusive).
   * @param {number} lo
   * @param {number} hi
   */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** @param {number} p */
  chance(p) {
    return this.next() < p;
  }

  /**
   * @template T
   * @param {readonly T[]} arr
   * @returns {T}
   */
  pick(arr) {
    return /** @type {T} */ (arr[Math.floor(this.next() * arr.length)]);
  }

  /**
   * k distinct elements of arr, in the order they appear in arr.
   * @template T
   * @param {readonly T[]} arr
   * @param {number} k
   * @returns {T[]}
   */
  sampleOrdered(arr, k) {
    const idx = arr.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = /** @type {number} */ (idx[i]);
      idx[i] = /** @type {number} */ (idx[j]);
      idx[j] = t;
    }
    return idx
      .slice(0, Math.min(k, arr.length))
      .sort((a, b) => a - b)
      .map((i) => /** @type {T} */ (arr[i]));
  }
}
