import { firstSentence, type Lang } from '../core/messages.js';
import { SEVERITY_LABEL as SEVERITY } from '../core/diagnostic.js';
import type { RuleDescription, RuleOption } from '../rules/rule.js';

/** What the docs need of a rule (catalogue and audit rules alike). */
type Documented = { meta: RuleDescription<string> };
import { padEnd } from '../util/display-width.js';


/** Cascade control (src/lint/cascade.ts) as the docs say it. */
const YIELDS: Readonly<Record<Lang, (ids: readonly string[]) => string>> = {
  'zh-CN': (ids) => `让位于 ${ids.map((id) => `\`${id}\``).join('、')}：同一文档的同一字段上已有这些规则的发现时，本规则的发现是同一个错误的后果，不再单独报告。`,
  en: (ids) => `Yields to ${ids.map((id) => `\`${id}\``).join(', ')}: where one of their findings stands on the same field of the same document, this rule's finding there follows from the same mistake and is not reported.`,
};

/** What `powercat explain RULE` prints. */
export function explainRule(rule: Documented, lang: Lang): string {
  const { meta } = rule;
  const zh = lang === 'zh-CN';
  const lines = [
    `${meta.id} (${zh ? '默认级别' : 'default'}: ${SEVERITY[lang][meta.defaultSeverity]})`,
    '',
    meta.description[lang],
    '',
    ...(meta.examples.context === undefined ? [] : [zh ? `示例写在 ${meta.examples.context} 这份示例清单中。` : `The examples are written against the example catalogue ${meta.examples.context}.`, '']),
    zh ? '错误示例：' : 'Bad:',
    indent(meta.examples.bad),
    zh ? '正确示例：' : 'Good:',
    indent(meta.examples.good),
  ];
  if (meta.yieldsTo) lines.push(YIELDS[lang](meta.yieldsTo).replace(/`/g, ''));
  for (const [name, option] of Object.entries(meta.options ?? {})) {
    lines.push(`${zh ? '选项' : 'option'} ${name} (${optionRange(option, lang)}, ${zh ? '默认' : 'default'} ${option.default}): ${option.description[lang]}`);
  }
  lines.push(zh ? `设置：powercat.yaml 中 rules: {${meta.id}: off|warn|error}` : `Configure: rules: {${meta.id}: off|warn|error} in powercat.yaml`);
  return lines.join('\n') + '\n';
}

/** One line per rule, for `powercat explain` without a rule. */
export function listRules(rules: readonly Documented[], lang: Lang): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${padEnd(SEVERITY[lang][r.meta.defaultSeverity], 7)}  ${firstSentence(r.meta.description[lang])}`).join('\n') + '\n';
}

/** What an option accepts, from its declaration: `number > 0`, `0 ≤ number ≤ 1`, `whole number ≥ 1`. */
export function optionRange(option: RuleOption, lang: Lang): string {
  const noun = { 'zh-CN': { integer: '整数', number: '数值' }, en: { integer: 'whole number', number: 'number' } }[lang][option.type];
  const lower = option.exclusiveMinimum !== undefined ? { sign: '>', flipped: '<', limit: option.exclusiveMinimum } : option.minimum !== undefined ? { sign: '≥', flipped: '≤', limit: option.minimum } : undefined;
  if (lower && option.maximum !== undefined) return `${lower.limit} ${lower.flipped} ${noun} ≤ ${option.maximum}`;
  if (lower) return `${noun} ${lower.sign} ${lower.limit}`;
  return option.maximum !== undefined ? `${noun} ≤ ${option.maximum}` : noun;
}

function indent(yaml: string): string {
  return yaml.replace(/\n$/, '').split('\n').map((l) => `    ${l}`).join('\n');
}

export interface RulesPage {
  title: string;
  /** Paragraphs under the title (zh-CN, then en). */
  intro: readonly string[];
  /** The fence language of the examples. */
  examples: string;
}

/** docs/rules.md: the catalogue's rules. */
export const CATALOGUE_RULES_PAGE: RulesPage = {
  title: '# 规则 · Rules',
  intro: [
    '每条规则可在 `powercat.yaml` 的 `rules:` 中设为 `off`、`warn` 或 `error`（或 `{level, options}`），也可用命令行 `--rule ID=LEVEL` 覆盖；单个发现可用 `# powercat-disable-next-line ID -- 理由` 豁免。',
    'Every rule can be set to `off`, `warn` or `error` (or `{level, options}`) under `rules:` in `powercat.yaml`, or with `--rule ID=LEVEL`; a single finding can be accepted with `# powercat-disable-next-line ID -- reason`.',
    '一个错误只报告一次：规则的“让位于”一项列出的规则，在同一文档的同一字段上已有发现时，本规则在那里的发现就是它的后果，并入其中不再单独报告（如部门 id 写错，只报告 owner-unknown，不再对每个事项报告缺少监督电话）。被关闭的规则不会让别的规则让位。',
    'One mistake, one finding: where a rule lists rules it yields to, and one of them has a finding on the same field of the same document, this rule\'s finding there follows from it and is folded into it (a mistyped department id is reported by owner-unknown alone, not again as a missing supervision phone on each power). A rule that is off makes no other rule yield.',
  ],
  examples: 'yaml',
};

/** docs/audit-rules.md: the rules of `powercat audit` (FORMAT §7). */
export const AUDIT_RULES_PAGE: RulesPage = {
  title: '# 电子监察规则 · Audit rules',
  intro: [
    '`powercat audit` 用这些规则检查办件记录（见 [audit.md](audit.md)）。每条规则可在 `powercat.yaml` 的 `rules:` 中设为 `off`、`warn` 或 `error`，也可用命令行 `--rule ID=LEVEL` 覆盖；已知的发现可用 `--baseline` 接受。示例是 JSON Lines，`#` 开头的行是说明。',
    '`powercat audit` holds handling records against the catalogue with these rules (see [audit.md](audit.md)). Every rule can be set to `off`, `warn` or `error` under `rules:` in `powercat.yaml`, or with `--rule ID=LEVEL`; known findings can be accepted with `--baseline`. Examples are JSON Lines; lines starting with `#` explain them.',
  ],
  examples: 'jsonl',
};

/** A rules page, generated from the rules' metadata (a test fails when the file is stale). */
export function rulesMarkdown(rules: readonly Documented[], page: RulesPage = CATALOGUE_RULES_PAGE): string {
  const out = [
    page.title,
    '',
    '<!-- Generated from the rules\' metadata by `npm run docs`; do not edit by hand. -->',
    '',
    ...page.intro,
    '',
    '| rule | default | 说明 |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.defaultSeverity} | ${firstSentence(r.meta.description['zh-CN'])} |`),
    '',
  ];
  const yielding = rules.filter((r) => r.meta.yieldsTo);
  if (yielding.length > 0) {
    out.push('| rule | 让位于 · yields to |', '|---|---|', ...yielding.map((r) => `| \`${r.meta.id}\` | ${r.meta.yieldsTo!.map((id) => `\`${id}\``).join(', ')} |`), '');
  }
  for (const { meta } of rules) {
    out.push(`## ${meta.id}`, '', `Default: **${meta.defaultSeverity}**`, '', meta.description['zh-CN'], '', meta.description.en, '');
    if (meta.yieldsTo) out.push(`${YIELDS['zh-CN'](meta.yieldsTo)}`, '', `${YIELDS.en(meta.yieldsTo)}`, '');
    if (meta.options) {
      out.push('| option | default | 取值 · accepts | 说明 · meaning |', '|---|---|---|---|');
      for (const [name, option] of Object.entries(meta.options)) {
        out.push(`| \`${name}\` | \`${option.default}\` | ${optionRange(option, 'zh-CN')} · ${optionRange(option, 'en')} | ${option.description['zh-CN']} · ${option.description.en} |`);
      }
      out.push('');
    }
    out.push('Messages:', '');
    for (const text of Object.values(meta.messages)) out.push(`- ${text['zh-CN']}`, `  ${text.en}`);
    if (meta.examples.context !== undefined) out.push('', `示例写在 \`${meta.examples.context}\` 这份示例清单中 · The examples are written against the example catalogue \`${meta.examples.context}\`.`);
    out.push('', '错误示例 · Bad:', '', '```' + page.examples, meta.examples.bad.replace(/\n$/, ''), '```', '', '正确示例 · Good:', '', '```' + page.examples, meta.examples.good.replace(/\n$/, ''), '```', '');
  }
  return out.join('\n');
}
