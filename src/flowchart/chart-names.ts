import { createHash } from 'node:crypto';
import type { View } from '../model/types.js';

export interface NamedChart {
  view: View;
  source: string;
  /** Templates the chart is drawn from, sorted; none for a process written in a power. */
  templates: readonly string[];
  /** Codes of the powers that show it, sorted. */
  powers: readonly string[];
}

/** Letters, digits, `_` and `-` only: a file name on any system, and part of an XML or HTML id. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * File-system-safe names a person can find a chart by: `<template id>` for a chart drawn from a
 * template, `<power code>.<view>` for a process written in a power. Where one name would
 * stand for several charts (a template drawn with different post names or risks, or names that
 * differ only in case, which collide on case-insensitive disks), each takes the code of its
 * first power too, and as a last resort a hash of its source. Deterministic for the same charts.
 */
export function chartNames(charts: readonly NamedChart[]): string[] {
  // a template has one view; a power has two processes
  const base = (c: NamedChart) => (c.templates[0] !== undefined ? safe(c.templates[0]) : `${safe(c.powers[0] ?? '')}.${c.view}`);
  const levels = [
    base,
    (c: NamedChart) => `${base(c)}.${safe(c.powers[0] ?? '')}`,
    (c: NamedChart) => `${base(c)}.${createHash('sha256').update(c.source).digest('hex').slice(0, 12)}`,
  ];
  const names = charts.map((chart) => levels[0]!(chart));
  for (const level of levels.slice(1)) {
    const count = new Map<string, number>();
    for (const name of names) count.set(name.toLowerCase(), (count.get(name.toLowerCase()) ?? 0) + 1);
    names.forEach((name, i) => {
      if (count.get(name.toLowerCase())! > 1) names[i] = level(charts[i]!);
    });
  }
  return names;
}
