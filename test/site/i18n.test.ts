import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN, TRANSLATED_ATTRIBUTES } from '../../src/site/i18n.js';
import { renderPages, type PageInput } from '../../src/site/render-pages.js';
import { REPO } from '../helpers/catalogue.js';
import { exampleInput } from '../helpers/site-pages.js';

/** Han, kana, CJK punctuation and full-width forms: what English must not contain. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

interface Translated {
  path: string;
  /** The Chinese text of record, or the attribute's Chinese value. */
  zh: string;
  en: string;
  /** `data-en` (element text) or the attribute's name. */
  what: string;
  /** Elements opened inside a data-en element (lang.js replaces its whole text, so there must be none). */
  nested: string[];
}

interface Scan {
  translated: Translated[];
  toggles: { path: string; attrs: Record<string, string>; text: string }[];
  scripts: { path: string; srcs: string[] }[];
}

/** Everything a page offers lang.js, read with a strict XML parser (pages are well-formed). */
function scan(pages: Map<string, string>): Scan {
  const result: Scan = { translated: [], toggles: [], scripts: [] };
  for (const [path, html] of pages) {
    const parser = new SaxesParser({ xmlns: false });
    const open: { name: string; attrs: Record<string, string>; text: string; translated?: Translated }[] = [];
    const srcs: string[] = [];
    parser.on('opentag', (tag) => {
      const attrs = tag.attributes as Record<string, string>;
      for (const el of open) el.translated?.nested.push(tag.name);
      const el: (typeof open)[number] = { name: tag.name, attrs, text: '' };
      if (attrs['data-en'] !== undefined) el.translated = { path, zh: '', en: attrs['data-en'], what: 'data-en', nested: [] };
      for (const [name, value] of Object.entries(attrs)) {
        const attribute = name.match(/^data-en-(.+)$/)?.[1];
        if (attribute !== undefined) result.translated.push({ path, zh: attrs[attribute] ?? '', en: value, what: attribute, nested: [] });
      }
      if (tag.name === 'script') srcs.push(attrs.src ?? '');
      open.push(el);
    });
    parser.on('text', (text) => {
      for (const el of open) el.text += text;
    });
    parser.on('closetag', () => {
      const el = open.pop()!;
      if (el.translated !== undefined) result.translated.push({ ...el.translated, zh: el.text });
      if (el.attrs.id === 'ui-lang-toggle') result.toggles.push({ path, attrs: el.attrs, text: el.text });
    });
    parser.write(html.slice('<!doctype html>\n'.length)).close();
    result.scripts.push({ path, srcs });
  }
  return result;
}

describe('the English dictionary', () => {
  it('gives every label non-empty English with the same slots', () => {
    for (const [zh, en] of Object.entries(EN)) {
      expect(en.trim(), zh).not.toBe('');
      expect(en, zh).not.toMatch(CJK);
      expect(slotsOf(en), zh).toEqual(slotsOf(zh));
    }
  });
});

describe('pages carry English for powercat’s labels only', () => {
  let input: PageInput;
  let pages: Map<string, string>;
  let found: Scan;
  beforeAll(async () => {
    input = await exampleInput();
    // The example has no suspended power: one more page kind, so every notice is covered.
    const powers = input.catalogue.powers.map((p) => (p.code === '00013101100Y' ? { ...p, status: 'suspended' as const } : p));
    pages = renderPages({ ...input, catalogue: { ...input.catalogue, powers } });
    found = scan(pages);
  }, 120_000);

  it('every English alternative is non-empty English beside non-empty Chinese', () => {
    expect(found.translated.length).toBeGreaterThan(1000);
    for (const t of found.translated) {
      const where = `${t.path}: ${t.what} “${t.zh}”`;
      expect(t.en.trim(), where).not.toBe('');
      expect(t.en, where).not.toMatch(CJK);
      expect(t.zh.trim(), where).not.toBe('');
      expect(t.zh, where).toMatch(CJK);
    }
  });

  it('marks whole texts only, and attributes lang.js knows', () => {
    for (const t of found.translated) {
      expect(t.nested, `${t.path}: “${t.zh}”`).toEqual([]);
      if (t.what !== 'data-en') expect(TRANSLATED_ATTRIBUTES, t.path).toContain(t.what);
    }
  });

  it('covers headings, table headers, notices, badges, type labels, footer and mobile table labels', () => {
    const english = new Set(found.translated.map((t) => t.en));
    for (const en of [
      'Home',
      'Skip to main content',
      'Site navigation',
      'Legal basis',
      'Code',
      'This power is suspended',
      'Some content is withheld',
      'This power is withheld',
      'This power has been abolished',
      'Abolished',
      'Withheld',
      'Administrative licensing',
      'Generated on',
      'Search by name, code or department',
      'High risk',
    ]) {
      expect(english, en).toContain(en);
    }
    expect(found.translated.some((t) => t.what === 'data-label' && t.en === 'Status')).toBe(true);
    expect(found.translated.some((t) => t.what === 'aria-label' && t.en.startsWith('External flowchart (how to apply), steps: '))).toBe(true);
  });

  it('never translates the catalogue’s data: power names, departments, legal basis, the site title', () => {
    const data = [
      input.catalogue.site.title,
      ...input.catalogue.powers.flatMap((p) => [p.name, ...(p.basis ?? []).map((b) => b.title)]),
      ...input.catalogue.departments.map((d) => d.name),
    ];
    expect(found.translated.filter((t) => data.some((text) => t.zh.includes(text)))).toEqual([]);
    const { name } = input.catalogue.powers.find((p) => p.code === '00013101100Y')!;
    expect(pages.get('powers/00013101100Y.html')).toContain(`<h1>${name}</h1>`);
  });

  it('has the toggle in every page’s static HTML, hidden until lang.js shows it, and loads lang.js first', () => {
    const htmlPages = [...pages.keys()].filter((path) => path.endsWith('.html'));
    expect(found.toggles.map((toggle) => toggle.path)).toEqual(htmlPages);
    for (const toggle of found.toggles) {
      expect(toggle.attrs, toggle.path).toMatchObject({ type: 'button', hidden: 'hidden', lang: 'en' });
      expect(toggle.text.trim()).toBe('English');
    }
    for (const { path, srcs } of found.scripts) expect(srcs[0], path).toBe(`${path.includes('/') ? '../' : ''}assets/lang.js`);
  });
});

describe('site-assets/lang.js', () => {
  const script = readFileSync(join(REPO, 'site-assets/lang.js'), 'utf8');

  it('keeps the contract the pages and assets/search.js rely on', () => {
    for (const part of ["'ui-lang-toggle'", "'powercat:ui'", "new Event('powercat:ui-lang')", 'dataset.ui = lang', ...TRANSLATED_ATTRIBUTES.map((a) => `'${a}'`)]) {
      expect(script, part).toContain(part);
    }
  });
});
