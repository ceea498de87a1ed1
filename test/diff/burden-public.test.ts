import { describe, expect, it } from 'vitest';
import { runCliHere } from '../helpers/cli-in-process.js';
import { folderWith } from '../helpers/diff-fixtures.js';

const CATALOGUE = 'kind: Catalogue\nid: t\nname: 测试县权责清单\nformatVersion: 2\n';
const DEPARTMENT = 'kind: Department\nid: d\nname: 测试县市场监督管理局\n';

const licence = (body: string, history = '') => `kind: Power
code: "L1"
name: 食品经营许可
type: licensing
department: d
${body}${history}`;

const BEFORE = `timeLimit: {statutory: {value: 20, unit: workday}, promised: {value: 10, unit: workday}}
fees: []
guide: {visits: 1, onlineDepth: 3, materials: [{name: 申请书}, {name: 营业执照}]}
`;
// 15 days is longer than 10 working days (14 days); a fee where there was none; two visits instead of one.
const HEAVIER = `timeLimit: {statutory: {value: 20, unit: workday}, promised: {value: 15, unit: day}}
fees: [{name: 工本费, standard: 10 元, basis: 县发改委文件}]
guide: {visits: 2, onlineDepth: 3, materials: [{name: 申请书}, {name: 营业执照}]}
`;
const OLD_HISTORY = 'history: [{date: "2024-01-01", action: added, basis: 县政府令第 1 号}]\n';

function versions(before: string, after: string, history: { old?: string; new?: string } = {}) {
  const files = (body: string, h = '') => ({ 'powercat.yaml': CATALOGUE, 'd.yaml': DEPARTMENT, 'p.yaml': licence(body, h) });
  return [folderWith(files(before, history.old)), folderWith(files(after, history.new))];
}

describe('burden on the applicant', () => {
  it('names the burden-up changes without a basis and fails --fail-on burden-up; with the basis, passes', async () => {
    const [old, next] = versions(BEFORE, HEAVIER, { old: OLD_HISTORY, new: OLD_HISTORY });
    const unsupported = await runCliHere(['diff', old, next, '--fail-on', 'burden-up', '-f', 'json']);
    expect(JSON.parse(unsupported.stdout).burden).toEqual({ up: { L1: ['fees', 'guide.visits', 'timeLimit'] }, down: {} });
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toBe(
      'powercat: these burden-up changes have no basis (a history entry added with this change that gives its basis):\n  - L1: Fees, Service guide · visits in person, Time limits\n',
    );
    // The same without --fail-on: reported, exit 0.
    expect((await runCliHere(['diff', old, next])).code).toBe(0);

    const basis = 'history: [{date: "2024-01-01", action: added, basis: 县政府令第 1 号}, {date: "2025-06-01", action: adjusted, basis: 县政府令第 9 号}]\n';
    const [old2, supported] = versions(BEFORE, HEAVIER, { old: OLD_HISTORY, new: basis });
    const passed = await runCliHere(['diff', old2, supported, '--fail-on', 'burden-up']);
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);
    expect(passed.stdout.indexOf('Burden up')).toBeLessThan(passed.stdout.indexOf('Changed'));
  }, 60_000);

  it('does not take an entry without a basis, or one dated before the old history, as the basis', async () => {
    for (const entry of ['{date: "2025-06-01", action: adjusted}', '{date: "2023-06-01", action: adjusted, basis: 旧文件}']) {
      const history = `history: [{date: "2024-01-01", action: added, basis: 县政府令第 1 号}, ${entry}]\n`;
      const [old, next] = versions(BEFORE, HEAVIER, { old: OLD_HISTORY, new: history });
      expect((await runCliHere(['diff', old, next, '--fail-on', 'burden-up'])).code, entry).toBe(1);
    }
  }, 60_000);

  it('judges time limits exactly and the reverse changes as burden down', async () => {
    const judged = async (before: string, after: string) => JSON.parse((await runCliHere(['diff', ...versions(before, after), '-f', 'json'])).stdout).burden;
    const limit = (promised: string) => `timeLimit: {promised: ${promised}}\n`;
    // 5 working days = 7 days: the same, neither way.
    expect(await judged(limit('{value: 5, unit: workday}'), limit('{value: 7, unit: day}'))).toEqual({ up: {}, down: {} });
    expect(await judged(limit('{value: 5, unit: workday}'), limit('{value: 8, unit: day}'))).toEqual({ up: { L1: ['timeLimit'] }, down: {} });
    // A month against days is not compared.
    expect(await judged(limit('{value: 1, unit: month}'), limit('{value: 40, unit: day}'))).toEqual({ up: {}, down: {} });
    // 即办件 → any limit is longer.
    expect(await judged('timeLimit: {immediate: true}\n', limit('{value: 1, unit: day}'))).toEqual({ up: { L1: ['timeLimit'] }, down: {} });
    expect(await judged(HEAVIER, BEFORE)).toEqual({ up: {}, down: { L1: ['fees', 'guide.visits', 'timeLimit'] } });
    expect(await judged('guide: {onlineDepth: 4, materials: [{name: 甲}]}\n', 'guide: {onlineDepth: 2, materials: [{name: 甲}, {name: 乙}], specialProcedures: [{name: 听证}]}\n')).toEqual({
      up: { L1: ['guide.materials', 'guide.onlineDepth', 'guide.specialProcedures'] },
      down: {},
    });
    // A value first written says nothing of the burden.
    expect(await judged('', HEAVIER)).toEqual({ up: {}, down: {} });
  }, 60_000);
});

describe('powercat diff --public compares only what the site publishes', () => {
  const withheld = (note: string) => ({
    'powercat.yaml': CATALOGUE,
    'd.yaml': DEPARTMENT,
    'p.yaml': licence(`note: ${note}\nrisks: [{step: x, level: low, points: [${note}]}]\ndisclosure: {withhold: [note, risks], reason: 涉密, basis: 保密法}\n`),
    'q.yaml': licence('', `history: [{date: "2025-01-01", action: adjusted, basis: ${note}}]\ndisclosure: {withhold: [history], reason: 涉密, basis: 保密法}\n`).replace('"L1"', '"L2"'),
  });

  it('never shows a withheld field’s change, which the full comparison does show', async () => {
    const [old, next] = [folderWith(withheld('旧的秘密')), folderWith(withheld('新的秘密'))];
    const full = await runCliHere(['diff', old, next, '-f', 'json']);
    expect(JSON.parse(full.stdout).changed).toEqual({ L1: ['note', 'risks'], L2: ['history'] });
    for (const format of ['json', 'text', 'markdown']) {
      const shown = (await runCliHere(['diff', old, next, '--public', '-f', format])).stdout;
      expect(shown).not.toContain('秘密');
      if (format === 'json') expect(JSON.parse(shown).changed).toEqual({});
    }
  }, 60_000);

  it('shows that a field became withheld, as the site does (本项不予公开)', async () => {
    const open = { 'powercat.yaml': CATALOGUE, 'd.yaml': DEPARTMENT, 'p.yaml': licence('note: 公开的备注\n') };
    const closed = { ...open, 'p.yaml': licence('note: 公开的备注\ndisclosure: {withhold: [note], reason: 涉密, basis: 保密法}\n') };
    const diff = JSON.parse((await runCliHere(['diff', folderWith(open), folderWith(closed), '--public', '-f', 'json'])).stdout);
    expect(diff.changed).toEqual({ L1: ['disclosure', 'note'] });
    expect(diff.details.L1.fields.disclosure).toEqual({ new: { public: true, withhold: ['note'], reason: '涉密', basis: '保密法' } });
  }, 60_000);
});
