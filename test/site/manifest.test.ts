import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { makeCatalogue, runCli } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, power } from '../helpers/fixtures.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-manifest-'));

/** A catalogue of two powers without processes: its site builds without a browser. */
const catalogue = () =>
  makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': power(), 'powers/b.yaml': power('000231002000', '对另一违法行为的处罚') });

function build(root: string, out: string, ...extra: string[]): void {
  const built = runCli(['build', root, '--out', out, '--cache-dir', temp(), ...extra]);
  expect(built.code, built.stderr).toBe(0);
}

const verify = (...args: string[]) => runCli(['verify', '--lang', 'en', ...args]);

/** A plain copy of a built site (the output link resolved), as an auditor would download it. */
function copyOf(site: string): string {
  const copy = join(temp(), 'copy');
  cpSync(realpathSync(site), copy, { recursive: true });
  return copy;
}

/** Every file below a folder, by `/`-path. */
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

function keygen(...args: string[]): string {
  const key = join(temp(), 'key.pem');
  const made = runCli(['keygen', '--out', key, ...args]);
  expect(made.code, made.stderr).toBe(0);
  return key;
}

/** Runs a standard tool through the shell, as docs/verify.md writes it. */
const shell = (command: string, cwd: string) => spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 30_000 });

describe('canonical JSON (RFC 8785)', { timeout: 120_000 }, () => {
  it('sorts members by UTF-16 code units, writes no whitespace and escapes as JSON does', () => {
    const value = { b: [1, 'x'], a: { '\u{1f600}': true, '\ue000': 'é', A: '"\\\n\u2028' }, ä: 0 };
    const text = canonicalJson(value);
    // U+1F600 sorts before U+E000 by code units (its first surrogate is 0xD83D), though after it by code points
    expect(text).toBe('{"a":{"A":"\\"\\\\\\n\u2028","\u{1f600}":true,"\ue000":"é"},"b":[1,"x"],"ä":0}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('refuses numbers that have no single integer form', () => {
    expect(() => canonicalJson({ a: 0.1 })).toThrow();
    expect(() => canonicalJson({ a: 2 ** 53 })).toThrow();
  });
});

describe('manifest.json, manifest.sig and powercat verify', { timeout: 120_000 }, () => {
  let root: string;
  let key: string;
  let signed: string;
  beforeAll(() => {
    root = catalogue();
    key = keygen();
    signed = join(temp(), 'site');
    build(root, signed, '--sign', key);
  }, 120_000);

  it('lists every file of the site but itself, its signature and the output marker', () => {
    const manifest = JSON.parse(readFileSync(join(signed, 'manifest.json'), 'utf8')) as { files: Record<string, string>; catalogue: unknown; signature: unknown };
    const listed = Object.keys(manifest.files);
    expect(listed).toEqual(filesBelow(signed).filter((path) => !['manifest.json', 'manifest.sig', '.powercat-output'].includes(path)));
    expect(listed).toEqual(expect.arrayContaining(['index.html', 'assets/site.css', 'data/catalogue.json', '.well-known/powercat.pub', 'powers/000231001000.html']));
    expect(listed.some((path) => path.startsWith('pagefind/'))).toBe(true);
    const fingerprint = runCli(['keygen', '--fingerprint', `${key}.pub`]).stdout.trim();
    expect(manifest.signature).toEqual({ algorithm: 'ed25519', key: fingerprint });
    for (const page of ['index.html', 'powers/000231001000.html']) {
      const root = page.includes('/') ? '../' : '';
      expect(readFileSync(join(signed, page), 'utf8'), page).toContain(`网站签名公钥指纹</span></span> <a class="code" href="${root}.well-known/powercat.pub">${fingerprint}</a>`);
    }
    expect(manifest.catalogue).toEqual({ id: 'test', name: '青水县权责清单' });
    expect(readFileSync(join(signed, 'manifest.json'), 'utf8')).toBe(canonicalJson(manifest as never));
  });

  it('a built site verifies, with the key it publishes and with the key given', () => {
    const published = verify(signed);
    expect(published.code, published.stdout).toBe(0);
    expect(published.stdout).toMatch(/^verified: \d+ files match manifest\.json; the signature holds \(Ed25519, with the key the site itself publishes, SHA256:/);
    const given = verify(signed, '--key', `${key}.pub`);
    expect(given.code).toBe(0);
    expect(given.stdout.trimEnd().split('\n')).toHaveLength(1);
    // the private key's file gives its public key too
    expect(verify(signed, '--key', key).code).toBe(0);
  }, 60_000);

  it('names each altered, missing and extra file, and exits 1', () => {
    const copy = copyOf(signed);
    const page = join(copy, 'powers/000231001000.html');
    const bytes = readFileSync(page);
    bytes[200] = bytes[200]! ^ 1;
    writeFileSync(page, bytes);
    rmSync(join(copy, 'assets/site.css'));
    writeFileSync(join(copy, 'departments/extra.html'), '<p>not published by powercat</p>');
    for (const lang of ['en', 'zh-CN']) {
      const result = runCli(['verify', copy, '--lang', lang]);
      expect(result.code).toBe(1);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.slice(0, -1)).toEqual(
        lang === 'en'
          ? ['missing: assets/site.css', 'extra: departments/extra.html', 'altered: powers/000231001000.html']
          : ['缺失：assets/site.css', '多出：departments/extra.html', '内容不符：powers/000231001000.html'],
      );
      expect(lines.at(-1)).toBe(
        lang === 'en'
          ? 'verification failed: 3 files differ from manifest.json (1 altered, 1 missing, 1 extra)'
          : '校验未通过：3 个文件与 manifest.json 不符（内容不符 1，缺失 1，多出 1）',
      );
    }
  }, 60_000);

  it('refuses a marker file that is not powercat’s, and an edited manifest', () => {
    const copy = copyOf(signed);
    appendFileSync(join(copy, '.powercat-output'), '<script>alert(1)</script>\n');
    expect(verify(copy).stdout).toContain('extra: .powercat-output\n');
    rmSync(join(copy, '.powercat-output'));
    expect(verify(copy).code, 'a copy without the marker is complete').toBe(0);

    const manifest = join(copy, 'manifest.json');
    writeFileSync(manifest, JSON.stringify(JSON.parse(readFileSync(manifest, 'utf8')), null, 2));
    const edited = verify(copy);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('manifest.json is not in canonical form');
    expect(edited.stdout).toContain('the signature is not valid');

    writeFileSync(manifest, 'not json');
    expect(verify(copy).stdout).toBe('verification failed: manifest.json is not a manifest powercat wrote\n');
    rmSync(manifest);
    expect(verify(copy).stdout).toBe('verification failed: there is no manifest.json in the folder\n');
  }, 60_000);

  it('a wrong key, a missing signature or an unsigned site given a key: exit 1 with the reason', () => {
    const other = keygen();
    const wrong = verify(signed, '--key', `${other}.pub`);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^verification failed: the signature is not valid: manifest\.sig is not a signature of this manifest\.json by key SHA256:\S+\n$/);

    const copy = copyOf(signed);
    rmSync(join(copy, 'manifest.sig'));
    expect(verify(copy).stdout).toBe('verification failed: manifest.json says the site is signed, but manifest.sig is missing\n');

    const unsigned = join(temp(), 'site');
    build(root, unsigned);
    expect(verify(unsigned).stdout).toMatch(/^verified: \d+ files match manifest\.json; the site is not signed\n$/);
    const keyed = verify(unsigned, '--key', `${key}.pub`);
    expect([keyed.code, keyed.stdout]).toEqual([1, 'verification failed: the site is not signed (no manifest.sig)\n']);

    // a site signed by someone else, who publishes their own key with it: only --key catches it
    const forged = join(temp(), 'forged');
    build(root, forged, '--sign', keygen());
    expect(verify(forged).code, 'self-consistent').toBe(0);
    expect(verify(forged, '--key', `${key}.pub`).code).toBe(1);
  }, 120_000);

  it('usage problems exit 2 with one line', () => {
    for (const args of [[join(temp(), 'none')], [signed, '--key', join(temp(), 'none.pub')], [signed, '--chain', join(signed, 'index.html')]]) {
      const result = verify(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
    }
  }, 60_000);

  it('the signature verifies with openssl, as docs/verify.md says', () => {
    const pub = join(signed, '.well-known/powercat.pub');
    const checked = shell(`openssl pkeyutl -verify -pubin -inkey '${pub}' -rawin -in manifest.json -sigfile manifest.sig`, signed);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('Signature Verified Successfully');
    const other = keygen();
    expect(shell(`openssl pkeyutl -verify -pubin -inkey '${other}.pub' -rawin -in manifest.json -sigfile manifest.sig`, signed).status).not.toBe(0);
  }, 60_000);

  it('every hash checks with sha256sum -c on a list derived with jq, as docs/verify.md says', () => {
    const copy = copyOf(signed);
    const sums = join(temp(), 'SHA256SUMS');
    const derive = shell(`jq -r '.files | to_entries[] | "\\(.value)  \\(.key)"' manifest.json > '${sums}'`, copy);
    expect(derive.status, derive.stderr).toBe(0);
    expect(shell(`sha256sum --strict -c '${sums}'`, copy).status).toBe(0);
    const python = shell(`python3 -c 'import json;[print(h+"  "+p) for p,h in json.load(open("manifest.json"))["files"].items()]'`, copy);
    expect(python.stdout).toBe(readFileSync(sums, 'utf8'));

    const lists = join(temp(), 'lists');
    const compare = [
      `jq -r '.files | keys[]' manifest.json | LC_ALL=C sort > '${lists}-listed'`,
      `find . -type f ! -path ./manifest.json ! -path ./manifest.sig ! -path ./.powercat-output | sed 's|^\\./||' | LC_ALL=C sort > '${lists}-present'`,
      `diff '${lists}-listed' '${lists}-present'`,
    ].join(' && ');
    expect(shell(compare, copy).status, 'the lists agree').toBe(0);
    writeFileSync(join(copy, 'extra.html'), '');
    expect(shell(compare, copy).stdout).toContain('> extra.html');

    appendFileSync(join(copy, 'index.html'), ' ');
    const altered = shell(`sha256sum --quiet -c '${sums}'`, copy);
    expect(altered.status).toBe(1);
    expect(altered.stdout).toBe('index.html: FAILED\n');
  }, 60_000);

  it('keygen --fingerprint prints what openssl and base64 print', () => {
    const pub = `${key}.pub`;
    const ours = runCli(['keygen', '--fingerprint', pub]).stdout;
    const theirs = shell(`openssl pkey -pubin -in '${pub}' -outform DER | openssl dgst -sha256 -binary | base64 | tr -d '='`, tmpdir()).stdout;
    expect(ours).toBe(`SHA256:${theirs}`);
  }, 60_000);
});

describe('the chain of releases', { timeout: 120_000 }, () => {
  it('names the previous manifest’s SHA-256; verify --chain holds it against an old manifest', () => {
    const root = catalogue();
    const first = join(temp(), 'site');
    build(root, first);
    const old = join(temp(), 'old-manifest.json');
    cpSync(join(first, 'manifest.json'), old);
    writeFileSync(join(root, 'powers/b.yaml'), power('000231002000', '对另一违法行为的处罚（修订）'));
    const second = join(temp(), 'site');
    build(root, second, '--previous-manifest', first);
    const chained = verify(second, '--chain', old);
    expect(chained.code, chained.stdout).toBe(0);
    expect(chained.stdout).toContain('; it follows the given previous release\n');
    const standard = shell(`jq -r .previous '${join(second, 'manifest.json')}'; sha256sum '${old}'`, tmpdir()).stdout.split('\n');
    expect(standard[1]).toMatch(new RegExp(`^${standard[0]}  `));
    expect(verify(second, '--chain', first).code, 'a folder gives its manifest').toBe(0);

    const unrelated = join(temp(), 'site');
    build(catalogue(), unrelated, '--previous-manifest', second);
    const broken = verify(second, '--chain', unrelated);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^verification failed: the chain is broken: manifest\.json names previous release [0-9a-f]{64}, the given manifest hashes to [0-9a-f]{64}\n$/);
    expect(verify(first, '--chain', old).stdout).toBe('verification failed: manifest.json names no previous release, so the chain is broken\n');
  }, 120_000);

  it('building again into the same folder, chained to itself, writes the same manifest', () => {
    const root = catalogue();
    const out = join(temp(), 'site');
    build(root, out);
    const before = readFileSync(join(out, 'manifest.json'));
    build(root, out, '--previous-manifest', out);
    expect(readFileSync(join(out, 'manifest.json')).equals(before)).toBe(true);
    build(root, out, '--previous-manifest', out, '--clean');
    expect(readFileSync(join(out, 'manifest.json')).equals(before)).toBe(true);
  }, 120_000);

  it('refuses a previous manifest powercat did not write (exit 2, nothing built)', () => {
    const out = join(temp(), 'site');
    const bogus = join(temp(), 'manifest.json');
    writeFileSync(bogus, '{"files":{}}');
    const result = runCli(['build', catalogue(), '--out', out, '--previous-manifest', bogus]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a manifest.json written by powercat');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('determinism', { timeout: 120_000 }, () => {
  it('two builds of one catalogue give byte-identical manifests and Ed25519 signatures', () => {
    const root = catalogue();
    const key = keygen();
    const a = join(temp(), 'site');
    const b = join(temp(), 'site');
    build(root, a, '--sign', key);
    build(root, b, '--sign', key, '--clean');
    for (const file of ['manifest.json', 'manifest.sig']) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
  }, 120_000);
});

describe('the catalogue’s git commit', { timeout: 120_000 }, () => {
  const git = (root: string, ...args: string[]) => {
    const result = spawnSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  };
  const facts = (out: string) => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { catalogue: { commit?: string; dirty?: boolean } }).catalogue;

  it('is named when the catalogue is committed; YAML changes mark it dirty, other files and the output do not', () => {
    const root = catalogue();
    const out = join(temp(), 'site');
    build(root, out);
    expect(facts(out).commit, 'not in git').toBeUndefined();

    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'catalogue');
    const head = git(root, 'rev-parse', 'HEAD');
    const inside = join(root, 'site'); // an output folder inside the catalogue, not ignored
    build(root, inside);
    expect(facts(inside)).toMatchObject({ commit: head });
    expect(facts(inside).dirty).toBeUndefined();
    writeFileSync(join(root, 'notes.txt'), 'not the catalogue');
    build(root, inside);
    expect(facts(inside).dirty).toBeUndefined();

    writeFileSync(join(root, 'powers/b.yaml'), power('000231002000', '对另一违法行为的处罚（未提交）'));
    build(root, inside);
    expect(facts(inside)).toEqual(expect.objectContaining({ commit: head, dirty: true }));
  }, 120_000);
});

describe('powercat keygen', { timeout: 120_000 }, () => {
  it('writes the private key with mode 0600 and the public key beside it', () => {
    const key = keygen();
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(readFileSync(`${key}.pub`, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  }, 60_000);

  it('never overwrites a file, never writes inside a site, and build refuses a public key to sign with', () => {
    const key = keygen();
    const before = readFileSync(key);
    const again = runCli(['keygen', '--out', key]);
    expect([again.code, again.stderr]).toEqual([2, `powercat: --out ${key}: ${key} exists and is not overwritten; choose another name\n`]);
    expect(readFileSync(key).equals(before)).toBe(true);

    const site = join(temp(), 'site');
    build(catalogue(), site);
    const inside = runCli(['keygen', '--out', join(site, 'assets/key.pem')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('a private key in it would be published');
    expect(existsSync(join(site, 'assets/key.pem'))).toBe(false);

    const refused = runCli(['build', catalogue(), '--out', join(temp(), 'site'), '--sign', `${key}.pub`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('a public key cannot sign');
  }, 120_000);
});

describe('SM2 signatures (--sign-alg sm2)', { timeout: 120_000 }, () => {
  it('sign and verify with powercat and with openssl (SM3, OpenSSL’s default ID), not with GM/T 0009’s default ID', () => {
    const key = keygen('--sign-alg', 'sm2');
    const site = join(temp(), 'site');
    build(catalogue(), site, '--sign', key);
    const result = verify(site, '--key', `${key}.pub`);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('the signature holds (SM2/SM3, key SHA256:');
    const openssl = `openssl pkeyutl -verify -pubin -inkey '${key}.pub' -rawin -in manifest.json -sigfile manifest.sig -digest sm3`;
    expect(shell(openssl, site).status).toBe(0);
    expect(shell(`${openssl} -pkeyopt distid:1234567812345678`, site).status).not.toBe(0);
    expect(verify(site, '--key', `${keygen('--sign-alg', 'sm2')}.pub`).code).toBe(1);
  }, 120_000);
});
