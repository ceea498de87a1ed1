import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { expect } from 'vitest';
import { REPO } from './catalogue.js';

/*
 * A small DOM for the site's pages, built by saxes (a strict XML parser): every page must also be
 * well-formed XML, which rules out unclosed elements, bare attributes and stray `<` or `&` at the
 * same time. And the W3C Nu Html Checker, run on a set of pages.
 */

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent?: El;
}

export function parse(html: string): El {
  expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
  const document: El = { name: '#document', attrs: {}, children: [] };
  let current = document;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], parent: current };
    current.children.push(el);
    current = el;
  });
  parser.on('closetag', () => {
    current = current.parent!;
  });
  parser.on('text', (text) => current.children.push(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(html.slice('<!doctype html>\n'.length)).close();
  return document;
}

export function all(el: El, test: (e: El) => boolean, out: El[] = []): El[] {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    if (test(child)) out.push(child);
    all(child, test, out);
  }
  return out;
}
export const tags = (el: El, ...names: string[]) => all(el, (e) => names.includes(e.name));
export const one = (el: El, name: string) => {
  const found = tags(el, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};
/** Text content; an element's text is set off by spaces (as cells and labels read), collapsed by squash. */
export const text = (el: El | string): string => (typeof el === 'string' ? el : el.children.map((c) => (typeof c === 'string' ? c : ` ${text(c)} `)).join(''));
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
export const mainText = (doc: El) => squash(text(one(doc, 'main')));

const VNU = join(REPO, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** The W3C Nu Html Checker's errors on these pages (CI installs Java; without it this fails rather than skipping). */
export function vnuErrors(pages: Iterable<readonly [string, string]>): { message: string; url: string }[] {
  expect(existsSync(VNU)).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'powercat-pages-'));
  try {
    for (const [path, content] of pages) {
      if (!path.endsWith('.html')) continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; message: string; url: string }[] }).messages;
    return messages.filter((m) => m.type === 'error').map(({ message, url }) => ({ message, url }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
