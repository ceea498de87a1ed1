import { isWithholdable, WITHHOLDABLE_FIELDS, type WithholdableField } from '../format/power-fields.js';
import { filledText, listOf, recordOf } from './read.js';
import type { CatalogueModel, Entity, PowerData, View } from './types.js';

/*
 * What the public may see of one power (FORMAT §2 `disclosure`, §4), decided once from the
 * disclosure policy (src/format/power-fields.ts). The public projection, the flowcharts and the
 * exports all ask this object, so no published byte can take its own view of what is withheld.
 */

export interface PowerDisclosure {
  /** false: only the identity fields (code, name, type, department) and the exception's reason and basis. */
  readonly public: boolean;
  /** The fields withheld one by one, in the policy's order (empty when the whole power is withheld). */
  readonly withheld: readonly WithholdableField[];
  /** Why, when anything is withheld. */
  readonly exception: { reason: string; basis: string } | undefined;
  /** The flowchart views the power publishes. */
  readonly views: ReadonlySet<View>;
  /** Whether a field may be published. */
  shows(field: WithholdableField): boolean;
}

const VIEW_FIELD = { external: 'externalProcess', internal: 'internalProcess' } as const satisfies Record<View, WithholdableField>;

export function disclosureOf(model: CatalogueModel, power: Entity<PowerData>): PowerDisclosure {
  const disclosure = recordOf(power.data.disclosure);
  const isPublic = disclosure?.public !== false;
  const written = new Set(listOf(disclosure?.withhold).filter(isWithholdable));
  const withheld = isPublic ? WITHHOLDABLE_FIELDS.filter((field) => written.has(field)) : [];
  const shows = (field: WithholdableField) => isPublic && !written.has(field);
  const internalPublished = recordOf(model.catalogue?.data.site)?.internalFlowcharts !== false;
  // An abolished power is no longer exercised, so it shows no flowchart — unless its status is
  // withheld: then nothing on its page may hint at it.
  const exercised = !(shows('status') && power.data.status === 'abolished');
  const views = new Set<View>();
  for (const view of ['external', 'internal'] as const) {
    if (exercised && shows('process') && shows(VIEW_FIELD[view]) && (view === 'external' || internalPublished)) views.add(view);
  }
  const excepted = !isPublic || withheld.length > 0;
  return {
    public: isPublic,
    withheld,
    exception: excepted ? { reason: filledText(disclosure?.reason) ?? '', basis: filledText(disclosure?.basis) ?? '' } : undefined,
    views,
    shows,
  };
}
