import { describe, expect, it } from 'vitest';
import { foldCascades } from '../../src/lint/cascade.js';
import { RULES, findRule } from '../../src/rules/index.js';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, power } from '../helpers/fixtures.js';

/** `rule line:col message` of every finding (zh-CN) on a catalogue made of these files and a valid department. */
async function findings(files: Record<string, string>, rules: Record<string, 'off' | 'warn' | 'error'> = {}): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root, { lang: 'zh-CN', rules })).map((d) => `${d.rule} ${d.file}:${d.line}:${d.column} ${d.message}`);
}

const SECOND_DEPARTMENT = 'kind: Department\nid: commerce\nname: 青水县商务局\ncontact:\n  supervisionPhone: "0899-8210003"\n';

describe('one mistake, one finding (cascade control)', () => {
  it('a mistyped department id: owner-unknown only, no missing supervision phone on each power', async () => {
    const mistyped = (code: string, name: string) => power(code, name).replace('department: scjgj\nundertaker: scjgj-zfdd\n', 'department: scjjg\n');
    expect(await findings({ 'powers/a.yaml': `${mistyped('000231001000', '对无照经营的处罚')}---\n${mistyped('000231002000', '对虚假宣传的处罚')}` })).toEqual([
      'owner-unknown powers/a.yaml:5:13 department「scjjg」不是已定义的部门 id，是否应为「scjgj」？',
      'owner-unknown powers/a.yaml:22:13 department「scjjg」不是已定义的部门 id，是否应为「scjgj」？',
    ]);
  }, 30_000);

  it('the yielding rule speaks when the rule it yields to is off', async () => {
    const mistyped = power().replace('department: scjgj\nundertaker: scjgj-zfdd\n', 'department: scjjg\n');
    expect(await findings({ 'powers/a.yaml': mistyped }, { 'owner-unknown': 'off' })).toEqual([
      'supervision-contact powers/a.yaml:1:1 权力事项「对未取得食品经营许可从事食品经营活动的处罚」（000231001000）没有写监督电话（contact.supervisionPhone），也找不到可以提供监督电话的实施主体；在事项的 contact 中补上',
    ]);
  }, 30_000);

  it('a misspelt responsibilities: the schema finding with its did-you-mean only', async () => {
    expect(await findings({ 'powers/a.yaml': power().replace('responsibilities:', 'responsibilites:') })).toEqual([
      'schema powers/a.yaml:11:1 未知字段「responsibilites」；是否想写「responsibilities」？',
    ]);
  }, 30_000);

  it('a power copied to another department with its code: code-duplicate only, where owner-ambiguous stood at the same code', async () => {
    const copy = power('000231001000', '对无照经营的处罚').replace('department: scjgj\nundertaker: scjgj-zfdd\n', 'department: commerce\n');
    const result = await findings({ 'departments/commerce.yaml': SECOND_DEPARTMENT, 'powers/a.yaml': power('000231001000', '对无证经营的处罚'), 'powers/b.yaml': copy });
    expect(result.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['code-duplicate powers/b.yaml:2:7']);
    // with code-duplicate off, the same copy is owner-ambiguous's finding
    const alone = await findings({ 'departments/commerce.yaml': SECOND_DEPARTMENT, 'powers/a.yaml': power('000231001000', '对无证经营的处罚'), 'powers/b.yaml': copy }, { 'code-duplicate': 'off' });
    expect(alone.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['owner-ambiguous powers/b.yaml:2:7']);
    // copied whole, name too: owner-ambiguous would stand at the name, and still folds into the code
    const whole = await findings({ 'departments/commerce.yaml': SECOND_DEPARTMENT, 'powers/a.yaml': power('000231001000', '对无照经营的处罚'), 'powers/b.yaml': copy });
    expect(whole.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['code-duplicate powers/b.yaml:2:7']);
    const named = await findings({ 'departments/commerce.yaml': SECOND_DEPARTMENT, 'powers/a.yaml': power('000231001000', '对无照经营的处罚'), 'powers/b.yaml': copy }, { 'code-duplicate': 'off' });
    expect(named.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['owner-ambiguous powers/b.yaml:3:7']);
  }, 30_000);

  it('a file with only kind: Power: the required keys in one finding, and no finding that names an empty power', async () => {
    expect(await findings({ 'powers/a.yaml': 'kind: Power\n' })).toEqual([
      'accountability-required powers/a.yaml:1:1 权力事项缺少追责情形（accountability），至少写一项',
      'basis-required powers/a.yaml:1:1 权力事项缺少实施依据（basis），至少写一项',
      'responsibility-required powers/a.yaml:1:1 权力事项缺少责任事项（responsibilities），至少写一项',
      'schema powers/a.yaml:1:1 权力事项缺少必填字段「code」、「name」、「type」、「department」',
    ]);
  }, 30_000);
});

describe('foldCascades', () => {
  const at = (rule: string, pointer: string, about?: string[]) => ({ rule, about: { file: 'a.yaml', doc: 0, fields: about ?? [pointer] } });

  it('drops a finding about a field a finding of the rule it yields to is about, or a field holding it; keeps others', () => {
    const kept = foldCascades(
      [
        at('owner-unknown', '/department'),
        at('supervision-contact', '', ['/department']),
        at('code-duplicate', '/code'),
        at('owner-ambiguous', '/name'),
        at('schema', '/basis'),
        at('basis-required', '/basis/0', ['/basis/0']),
      ],
      findRule,
    );
    expect(kept.map((f) => f.rule)).toEqual(['owner-unknown', 'code-duplicate', 'owner-ambiguous', 'schema']);
  });

  it('folds only within one document: the same field of another document, or of another file, stays', () => {
    const elsewhere = [
      { rule: 'owner-unknown', about: { file: 'a.yaml', doc: 0, fields: ['/department'] } },
      { rule: 'supervision-contact', about: { file: 'a.yaml', doc: 1, fields: ['/department'] } },
      { rule: 'supervision-contact', about: { file: 'b.yaml', doc: 0, fields: ['/department'] } },
      { rule: 'supervision-contact' },
    ];
    expect(foldCascades(elsewhere, findRule)).toEqual(elsewhere);
  });

  it('every rule yields only to rules that exist, and never to itself', () => {
    const ids = RULES.map((r) => r.meta.id);
    for (const { meta } of RULES) for (const id of meta.yieldsTo ?? []) expect(ids.filter((known) => known !== meta.id), meta.id).toContain(id);
  });
});
