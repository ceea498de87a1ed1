import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectFlowcharts } from '../../src/flowchart/collect.js';
import { WITHHOLDABLE_FIELDS, type WithholdableField } from '../../src/format/power-fields.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { siteUnits } from '../../src/site/build-site.js';
import { fileSafe } from '../../src/site/file-safe.js';
import { MINIMAL_CATALOGUE, makeCatalogue } from '../helpers/catalogue.js';
import { svgOf } from '../helpers/site-pages.js';

/*
 * FORMAT §4 as a property: for random catalogues with random `public: false` and `withhold`, no
 * value of a withheld field (nor any non-identity value of a non-public power) appears in any
 * byte the site publishes — pages (the changelog and the pages at superseded codes too),
 * flowcharts, open data (XLSX unzipped), the feed, the sitemap, search index (gunzipped) — nor
 * in a file name, nor as the site's date. Each field carries a marker unique to its power and
 * field; flowcharts stand in as SVGs holding their Mermaid source's text, which is what a drawing
 * shows, so no browser is needed.
 */

type Marked = Exclude<WithholdableField, 'level' | 'status' | 'serviceObjects' | 'handling' | 'online'>;

/** Where each field's marker is written; a marker is `M<power>_<field>_甲`. */
function powerYaml(i: number, withheld: readonly WithholdableField[], isPublic: boolean): string {
  const m = (field: Marked) => `M${i}_${field}_甲`;
  const day = (field: 'effective' | 'abolishedOn' | 'history') => `20${40 + i}-0${['effective', 'abolishedOn', 'history'].indexOf(field) + 1}-1${i}`;
  const disclosure = !isPublic
    ? 'disclosure: {public: false, reason: 理由, basis: 依据}\n'
    : withheld.length > 0
      ? `disclosure: {withhold: [${withheld.join(', ')}], reason: 理由, basis: 依据}\n`
      : '';
  return `kind: Power
code: "P${i}"
name: 事项${i}
type: licensing
department: d
timeLimit: {statutory: {value: 2${i}, unit: day, note: ${m('timeLimit')}}, promised: {value: 1, unit: day, note: ${m('timeLimit')}}}
undertaker: unit${i}
jointWith: [joint${i}]
source: {kind: delegated, from: ${m('source')}}
basis: [{level: law, title: ${m('basis')}, role: setting}, {level: rule, title: ${m('basis')}, text: ${m('basis')}}]
subItems:
  - code: "S${i}"
    name: ${m('subItems')}
    timeLimit: {immediate: true, statutory: {value: 3, unit: day, note: ${m('subItems')}}}
    basis: [{level: law, title: ${m('subItems')}}]
    handlingItems: [{code: "SH${i}", name: ${m('handlingItems')}, note: ${m('handlingItems')}}]
handlingItems:
  - {code: "H${i}", name: ${m('handlingItems')}, kind: change, timeLimit: {promised: {value: 1, unit: day, note: ${m('handlingItems')}}}, online: {url: "https://e.org/${m('handlingItems')}"}}
fees: [{name: ${m('fees')}, standard: 一元, basis: 文件}]
guide:
  conditions: [${m('guide')}]
  materials: [{name: 材料${i}, source: ${m('guide')}, note: ${m('guide')}, sample: "https://e.org/${m('guide')}"}]
  place: ${m('guide')}
  hours: ${m('guide')}
  url: "https://e.org/guide/${m('guide')}"
  visits: 2
  results: [{name: ${m('guide')}}]
  quantityLimit: ${m('guide')}
  intermediaries: [{name: ${m('guide')}, basis: ${m('guide')}}]
  specialProcedures: [{name: ${m('guide')}, note: ${m('guide')}}]
responsibilities: [{stage: 受理, text: ${m('responsibilities')}}]
accountability: [{text: ${m('accountability')}}]
discretion: ${m('discretion')}
process:
  external:
    steps:
      - {id: a${i}, name: ${m('externalProcess')}, type: start, next: b${i}}
      - {id: b${i}, name: 外部办结${i}, type: end}
  internal:
    steps:
      - {id: c${i}, name: ${m('internalProcess')}, type: start, actor: clerk, next: e${i}}
      - {id: e${i}, name: 内部办结${i}, type: end, actor: chief}
risks:
  - {step: c${i}, level: high, points: [${m('risks')}], controls: [控制]}
status: abolished
abolishedOn: "${day('abolishedOn')}"
reason: ${m('reason')}
contact: {phone: ${m('contact')}}
effective: "${day('effective')}"
note: ${m('note')}
history:
  - {date: "${day('history')}", action: added, basis: ${m('history')}}
  - {date: "${day('history')}", action: recoded, from: ["${m('history')}"], note: ${m('history')}}
supersedes: ["${m('supersedes')}"]
upstream: {code: "${m('upstream')}", list: ${m('upstream')}}
${disclosure}`;
}

function departments(count: number): string {
  const units = Array.from({ length: count }, (_, i) => `---\nkind: Department\nid: unit${i}\nname: ${`M${i}_undertaker_甲`}\nunit: true\nparent: d\n---\nkind: Department\nid: joint${i}\nname: ${`M${i}_jointWith_甲`}\n`).join('');
  return `kind: Department\nid: d\nname: 部门\nposts: [{id: clerk, name: 承办人}, {id: chief, name: 负责人}]\ncontact: {supervisionPhone: "1"}\n${units}`;
}

/** The markers (and dates) of one power that must not be published. */
function secretsOf(i: number, withheld: readonly WithholdableField[], isPublic: boolean): string[] {
  const fields = isPublic ? withheld : WITHHOLDABLE_FIELDS;
  const secrets: string[] = [];
  for (const field of fields) {
    if (field === 'process') secrets.push(`M${i}_externalProcess_甲`, `M${i}_internalProcess_甲`);
    else if (field === 'effective' || field === 'abolishedOn' || field === 'history') {
      secrets.push(`20${40 + i}-0${['effective', 'abolishedOn', 'history'].indexOf(field) + 1}-1${i}`);
      if (field === 'history') secrets.push(`M${i}_history_甲`);
    } else secrets.push(`M${i}_${field}_甲`);
  }
  // A withheld process takes its risks' step names with it.
  if (fields.includes('process') || fields.includes('internalProcess')) secrets.push(`M${i}_internalProcess_甲`);
  return secrets;
}

async function publishedText(root: string): Promise<string> {
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  const charts = collectFlowcharts(model).map((spec) => ({ ...spec, svg: svgOf(spec.source), key: spec.id }));
  const texts: string[] = [];
  for (const unit of siteUnits(model, charts, undefined)) {
    if (unit.group === 'search index') continue; // scanned in its own, slower, property below
    if (unit.last) continue; // the manifest: hashes of these files, and the catalogue's id and name
    // File names too: an old code's page is named after the code (the changes' pages, src/site/changes.ts).
    for (const [path, content] of await unit.produce()) texts.push(path, decoded(path, content));
  }
  return texts.join('\n');
}

function decoded(path: string, content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  if (path.endsWith('.xlsx')) return Object.values(unzipSync(content)).map((b) => Buffer.from(b).toString('utf8')).join('\n');
  if (content[0] === 0x1f && content[1] === 0x8b) return gunzipSync(content).toString('utf8').replaceAll('\u200b', '');
  return Buffer.from(content).toString('utf8');
}

const powerCase = fc.record({ isPublic: fc.boolean(), withheld: fc.subarray([...WITHHOLDABLE_FIELDS]) });

describe('no withheld value reaches a published byte (property)', () => {
  it('for random public flags and withhold lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(powerCase, { minLength: 1, maxLength: 3 }), async (cases) => {
        const root = makeCatalogue({
          // With a base address, so the sitemap (pages and their dates) is published too.
          'powercat.yaml': `${MINIMAL_CATALOGUE}site: {baseUrl: "https://example.org/qlqd/"}\n`,
          'departments/d.yaml': departments(cases.length),
          'powers/p.yaml': cases.map((c, i) => powerYaml(i, c.withheld, c.isPublic)).join('---\n'),
        });
        const text = await publishedText(root);
        cases.forEach((c, i) => {
          for (const secret of secretsOf(i, c.withheld, c.isPublic)) {
            expect(text.includes(secret), `${secret} (power ${i}: ${JSON.stringify(c)})`).toBe(false);
            expect(text.includes(fileSafe(secret)), `${fileSafe(secret)} (power ${i}: ${JSON.stringify(c)})`).toBe(false);
          }
          // The control: what is not withheld is published, so the scan can fail.
          if (c.isPublic && !c.withheld.includes('note')) expect(text).toContain(`M${i}_note_甲`);
          if (c.isPublic && !c.withheld.includes('supersedes')) expect(text).toContain(`powers/${fileSafe(`M${i}_supersedes_甲`)}.html`);
          if (c.isPublic && !c.withheld.includes('history')) expect(text).toContain(`<summary>调整依据：M${i}_history_甲</summary>`);
        });
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('also in the search index', async () => {
    await fc.assert(
      fc.asyncProperty(powerCase, async (c) => {
        const root = makeCatalogue({ 'departments/d.yaml': departments(1), 'powers/p.yaml': powerYaml(0, c.withheld, c.isPublic) });
        const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
        const index = siteUnits(model, [], undefined).find((u) => u.group === 'search index')!;
        const text = [...(await index.produce())].map(([path, content]) => decoded(path, content)).join('\n');
        for (const secret of secretsOf(0, c.withheld, c.isPublic)) expect(text.includes(secret), secret).toBe(false);
        expect(text).toContain('事项0');
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
