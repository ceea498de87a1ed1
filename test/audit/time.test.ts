import { describe, expect, it } from 'vitest';
import { auditCatalogueDir, auditRoot, at, findings, line, POWERS } from '../helpers/audit-fixtures.js';

const jsonl = (...lines: unknown[]) => lines.map(line).join('\n') + '\n';
const p1 = (id: string, accepted: string, finished?: string) => ({ case: id, code: 'P1', accepted, ...(finished ? { finished } : {}) });

// P1's promised limit is 5 working days; its sub-item P1-1's 10 days.
describe('time limits of cases', { timeout: 60_000 }, () => {
  it('start the day after acceptance and skip weekends', async () => {
    expect(await findings({ 'r.jsonl': jsonl(p1('C1', '2025-03-03', '2025-03-10'), p1('C2', '2025-03-03', '2025-03-11')) })).toEqual(['case-overdue r.jsonl:2']);
  });

  it('skip statutory holidays and count 调休 weekend days that are worked', async () => {
    // 2025-10-01..08 off; Saturday 2025-10-11 worked: Oct 9, 10, 11, 13, 14 are the five working days.
    expect(await findings({ 'r.jsonl': jsonl(p1('C1', '2025-09-30', '2025-10-14'), p1('C2', '2025-09-30', '2025-10-15')) })).toEqual(['case-overdue r.jsonl:2']);
  });

  it('count day limits in calendar days', async () => {
    const sub = (id: string, finished: string) => ({ case: id, code: 'P1-1', accepted: '2025-09-30', finished });
    expect(await findings({ 'r.jsonl': jsonl(sub('C1', '2025-10-10'), sub('C2', '2025-10-11')) })).toEqual(['case-overdue r.jsonl:2']);
  });

  it('judge pending cases at --as-of', async () => {
    const records = { 'r.jsonl': jsonl(p1('C1', '2025-03-03')) };
    expect(await findings(records, { asOf: '2025-03-10' })).toEqual([]);
    expect(await findings(records, { asOf: '2025-03-11' })).toEqual(['case-overdue r.jsonl:1']);
    expect(await findings(records, { asOf: '2025-03-01' })).toEqual([]);
  });
});

describe('a catalogue’s own calendar and handling items (format v2)', { timeout: 60_000 }, () => {
  // The v2 fields are read from raw data; `schema: off` keeps this test independent of the schema's version.
  const catalogue = `kind: Catalogue
id: audit-test
name: 测试县权责清单
formatVersion: 2
rules: {schema: off}
calendar:
  holidays: ["2025-03-05"]
  workdays: ["2025-03-15"]
`;
  const powers = POWERS.replace(
    '      promised: {value: 10, unit: day}\n',
    '      promised: {value: 10, unit: day}\n    handlingItems:\n      - {code: P1-1-01, name: 变更（地址）, timeLimit: {promised: {value: 1, unit: workday}}}\n      - {code: P1-1-02, name: 变更（名称）}\n',
  );

  it('applies the catalogue’s holidays and workdays on top of the official calendar', async () => {
    // C1: Mar 4, (5 off), 6, 7, 10, 11 — five working days, six without the local holiday.
    // C2: Mar 14, (Sat 15 worked), 17, 18, 19, 20 — six working days, five without the local workday.
    const records = { 'r.jsonl': jsonl(p1('C1', '2025-03-03', '2025-03-11'), p1('C2', '2025-03-13', '2025-03-20')) };
    expect((await auditRoot(auditCatalogueDir(catalogue, powers), records)).report.diagnostics.map(at)).toEqual(['case-overdue r.jsonl:2']);
    const official = catalogue.replace(/calendar:[^]*$/, '');
    expect((await auditRoot(auditCatalogueDir(official, powers), records)).report.diagnostics.map(at)).toEqual(['case-overdue r.jsonl:1']);
  });

  it('holds a handling item to its own limit, else its parent’s', async () => {
    const item = (id: string, code: string, finished: string) => ({ case: id, code, accepted: '2025-03-03', finished });
    const records = jsonl(item('C1', 'P1-1-01', '2025-03-04'), item('C2', 'P1-1-01', '2025-03-06'), item('C3', 'P1-1-02', '2025-03-13'), item('C4', 'P1-1-02', '2025-03-14'));
    const { report } = await auditRoot(auditCatalogueDir(catalogue, powers), { 'r.jsonl': records });
    expect(report.diagnostics.map((d) => `${at(d)} ${d.message}`)).toEqual([
      'case-overdue r.jsonl:2 case C2 was accepted on 2025-03-03 and finished on 2025-03-06: 2 working days, over its limit of 1 working day',
      'case-overdue r.jsonl:4 case C4 was accepted on 2025-03-03 and finished on 2025-03-14: 11 days, over its limit of 10 days',
    ]);
    expect(report.diagnostics[0]!.related.map((r) => r.line)).toEqual([18]);
  });
});
