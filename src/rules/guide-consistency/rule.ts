import { HANDLING_FORM, ONLINE_DEPTH } from '../../format/vocabulary.js';
import { recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'fullyOnlineWithVisits' | 'zeroVisitsAtWindow' | 'onlineDepthHere' | 'handlingHere';

/** The forms of handling that need no visit: 网上办理 (computer, mobile) and 快递申请. */
const REMOTE_FORMS = ['online-pc', 'online-mobile', 'mail'] as const satisfies readonly (keyof typeof HANDLING_FORM)[];
const FULLY_ONLINE = 4 satisfies keyof typeof ONLINE_DEPTH;
const remoteForms = (lang: 'zh' | 'en') => REMOTE_FORMS.map((form) => `${form} ${lang === 'zh' ? HANDLING_FORM[form].zh : `(${HANDLING_FORM[form].en})`}`).join(lang === 'zh' ? '、' : ', ');

export const guideConsistency = defineRule<MessageId>({
  meta: {
    id: 'guide-consistency',
    defaultSeverity: 'warning',
    scope: 'file',
    description: {
      'zh-CN': `办事指南的到现场次数（guide.visits）要与网上办理深度和办理形式相符：全程网办（onlineDepth: ${FULLY_ONLINE}）不应还要到现场；零跑动（visits: 0）而写明的办理形式（handling）中没有 ${remoteForms('zh')} 中的任何一种，也自相矛盾。两种情形都在 visits 处报告。`,
      en: `The visits of a service guide (guide.visits) must agree with its online depth and the forms of handling: a fully online item (onlineDepth: ${FULLY_ONLINE}) needs no visit, and zero visits (visits: 0) contradicts forms of handling (handling) that include none of ${remoteForms('en')}. Both are reported at visits.`,
    },
    messages: {
      fullyOnlineWithVisits: {
        'zh-CN': `「{name}」标为全程网办（onlineDepth: ${FULLY_ONLINE}），却要到现场 {visits} 次（visits）：全程网办不需要到现场；改正其中之一`,
        en: `"{name}" is fully online (onlineDepth: ${FULLY_ONLINE}) but needs {visits} visits (visits): a fully online item needs none; correct one of them`,
      },
      zeroVisitsAtWindow: {
        'zh-CN': `「{name}」标为零跑动（visits: 0），但办理形式（handling）中没有 ${remoteForms('zh')} 中的任何一种，申请人仍须到现场：补上相应的办理形式，或改正到现场次数`,
        en: `"{name}" needs no visit (visits: 0), but its forms of handling (handling) include none of ${remoteForms('en')}, so an applicant still has to come: add the form of handling, or correct the visits`,
      },
      onlineDepthHere: { 'zh-CN': '此处标为全程网办', en: 'marked fully online here' },
      handlingHere: { 'zh-CN': '办理形式在此', en: 'the forms of handling are here' },
    },
    examples: {
      bad: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\nhandling: [window]\nguide:\n  visits: 0\n---\nkind: Power\ncode: "000131002000"\nname: 食品生产许可\n# …\nhandling: [window, online-pc]\nguide:\n  visits: 1\n  onlineDepth: 4\n',
      good: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\nhandling: [window, online-pc]\nguide:\n  visits: 0\n---\nkind: Power\ncode: "000131002000"\nname: 食品生产许可\n# …\nhandling: [window, online-pc]\nguide:\n  visits: 1\n  onlineDepth: 3\n',
    },
  },
  check: ({ model }) => model.powers.flatMap(checkPower),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const guide = recordOf(power.data.guide);
  const visits = guide?.visits;
  if (typeof visits !== 'number') return [];
  const name = textOf(power.data.name) ?? textOf(power.data.code) ?? '';
  const target = valueAt(power, 'guide', 'visits');
  if (visits > 0 && guide!.onlineDepth === FULLY_ONLINE) {
    return [{ messageId: 'fullyOnlineWithVisits', data: { name, visits }, target, related: [{ target: valueAt(power, 'guide', 'onlineDepth'), messageId: 'onlineDepthHere' }] }];
  }
  // Without `handling` the forms are not stated, so there is nothing to contradict.
  const handling = power.data.handling;
  if (visits === 0 && Array.isArray(handling) && !handling.some((form) => (REMOTE_FORMS as readonly unknown[]).includes(form))) {
    return [{ messageId: 'zeroVisitsAtWindow', data: { name }, target, related: [{ target: valueAt(power, 'handling'), messageId: 'handlingHere' }] }];
  }
  return [];
}
