import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../core/compare.js';
import { UsageError } from '../core/errors.js';
import { POWERCAT_VERSION } from '../core/version.js';
import type { FileContent, WrittenFiles } from '../output/output-dir.js';
import { canonicalJson, type CanonicalValue } from '../util/canonical-json.js';
import { signBytes, SIGNATURE_ALGORITHMS, type SignatureAlgorithm, type SigningKey } from './signing.js';

/*
 * The site's manifest (docs/verify.md): the SHA-256 of every file of the site, what it was built
 * from, and the previous release's manifest, as canonical JSON (RFC 8785) — one line, keys sorted,
 * UTF-8, no trailing newline — optionally signed. The same catalogue, powercat version, key and
 * previous manifest give the same bytes: nothing in it comes from the clock or the machine.
 */

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const PUBLIC_KEY_PATH = '.well-known/powercat.pub';
export const MANIFEST_VERSION = 1;

export interface CatalogueFacts {
  id: string;
  name: string;
  /** The site's date (YYYY-MM-DD), when it has one. */
  dataDate?: string;
  /** The git commit of the catalogue, when it is in a git work tree. */
  commit?: string;
  /** The catalogue's YAML files differ from that commit. */
  dirty?: true;
}

export interface Manifest {
  manifest: typeof MANIFEST_VERSION;
  generator: { name: 'powercat'; version: string };
  catalogue: CatalogueFacts;
  /** SHA-256 (hex) of the previous release's manifest.json. */
  previous?: string;
  /** Who signs manifest.sig: the algorithm and the public key's fingerprint. */
  signature?: { algorithm: SignatureAlgorithm; key: string };
  hash: 'sha256';
  /** Every file of the site but the manifest, its signature and powercat's output marker: path → SHA-256 (hex). */
  files: Record<string, string>;
}

export interface Release {
  signing?: SigningKey;
  /** The previous release's manifest.json, as published (checked by `readPreviousManifest`). */
  previous?: Uint8Array;
  /** The git commit of the catalogue (`catalogueCommit`). */
  commit?: { id: string; dirty: boolean };
}

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** manifest.json (and manifest.sig when signing) for the files written so far. */
export function manifestFiles(written: WrittenFiles, catalogue: CatalogueFacts, release: Release): Map<string, FileContent> {
  const files = Object.fromEntries(
    [...written.paths].sort(compareStrings).map((path) => [path, sha256Hex(readFileSync(join(written.dir, path)))]),
  );
  const signing = release.signing?.publicKey;
  const body: Manifest = {
    manifest: MANIFEST_VERSION,
    generator: { name: 'powercat', version: POWERCAT_VERSION },
    catalogue,
    signature: signing && { algorithm: signing.algorithm, key: signing.fingerprint },
    hash: 'sha256',
    files,
  };
  const text = manifestText({ ...body, previous: release.previous === undefined ? undefined : previousOf(release.previous, body) });
  const out = new Map<string, FileContent>([[MANIFEST_PATH, text]]);
  if (release.signing) out.set(SIGNATURE_PATH, signBytes(release.signing, Buffer.from(text)));
  return out;
}

export const manifestText = (manifest: Manifest) => canonicalJson(manifest as unknown as CanonicalValue);

/**
 * What the manifest names as the previous release: the hash of the one given — unless the given
 * one is this release already (same files, catalogue, powercat, key), as when a site is built
 * again with `--previous-manifest` pointing at itself: then that manifest is written again as it
 * was, its own link (or none) kept, so building twice never chains a release to itself.
 */
function previousOf(previous: Uint8Array, body: Manifest): string | undefined {
  const parsed = parseManifest(previous);
  const again = parsed !== undefined && manifestText({ ...parsed, previous: undefined }) === manifestText(body);
  return again ? parsed.previous : sha256Hex(previous);
}

const HEX64 = /^[0-9a-f]{64}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** A path inside the site: names joined by `/`, none empty, `.`, `..` or holding `\` or NUL. */
export const isSitePath = (path: string) => path.split('/').every((name) => name !== '' && name !== '.' && name !== '..' && !/[\\\0]/.test(name));

/** The manifest in these bytes, if they are one powercat wrote (any canonical form or not). */
export function parseManifest(bytes: Uint8Array): Manifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.manifest !== MANIFEST_VERSION || value.hash !== 'sha256') return undefined;
  const { catalogue, files, signature, generator } = value;
  const valid =
    isRecord(generator) &&
    isString(generator.version) &&
    isRecord(catalogue) &&
    isString(catalogue.id) &&
    isString(catalogue.name) &&
    optional(catalogue.dataDate, isString) &&
    optional(catalogue.commit, isString) &&
    optional(catalogue.dirty, (v) => v === true) &&
    optional(value.previous, (v) => isString(v) && HEX64.test(v)) &&
    optional(signature, (v) => isRecord(v) && SIGNATURE_ALGORITHMS.includes(v.algorithm as SignatureAlgorithm) && isString(v.key)) &&
    isRecord(files) &&
    Object.entries(files).every(([path, hash]) => isSitePath(path) && isString(hash) && HEX64.test(hash));
  return valid ? (value as unknown as Manifest) : undefined;
}

/**
 * A manifest file, or the manifest of a site folder (a copy of the previous release, or the output
 * folder about to be replaced: read before anything is written).
 */
export function readManifestFile(path: string, named: string): Uint8Array {
  const file = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? join(path, MANIFEST_PATH) : path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError({ 'zh-CN': `${named}：无法读取 ${file}（${code}）`, en: `${named}: cannot read ${file} (${code})` });
  }
  if (parseManifest(bytes) === undefined) {
    throw new UsageError({ 'zh-CN': `${named}：${file} 不是 powercat 写出的 manifest.json`, en: `${named}: ${file} is not a manifest.json written by powercat` });
  }
  return bytes;
}
