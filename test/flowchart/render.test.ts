import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_HOW_TO, browserArgs, findBrowser } from '../../src/flowchart/browser.js';
import { chartPlan } from '../../src/flowchart/chart-plan.js';
import type { FlowchartSpec } from '../../src/flowchart/collect.js';
import { standaloneSvg } from '../../src/flowchart/draw-chart.js';
import { resolveCjkFont } from '../../src/flowchart/fonts.js';
import { renderFlowcharts, type RenderedFlowchart } from '../../src/flowchart/render-flowcharts.js';
import { DRAWING_LIMITS } from '../../src/flowchart/renderer.js';
import { mermaidSource } from '../../src/flowchart/to-mermaid.js';
import { stepsOf } from '../../src/model/process-graph.js';
import { Flowchart } from '../../src/site/pages/flowchart.js';
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
/** The lines a viewer shows: each <text>'s content with XML entities decoded. */
const lines = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&(#\d+|\w+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e] ?? _)),
  );
/** All of a chart's text, as one string (a label broken into lines reads as it was written). */
const texts = (svg: string) => lines(svg).join('');

/** A spec the way collect.ts makes one, from steps as a catalogue writes them. */
function specOf(id: string, steps: unknown[]): FlowchartSpec {
  const plan = chartPlan({ view: 'external', steps: stepsOf([], steps), postNames: new Map(), risks: new Map() });
  return { id, view: 'external', plan, source: mermaidSource(plan), outline: [], powers: [id], templates: [] };
}
const chain = (n: number, name: (i: number) => string = (i) => `环节${i}`) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: name(i), type: i === 0 ? 'start' : i === n - 1 ? 'end' : 'task', ...(i < n - 1 ? { next: `s${i + 1}` } : {}) }));

describe('the rendering environment', { timeout: 120_000 }, () => {
  it('has a browser and a CJK font (CI installs both)', () => {
    expect(() => findBrowser(undefined, process.env)).not.toThrow();
    expect(resolveCjkFont()).toMatchObject({ ok: true });
  });
});

describe('powercat render (real Chromium)', { timeout: 120_000 }, () => {
  let out: string;
  let cache: string;
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    out = join(temp(), 'flowcharts');
    cache = temp();
    first = runCli(['render', EXAMPLE, '--out', out, '--cache-dir', cache]);
  }, 120_000);

  it('writes one .mmd and .svg per distinct flowchart, named by template or power code, and flowcharts.json both ways', () => {
    // in the example's language (lang: zh-CN)
    expect(first.stderr).toMatch(/^已把 \d+ 张流程图写入 .*（新画 \d+ 张，取自缓存 0 张），用时 [\d.]+ 秒$/m);
    expect(first.code).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'flowcharts.json'), 'utf8'));
    expect(index.flowcharts.length).toBeGreaterThan(10);
    for (const f of index.flowcharts) {
      expect(f.id).toMatch(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/);
      // a template's chart is named by the template; a power's own process by its code and view
      if (f.templates.length > 0) expect(f.id.startsWith(`${f.templates[0]}`)).toBe(true);
      else expect(f.id).toBe(`${f.powers[0]}.${f.view}`);
      expect(['external', 'internal']).toContain(f.view);
      expect(f.file).toBe(`${f.id}.svg`);
      expect(existsSync(join(out, f.file))).toBe(true);
      expect(existsSync(join(out, f.source))).toBe(true);
      expect(f.powers.length).toBeGreaterThan(0);
      for (const code of f.powers) expect(index.powers[code][f.view]).toBe(f.id);
    }
    for (const [code, views] of Object.entries(index.powers as Record<string, Record<string, string>>)) {
      for (const id of Object.values(views)) expect(index.flowcharts.find((f: { id: string }) => f.id === id).powers).toContain(code);
    }
    // a template shared by many powers with the same post names is drawn once
    expect(Math.max(...index.flowcharts.map((f: { powers: string[] }) => f.powers.length))).toBeGreaterThan(3);
  });

  it('charts are SVG text with every step name, one stylesheet of classes, no id, no foreignObject', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(join(out, file), 'utf8');
      expect(svg).not.toContain('foreignObject');
      expect(svg).not.toMatch(/\sid="/);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="fc"')).toBe(true);
      expect(svg.match(/<style>/g)).toHaveLength(1);
      const source = readFileSync(join(out, file.replace(/\.svg$/, '.mmd')), 'utf8');
      const names = [...source.matchAll(/^ {2}s\d+[[({]"([^"<#]+)/gm)].map((m) => m[1]!);
      expect(names.length, file).toBeGreaterThan(2);
      for (const name of names) expect(texts(svg), `${file}: ${name}`).toContain(name);
    }
  });

  it('draws start and end as pills: a rectangle whose corner radius is half its height', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(join(out, file), 'utf8');
      const pills = [...svg.matchAll(/<g class="s t[^"]*"><rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" rx="([\d.]+)"/g)];
      expect(pills.length, file).toBeGreaterThanOrEqual(2);
      for (const [, height, rx] of pills) expect(Number(rx)).toBeCloseTo(Number(height) / 2, 0);
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
    const warm = runCli(['render', EXAMPLE, '--out', out, '--cache-dir', cache, '--browser', '/nonexistent/chrome', '--lang', 'en']);
    expect(warm.code).toBe(0);
    expect(warm.stderr).toMatch(/\(0 drawn, \d+ from cache\)/);
  }, 60_000);

  it('renders without caching, with a note, when the cache cannot be written', () => {
    const blocked = join(temp(), 'a-file');
    writeFileSync(blocked, '');
    for (const cacheDir of ['/proc/powercat-cache', join(blocked, 'cache')]) {
      const result = runCli(['render', EXAMPLE, '--out', join(temp(), 'o'), '--cache-dir', cacheDir, '--lang', 'en']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('is not writable');
    }
  }, 120_000);

});

describe('hostile labels in a real browser', { timeout: 120_000 }, () => {
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
    expect(svg.match(/<g class="s /g)).toHaveLength(2);
    expect(texts(svg)).toContain('onerror=alert(1)');
  }, 120_000);
});

/*
 * Issue 17: lint-clean processes that crashed the build or published a wrong chart. Drawn through
 * the renderer itself (one browser for all), independent of what lint reports about them.
 */
describe('processes that once broke the drawing (issue 17)', { timeout: 120_000 }, () => {
  const LONG_SEMICOLON = '申请人提交申请材料;窗口人员当场核对材料是否齐全;不齐全的一次性告知需要补正的全部内容';
  const cases = {
    huge: specOf('huge', chain(3000)),
    edges: specOf('edges', [
      ...chain(260).map((step, i) => (i < 258 ? { ...step, next: [{ to: `s${i + 1}` }, { to: `s${i + 2}` }] } : step)),
    ]),
    blank: specOf('blank', [
      { id: 'a', name: '   ', type: 'start', next: 'b' },
      { id: 'b', name: '\u3000', type: 'decision', next: [{ to: 'c', label: ' ' }, { to: 'd', label: '\u3000' }] },
      { id: 'c', name: '办结', type: 'end' },
      { id: 'd', name: '\u3000\u3000', type: 'end' },
    ]),
    semicolon: specOf('semicolon', [
      { id: 'a', name: LONG_SEMICOLON, type: 'start', next: 'b' },
      { id: 'b', name: '办结', type: 'end' },
    ]),
    javascript: specOf('javascript', [
      { id: 'a', name: '登录 javascript:void(0) 页面申请', type: 'start', next: 'b' },
      { id: 'b', name: '办结', type: 'end' },
    ]),
  };
  const notes: string[] = [];
  let drawn: Map<string, RenderedFlowchart>;
  beforeAll(async () => {
    const { flowcharts } = await renderFlowcharts(Object.values(cases), { cacheDir: temp(), env: process.env, onNote: (note) => notes.push(note.en) });
    drawn = new Map(flowcharts.map((f) => [f.id, f]));
  }, 240_000);

  it('a process of 3,000 steps is published as its list of steps, with a note — never as Mermaid\'s "Maximum text size" chart', () => {
    expect(cases.huge.plan.nodes.length).toBeGreaterThan(DRAWING_LIMITS.nodes);
    expect(drawn.get('huge')!.svg).toBeUndefined();
    expect(notes.filter((n) => n.startsWith('flowchart huge '))).toEqual([expect.stringContaining('is published as its list of steps: 3000 boxes')]);
    for (const f of drawn.values()) expect(f.svg ?? '').not.toMatch(/Maximum text size|Syntax error|Edge limit/i);
  });

  it('more than 500 lines (Mermaid\'s own edge limit) are drawn', () => {
    expect(cases.edges.plan.edges.length).toBeGreaterThan(500);
    const svg = drawn.get('edges')!.svg!;
    expect(svg).toBeDefined();
    expect(svg.match(/<path d=/g)!.length).toBe(cases.edges.plan.edges.length);
  });

  it('step names and branch labels of only spaces or U+3000 are drawn as boxes without text', () => {
    const svg = drawn.get('blank')!.svg!;
    expect(svg.match(/<g class="s /g)).toHaveLength(4);
    expect(lines(svg)).toEqual(['办结']);
  });

  it('a label with ";" broken into lines reads ";", never "&#59;"', () => {
    const svg = drawn.get('semicolon')!.svg!;
    expect(lines(svg).length).toBeGreaterThan(2);
    expect(texts(svg)).toContain(LONG_SEMICOLON);
    expect(svg).not.toMatch(/#59;|&amp;#/);
  });

  it('a label containing "javascript:" keeps its chart on the page', () => {
    const chart = drawn.get('javascript')!;
    const html = render(h(Flowchart, { root: '../', spec: chart, svg: chart.svg }));
    expect(html).toContain('<svg');
    expect(texts(html)).toContain('javascript:void(0)');
    expect(html).not.toMatch(/<a [^>]*href="javascript:/);
  });

  it('only the process too large to draw gave a note', () => {
    expect(notes).toHaveLength(1);
  });
});

describe('pixels', { timeout: 120_000 }, () => {
  it('two diagrams with different Chinese labels differ in the label area (tofu boxes would not)', async () => {
    const { flowcharts } = await renderFlowcharts(
      [specOf('a', [{ id: 'x', name: '受理申请', type: 'start' }]), specOf('b', [{ id: 'x', name: '审查决定', type: 'start' }])],
      { cacheDir: temp(), env: process.env },
    );
    const { default: puppeteer } = await import('puppeteer');
    const browser = await puppeteer.launch({ executablePath: findBrowser(undefined, process.env), headless: true, args: browserArgs() });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 400, height: 200 });
      const shot = async (name: string, svg: string) => {
        await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${standaloneSvg(svg)}</body>`);
        const png = await (await page.$('svg'))!.screenshot({ type: 'png' });
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `flowchart-${name}.png`), png);
        return Buffer.from(png);
      };
      const a = await shot('pixels-a', flowcharts[0]!.svg!);
      const b = await shot('pixels-b', flowcharts[1]!.svg!);
      const a2 = await shot('pixels-a2', flowcharts[0]!.svg!);
      expect(a.equals(a2)).toBe(true); // the comparison itself is stable
      expect(a.equals(b)).toBe(false);
    } finally {
      await browser.close();
    }
  }, 90_000);
});

describe('without a browser', { timeout: 120_000 }, () => {
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

describe('output folder', { timeout: 120_000 }, () => {
  it('refuses a non-empty folder powercat did not write, and writes nothing when lint fails', () => {
    const foreign = temp();
    writeFileSync(join(foreign, 'keep.txt'), '重要文件');
    expect(runCli(['render', EXAMPLE, '--out', foreign, '--cache-dir', temp(), '--lang', 'en'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not written by powercat') });
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
    const broken = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nbogus: 1\n' });
    const out = join(temp(), 'o');
    expect(runCli(['render', broken, '--out', out]).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
