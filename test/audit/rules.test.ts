import { describe, expect, it } from 'vitest';
import { auditCatalogueDir, auditRoot, at, findings, fullCase, line, step } from '../helpers/audit-fixtures.js';

const WEEK = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'];
const clean = (id: string) => line(fullCase(id, WEEK));
const jsonl = (...lines: string[]) => lines.join('\n') + '\n';

describe('a clean case', { timeout: 60_000 }, () => {
  it('has no finding', async () => {
    expect(await findings({ 'r.jsonl': jsonl(clean('C1'), clean('C2')) })).toEqual([]);
  });
});

describe('records-syntax', { timeout: 60_000 }, () => {
  it('reports each unreadable line once, at its line, and reads on', async () => {
    const records = jsonl(
      clean('C1'),
      '{"case": "C2", "code": "P1", ',
      line({ case: 'C3', accepted: '2025-03-03' }),
      line({ case: 'C4', code: 'P1', accepted: '2025/03/03' }),
      line({ case: 'C5', code: 'P1', accepted: '2025-03-03', steps: 'receive' }),
      line({ case: 'C6', code: 'P1', accepted: '2025-03-03', finished: '2025-03-31' }),
      '[1, 2]',
      line({ case: 7, code: 'P1', accepted: '2025-03-03' }),
      line({ case: 'C8', code: 'P1', accepted: '2025-03-03', steps: [{ step: 'receive', post: 'window', start: '2025-02-30' }] }),
    );
    expect(await findings({ 'r.jsonl': records })).toEqual([
      'records-syntax r.jsonl:2',
      'records-syntax r.jsonl:3',
      'records-syntax r.jsonl:4',
      'records-syntax r.jsonl:5',
      'case-overdue r.jsonl:6',
      'records-syntax r.jsonl:7',
      'records-syntax r.jsonl:8',
      'records-syntax r.jsonl:9',
    ]);
  });

  it('says what is wrong', async () => {
    const { report } = await auditRoot(auditCatalogueDir(), {
      'r.jsonl': jsonl('{"case": "C2", "code": "P1", ', line({ case: 'C3', accepted: '2025-03-03' }), line({ case: 'C4', code: 'P1', accepted: 'soon' })),
    });
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '1:30 this line is not valid JSON (near column 30); each line must be one complete JSON object',
      '2:1 the required key code is missing',
      '3:1 accepted is soon, which is not a valid ISO 8601 timestamp; write 2025-03-04 or 2025-03-04T09:30:00+08:00',
    ]);
  });

  it('refuses a GB18030/GBK file at its first such line, with the fix', async () => {
    const gbk = Buffer.concat([
      Buffer.from('case,code,accepted,step,post,person,start\nC1,P1,2025-03-03,receive,window,'),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), // 张三 in GBK
      Buffer.from(',2025-03-03\nC2,X9,2025-03-03,,,,\n'),
    ]);
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.csv': gbk }, { lang: 'zh-CN' });
    expect(report.diagnostics.map(at)).toEqual(['records-syntax r.csv:2']);
    expect(report.diagnostics[0]!.message).toContain('iconv -f GB18030 -t UTF-8');
  });
});

describe('records-calendar', { timeout: 60_000 }, () => {
  it('reports a date in a year the calendar does not cover, and does not judge the case for time', async () => {
    const late = { case: 'C2', code: 'P1', accepted: '2030-01-02', finished: '2030-03-01' };
    const result = await auditRoot(auditCatalogueDir(), { 'r.jsonl': jsonl(clean('C1'), line(late)) });
    expect(result.report.diagnostics.map(at)).toEqual(['records-calendar r.jsonl:2']);
    expect(result.report.diagnostics[0]!.message).toMatch(/^case C2: the date 2030-01-02 is in 2030, and powercat’s official calendar covers 2004–\d{4} only/);
  });
});

describe('case-unlisted', { timeout: 60_000 }, () => {
  it('reports a code the catalogue does not list, and one whose power was abolished on or before acceptance', async () => {
    const records = jsonl(
      line({ case: 'C1', code: 'X9', accepted: '2025-03-03', finished: '2025-05-30', steps: [step('nothing', '2025-03-03')] }),
      line({ case: 'C2', code: 'P2', accepted: '2025-03-10' }),
      line({ case: 'C3', code: 'P2', accepted: '2025-03-09', finished: '2025-03-10' }),
      line({ case: 'C4', code: 'P1-1', accepted: '2025-03-03', finished: '2025-03-04' }),
    );
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.jsonl': records });
    expect(report.diagnostics.map(at)).toEqual(['case-unlisted r.jsonl:1', 'case-unlisted r.jsonl:2']);
    expect(report.diagnostics[1]!.message).toBe('case C2 was accepted on 2025-03-10, but the power "已取消的许可" of code P2 was abolished on 2025-03-10: power exercised off the list');
    expect(report.diagnostics[1]!.related.map((r) => `${r.file}:${r.line}`)).toEqual(['powers/powers.yaml:21']);
  });
});

describe('case-overdue', { timeout: 60_000 }, () => {
  it('reports a case finished after its limit, with the power as the related location', async () => {
    const records = jsonl(
      line({ case: 'C1', code: 'P1', accepted: '2025-03-03', finished: '2025-03-10' }),
      line({ case: 'C2', code: 'P1', accepted: '2025-03-03', finished: '2025-03-11' }),
    );
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.jsonl': records });
    expect(report.diagnostics.map(at)).toEqual(['case-overdue r.jsonl:2']);
    expect(report.diagnostics[0]!.message).toBe('case C2 was accepted on 2025-03-03 and finished on 2025-03-11: 6 working days, over its limit of 5 working days');
    expect(report.diagnostics[0]!.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['powers/powers.yaml:2:7']);
  });

  it('holds a sub-item to its own limit, in days', async () => {
    const records = jsonl(
      line({ case: 'C1', code: 'P1-1', accepted: '2025-03-03', finished: '2025-03-13' }),
      line({ case: 'C2', code: 'P1-1', accepted: '2025-03-03', finished: '2025-03-14' }),
    );
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.jsonl': records });
    expect(report.diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      'case-overdue r.jsonl:2 case C2 was accepted on 2025-03-03 and finished on 2025-03-14: 11 days, over its limit of 10 days',
    ]);
  });

  it('judges pending cases at --as-of, by default the latest date in the records', async () => {
    const records = jsonl(
      line({ case: 'C1', code: 'P1', accepted: '2025-03-03' }),
      line({ case: 'C2', code: 'P3', accepted: '2025-03-03', finished: '2025-03-10' }),
    );
    expect(await findings({ 'r.jsonl': records })).toEqual([]);
    expect(await findings({ 'r.jsonl': records }, { asOf: '2025-03-10' })).toEqual([]);
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.jsonl': records }, { asOf: '2025-03-12' });
    expect(report.diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      'case-overdue r.jsonl:1 case C1 was accepted on 2025-03-03 and is still pending on 2025-03-12: 7 working days, over its limit of 5 working days',
    ]);
    const later = jsonl(line({ case: 'C1', code: 'P1', accepted: '2025-03-03' }), line({ case: 'C2', code: 'P3', accepted: '2025-03-03', finished: '2025-03-12' }));
    expect(await findings({ 'r.jsonl': later })).toEqual(['case-overdue r.jsonl:1']);
  });
});

describe('case-step-order', { timeout: 60_000 }, () => {
  const order = async (steps: ReturnType<typeof step>[], finished: string | null = '2025-03-07') =>
    (await auditRoot(auditCatalogueDir(), { 'r.jsonl': jsonl(line({ case: 'C1', code: 'P1', accepted: '2025-03-03', finished, steps })) })).report.diagnostics
      .filter((d) => d.rule === 'case-step-order')
      .map((d) => `${d.pointer} ${d.message}`);

  it('accepts the process’s path, and the beginning of it for a pending case', async () => {
    expect(await order(fullCase('C1', WEEK).steps as ReturnType<typeof step>[])).toEqual([]);
    expect(await order([step('receive', '2025-03-03'), step('review', '2025-03-04')], null)).toEqual([]);
  });

  it('reports a skipped step, an order no next allows, a step the process does not have, a wrong start and a finished case short of the end', async () => {
    expect(await order([step('receive', '2025-03-03'), step('decide', '2025-03-04')], null)).toEqual(['/C1/steps/1 "决定" follows "受理" directly, skipping 审查']);
    expect(await order([step('receive', '2025-03-03'), step('review', '2025-03-04'), step('decide', '2025-03-05'), step('review', '2025-03-06')], null)).toEqual([
      '/C1/steps/3 "审查" cannot follow "决定": no next of "决定" leads to it in the process',
    ]);
    expect(await order([step('receive', '2025-03-03'), step('sign', '2025-03-04')], null)).toEqual(['/C1/steps/1 step sign is not a step of the power’s internal process']);
    expect(await order([step('review', '2025-03-03')], null)).toEqual(['/C1/steps/0 the case’s first step is "审查", not the process’s start step "受理"']);
    expect(await order([step('receive', '2025-03-03'), step('review', '2025-03-04')])).toEqual(['/C1/steps/1 the case is finished, but its last step "审查" is not an end step of the process']);
  });

  it('orders steps by start, across offsets, and not by how they are written', async () => {
    const steps = [
      step('review', '2025-03-04T09:00:00+08:00'),
      step('receive', '2025-03-04T00:30:00Z'), // 08:30 in Shanghai, before the review
    ];
    expect(await order(steps, null)).toEqual([]);
  });
});

describe('case-step-post, case-step-overdue, case-separation', { timeout: 60_000 }, () => {
  it('reports a step done by another post, a step over its limit and one person handling and deciding, each at its own CSV row', async () => {
    const csv = [
      'case,code,accepted,finished,step,post,person,start,end',
      'C1,P1,2025-03-03,2025-03-07,receive,window,王五,2025-03-03,2025-03-03',
      'C1,P1,2025-03-03,2025-03-07,review,clerk,张三,2025-03-03,2025-03-06',
      'C1,P1,2025-03-03,2025-03-07,decide,director,张三,2025-03-06,2025-03-06',
      'C1,P1,2025-03-03,2025-03-07,deliver,window,王五,2025-03-07,2025-03-07',
      'C1,P1,2025-03-03,2025-03-07,archive,clerk,李四,2025-03-07,',
      'C2,P1,2025-03-03,2025-03-07,receive,window,王五,2025-03-03,2025-03-03',
    ].join('\r\n');
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.csv': csv });
    expect(report.diagnostics.map((d) => `${at(d)} ${d.severity} ${d.message}`)).toEqual([
      'case-step-overdue r.csv:3 warning step "审查" took 3 working days from 2025-03-03 to 2025-03-06, over its limit of 2 working days',
      'case-separation r.csv:4 warning 张三 both handles and decides in this case (steps "审查" and "决定"); deciding and handling belong to different persons',
      'case-step-post r.csv:4 error step "决定" was done by post director; the process gives it to "分管副局长" (deputy)',
      'case-step-order r.csv:7 error the case is finished, but its last step "受理" is not an end step of the process',
    ]);
  });
});

describe('case-head-share', { timeout: 60_000 }, () => {
  const decidedBy = (id: string, post: string) => {
    const c = fullCase(id, WEEK) as { steps: { post: string }[] };
    c.steps[2]!.post = post;
    return line(c);
  };

  it('reports a department whose head made more than the power-concentration share of its finished cases’ decisions, at the department', async () => {
    const { report } = await auditRoot(auditCatalogueDir(), { 'r.jsonl': jsonl(decidedBy('C1', 'director'), decidedBy('C2', 'director'), decidedBy('C3', 'deputy')) }, { rules: { 'case-step-post': 'off' } });
    expect(report.diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      'case-head-share departments/bureau.yaml:2 of the department’s 3 finished cases, 2 (67%) had their final decision made by a head post, above 50%; delegate some decisions to deputies',
    ]);
  });

  it('is silent at the share, and takes the share from power-concentration’s options', async () => {
    const records = { 'r.jsonl': jsonl(decidedBy('C1', 'director'), decidedBy('C2', 'deputy')) };
    const off = { rules: { 'case-step-post': 'off' as const } };
    expect((await auditRoot(auditCatalogueDir(), records, off)).report.diagnostics).toEqual([]);
    const strict = 'kind: Catalogue\nid: audit-test\nname: 测试县权责清单\nrules:\n  power-concentration: {level: warn, options: {share: 0.4}}\n';
    expect((await auditRoot(auditCatalogueDir(strict), records, off)).report.diagnostics.map(at)).toEqual(['case-head-share departments/bureau.yaml:2']);
  });
});

describe('rule settings', { timeout: 60_000 }, () => {
  it('take rules: from powercat.yaml and --rule, which lint accepts as known rule ids', async () => {
    const catalogue = 'kind: Catalogue\nid: audit-test\nname: 测试县权责清单\nrules:\n  case-overdue: warn\n  case-unlisted: off\n';
    const records = { 'r.jsonl': jsonl(line({ case: 'C1', code: 'X9', accepted: '2025-03-03' }), line({ case: 'C2', code: 'P1', accepted: '2025-03-03', finished: '2025-03-31' })) };
    const result = await auditRoot(auditCatalogueDir(catalogue), records);
    expect(result.report.diagnostics.map((d) => `${at(d)} ${d.severity}`)).toEqual(['case-overdue r.jsonl:2 warning']);
    const overridden = await auditRoot(auditCatalogueDir(catalogue), records, { rules: { 'case-overdue': 'off', 'case-unlisted': 'error' } });
    expect(overridden.report.diagnostics.map(at)).toEqual(['case-unlisted r.jsonl:1']);
  });
});
