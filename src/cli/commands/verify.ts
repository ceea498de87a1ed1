import { statSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { chooseLang } from '../../core/messages.js';
import { readManifestFile } from '../../site/manifest.js';
import { readPublicKey } from '../../site/signing.js';
import { problemLine, verdictLine } from '../../verify/messages.js';
import { verifySite } from '../../verify/verify-site.js';
import { EXIT } from '../exit-codes.js';

export interface VerifyFlags {
  key?: string;
  chain?: string;
  lang?: string;
}

/**
 * `powercat verify SITE`: each file that differs from the manifest on its own line, then the
 * verdict on one line; exit 0 only when every hash, the signature and the chain hold, 1 otherwise,
 * 2 when the folder, key or old manifest given cannot be read.
 */
export function verifyCommand(site: string, flags: VerifyFlags): number {
  const lang = chooseLang(flags.lang, undefined, process.env);
  if (!statSync(site, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError({ 'zh-CN': `${site}：不是文件夹；请给出网站文件夹`, en: `${site} is not a folder; give the site's folder` });
  }
  const key = flags.key === undefined ? undefined : readPublicKey(flags.key, `--key ${flags.key}`);
  const previous = flags.chain === undefined ? undefined : readManifestFile(flags.chain, `--chain ${flags.chain}`);
  const result = verifySite(site, { key, previous });
  const lines = [...result.problems.map((problem) => problemLine(problem, lang)), verdictLine(result, lang)];
  process.stdout.write(`${lines.join('\n')}\n`);
  return result.failures.length === 0 ? EXIT.ok : EXIT.findings;
}
