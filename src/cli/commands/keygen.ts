import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { chooseLang } from '../../core/messages.js';
import { OUTPUT_MARKER } from '../../load/discover.js';
import { generateKeys, publicKeyOf, readPublicKey, type SignatureAlgorithm } from '../../site/signing.js';
import { EXIT } from '../exit-codes.js';
import { checkOutputPath } from '../output-paths.js';

export interface KeygenFlags {
  out?: string;
  signAlg: SignatureAlgorithm;
  fingerprint?: string;
  lang?: string;
}

/** The site folder (one powercat wrote: it holds the output marker) that `path` lies in, if any. */
function siteAround(path: string): string | undefined {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, OUTPUT_MARKER))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * `powercat keygen --out KEY`: a new private key (PEM, mode 0600) and its public key beside it
 * (KEY.pub), never over an existing file and never inside a site folder, where the next copy to
 * the web server would publish it. `--fingerprint FILE` prints a key's fingerprint instead.
 */
export function keygenCommand(flags: KeygenFlags): number {
  const lang = chooseLang(flags.lang, undefined, process.env);
  if ((flags.out === undefined) === (flags.fingerprint === undefined)) {
    throw new UsageError({ 'zh-CN': '请给出 --out 文件（生成密钥）或 --fingerprint 文件（显示指纹），二者选一', en: 'give either --out FILE (make a key pair) or --fingerprint FILE (print its fingerprint)' });
  }
  if (flags.fingerprint !== undefined) {
    process.stdout.write(`${readPublicKey(flags.fingerprint, `--fingerprint ${flags.fingerprint}`).fingerprint}\n`);
    return EXIT.ok;
  }
  const out = flags.out!;
  const pub = `${out}.pub`;
  const named = `--out ${out}`;
  const site = siteAround(out);
  if (site !== undefined) {
    throw new UsageError({
      'zh-CN': `${named}：${site} 是 powercat 生成的网站文件夹，私钥放在里面会被发布出去；请放到网站以外`,
      en: `${named}: ${site} is a site powercat built, and a private key in it would be published; keep it outside`,
    });
  }
  for (const file of [out, pub]) {
    if (existsSync(file)) {
      throw new UsageError({ 'zh-CN': `${named}：${file} 已经存在，不会覆盖；请换一个文件名`, en: `${named}: ${file} exists and is not overwritten; choose another name` });
    }
  }
  checkOutputPath(out, 'file', named);
  const keys = generateKeys(flags.signAlg);
  // `wx`: created here or not at all; 0600 from the start, so the key is never readable by others
  writeFileSync(out, keys.privatePem, { flag: 'wx', mode: 0o600 });
  writeFileSync(pub, keys.publicPem, { flag: 'wx', mode: 0o644 });
  const { fingerprint } = publicKeyOf(Buffer.from(keys.publicPem), pub);
  process.stdout.write(
    lang === 'en'
      ? `wrote the private key ${out} (keep it secret, outside the site) and the public key ${pub}\nfingerprint: ${fingerprint}\n`
      : `已写出私钥 ${out}（务必保密，不要放进网站）和公钥 ${pub}\n公钥指纹：${fingerprint}\n`,
  );
  return EXIT.ok;
}
