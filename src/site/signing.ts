import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/**
 * Signing keys for the site's manifest. Ed25519 by default; SM2 (with SM3) as Node's OpenSSL 3.0
 * signs it: the key's distinguishing ID is OpenSSL's default (empty), not GM/T 0009's
 * 1234567812345678 — see docs/verify.md for what that means for other SM2 tools.
 */
export type SignatureAlgorithm = 'ed25519' | 'sm2';
export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['ed25519', 'sm2'];

/** The start of each algorithm's public key (SubjectPublicKeyInfo, DER) up to the key bits. */
const SPKI_PREFIX: Readonly<Record<SignatureAlgorithm, string>> = {
  // SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (32 bytes) }
  ed25519: '302a300506032b6570032100',
  // SEQUENCE { SEQUENCE { OID id-ecPublicKey, OID 1.2.156.10197.1.301 (SM2) } BIT STRING (uncompressed point) }
  sm2: '3059301306072a8648ce3d020106082a811ccf5501822d03420004',
};

export interface PublicKeyInfo {
  key: KeyObject;
  algorithm: SignatureAlgorithm;
  /** SPKI, PEM: the file published at /.well-known/powercat.pub. */
  pem: string;
  /** `SHA256:` and the unpadded base64 of the SHA-256 of the key's DER, as OpenSSH prints fingerprints. */
  fingerprint: string;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: PublicKeyInfo;
}

/** The algorithm of a public key, when powercat signs with that kind of key. */
function algorithmOf(der: Buffer): SignatureAlgorithm | undefined {
  const hex = der.toString('hex');
  return SIGNATURE_ALGORITHMS.find((algorithm) => hex.startsWith(SPKI_PREFIX[algorithm]));
}

function describe(key: KeyObject): PublicKeyInfo | undefined {
  const der = key.export({ type: 'spki', format: 'der' });
  const algorithm = algorithmOf(der);
  if (algorithm === undefined) return undefined;
  return {
    key,
    algorithm,
    pem: key.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`,
  };
}

/** Ed25519 signs the message itself; SM2 hashes it with SM3 (after the Z value of the key). */
const digestOf = (algorithm: SignatureAlgorithm) => (algorithm === 'sm2' ? 'sm3' : null);

export function signBytes(key: SigningKey, data: Uint8Array): Buffer {
  return sign(digestOf(key.publicKey.algorithm), data, key.privateKey);
}

export function verifyBytes(key: PublicKeyInfo, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(digestOf(key.algorithm), data, key.key, signature);
  } catch {
    return false; // a signature of the wrong shape for the key
  }
}

/** A new key pair as PEM (PKCS #8 private, SPKI public). */
export function generateKeys(algorithm: SignatureAlgorithm): { privatePem: string; publicPem: string } {
  const pair = algorithm === 'sm2' ? generateKeyPairSync('ec', { namedCurve: 'SM2' }) : generateKeyPairSync('ed25519');
  return {
    privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

const unsupported = (named: string) =>
  new UsageError({
    'zh-CN': `${named}：不是 Ed25519 或 SM2 密钥；请用 powercat keygen 生成`,
    en: `${named} is not an Ed25519 or SM2 key; make one with powercat keygen`,
  });

function readKeyFile(path: string, named: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError({ 'zh-CN': `${named}：无法读取（${code}）`, en: `${named}: cannot read it (${code})` });
  }
}

/**
 * The private key of `--sign FILE`. Keys are always used as read from PEM: Node treats an SM2 key
 * it has just generated as a plain EC key, whose signatures no SM2 verifier accepts.
 */
export function readSigningKey(path: string, named: string): SigningKey {
  const text = readKeyFile(path, named);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(text);
  } catch {
    throw new UsageError({
      'zh-CN': `${named}：不是 PEM 格式的私钥（公钥不能用来签名）；请给出 powercat keygen 生成的私钥文件`,
      en: `${named} is not a private key in PEM (a public key cannot sign); give the private key file powercat keygen wrote`,
    });
  }
  const publicKey = describe(createPublicKey(privateKey));
  if (publicKey === undefined) throw unsupported(named);
  return { privateKey, publicKey };
}

/** A public key from a PEM file (a private key's file gives its public key). */
export function readPublicKey(path: string, named: string): PublicKeyInfo {
  return publicKeyOf(readKeyFile(path, named), named);
}

export function publicKeyOf(pem: Uint8Array, named: string): PublicKeyInfo {
  let key: KeyObject;
  try {
    key = createPublicKey(Buffer.from(pem));
  } catch {
    throw new UsageError({ 'zh-CN': `${named}：不是 PEM 格式的公钥`, en: `${named} is not a public key in PEM` });
  }
  const info = describe(key);
  if (info === undefined) throw unsupported(named);
  return info;
}
