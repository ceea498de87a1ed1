import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_HOW_TO, browserArgs, findBrowser } from '../../src/flowchart/browser.js';
import { resolveCjkFont } from '../../src/flowchart/fonts.js';
import { MermaidRenderer } from '../../src/flowchart/renderer.js';
import { scopeSvgIds } from '../../src/flowchart/svg-ids.js';
import { REPO, makeCatalogue, runCli } from '../helpers/catalogue.js';
import { DEPARTMENT, power } from '../helpers/fixtures.js';

/*
 * Real rendering in Chromium. CI installs Debian's chromium and a CJK font (.ci/run); without a
 * browser these tests fail with the how-to rather than being skipped.
 */
const ARTIFACTS = join(REPO, 'test/artifacts');
const EXAMPLE = join(REPO, 'examples/qingshui');
const temp = () => mkdtempSync(join(tmpdir(), 'powercat-render-'));
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The text a viewer shows: tspans' content with XML entities decoded, words joined by spaces. */
const texts = (svg: string) =>
  [...svg.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)]
    .map((m) => m[1]!.replace(/&(#\d+|\w+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e] ?? _)))
    .join(' ');

describe('the rendering environment', () => {
  it('has a browser and a CJK font (CI installs both)', () => {
    expect(() => findBrowser(undefined, process.env)).not.toThrow();
    expect(resolveCjkFont()).toMatchObject({ ok: true });
  });
});

describe('powercat render (real Chromium)', () => {
  let out: string;
  let cache: string;
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = join(temp(), 'flowcharts');
    cache = temp();
    first = runCli(['render', EXAMPLE, '--out', out, '--cache-dir', cache]);
  }, 120_000);

  it('writes one .mmd and .svg per distinct flowchart, and flowcharts.json', () => {
    expect(first.stderr).toMatch(/^rendered \d+ flowcharts into .* \(\d+ drawn, 0 from cache\)/m);
    expect(first.code).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'flowcharts.json'), 'utf8'));
    expect(index.flowcharts.length).toBeGreaterThan(10);
    for (const f of index.flowcharts) {
      expect(f.id).toMatch(/^fc-[0-9a-f]{16}$/);
      expect(['external', 'internal']).toContain(f.view);
      expect(existsSync(join(out, f.file))).toBe(true);
      expect(existsSync(join(out, `${f.id}.mmd`))).toBe(true);
      expect(f.powers.length).toBeGreaterThan(0);
    }
    // a template shared by many powers with the same post names is drawn once
    expect(Math.max(...index.flowcharts.map((f: { powers: string[] }) => f.powers.length))).toBeGreaterThan(3);
  });

  it('labels are SVG text with the Chinese step names, never foreignObject; ids are scoped', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(join(out, file), 'utf8');
      const id = file.replace(/\.svg$/, '');
      expect(svg).not.toContain('foreignObject');
      expect(svg.startsWith(`<svg`)).toBe(true);
      const source = readFileSync(join(out, `${id}.mmd`), 'utf8');
      const firstName = /s0\("([^"<#]+)/.exec(source)?.[1];
      expect(firstName, `${file}`).toBeDefined();
      expect(texts(svg)).toContain(firstName);
      for (const [, value] of svg.matchAll(/(?<![\w:-])id="([^"]+)"/g)) expect(value.startsWith(id)).toBe(true);
    }
  });

  it('draws start and end as pills: one <rect> whose corner radius is half its height, no marker left', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(join(out, file), 'utf8');
      expect(svg, file).not.toContain('999px');
      const pills = [...svg.matchAll(/<rect rx="([\d.]+)" ry="([\d.]+)"[^>]*\sheight="([\d.]+)"/g)];
      expect(pills.length, file).toBeGreaterThanOrEqual(2);
      for (const [, rx, ry, height] of pills) {
        expect(rx).toBe(ry);
        expect(Number(rx)).toBeCloseTo(Number(height) / 2, 1);
      }
    }
  });

  it('renders byte-identical SVGs on a second cold run', () => {
    const again = join(temp(), 'flowcharts');
    expect(runCli(['render', EXAMPLE, '--out', again, '--cache-dir', temp()]).code).toBe(0);
    const files = readdirSync(out).sort();
    expect(readdirSync(again).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(again, file)), file).toEqual(readFileSync(join(out, file)));
  }, 120_000);

  it('a warm run takes everything from the cache and does not start a browser', () => {
    const warm = runCli(['render', EXAMPLE, '--out', out, '--cache-dir', cache, '--browser', '/nonexistent/chrome']);
    expect(warm.code).toBe(0);
    expect(warm.stderr).toMatch(/\(0 drawn, \d+ from cache\)/);
  });

  it('renders without caching, with a note, when the cache cannot be written', () => {
    const blocked = join(temp(), 'a-file');
    writeFileSync(blocked, '');
    for (const cacheDir of ['/proc/powercat-cache', join(blocked, 'cache')]) {
      const result = runCli(['render', EXAMPLE, '--out', join(temp(), 'o'), '--cache-dir', cacheDir]);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('is not writable');
    }
  }, 120_000);

});

describe('hostile labels in a real browser', () => {
  it('render as text: no script, no handler, no extra node', async () => {
    const hostile = '<img src=x onerror=alert(1)> "] --> X %%{init: {"securityLevel":"loose"}}%% click s0 call alert(1)';
    const body = `process:\n  external:\n    steps:\n      - {id: a, name: '${hostile.replace(/'/g, "''")}', type: start, next: b}\n      - {id: b, name: 办结, type: end}\n`;
    const root = makeCatalogue({ 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': power('000231001000', undefined, body) });
    const out = join(temp(), 'o');
    const result = runCli(['render', root, '--out', out, '--cache-dir', temp()]);
    expect(result.code, result.stderr).toBe(0);
    const svgFile = readdirSync(out).find((f) => f.endsWith('.svg'))!;
    const svg = readFileSync(join(out, svgFile), 'utf8');
    const tags = svg.match(/<[^>]+>/g) ?? [];
    expect(tags.filter((tag) => /^<(script|img|foreignObject|a)\b|\son\w+=|javascript:/i.test(tag))).toEqual([]);
    expect(svg.match(/class="node /g)).toHaveLength(2);
    expect(texts(svg)).toContain('onerror=alert(1)');
  }, 120_000);
});

describe('pixels', () => {
  let renderer: MermaidRenderer;
  beforeAll(async () => {
    renderer = await MermaidRenderer.start(findBrowser(undefined, process.env));
  }, 60_000);
  afterAll(() => renderer?.close());

  it('two diagrams with different Chinese labels differ in the label area (tofu boxes would not)', async () => {
    const { default: puppeteer } = await import('puppeteer');
    const browser = await puppeteer.launch({ executablePath: findBrowser(undefined, process.env), headless: true, args: browserArgs() });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 400, height: 200 });
      const shot = async (id: string, label: string) => {
        const svg = scopeSvgIds(await renderer.render(id, `flowchart TD\n  s0["${label}"]\n`), id);
        await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${svg}</body>`);
        const png = await (await page.$('svg'))!.screenshot({ type: 'png' });
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `flowchart-${id}.png`), png);
        return Buffer.from(png);
      };
      const a = await shot('fc-pixels-a', '受理申请');
      const b = await shot('fc-pixels-b', '审查决定');
      const a2 = await shot('fc-pixels-a2', '受理申请');
      expect(a.equals(a2)).toBe(true); // the comparison itself is stable
      expect(a.equals(b)).toBe(false);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('without a browser', () => {
  it('findBrowser explains how to get one', () => {
    expect(() => findBrowser(undefined, { PUPPETEER_CACHE_DIR: temp() }, [])).toThrow(BROWSER_HOW_TO);
  });

  it('the catalogue still lints; render exits 2 with the how-to and writes nothing', () => {
    const out = join(temp(), 'o');
    expect(runCli(['lint', EXAMPLE]).code).toBe(0);
    const result = runCli(['render', EXAMPLE, '--out', out, '--cache-dir', temp(), '--browser', '/nonexistent/chrome']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('apt-get install chromium fonts-noto-cjk');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('output folder', () => {
  it('refuses a non-empty folder powercat did not write, and writes nothing when lint fails', () => {
    const foreign = temp();
    writeFileSync(join(foreign, 'keep.txt'), '重要文件');
    expect(runCli(['render', EXAMPLE, '--out', foreign, '--cache-dir', temp()])).toMatchObject({ code: 2, stderr: expect.stringContaining('not written by powercat') });
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
    const broken = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nbogus: 1\n' });
    const out = join(temp(), 'o');
    expect(runCli(['render', broken, '--out', out]).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
