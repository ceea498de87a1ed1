import { makeCatalogue } from './catalogue.js';

/*
 * A format-2 catalogue with public and withheld history, merged, split and hidden supersessions,
 * and a code that differs from a live one only in case: the site's pages of change.
 */

const CATALOGUE = (site: string) => `kind: Catalogue\nid: qingshui\nname: 青水县权责清单\nformatVersion: 2\nsite: {title: 青水县权责清单${site}}\n`;
const DEPARTMENT = 'kind: Department\nid: d\nname: 青水县市场监督管理局\ncontact: {supervisionPhone: "12315"}\n';

/** A power that lint finds nothing wrong with (powercat build refuses a catalogue with errors). */
const power = (code: string, name: string, extra: string) => `kind: Power
code: "${code}"
name: ${name}
type: other
department: d
basis: [{level: law, title: 中华人民共和国食品安全法}]
responsibilities: [{stage: 办理, text: 依法办理}]
accountability: [{text: 不依法办理的}]
${extra}`;

const POWERS = [
  power('P1', '食品经营许可', 'effective: "2024-01-01"\nhistory:\n  - {date: "2024-01-01", action: added, basis: 县政府令第 1 号}\n  - {date: "2025-03-01", action: adjusted, basis: 县政府令第 7 号, note: 承诺时限缩短}\n'),
  power('P2', '合并后的许可', 'supersedes: [OLD-A, old-b]\nhistory: [{date: "2025-06-01", action: merged, from: [OLD-A, old-b], basis: "县政府令第 9 号 & <附件>"}]\n'),
  power('P3', '拆分后甲', 'supersedes: [S1]\n'),
  power('P4', '拆分后乙', 'supersedes: [S1]\n'),
  // Withheld history: none of it on the site.
  power('P5', '保密事项', 'history: [{date: "2025-07-01", action: adjusted, basis: 秘密依据}]\ndisclosure: {withhold: [history], reason: 涉密, basis: 保密法}\n'),
  // A code that a live page has (case-insensitively): its page is never overwritten.
  power('p1', '同名编码', 'supersedes: [P1X]\n'),
  power('Q1', '不公开的事项', 'supersedes: [HIDDEN]\nhistory: [{date: "2025-08-01", action: renamed, from: [HIDDEN], basis: 不公开的依据}]\ndisclosure: {public: false, reason: 涉密, basis: 保密法}\n'),
].join('---\n');

/** `site`: more members of `site:` in powercat.yaml, e.g. `, baseUrl: "https://example.org/"`. */
export function changesCatalogue(site = ''): string {
  return makeCatalogue({ 'powercat.yaml': CATALOGUE(site), 'departments/d.yaml': DEPARTMENT, 'powers/p.yaml': POWERS });
}
