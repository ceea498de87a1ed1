import { pointerOf } from '../load/locate.js';
import type { Entity } from '../model/types.js';
import type { Target } from './rule.js';

type Segment = string | number;

/** The value at a path inside an entity's document. */
export function valueAt(entity: Entity<unknown>, ...path: Segment[]): Target {
  return { doc: entity.doc, pointer: pointerOf(path), anchor: 'value' };
}

/** The key at a path: for findings about the key itself (an unknown or misplaced field). */
export function keyAt(entity: Entity<unknown>, ...path: Segment[]): Target {
  return { doc: entity.doc, pointer: pointerOf(path), anchor: 'key' };
}

/** A field missing from the object at a path: reported at that object's first key (FORMAT §3). */
export function missingIn(entity: Entity<unknown>, ...path: Segment[]): Target {
  return { doc: entity.doc, pointer: pointerOf(path), anchor: 'first-key' };
}
