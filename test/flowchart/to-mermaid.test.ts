import { describe, expect, it } from 'vitest';
import { escapeLabel, toMermaid, type FlowchartInput } from '../../src/flowchart/to-mermaid.js';
import { stepsOf } from '../../src/model/process-graph.js';
import type { Entity, ProcessData } from '../../src/model/types.js';

function input(steps: unknown[], extra: Partial<FlowchartInput> = {}): FlowchartInput {
  const entity = { doc: {} as Entity<ProcessData>['doc'], data: {} } as Entity<ProcessData>;
  return { view: 'external', steps: stepsOf(entity, [], steps), postNames: new Map(), risks: new Map(), ...extra };
}

const SIMPLE = [
  { id: 'apply', name: '申请', type: 'start', next: 'check' },
  { id: 'check', name: '材料是否齐全', type: 'decision', next: [{ to: 'accept', label: '齐全' }, { to: 'fix', label: '补正' }] },
  { id: 'accept', name: '受理', next: 'done', limit: { value: 1, unit: 'workday' } },
  { id: 'fix', name: '一次性告知补正', type: 'end' },
  { id: 'done', name: '办结', type: 'end' },
];

describe('toMermaid', () => {
  it('draws start/end as pills (a marked rounded box), decisions as diamonds with labelled branches, tasks as boxes', () => {
    expect(toMermaid(input(SIMPLE))).toBe(
      [
        'flowchart TD',
        '  s0("申请")',
        '  s1{"材料是否齐全"}',
        '  s2["受理<br/>1\u00a0个工作日"]',
        '  s3("一次性告知补正")',
        '  s4("办结")',
        '  s0 --> s1',
        '  s1 -->|"齐全"| s2',
        '  s1 -->|"补正"| s3',
        '  s2 --> s4',
        '  classDef terminal rx:999px,ry:999px',
        '  class s0,s3,s4 terminal',
        '',
      ].join('\n'),
    );
  });

  it('shows the post’s name on internal steps, and risk levels with a legend', () => {
    const steps = [
      { id: 'a', name: '受理', type: 'start', actor: 'window', next: 'b', limit: { value: 1, unit: 'workday' } },
      { id: 'b', name: '审批', type: 'end', actor: 'deputy' },
    ];
    const source = toMermaid(
      input(steps, { view: 'internal', postNames: new Map([['window', '窗口受理岗'], ['deputy', '分管副局长']]), risks: new Map([['b', 'high']]) }),
    );
    expect(source).toContain('s0("受理<br/>窗口受理岗 · 1\u00a0个工作日")');
    expect(source).toContain('s1("审批<br/>分管副局长<br/>⚠ 高风险")');
    expect(source).toContain('  class s1 risk_high\n');
    expect(source).toContain('  subgraph legend["图例：廉政风险等级"]\n');
    expect(source).not.toContain('risk_medium');
  });

  it('is deterministic', () => {
    expect(toMermaid(input(SIMPLE))).toBe(toMermaid(input(structuredClone(SIMPLE))));
  });
});

describe('hostile labels', () => {
  const HOSTILE = [
    '"] --> X',
    '%%{init: {"securityLevel": "loose"}}%%',
    'click s0 call alert(1)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'a|b] --- c{d}(e)',
    '第一行\n  click s1 href "javascript:alert(1)"\n%%{init: {}}%%',
    'x; style s0 fill:#f00',
    '`markdown` #35; &amp;',
  ];

  it.each(HOSTILE)('%j stays inside its own quoted label', (text) => {
    const steps = [
      { id: 'a', name: text, type: 'start', actor: text, next: [{ to: 'b', label: text }, { to: 'b', label: text }] },
      { id: 'b', name: text, type: 'end' },
    ];
    const lines = toMermaid(input(steps)).trimEnd().split('\n');
    // exactly: header, two nodes, two edges and powercat's own pill class — no line was added by the input
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^ {2}s0\("[^"]*"\)$/);
    expect(lines[2]).toMatch(/^ {2}s1\("[^"]*"\)$/);
    expect(lines[3]).toMatch(/^ {2}s0 -->\|"[^"|]*"\| s1$/);
    expect(lines.slice(5)).toEqual(['  classDef terminal rx:999px,ry:999px', '  class s0,s1 terminal']);
    for (const line of lines.slice(0, 5)) {
      expect(line).not.toMatch(/^\s*(click|%%|style|classDef|class)\b/);
      for (const [label] of line.matchAll(/"[^"]*"/g)) {
        expect(label.replaceAll('<br/>', '')).not.toMatch(/[<>]/); // the only markup is the line break powercat writes
      }
    }
  });

  it('encodes every character that could end a label or start syntax', () => {
    expect(escapeLabel('"#&<>[](){}|`%;\\')).toBe('#34;#35;#38;#60;#62;#91;#93;#40;#41;#123;#125;#124;#96;#37;#59;#92;');
    expect(escapeLabel('一\r\n二\t三')).toBe('一 二 三');
  });
});
