import { compareStrings } from '../core/compare.js';
import type { Lang, Words } from '../core/messages.js';
import { POWER_FIELDS, type PowerField } from '../format/power-fields.js';
import { indexesOf } from '../model/indexes.js';
import { recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, Entity, PowerData } from '../model/types.js';
import { openDataPower } from '../site/exports/json.js';
import { powerProjection } from '../site/public-data.js';

/*
 * One version of a catalogue as `powercat diff` compares it, whatever it was read from (a folder,
 * a git revision, an open-data file): every power in open-data format 2's shape (department ids,
 * time limits as {value, unit}, processes resolved from templates), keyed by its top-level Power
 * key (FORMAT §5 names changes by them). Read from a catalogue, it is the public projection —
 * of every field, or of what the site publishes (`--public`); open data is the latter already.
 *
 * Powers are projected only when asked for: two versions of 3,000 powers usually differ in a
 * few, and a power whose fingerprint — its own data and everything else its projection reads
 * (the templates it uses, its department's posts, the catalogue's flowchart setting) — is the
 * same in both versions cannot compare different, so it is never projected.
 */

/** The Power keys a change is named by (`kind` is the document's, not the power's). */
export type ComparedField = Exclude<PowerField, 'kind'>;
export const COMPARED_FIELDS = (Object.keys(POWER_FIELDS) as PowerField[]).filter((f): f is ComparedField => f !== 'kind');

/** A power: its compared fields (absent when empty), JSON values only. */
export type ComparedPower = Readonly<Partial<Record<ComparedField, unknown>>> & { readonly code: string; readonly name: string };

export interface Version {
  /** How the reader is told which side this is: a path, a revision, the working tree. */
  label: Words;
  /** The catalogue's `lang`, when it has one. */
  lang: Lang | undefined;
  /** Only what the site publishes (`--public`, or open data). */
  publicOnly: boolean;
  /** Files of the version that could not be read whole: powers in them may be missing. */
  unreadable: readonly string[];
  /** Every code, in code-unit order; where a code is used twice (code-duplicate), its first power counts. */
  codes: readonly string[];
  has(code: string): boolean;
  /** The power, projected on first asking. */
  power(code: string): ComparedPower | undefined;
  /** The same in two versions (`sameFingerprint`) only when the power compares the same; a different one says nothing. */
  fingerprint(code: string): Fingerprint;
  /** The codes whose power lists codes in `supersedes` (a superset where a projection may withhold them). */
  superseding: readonly string[];
}

/** Members of open data that say nothing of the power itself: where its page is, text renderings. */
const NOT_COMPARED = new Set(['path', 'flowcharts', 'typeLabel', 'statusLabel', 'timeLimitText', 'public', 'withheld', 'exception']);

/**
 * A power of open data (read from a file, or made by open data's own writer) in the compared
 * shape: `public`, `withheld` and `exception` become the Power key they come from, `disclosure`.
 */
export function comparedPower(record: Readonly<Record<string, unknown>>): ComparedPower {
  const power: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined && !NOT_COMPARED.has(key)) power[key] = value;
  if (typeof power.name !== 'string') power.name = record.code;
  const withheld = Array.isArray(record.withheld) && record.withheld.length > 0 ? record.withheld : undefined;
  const exception = record.exception as { reason?: unknown; basis?: unknown } | undefined;
  if (record.public === false || withheld !== undefined) {
    power.disclosure = Object.fromEntries(
      Object.entries({ public: record.public !== false, withhold: withheld, reason: exception?.reason, basis: exception?.basis }).filter(([, v]) => v !== undefined),
    );
  }
  return power as ComparedPower;
}

/**
 * What a power's projection reads: `context` (JSON texts of what it reads besides its own data),
 * and its data — compared as the very same object first (two versions share the parse of a file
 * whose text they share, so an unchanged power's data is one object), else as JSON.
 */
export interface Fingerprint {
  context: readonly string[];
  data: unknown;
  json(): string;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.context.length === b.context.length && a.context.every((part, i) => part === b.context[i]) && (a.data === b.data || a.json() === b.json());
}

type Base = Pick<Version, 'label' | 'lang' | 'publicOnly' | 'unreadable'>;

const listsCodes = (value: unknown) => Array.isArray(value) && value.length > 0;

function versionOf<T>(base: Base, byCode: ReadonlyMap<string, T>, project: (item: T) => ComparedPower | undefined, fingerprint: (item: T) => Fingerprint, supersedes: (item: T) => unknown): Version {
  const projected = new Map<string, ComparedPower | undefined>();
  const fingerprints = new Map<string, Fingerprint>();
  const codes = [...byCode.keys()].sort(compareStrings);
  return {
    ...base,
    codes,
    has: (code) => byCode.has(code),
    power(code) {
      if (!projected.has(code)) {
        const item = byCode.get(code);
        projected.set(code, item === undefined ? undefined : project(item));
      }
      return projected.get(code);
    },
    fingerprint(code) {
      let found = fingerprints.get(code);
      if (found === undefined) fingerprints.set(code, (found = fingerprint(byCode.get(code)!)));
      return found;
    },
    superseding: codes.filter((code) => listsCodes(supersedes(byCode.get(code)!))),
  };
}

/** A catalogue read from YAML: powers projected (every field, or what the site publishes) when asked for. */
export function catalogueVersion(base: Base, model: CatalogueModel): Version {
  const { codeOf, project } = powerProjection(model, { everyField: !base.publicOnly });
  const byCode = new Map<string, Entity<PowerData>>();
  for (const entity of model.powers) {
    const code = codeOf(entity);
    if (code !== undefined && !byCode.has(code)) byCode.set(code, entity);
  }
  const { processById, departmentById } = indexesOf(model);
  const shared = JSON.stringify(recordOf(model.catalogue?.data.site)?.internalFlowcharts ?? null);
  // Templates and departments are shared by many powers: each is written out once.
  const writer = () => {
    const written = new Map<string, string>();
    return (key: string, value: () => unknown) => {
      let text = written.get(key);
      if (text === undefined) written.set(key, (text = JSON.stringify(value() ?? null)));
      return text;
    };
  };
  const once = writer();
  const onceForDepartment = writer();
  const fingerprint = (entity: Entity<PowerData>) => {
    const uses = (['external', 'internal'] as const).map((view) => {
      const use = textOf(recordOf(recordOf(entity.data.process)?.[view])?.use);
      return use === undefined ? '-' : once(use, () => processById.get(use)?.data);
    });
    const department = textOf(entity.data.department) ?? '';
    const posts = onceForDepartment(department, () => departmentById.get(department)?.data.posts);
    return { context: ['yaml', shared, ...uses, posts], data: entity.data, json: () => JSON.stringify(entity.data) };
  };
  return versionOf(base, byCode, (entity) => {
    const power = project(entity);
    return power && comparedPower(openDataPower(power));
  }, fingerprint, (entity) => entity.data.supersedes);
}

/** Open data (read from JSON): powers already in the compared shape. */
export function openDataVersion(base: Base, records: readonly Readonly<Record<string, unknown>>[]): Version {
  const byCode = new Map<string, Readonly<Record<string, unknown>>>();
  for (const record of records) if (typeof record.code === 'string' && !byCode.has(record.code)) byCode.set(record.code, record);
  const fingerprint = (record: Readonly<Record<string, unknown>>): Fingerprint => ({ context: ['json'], data: record, json: () => JSON.stringify(record) });
  return versionOf(base, byCode, comparedPower, fingerprint, (record) => record.supersedes);
}
