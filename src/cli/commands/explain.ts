import { explainRule, listRules, rulesMarkdown } from '../../docs/rule-docs.js';
import { UsageError } from '../../core/errors.js';
import { chooseLang } from '../../core/messages.js';
import { findRule, RULE_IDS, RULES } from '../../rules/index.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { EXIT } from '../exit-codes.js';

export function explainCommand(ruleId: string | undefined, flags: { lang?: string; markdown?: boolean }): number {
  const lang = chooseLang(flags.lang, undefined, process.env);
  if (flags.markdown) {
    process.stdout.write(rulesMarkdown(RULES));
    return EXIT.ok;
  }
  if (ruleId === undefined) {
    process.stdout.write(listRules(RULES, lang));
    return EXIT.ok;
  }
  const rule = findRule(ruleId);
  if (!rule) {
    const suggestion = didYouMean(ruleId, RULE_IDS);
    throw new UsageError({
      'zh-CN': `未知的规则「${ruleId}」${suggestion ? `；是否想写「${suggestion}」？` : ''}（powercat explain 列出全部规则）`,
      en: `unknown rule "${ruleId}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (powercat explain lists them all)`,
    });
  }
  process.stdout.write(explainRule(rule, lang));
  return EXIT.ok;
}
