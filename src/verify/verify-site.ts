import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../core/compare.js';
import { OUTPUT_MARKER } from '../load/discover.js';
import { OUTPUT_MARKER_TEXT } from '../output/output-dir.js';
import { MANIFEST_PATH, manifestText, parseManifest, PUBLIC_KEY_PATH, sha256Hex, SIGNATURE_PATH, type Manifest } from '../site/manifest.js';
import { publicKeyOf, verifyBytes, type PublicKeyInfo, type SignatureAlgorithm } from '../site/signing.js';

export type FileProblem = { kind: 'altered' | 'missing' | 'extra'; path: string };

/** Why a site does not verify, one reason each. */
export type Failure =
  | { kind: 'no-manifest' }
  | { kind: 'bad-manifest' }
  | { kind: 'not-canonical' }
  | { kind: 'files'; altered: number; missing: number; extra: number }
  | { kind: 'unsigned'; keyGiven: boolean }
  | { kind: 'no-key'; published: 'none' | 'unreadable' }
  | { kind: 'bad-signature'; fingerprint: string }
  | { kind: 'other-key'; named: string; used: string }
  | { kind: 'published-key-differs'; published: string; given: string }
  | { kind: 'no-previous' }
  | { kind: 'chain-broken'; named: string; given: string };

export interface Verification {
  /** How many files the manifest lists. */
  files: number;
  problems: FileProblem[];
  failures: Failure[];
  /** The signature, when it was checked and holds. */
  signature?: { algorithm: SignatureAlgorithm; fingerprint: string; keyFrom: 'given' | 'site' };
  /** The manifest names the given previous manifest. */
  chained: boolean;
}

export interface VerifyOptions {
  /** The key to check the signature with; without it, the key the site publishes. */
  key?: PublicKeyInfo;
  /** The previous release's manifest.json. */
  previous?: Uint8Array;
}

function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Every entry below `dir` that is not a folder (files, and links, which a site never holds), by `/`-path; links are not followed. */
function entriesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    return entry.isDirectory() ? entriesBelow(dir, `${path}/`) : [path];
  });
}

/** The bytes of a regular file (never through a link), if there is one. */
function fileBytes(path: string): Buffer | undefined {
  return lstatOf(path)?.isFile() ? readFileSync(path) : undefined;
}

/**
 * A copy of a site, held against its manifest.json: each listed file must be there with its
 * SHA-256 and nothing else may be (but the manifest, its signature and powercat's output marker
 * as powercat writes it); manifest.sig must verify with the given key or, without one, with the
 * key the site publishes; with a previous manifest, the manifest must name its hash. Reads only
 * the folder: nothing is fetched.
 */
export function verifySite(dir: string, options: VerifyOptions = {}): Verification {
  const result: Verification = { files: 0, problems: [], failures: [], chained: false };
  const bytes = fileBytes(join(dir, MANIFEST_PATH));
  if (bytes === undefined) return { ...result, failures: [{ kind: 'no-manifest' }] };
  const manifest = parseManifest(bytes);
  if (manifest === undefined) return { ...result, failures: [{ kind: 'bad-manifest' }] };
  result.files = Object.keys(manifest.files).length;
  if (manifestText(manifest) !== bytes.toString('utf8')) result.failures.push({ kind: 'not-canonical' });
  checkFiles(dir, manifest, result);
  checkSignature(dir, manifest, bytes, options.key, result);
  if (options.previous !== undefined) {
    const given = sha256Hex(options.previous);
    if (manifest.previous === undefined) result.failures.push({ kind: 'no-previous' });
    else if (manifest.previous !== given) result.failures.push({ kind: 'chain-broken', named: manifest.previous, given });
    else result.chained = true;
  }
  return result;
}

function checkFiles(dir: string, manifest: Manifest, result: Verification): void {
  const unlisted = new Set([MANIFEST_PATH, SIGNATURE_PATH]);
  if (fileBytes(join(dir, OUTPUT_MARKER))?.toString('utf8') === OUTPUT_MARKER_TEXT) unlisted.add(OUTPUT_MARKER);
  const present = new Set(entriesBelow(dir).filter((path) => !unlisted.has(path)));
  for (const [path, hash] of Object.entries(manifest.files)) {
    if (!present.delete(path)) result.problems.push({ kind: 'missing', path });
    else {
      const found = fileBytes(join(dir, path));
      if (found === undefined || sha256Hex(found) !== hash) result.problems.push({ kind: 'altered', path });
    }
  }
  for (const path of present) result.problems.push({ kind: 'extra', path });
  result.problems.sort((a, b) => compareStrings(a.path, b.path));
  if (result.problems.length > 0) {
    const count = (kind: FileProblem['kind']) => result.problems.filter((p) => p.kind === kind).length;
    result.failures.push({ kind: 'files', altered: count('altered'), missing: count('missing'), extra: count('extra') });
  }
}

function checkSignature(dir: string, manifest: Manifest, bytes: Buffer, given: PublicKeyInfo | undefined, result: Verification): void {
  const signature = fileBytes(join(dir, SIGNATURE_PATH));
  if (signature === undefined) {
    // an unsigned site verifies on its hashes alone, unless a key says it must be signed or the manifest says it was
    if (given !== undefined || manifest.signature !== undefined) result.failures.push({ kind: 'unsigned', keyGiven: given !== undefined });
    return;
  }
  const publishedBytes = manifest.files[PUBLIC_KEY_PATH] === undefined ? undefined : fileBytes(join(dir, PUBLIC_KEY_PATH));
  let published: PublicKeyInfo | undefined;
  try {
    published = publishedBytes && publicKeyOf(publishedBytes, PUBLIC_KEY_PATH);
  } catch {
    published = undefined;
  }
  const key = given ?? published;
  if (key === undefined) {
    result.failures.push({ kind: 'no-key', published: publishedBytes === undefined ? 'none' : 'unreadable' });
    return;
  }
  if (!verifyBytes(key, bytes, signature)) {
    result.failures.push({ kind: 'bad-signature', fingerprint: key.fingerprint });
    return;
  }
  if (manifest.signature !== undefined && manifest.signature.key !== key.fingerprint) {
    result.failures.push({ kind: 'other-key', named: manifest.signature.key, used: key.fingerprint });
  }
  if (given !== undefined && published !== undefined && published.fingerprint !== given.fingerprint) {
    result.failures.push({ kind: 'published-key-differs', published: published.fingerprint, given: given.fingerprint });
  }
  result.signature = { algorithm: key.algorithm, fingerprint: key.fingerprint, keyFrom: given === undefined ? 'site' : 'given' };
}
