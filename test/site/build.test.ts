import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, makeCatalogue, runCli } from '../helpers/catalogue.js';
import { DEPARTMENT, power } from '../helpers/fixtures.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-site-'));
const EXAMPLE = join(REPO, 'examples/qingshui');

/** Every file of a folder, by relative path. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * All the text a site publishes: every file, the XLSX unzipped, the search index's gzip files
 * decompressed and its word separators (U+200B, between segmented Chinese words) removed, as UTF-8.
 */
function publishedText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [path, bytes] of tree(dir)) {
    if (path.endsWith('.xlsx')) {
      for (const [entry, data] of Object.entries(unzipSync(bytes))) texts.set(`${path}!${entry}`, Buffer.from(data).toString('utf8'));
    } else if (isGzip(bytes)) texts.set(path, gunzipSync(bytes).toString('utf8').replaceAll('\u200b', ''));
    else texts.set(path, bytes.toString('utf8'));
  }
  return texts;
}

const SECRETS = ['SECRET_BASIS_甲', 'SECRET_RESP_乙', 'SECRET_ACC_丙', 'SECRET_STEP_丁', 'SECRET_RISK_戊', 'SECRET_RISK2_己', 'SECRET_ISTEP_庚', 'SECRET_DISC_辛'];

function leakCatalogue(withDisclosure: boolean): string {
  const inline = (view: string, name: string) =>
    `  ${view}:\n    steps:\n      - {id: a, name: ${name}, type: start, actor: ${view === 'internal' ? 'clerk' : '申请人'}, next: b}\n      - {id: b, name: 办结, type: end, actor: ${view === 'internal' ? 'deputy' : '窗口'}}\n`;
  const secret = power('000206001000', '涉密测绘成果监督检查', '')
    .replace('type: penalty', 'type: inspection')
    .replace('title: 中华人民共和国食品安全法', 'title: SECRET_BASIS_甲')
    .replace('对发现的违法行为及时立案', 'SECRET_RESP_乙')
    .replace('对符合立案条件的案件不予立案的', 'SECRET_ACC_丙')
    .replace(/discretion: .*\n/, '') +
    `process:\n${inline('internal', 'SECRET_STEP_丁')}risks:\n  - {step: a, level: low, points: [SECRET_RISK_戊]}\n` +
    (withDisclosure ? 'disclosure: {public: false, reason: 涉及国家秘密, basis: 中华人民共和国保守国家秘密法第九条}\n' : '');
  const partial = power('000231002000', '对经营不符合安全标准食品的处罚', '').replace(/discretion: .*\n/, 'discretion: SECRET_DISC_辛\n') +
    `process:\n${inline('external', 'PUBLIC_STEP_壬')}${inline('internal', 'SECRET_ISTEP_庚')}risks:\n  - {step: a, level: high, points: [SECRET_RISK2_己], controls: [双人复核]}\n` +
    (withDisclosure ? 'disclosure: {withhold: [risks, internalProcess, discretion], reason: 涉及执法策略, basis: 政府信息公开条例第十四条}\n' : '');
  return makeCatalogue({
    'departments/scjgj.yaml': DEPARTMENT,
    'powers/a.yaml': power(),
    'powers/secret.yaml': secret,
    'powers/partial.yaml': partial,
  });
}

describe('disclosure exceptions are enforced in every byte', { timeout: 120_000 }, () => {
  let site: Map<string, string>;
  let control: Map<string, string>;
  beforeAll(() => {
    const cache = temp();
    const out = join(temp(), 'site');
    const built = runCli(['build', leakCatalogue(true), '--out', out, '--cache-dir', cache]);
    expect(built.code, built.stderr).toBe(0);
    site = publishedText(out);
    const openOut = join(temp(), 'site');
    expect(runCli(['build', leakCatalogue(false), '--out', openOut, '--cache-dir', cache]).code).toBe(0);
    control = publishedText(openOut);
  }, 180_000);

  it('the scan sees the secrets when nothing is withheld (so it can fail)', () => {
    const everything = [...control.values()].join('\n');
    for (const secret of SECRETS) expect(everything, secret).toContain(secret);
  });

  it('no withheld string appears in any page, SVG, export (XLSX unzipped) or index', () => {
    expect(site.size).toBeGreaterThan(5);
    for (const [path, text] of site) for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
  });

  it('the scan reads the search index: the public name of the non-public power is found in it', () => {
    const index = [...site].filter(([path]) => path.startsWith('pagefind/'));
    expect(index.filter(([path]) => path.startsWith('pagefind/fragment/')).length).toBeGreaterThanOrEqual(3);
    expect(index.some(([, text]) => text.includes('涉密测绘成果监督检查'))).toBe(true);
  });

  it('the non-public power shows code, name, type, department, reason and basis; the rest stays public', () => {
    const everything = [...site.values()].join('\n');
    for (const shown of ['000206001000', '涉密测绘成果监督检查', '涉及国家秘密', '中华人民共和国保守国家秘密法第九条', 'PUBLIC_STEP_壬', '涉及执法策略']) {
      expect(everything, shown).toContain(shown);
    }
  });
});

describe('build output', { timeout: 120_000 }, () => {
  it('is byte-identical across two builds more than 2 s apart (XLSX included)', async () => {
    const cache = temp();
    const first = join(temp(), 'site');
    const second = join(temp(), 'site');
    expect(runCli(['build', EXAMPLE, '--out', first, '--cache-dir', cache]).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(runCli(['build', EXAMPLE, '--out', second, '--cache-dir', cache]).code).toBe(0);
    const a = tree(first);
    const b = tree(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
    expect([...a.keys()]).toContain('data/catalogue.xlsx');
  }, 180_000);

  it('leaves the previous site untouched when a build fails', () => {
    const cache = temp();
    const out = join(temp(), 'site');
    const catalogue = makeCatalogue({ 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': power() });
    expect(runCli(['build', catalogue, '--out', out, '--cache-dir', cache]).code).toBe(0);
    const before = tree(out);
    writeFileSync(join(catalogue, 'powers/b.yaml'), 'kind: Power\nbogus: 1\n');
    expect(runCli(['build', catalogue, '--out', out, '--cache-dir', cache]).code).toBe(1);
    writeFileSync(join(catalogue, 'powers/b.yaml'), power('000231002000', '对另一违法行为的处罚', 'process:\n  external:\n    steps:\n      - {id: a, name: 新环节, type: start, next: b}\n      - {id: b, name: 办结, type: end}\n'));
    const noBrowser = runCli(['build', catalogue, '--out', out, '--cache-dir', temp(), '--browser', '/nonexistent/chrome']);
    expect(noBrowser.code).toBe(2);
    const after = tree(out);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
  }, 180_000);
});

describe('valid HTML', { timeout: 120_000 }, () => {
  it('every page of the example site passes the W3C Nu Html Checker with no errors', () => {
    const out = join(temp(), 'site');
    expect(runCli(['build', EXAMPLE, '--out', out, '--cache-dir', temp()]).code).toBe(0);
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const check = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', out], { encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    const messages = (JSON.parse(check.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => `${relative(out, m.url.replace('file:', ''))}:${m.lastLine} ${m.message}`)).toEqual([]);
    expect(readdirSync(out)).toContain('index.html');
  }, 180_000);
});
