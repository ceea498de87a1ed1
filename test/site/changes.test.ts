import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { siteUnits } from '../../src/site/build-site.js';
import { REPO } from '../helpers/catalogue.js';
import { changesCatalogue } from '../helpers/changes-catalogue.js';

/*
 * The site's side of FORMAT §5: the changelog page (调整记录), the Atom feed, the sitemap and a
 * page at every superseded code — from public history only.
 */

async function build(site = ''): Promise<Map<string, string>> {
  const root = changesCatalogue(site);
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  const files = new Map<string, string>();
  for (const unit of siteUnits(model, [], undefined)) {
    if (unit.last) continue; // the manifest, which needs the written files
    for (const [path, content] of await unit.produce()) if (typeof content === 'string') files.set(path, content);
  }
  return files;
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** A strict XML parse into a small tree (saxes throws on anything not well-formed). */
function xml(text: string): Element {
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.local ?? tag.name, attributes: Object.fromEntries(Object.entries((tag as unknown as SaxesTagPlain).attributes).map(([k, v]) => [k, typeof v === 'string' ? v : (v as { value: string }).value])), children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(text).close();
  return root.children[0]!;
}
const child = (e: Element, name: string) => e.children.find((c) => c.name === name)!;
const childrenOf = (e: Element, name: string) => e.children.filter((c) => c.name === name);

describe('changes on the site', () => {
  it('publishes an Atom feed with one entry per public history entry, newest first, dated from the history', async () => {
    const files = await build();
    const feed = xml(files.get('feed.xml')!);
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const required of ['id', 'title', 'updated', 'author']) expect(child(feed, required), required).toBeDefined();
    const entries = childrenOf(feed, 'entry');
    expect(entries.map((e) => child(e, 'title').text)).toEqual(['合并：合并后的许可（P2）', '调整：食品经营许可（P1）', '新增：食品经营许可（P1）']);
    expect(entries.map((e) => child(e, 'updated').text)).toEqual(['2025-06-01T00:00:00+08:00', '2025-03-01T00:00:00+08:00', '2024-01-01T00:00:00+08:00']);
    expect(child(feed, 'updated').text).toBe('2025-06-01T00:00:00+08:00');
    expect(child(entries[0]!, 'summary').text).toBe('调整依据：县政府令第 9 号 & <附件>；原事项编码：OLD-A、old-b');
    expect(child(entries[0]!, 'link').attributes.href).toBe('powers/P2.html');
    const ids = entries.map((e) => child(e, 'id').text);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The same ids in the next build, also with a base address (then links are absolute).
    const based = await build(', baseUrl: "https://example.org/qlqd"');
    const again = childrenOf(xml(based.get('feed.xml')!), 'entry');
    expect(again.map((e) => child(e, 'id').text)).toEqual(ids);
    expect(child(again[0]!, 'link').attributes.href).toBe('https://example.org/qlqd/powers/P2.html');
    const text = [...files.values()].join('\n');
    expect(text).not.toContain('秘密依据');
    expect(text).not.toContain('不公开的依据');
    expect(text).not.toContain('HIDDEN');
  }, 60_000);

  it('has a changelog page, linked from every page with the feed', async () => {
    const files = await build();
    const page = files.get('changes.html')!;
    expect(page.indexOf('2025-06-01')).toBeLessThan(page.indexOf('2025-03-01'));
    expect(page).toContain('<a href="powers/P2.html">合并后的许可</a>');
    expect(page).toContain('县政府令第 9 号 &amp; &lt;附件>');
    expect(page).toContain('<span data-en="Merged">合并</span>');
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      const root = path.includes('/') ? '../' : '';
      expect(content, path).toContain(`<link rel="alternate" type="application/atom+xml" href="${root}feed.xml"`);
      expect(content, path).toContain(`<a href="${root}changes.html"`);
    }
  }, 60_000);

  it('keeps every superseded code reachable: a noindex page that says where the item went, canonical to it', async () => {
    const files = await build(', baseUrl: "https://example.org/qlqd/"');
    const merged = files.get('powers/OLD-A.html')!;
    expect(merged).toContain('<meta name="robots" content="noindex"/>');
    expect(merged).toContain('<link rel="canonical" href="https://example.org/qlqd/powers/P2.html"/>');
    expect(merged).toContain('<span data-en="Merged">合并</span>');
    expect(merged).toContain('<a href="../powers/P2.html">合并后的许可</a>');
    expect(merged).not.toContain('<script src="../assets/search.js"');
    expect(files.get('powers/old-b.html')).toContain('<a href="../powers/P2.html">');
    const split = files.get('powers/S1.html')!;
    expect(split).toContain('<span data-en="Split">拆分</span>');
    expect(split).toContain('<a href="../powers/P3.html">拆分后甲</a>');
    expect(split).toContain('<a href="../powers/P4.html">拆分后乙</a>');
    // P1X would be powers/P1X.html, a name no live page has; p1's own page is powers/p1~2.html beside P1's.
    expect(files.has('powers/P1X.html')).toBe(true);
    expect(files.get('powers/P1.html')).toContain('食品经营许可');
    expect(files.has('powers/HIDDEN.html')).toBe(false);
  }, 60_000);

  it('writes a sitemap with lastmod only when the site has a base address, without the noindex pages', async () => {
    expect((await build()).has('sitemap.xml')).toBe(false);
    const files = await build(', baseUrl: "https://example.org/qlqd"');
    const sitemap = xml(files.get('sitemap.xml')!);
    const urls = childrenOf(sitemap, 'url').map((u) => [child(u, 'loc').text, u.children.find((c) => c.name === 'lastmod')?.text]);
    const pages = [...files.keys()].filter((p) => p.endsWith('.html') && !['powers/OLD-A.html', 'powers/old-b.html', 'powers/S1.html', 'powers/P1X.html'].includes(p));
    expect(urls.map(([loc]) => loc).sort()).toEqual(pages.map((p) => `https://example.org/qlqd/${p}`).sort());
    expect(Object.fromEntries(urls)['https://example.org/qlqd/powers/P1.html']).toBe('2025-03-01');
    expect(Object.fromEntries(urls)['https://example.org/qlqd/index.html']).toBe('2025-06-01');
  }, 60_000);

  it('passes the W3C Nu Html Checker', async () => {
    const files = await build(', baseUrl: "https://example.org/qlqd"');
    const dir = mkdtempSync(join(tmpdir(), 'powercat-changes-'));
    try {
      for (const [path, content] of files) {
        if (!path.endsWith('.html')) continue;
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const vnu = join(REPO, 'node_modules/vnu-jar/build/dist/vnu.jar');
      const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8' });
      expect(run.error).toBeUndefined();
      const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; message: string; url: string }[] }).messages;
      expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
