import { AUDIT_RULES_PAGE, explainRule, listRules, rulesMarkdown } from '../../docs/rule-docs.js';
import { UsageError } from '../../core/errors.js';
import { chooseLang } from '../../core/messages.js';
import { AUDIT_RULE_IDS, AUDIT_RULES, findAuditRule } from '../../audit/rules/index.js';
import { findRule, RULE_IDS, RULES } from '../../rules/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { EXIT } from '../exit-codes.js';

const AUDIT_HEADING = { 'zh-CN': '电子监察规则（powercat audit）：', en: 'Audit rules (powercat audit):' } as const;

export function explainCommand(ruleId: string | undefined, flags: { lang?: string; markdown?: boolean; audit?: boolean }): number {
  const lang = chooseLang(flags.lang, undefined, process.env);
  if (flags.markdown) {
    process.stdout.write(flags.audit ? rulesMarkdown(AUDIT_RULES, AUDIT_RULES_PAGE) : rulesMarkdown(RULES));
    return EXIT.ok;
  }
  if (ruleId === undefined) {
    process.stdout.write(`${listRules(RULES, lang)}\n${AUDIT_HEADING[lang]}\n${listRules(AUDIT_RULES, lang)}`);
    return EXIT.ok;
  }
  const rule = findRule(ruleId) ?? findAuditRule(ruleId);
  if (!rule) {
    const suggestion = didYouMean(ruleId, [...RULE_IDS, ...AUDIT_RULE_IDS]);
    throw new UsageError({
      'zh-CN': `未知的规则「${ruleId}」${suggestion ? `；是否想写「${suggestion}」？` : ''}（powercat explain 列出全部规则）`,
      en: `unknown rule "${ruleId}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (powercat explain lists them all)`,
    });
  }
  process.stdout.write(explainRule(rule, lang));
  return EXIT.ok;
}
