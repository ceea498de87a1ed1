import { timeAmount } from '../../format/time-amount.js';
import { POWER_STATUS, POWER_TYPE } from '../../format/vocabulary.js';
import type { PublicCatalogue, PublicDepartment, PublicHandlingItem, PublicLimitValue, PublicPower, PublicSubItem, PublicTimeLimit } from '../public-data.js';

/*
 * data/catalogue.json, open-data format 2 (FORMAT §4): every public field in the catalogue's own
 * structure — a power's `department`, `undertaker` and `jointWith` are department ids of
 * `departments`, time limits are `{value, unit}` — so that one level's published file can be
 * another level's upstream (FORMAT §6). Text renderings (`typeLabel`, `statusLabel`,
 * `timeLimitText`) sit beside the structure, never instead of it. `withheld` names the fields
 * withheld one by one. Keys come in a fixed order, so the same catalogue gives the same bytes.
 * docs/open-data.md documents every field.
 */

export const OPEN_DATA_FORMAT_VERSION = 2;

const department = (d: PublicDepartment) => ({
  id: d.id,
  name: d.name,
  nature: d.nature,
  uscc: d.uscc,
  orgCode: d.orgCode,
  parent: d.parent,
  contact: d.phone === undefined && d.supervisionPhone === undefined && d.address === undefined ? undefined : { phone: d.phone, supervisionPhone: d.supervisionPhone, address: d.address },
});

function limitText(value: PublicLimitValue | undefined): string | undefined {
  if (value === undefined || value === 'none') return undefined;
  return `${timeAmount(value.value, value.unit).zh}${value.note !== undefined ? `（${value.note}）` : ''}`;
}

function timeLimitText(limit: PublicTimeLimit | undefined) {
  if (limit === undefined) return undefined;
  const text = { statutory: limit.statutory === 'none' ? '无法定时限' : limitText(limit.statutory), promised: limit.immediate ? '即办件' : limit.promised === 'none' ? '无承诺时限' : limitText(limit.promised) };
  return text.statutory === undefined && text.promised === undefined ? undefined : text;
}

/** `online` as the catalogue writes it, `{url}`, on handling items as on the power. */
const handlingItem = (h: PublicHandlingItem) => ({ ...h, online: h.online === undefined ? undefined : { url: h.online } });
const subItem = (s: PublicSubItem) => ({ ...s, handlingItems: s.handlingItems?.map(handlingItem) });

type TextRendering = 'typeLabel' | 'statusLabel' | 'timeLimitText';

/** Each member of PublicPower placed once, in this order (a new member does not compile until placed). */
export function openDataPower(p: PublicPower) {
  return {
    code: p.code,
    name: p.name,
    type: p.type,
    typeLabel: POWER_TYPE[p.type].zh,
    department: p.department.id,
    path: p.path,
    public: p.public,
    withheld: p.withheld.length > 0 ? p.withheld : undefined,
    exception: p.exception,
    status: p.status,
    statusLabel: p.status && POWER_STATUS[p.status].zh,
    level: p.level,
    timeLimit: p.timeLimit,
    timeLimitText: timeLimitText(p.timeLimit),
    undertaker: p.undertaker?.id,
    jointWith: p.jointWith?.map((d) => d.id),
    source: p.source,
    basis: p.basis,
    subItems: p.subItems?.map(subItem),
    handlingItems: p.handlingItems?.map(handlingItem),
    fees: p.fees,
    serviceObjects: p.serviceObjects,
    handling: p.handling,
    online: p.online === undefined ? undefined : { url: p.online },
    guide: p.guide,
    responsibilities: p.responsibilities,
    accountability: p.accountability,
    discretion: p.discretion,
    process: p.process,
    risks: p.risks,
    contact: p.contact,
    abolishedOn: p.abolishedOn,
    reason: p.reason,
    effective: p.effective,
    note: p.note,
    history: p.history,
    supersedes: p.supersedes,
    upstream: p.upstream,
    flowcharts: p.flowcharts,
  } satisfies Record<keyof PublicPower | TextRendering, unknown>;
}

/** The JSON export: 2-space indent, a trailing newline, UTF-8 text (no BOM); `generatedOn` only when the site has a date. */
export function catalogueJson(catalogue: PublicCatalogue, generatedOn: string | undefined): string {
  const document = {
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    catalogue: { id: catalogue.id, name: catalogue.name, region: catalogue.region, level: catalogue.level, codeProfile: catalogue.codeProfile },
    generatedOn,
    departments: catalogue.departments.map(department),
    powers: catalogue.powers.map(openDataPower),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
