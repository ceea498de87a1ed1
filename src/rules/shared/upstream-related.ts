import type { UpstreamItem } from '../../upstream/item.js';
import type { Related } from '../rule.js';
import { valueAt } from '../targets.js';

/** The upstream item as a related location, when its list is a catalogue folder (open data has no positions to point at). */
export function upstreamItemRelated<M extends string>(item: UpstreamItem | undefined, messageId: M, field: 'code' | 'name' | 'type' | 'basis' = 'code'): Related<M>[] {
  return item?.entity ? [{ target: valueAt(item.entity, field), messageId, data: {} }] : [];
}
