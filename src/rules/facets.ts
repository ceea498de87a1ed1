import { codeIdentity } from '../domain/code-identity.js';
import { nationalCodeOf } from '../domain/national-code.js';
import { normalizedNameOf } from '../domain/power-name.js';
import { codeOccurrences } from '../model/indexes.js';
import { listOf, textOf } from '../model/read.js';
import type { Entity, PowerData } from '../model/types.js';

/**
 * What two powers may have in common for a catalogue rule to weigh one against the other
 * (Partition in rule.ts). Each facet is at least as coarse as what the rules declaring it
 * compare — `name` is the normalised name, where name-duplicate compares department, type and
 * name: more powers sharing a key only make a larger part to run the rule on again.
 */
export const FACETS = {
  name: (power) => nonEmpty(normalizedNameOf(power)),
  /** Every code a power holds (its own, its sub-items' and handling items') and every code it supersedes, as it reads. */
  code: (power) => [
    ...codeOccurrences(power).map((use) => codeIdentity(use.code)),
    ...listOf(power.data.supersedes).flatMap((value) => {
      const code = textOf(value);
      return code === undefined ? [] : [codeIdentity(code)];
    }),
  ],
  /** The 12-character basic code inside a code of the national structure. */
  basic: (power) => {
    const code = textOf(power.data.code);
    return nonEmpty((code === undefined ? undefined : nationalCodeOf(code)?.basic) ?? '');
  },
} as const satisfies Record<string, (power: Entity<PowerData>) => string[]>;

export type FacetName = keyof typeof FACETS;

const NAMES = Object.keys(FACETS) as FacetName[];

/**
 * A power's facet keys, as short strings: the facet's initial and a 53-bit hash of the key. Two
 * keys with one hash only put more powers in one part, which costs time, never a finding.
 */
export function facetKeysOf(power: Entity<PowerData>): string[] {
  return NAMES.flatMap((name) => FACETS[name](power).map((key) => facetKey(name, key)));
}

/** Whether a facet key (facetKeysOf) is one of these facets'. */
export function isKeyOf(key: string, names: readonly FacetName[]): boolean {
  return names.some((name) => key[0] === name[0]);
}

function facetKey(name: FacetName, key: string): string {
  return name[0] + hash53(key).toString(36);
}

function nonEmpty(key: string): string[] {
  return key === '' ? [] : [key];
}

/** cyrb53 (public domain): a fast, well-mixed string hash, not a cryptographic one. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
