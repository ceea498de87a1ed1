import { plural, type Lang, type LocalizedText } from '../core/messages.js';
import type { Failure, FileProblem, Verification } from './verify-site.js';

const ALGORITHM = { ed25519: 'Ed25519', sm2: 'SM2/SM3' } as const;

const PROBLEM: Readonly<Record<FileProblem['kind'], LocalizedText>> = {
  altered: { 'zh-CN': '内容不符', en: 'altered' },
  missing: { 'zh-CN': '缺失', en: 'missing' },
  extra: { 'zh-CN': '多出', en: 'extra' },
};

/** One line per file that differs from the manifest: `altered: powers/x.html`. */
export const problemLine = (problem: FileProblem, lang: Lang) => `${PROBLEM[problem.kind][lang]}${lang === 'en' ? ': ' : '：'}${problem.path}`;

function failureText(failure: Failure): LocalizedText {
  switch (failure.kind) {
    case 'no-manifest':
      return { 'zh-CN': '文件夹里没有 manifest.json', en: 'there is no manifest.json in the folder' };
    case 'bad-manifest':
      return { 'zh-CN': 'manifest.json 不是 powercat 写出的文件清单', en: 'manifest.json is not a manifest powercat wrote' };
    case 'not-canonical':
      return { 'zh-CN': 'manifest.json 不是规范格式，写出后被改动过', en: 'manifest.json is not in canonical form: it was edited after it was written' };
    case 'files': {
      const total = failure.altered + failure.missing + failure.extra;
      return {
        'zh-CN': `${total} 个文件与 manifest.json 不符（内容不符 ${failure.altered}，缺失 ${failure.missing}，多出 ${failure.extra}）`,
        en: `${plural(total, 'file')} ${total === 1 ? 'differs' : 'differ'} from manifest.json (${failure.altered} altered, ${failure.missing} missing, ${failure.extra} extra)`,
      };
    }
    case 'unsigned':
      return failure.keyGiven
        ? { 'zh-CN': '网站没有签名（没有 manifest.sig）', en: 'the site is not signed (no manifest.sig)' }
        : { 'zh-CN': 'manifest.json 写明已签名，但 manifest.sig 不见了', en: 'manifest.json says the site is signed, but manifest.sig is missing' };
    case 'no-key':
      return failure.published === 'none'
        ? { 'zh-CN': '网站有签名，但没有公布公钥；请用 --key 给出公钥', en: 'the site is signed but publishes no key; give the public key with --key' }
        : { 'zh-CN': '网站公布的公钥无法读取；请用 --key 给出公钥', en: 'the key the site publishes cannot be read; give the public key with --key' };
    case 'bad-signature':
      return {
        'zh-CN': `签名无效：manifest.sig 不是公钥 ${failure.fingerprint} 对这份 manifest.json 的签名`,
        en: `the signature is not valid: manifest.sig is not a signature of this manifest.json by key ${failure.fingerprint}`,
      };
    case 'other-key':
      return { 'zh-CN': `manifest.json 写明的签名公钥是 ${failure.named}，不是 ${failure.used}`, en: `manifest.json names signing key ${failure.named}, not ${failure.used}` };
    case 'published-key-differs':
      return {
        'zh-CN': `网站公布的公钥 ${failure.published} 与给出的公钥 ${failure.given} 不同`,
        en: `the key the site publishes, ${failure.published}, is not the given key ${failure.given}`,
      };
    case 'no-previous':
      return { 'zh-CN': 'manifest.json 没有写明上一版本，无法接续', en: 'manifest.json names no previous release, so the chain is broken' };
    case 'chain-broken':
      return {
        'zh-CN': `版本链断开：manifest.json 写明的上一版本哈希是 ${failure.named}，给出的旧 manifest 的哈希是 ${failure.given}`,
        en: `the chain is broken: manifest.json names previous release ${failure.named}, the given manifest hashes to ${failure.given}`,
      };
  }
}

/** The verdict, one line: what holds, or every reason it does not. */
export function verdictLine(result: Verification, lang: Lang): string {
  const separator = lang === 'en' ? '; ' : '；';
  if (result.failures.length > 0) {
    return `${lang === 'en' ? 'verification failed: ' : '校验未通过：'}${result.failures.map((f) => failureText(f)[lang]).join(separator)}`;
  }
  const parts: LocalizedText[] = [{ 'zh-CN': `校验通过：${result.files} 个文件与 manifest.json 一致`, en: `verified: ${plural(result.files, 'file')} ${result.files === 1 ? 'matches' : 'match'} manifest.json` }];
  const signature = result.signature;
  if (signature === undefined) parts.push({ 'zh-CN': '网站未签名', en: 'the site is not signed' });
  else {
    const algorithm = ALGORITHM[signature.algorithm];
    parts.push(
      signature.keyFrom === 'given'
        ? { 'zh-CN': `签名有效（${algorithm}，公钥指纹 ${signature.fingerprint}）`, en: `the signature holds (${algorithm}, key ${signature.fingerprint})` }
        : {
            'zh-CN': `签名有效（${algorithm}，用网站自己公布的公钥 ${signature.fingerprint}：请与可信来源公布的指纹核对，或用 --key 给出公钥）`,
            en: `the signature holds (${algorithm}, with the key the site itself publishes, ${signature.fingerprint}: compare it with a fingerprint from a trusted source, or give the key with --key)`,
          },
    );
  }
  if (result.chained) parts.push({ 'zh-CN': '接续给出的上一版本', en: 'it follows the given previous release' });
  return parts.map((part) => part[lang]).join(separator);
}
