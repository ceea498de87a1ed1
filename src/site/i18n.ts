import type { Words } from '../core/messages.js';

/*
 * English for powercat's own words on the site (navigation, headings, field labels, notices),
 * keyed by the Chinese text of record; the format's enum labels come with their English from
 * src/format/vocabulary.ts. The catalogue's data is never translated.
 * Pages carry the English beside the Chinese (`data-en`, `data-en-<attribute>`), and
 * site-assets/lang.js swaps them when a visitor asks for English.
 */

// `{name}` is filled with a number or another label; English avoids plurals ("Sub-items (3)").
export const EN = {
  // Layout
  '跳到正文': 'Skip to main content',
  '网站导航': 'Site navigation',
  '首页': 'Home',
  '按权力类型': 'By power type',
  '按实施主体': 'By department',
  '已取消事项': 'Abolished powers',
  '开放数据': 'Open data',
  '搜索权力事项': 'Search powers',
  '搜索事项名称、编码或部门': 'Search by name, code or department',
  '搜索': 'Search',
  '事项名称、编码或实施主体': 'Power name, code or department',
  '可输入名称中的词语（如“食品 许可”）或编码的开头几位。': 'Type words from the name, or the first digits of a code.',
  '联系方式': 'Contact',
  '网站标识码': 'Website ID',
  'ICP 备案号': 'ICP licence',
  '公安机关备案号': 'Public security filing',
  '生成日期': 'Generated on',
  '当前位置': 'Breadcrumb',
  // Lists of powers
  '权力编码': 'Code',
  '权力名称': 'Name',
  '权力类型': 'Type',
  '实施主体': 'Department',
  '状态': 'Status',
  '取消日期': 'Abolished on',
  '取消理由': 'Reason for abolition',
  '现行有效': 'In force',
  '暂停实施': 'Suspended',
  '已取消': 'Abolished',
  '不予公开': 'Withheld',
  '未填写': 'Not given',
  '、': ', ',
  '。': '.',
  // Home
  '本清单现行权力事项共 {n} 项': 'Powers in force in this catalogue: {n}',
  '（其中 {n} 项依法不予公开，仅列明编码、名称、类型、实施主体和不予公开的理由与依据）':
    ' ({n} of them withheld by law, with only their code, name, type, department and the reason and basis for withholding listed)',
  '，另有已取消事项 {n} 项': '; abolished powers: {n}',
  '。公开是原则，不公开是例外。': '. Disclosure is the rule; withholding is the exception.',
  '目前没有现行的权力事项。': 'There are no powers in force.',
  '事项数': 'Powers',
  '合计': 'Total',
  '目前没有实施主体。': 'There are no departments.',
  '现行事项': 'In force',
  '已经取消的权力事项单独列出，载明取消日期和取消理由：': 'Abolished powers are listed apart, with the date of and reason for abolition: ',
  '已取消的权力事项（{n} 项）': 'Abolished powers ({n})',
  '本网站公开的全部内容另以机器可读格式提供下载，内容与网页一致，不含不予公开的信息。':
    'Everything this site publishes can also be downloaded in machine-readable formats, with the same content as the pages and nothing that is withheld.',
  'JSON 格式': 'JSON',
  'CSV 格式': 'CSV',
  'Excel（XLSX）格式': 'Excel (XLSX)',
  '：结构化数据，字段与本网站公开的内容一致': ': structured data, with the fields this site publishes',
  '：逗号分隔文本，每个权力事项一行，可用表格软件打开': ': comma-separated text, one power a line, for spreadsheet software',
  '：电子表格': ': spreadsheet',
  '本清单实施上级目录的情况（三级四同）：': 'How this catalogue implements its upstream lists (one item, one name, code, basis and type at every level): ',
  // Upstream coverage
  '同一事项在各级的名称、编码、依据、类型相同（三级四同）。下表是本清单实施每个上级目录的情况。':
    'One item has one name, code, basis and type at every level. The tables show how this catalogue implements each upstream list.',
  '该上级目录暂时无法读取，未作对照。': 'This upstream list cannot be read at the moment, so nothing was compared.',
  // Department
  '基本信息': 'Basic information',
  '名称': 'Name',
  '统一社会信用代码': 'Unified social credit code',
  '实施主体性质': 'Nature of the department',
  '上级机关': 'Parent authority',
  '咨询电话': 'Enquiries',
  '监督电话': 'Complaints',
  '地址': 'Address',
  '权力事项（现行 {n} 项）': 'Powers (in force: {n})',
  '本部门目前没有现行的权力事项。': 'This department has no powers in force.',
  '{type}（{n}）': '{type} ({n})',
  '{type}（{n} 项）': '{type} ({n})',
  '已取消事项（{n} 项）': 'Abolished powers ({n})',
  // Type and abolished lists
  '共 {n} 项现行事项，按权力编码排列。': 'Powers in force: {n}, in code order.',
  '另有 {n} 项已取消，见': 'Abolished: {n}; see ',
  '已取消的权力事项': 'Abolished powers',
  '目前没有已取消的权力事项。': 'No power has been abolished.',
  '以下 {n} 项权力事项已经取消，不再实施，按取消日期由近及远排列。': 'These {n} powers have been abolished and are no longer exercised; the most recently abolished first.',
  // Power
  '本页目录': 'On this page',
  '未说明': 'Not stated',
  '无法定时限': 'No statutory limit',
  '无承诺时限': 'No promised limit',
  '本项不予公开：': 'Withheld: ',
  '不予公开的理由': 'Reason for withholding',
  '不予公开的依据': 'Basis for withholding',
  '本事项不予公开': 'This power is withheld',
  '依照下列理由和依据，本事项仅公开编码、名称、类型和实施主体。':
    'For the reason and on the basis below, only the code, name, type and department of this power are published.',
  '事项状态': 'Status',
  '承办机构': 'Handled by',
  '共同实施部门': 'Exercised jointly with',
  '权力来源': 'Source of the power',
  '来源：': 'From: ',
  '来源依据：': 'Basis: ',
  '法定时限': 'Statutory time limit',
  '承诺时限': 'Promised time limit',
  '收费': 'Fees',
  '不收费': 'Free of charge',
  '收费，共 {n} 项（见“收费标准”）': 'Charged: {n} fee items (see “Fee standards”)',
  '服务对象': 'Who can apply',
  '办理形式': 'How to apply',
  '网上办理': 'Apply online',
  '生效日期': 'In force since',
  '设定和实施依据': 'Legal basis',
  '子项（{n} 项）': 'Sub-items ({n})',
  '子项编码': 'Sub-item code',
  '子项名称': 'Sub-item name',
  '备注': 'Notes',
  '收费项目': 'Fee item',
  '收费标准': 'Fee standards',
  '收费依据': 'Basis for the fee',
  '责任事项': 'Responsibilities',
  '环节': 'Stage',
  '责任事项内容': 'Responsibility',
  '依据': 'Basis',
  '追责情形': 'Accountability',
  '追责依据：': 'Basis: ',
  '裁量基准': 'Discretion standards',
  '廉政风险点': 'Integrity risks',
  '{level}风险': '{level} risk',
  '所在环节：': 'Step: ',
  '风险点': 'Risks',
  '防控措施': 'Controls',
  '责任岗位': 'Responsible post',
  '流程图': 'Flowcharts',
  '本事项已取消': 'This power has been abolished',
  '查看全部已取消事项': 'All abolished powers',
  '本事项暂停实施': 'This power is suspended',
  '本事项目前暂停实施，以下为清单载明的内容。': 'This power is currently suspended; below is what the catalogue records.',
  '部分内容不予公开': 'Some content is withheld',
  '本事项的部分内容依照下列理由和依据不予公开，本页未列出这些内容。':
    'Some content of this power is withheld for the reason and on the basis below, and is not listed on this page.',
  // Power: format version 2 (level, immediate items, handling items, service guide, history)
  '行使层级': 'Level of government',
  '办结时限': 'Time limits',
  '即办件（当场办结）': 'Immediate (handled on the spot)',
  '法定时限：': 'Statutory: ',
  '承诺时限：': 'Promised: ',
  '取代原事项编码': 'Replaces the codes',
  '上级目录事项编码': 'Code in the upstream list',
  '所属目录：': 'List: ',
  '业务办理项（{n} 项）': 'Handling items ({n})',
  '业务办理项编码': 'Handling item code',
  '业务办理项名称': 'Handling item',
  '类型': 'Kind',
  '所属子项': 'Sub-item',
  '办事指南': 'Service guide',
  '受理条件': 'Conditions for acceptance',
  '申请材料': 'Application materials',
  '材料名称': 'Material',
  '形式': 'Form',
  '份数': 'Copies',
  '是否必需': 'Required',
  '必需': 'Required',
  '非必需（容缺）': 'Optional (may be handed in later)',
  '来源': 'Source',
  '说明': 'Notes',
  '样表': 'Sample form',
  '办理须知': 'Where, when and how',
  '办理地点': 'Where to apply',
  '（实施主体地址）': ' (the department’s address)',
  '办理时间': 'Office hours',
  '到现场次数': 'Visits in person',
  '零跑动（不用到现场）': 'None (no visit needed)',
  '到现场 {n} 次': 'Visits in person: {n}',
  '网上办理深度': 'Online service depth',
  '办事指南网址': 'Service guide online',
  '办理结果': 'Result',
  '数量限制': 'Quantity limit',
  '中介服务': 'Intermediary services',
  '依据：': 'Basis: ',
  '特别程序': 'Special procedures',
  '所需时间：': 'Time needed: ',
  '特别程序所需时间不计算在办结时限内。': 'Time taken by special procedures is not counted in the time limits.',
  '调整记录': 'Change history',
  '按时间先后排列，最后一条是最近的调整。': 'Oldest first: the last entry is the latest change.',
  '调整依据：': 'Decided by: ',
  '原事项编码：': 'Earlier codes: ',
  // Flowcharts
  '外部流程图（办理流程）': 'External flowchart (how to apply)',
  '内部流程图（内部运行流程）': 'Internal flowchart (how it is handled inside)',
  '{title}，共 {n} 个环节，文字说明见图下“流程步骤”': '{title}, steps: {n}; described in text below under “Process steps”',
  '流程步骤（文字说明，共 {n} 个环节）': 'Process steps (text description, {n} in all)',
  '流程步骤（共 {n} 个环节）：': 'Process steps ({n} in all):',
  // Changes (FORMAT §5): the changelog page, the feed link, the pages at superseded codes
  '事项调整': 'Changes',
  '事项调整记录': 'Changes to the catalogue',
  '以下为本清单权力事项的调整记录，按日期由近及远排列。': 'Changes to the powers of this catalogue, the most recent first.',
  '目前没有调整记录。': 'No changes have been recorded.',
  '订阅调整记录（Atom）': 'Subscribe to the changes (Atom feed)',
  '调整日期': 'Date',
  '调整类型': 'Change',
  '权力事项': 'Power',
  '调整依据': 'Decided by',
  '原事项编码': 'Earlier codes',
  '事项已调整': 'This item has changed',
  '原权力编码': 'The former code',
  '已不再使用，该事项现为：': 'is no longer in use; the item is now:',
  '（': ' (',
  '）': ') ',
  // Reach and integrity: the elder-friendly mode, the printed QR codes, the signing key
  '长者模式': 'Large text',
  '网站签名公钥指纹': 'Signing key fingerprint',
  '扫码打开本页': 'Scan to open this page',
  '扫码网上办理': 'Scan to apply online',
  '本页网址二维码': 'QR code of this page’s address',
  '网上办理地址二维码': 'QR code of the online application address',
  // The audit report (powercat audit --report): built from the site's pieces, never part of the site.
  '办件电子监察报告': 'Handling records audit report',
  '本报告列出办件人员，仅供内部监督使用，不随公开网站发布。':
    'This report names the staff who handled cases. It is for internal supervision only and is never published with the disclosure site.',
  '判断日期': 'Judged as of',
  '记录文件': 'Records files',
  '案件': 'Cases',
  '已办结': 'Finished',
  '未办结': 'Pending',
  '已判断时限': 'Judged for time',
  '超期': 'Overdue',
  '超期率': 'Overdue rate',
  '问题': 'Findings',
  '清单外行权': 'Power exercised off the list',
  '以下编码不是本清单中的事项，或受理时所属事项已经取消。': 'These codes are not items of the catalogue, or their power was abolished when the case was accepted.',
  '没有清单外的编码。': 'No code off the list.',
  '编码': 'Code',
  '首个案件': 'First case',
  '按规则': 'By rule',
  '规则': 'Rule',
  '级别': 'Severity',
  '错误': 'Error',
  '警告': 'Warning',
  '数量': 'Count',
  '没有发现问题。': 'No findings.',
  '办理用时中位数 / 时限': 'Median handling time / limit',
  '{n} 个工作日': '{n} working days',
  '{n} 天': '{n} days',
  '中位数 {median}，时限 {limit}': 'Median {median}, limit {limit}',
  '中位数 {median}，无时限': 'Median {median}, no limit',
  '一把手决定': 'Decided by the head',
  '问题明细': 'Findings in detail',
  '另有 {n} 条未列出，见命令行报告。': '{n} more not listed here; see the command-line report.',
  '单独打开此图（可放大）': 'Open this chart on its own (to zoom in)',
} as const;

export type UiLabel = keyof typeof EN;

/** A label in both languages, ready for the page: the Chinese shown, the English beside it. */
export type UiText = Words;

type Slots<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Slots<Rest> : never;
/** Catalogue text is never a slot value, so no data can end up inside an English alternative. */
type SlotValue = number | UiText;
export type SlotValues<L extends UiLabel> = [Slots<L>] extends [never] ? [] : [values: Record<Slots<L>, SlotValue>];
/** A label without slots, such as a field name. */
export type PlainLabel = { [L in UiLabel]: [Slots<L>] extends [never] ? L : never }[UiLabel];

/** `ui('子项（{n} 项）', { n: 3 })` → 子项（3 项） / Sub-items (3). */
export function ui<L extends UiLabel>(label: L, ...[values]: SlotValues<L>): UiText {
  const slots: Readonly<Record<string, SlotValue>> = values ?? {};
  const fill = (template: string, lang: keyof UiText) =>
    template.replace(/\{(\w+)\}/g, (_slot, name: string) => {
      const value = slots[name];
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { zh: fill(label, 'zh'), en: fill(EN[label], 'en') };
}

/** Texts as one, e.g. a sentence whose clauses depend on the counts. */
export const concat = (...texts: readonly UiText[]): UiText => ({ zh: texts.map((t) => t.zh).join(''), en: texts.map((t) => t.en).join('') });

/** The attributes lang.js swaps; each is written as `name` (Chinese) beside `data-en-name` (English). */
export const TRANSLATED_ATTRIBUTES = ['aria-label', 'placeholder', 'data-label'] as const;
type TranslatedAttribute = (typeof TRANSLATED_ATTRIBUTES)[number];

/** `{...uiAttr('aria-label', ui('网站导航'))}` → aria-label="网站导航" data-en-aria-label="Site navigation". */
export function uiAttr<A extends TranslatedAttribute>(name: A, text: UiText): Record<A | `data-en-${A}`, string> {
  return { [name]: text.zh, [`data-en-${name}`]: text.en } as Record<A | `data-en-${A}`, string>;
}
