import { describe, expect, it } from 'vitest';
import { chartPlan, type FlowchartInput } from '../../src/flowchart/chart-plan.js';
import { escapeLabel, mermaidSource, toMermaid } from '../../src/flowchart/to-mermaid.js';
import { stepsOf } from '../../src/model/process-graph.js';

function input(steps: unknown[], extra: Partial<FlowchartInput> = {}): FlowchartInput {
  return { view: 'external', steps: stepsOf([], steps), postNames: new Map(), risks: new Map(), ...extra };
}

const SIMPLE = [
  { id: 'apply', name: '申请', type: 'start', next: 'check' },
  { id: 'check', name: '材料是否齐全', type: 'decision', next: [{ to: 'accept', label: '齐全' }, { to: 'fix', label: '补正' }] },
  { id: 'accept', name: '受理', next: 'done', limit: { value: 1, unit: 'workday' } },
  { id: 'fix', name: '一次性告知补正', type: 'end' },
  { id: 'done', name: '办结', type: 'end' },
];

describe('toMermaid', () => {
  it('draws start/end as round boxes, decisions as diamonds, tasks as boxes; a branch label is a node between decision and target', () => {
    expect(toMermaid(input(SIMPLE))).toBe(
      [
        'flowchart TD',
        '  s0("申请")',
        '  s1{"材料是否齐全"}',
        '  s2["受理<br/>1\u00a0个工作日"]',
        '  s3("一次性告知补正")',
        '  s4("办结")',
        '  b0["齐全"]',
        '  b1["补正"]',
        '  s0 --> s1',
        '  s1 --- b0',
        '  b0 --> s2',
        '  s1 --- b1',
        '  b1 --> s3',
        '  s2 --> s4',
        '',
      ].join('\n'),
    );
  });

  it('shows the post’s name on internal steps, and the risk level in words', () => {
    const steps = [
      { id: 'a', name: '受理', type: 'start', actor: 'window', next: 'b', limit: { value: 1, unit: 'workday' } },
      { id: 'b', name: '审批', type: 'end', actor: 'deputy' },
    ];
    const source = toMermaid(
      input(steps, { view: 'internal', postNames: new Map([['window', '窗口受理岗'], ['deputy', '分管副局长']]), risks: new Map([['b', 'high']]) }),
    );
    expect(source).toContain('s0("受理<br/>窗口受理岗 · 1\u00a0个工作日")');
    expect(source).toContain('s1("审批<br/>分管副局长<br/>高风险")');
  });

  it('is deterministic', () => {
    expect(toMermaid(input(SIMPLE))).toBe(toMermaid(input(structuredClone(SIMPLE))));
  });

  it('keeps a step whose name or branch label is only spaces (U+3000 too): a box without text, a line without label', () => {
    const steps = [
      { id: 'a', name: '   ', type: 'start', next: 'b' },
      { id: 'b', name: '\u3000', type: 'decision', next: [{ to: 'c', label: ' ' }, { to: 'd', label: '\u3000\u3000' }] },
      { id: 'c', name: '办结', type: 'end' },
      { id: 'd', name: '退回', type: 'end' },
    ];
    const plan = chartPlan(input(steps));
    expect(plan.nodes.map((n) => n.name)).toEqual(['', '', '办结', '退回']);
    expect(plan.edges).toEqual([
      { from: 's0', to: 's1', arrow: true },
      { from: 's1', to: 's2', arrow: true },
      { from: 's1', to: 's3', arrow: true },
    ]);
    // Mermaid's grammar has no empty label: a space keeps the box
    expect(mermaidSource(plan)).toContain('  s0(" ")\n  s1{" "}\n');
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
    // exactly: header, two steps, two branch labels, four edges — no line was added by the input
    expect(lines).toHaveLength(9);
    expect(lines[1]).toMatch(/^ {2}s0\("[^"]*"\)$/);
    expect(lines[2]).toMatch(/^ {2}s1\("[^"]*"\)$/);
    expect(lines[3]).toMatch(/^ {2}b0\["[^"]*"\]$/);
    expect(lines[4]).toMatch(/^ {2}b1\["[^"]*"\]$/);
    expect(lines.slice(5)).toEqual(['  s0 --- b0', '  b0 --> s1', '  s0 --- b1', '  b1 --> s1']);
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
