import { createHash } from 'node:crypto';
import { HISTORY_ACTION } from '../format/vocabulary.js';
import type { ChangeEntry } from './changes.js';
import type { PublicCatalogue } from './public-data.js';
import { siteBase } from './pages/page-url.js';

/*
 * feed.xml: the changelog as an Atom 1.0 feed (RFC 4287), one entry per public history entry.
 * Dates come from the history (a day, written as midnight China Standard Time), never the
 * clock; the feed's own date is its newest entry's, else the site's. Ids are name-based UUIDs (RFC 4122 version 5) of the catalogue id, the power's code, the
 * entry's date, action and its number among that day's entries of that action: the same entry
 * keeps its id in every build, with or without `site.baseUrl`, and no domain name is claimed (as
 * a tag: URI would). Links are absolute when the site has a `baseUrl`, else relative to the feed.
 */

export const FEED_PATH = 'feed.xml';

/** The namespace of powercat's entry ids (a random UUID, fixed once). */
const NAMESPACE = Buffer.from('6f1c1b7e4a2d4c5e9b3f0d8a7c6e5b4a', 'hex');

export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** XML 1.0 text: markup escaped, characters XML cannot carry (most controls, lone surrogates, U+FFFE/FFFF) left out. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = (date: string) => `${date}T00:00:00+08:00`;


/**
 * The feed, or undefined when the site has no date (FORMAT gives none, nor the history: then
 * there is nothing dated to tell, and a feed must say when it was updated).
 */
export function feedXml(catalogue: PublicCatalogue, entries: readonly ChangeEntry[], changesPath: string, generatedOn: string | undefined): string | undefined {
  if (generatedOn === undefined) return undefined;
  const base = siteBase(catalogue.site.baseUrl);
  const href = (path: string) => xmlText(base === undefined ? path : `${base}${path}`);
  const dated = entries.filter((e) => ISO_DATE.test(e.date));
  const updated = dated[0]?.date ?? generatedOn;
  const title = `${catalogue.site.title} · 事项调整记录`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${nameUuid(`feed\n${catalogue.id}`)}</id>`,
    `  <title>${xmlText(title)}</title>`,
    `  <updated>${dateTime(updated)}</updated>`,
    `  <author><name>${xmlText(catalogue.site.title)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${href(changesPath)}"/>`,
    ...(base === undefined ? [] : [`  <link rel="self" type="application/atom+xml" href="${href(FEED_PATH)}"/>`]),
    '  <generator>powercat</generator>',
  ];
  for (const entry of dated) {
    const action = HISTORY_ACTION[entry.action];
    const summary = [
      entry.basis !== undefined ? `调整依据：${entry.basis}` : undefined,
      entry.from !== undefined && entry.from.length > 0 ? `原事项编码：${entry.from.join('、')}` : undefined,
      entry.note,
    ].filter((part): part is string => part !== undefined);
    lines.push(
      '  <entry>',
      `    <id>${nameUuid(`entry\n${catalogue.id}\n${entry.power.code}\n${entry.date}\n${entry.action}\n${entry.occurrence}`)}</id>`,
      `    <title>${xmlText(`${action.zh}：${entry.power.name}（${entry.power.code}）`)}</title>`,
      `    <updated>${dateTime(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${href(entry.power.path)}"/>`,
      `    <category term="${entry.action}" label="${xmlText(action.zh)}"/>`,
      ...(summary.length > 0 ? [`    <summary>${xmlText(summary.join('；'))}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
