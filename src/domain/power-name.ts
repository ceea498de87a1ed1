import { textOf } from '../model/read.js';
import type { Entity, PowerData } from '../model/types.js';

/*
 * Power names as `owner-ambiguous` and `name-duplicate` compare them (FORMAT §3, DOMAIN.md): two lists often write
 * one power with different widths, brackets, spaces or a level suffix, e.g.
 * `对无照经营的处罚（县级）` and `对无照经营的处罚 (市级)` are the same power.
 */

/** A level suffix at the end of a name, after normalisation: (省级) (市级) (县级) (区级) (乡级) (乡镇级) (街道级). */
const LEVEL_SUFFIX = /\((?:省|市|县|区|乡|乡镇|街道)级\)$/u;

/** Whitespace of every kind (\s covers U+3000 and NBSP) and the invisible zero-width characters. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/gu;

/**
 * The form under which two names denote the same power: NFKC (full-width letters, digits and
 * brackets become half-width, so （）and () are one), every space removed, and level suffixes at
 * the end folded, repeatedly (`X（县级）（市级）` → `X`). Other brackets (【】〔〕) are kept as written.
 */
/** Text NFKC leaves as it is (ASCII, unified ideographs, 、。 and CJK brackets): most names; NFKC is slow. */
const NFKC_STABLE = /^[\u0020-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011]*$/u;

export function normalizePowerName(name: string): string {
  let normal = (NFKC_STABLE.test(name) ? name : name.normalize('NFKC')).replace(/（/gu, '(').replace(/）/gu, ')').replace(SPACES, '');
  while (LEVEL_SUFFIX.test(normal)) normal = normal.replace(LEVEL_SUFFIX, '');
  return normal;
}

const normalNames = new WeakMap<Entity<PowerData>, string>();

/** A power's normalised name ('' without a name), computed once per power for the rules that compare names. */
export function normalizedNameOf(power: Entity<PowerData>): string {
  let normal = normalNames.get(power);
  if (normal === undefined) {
    normal = normalizePowerName(textOf(power.data.name) ?? '');
    normalNames.set(power, normal);
  }
  return normal;
}
