// One schema body per kind (FORMAT.md §2). Bodies carry no `$schema`/`$id`/`$defs`: index.ts
// wraps each into a self-contained root schema, and embeds all four in the combined schema.

import { POWER_FIELDS, WITHHOLDABLE_FIELDS, withheldLabel } from '../format/power-fields.js';
import {
  CODE_PROFILE,
  DEPARTMENT_NATURE,
  EXERCISE_LEVEL,
  HANDLING_FORM,
  HISTORY_ACTION,
  LANGUAGE,
  MATERIAL_FORM,
  MAX_VISITS,
  ONLINE_DEPTH,
  POWER_STATUS,
  DEPARTMENT_ORDER,
  POWER_TYPE,
  PROCESS_VIEW,
  RESULT_KIND,
  RISK_LEVEL,
  RULE_LEVEL,
  SERVICE_OBJECT,
  SOURCE_KIND,
  TIME_LIMIT_REQUIRED_TYPES,
} from '../format/vocabulary.js';
import { FORMAT_VERSIONS } from '../format/versions.js';
import {
  DEFAULTS,
  bool,
  enumField,
  idRef,
  integerEnumField,
  kindField,
  list,
  nonEmptyText,
  object,
  ref,
  stepsProperty,
  text,
  type Schema,
} from './fields.js';

export const KINDS = ['Catalogue', 'Department', 'Power', 'Process'] as const;
export type Kind = (typeof KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Catalogue (powercat.yaml)

const ruleSetting: Schema = {
  title: '规则设置 (rule setting)',
  description: '规则级别 off / warn / error，或 {level, options}。',
  if: { type: 'string' },
  then: enumField(RULE_LEVEL, '规则级别 (rule level)', '规则的报告级别。'),
  else: object(
    '规则设置 (rule setting)',
    '规则级别与选项。',
    {
      level: enumField(RULE_LEVEL, '规则级别 (level)', '规则的报告级别。'),
      options: {
        type: 'object',
        title: '规则选项 (options)',
        description: '规则自己的选项（如 power-concentration 的比例阈值），由该规则校验。',
      },
    },
    ['level'],
  ),
};

const site = object(
  '公开网站 (site)',
  '权力清单公开网站（disclosure pages）的设置。',
  {
    title: text('网站标题 (title)', '公开网站的标题。'),
    footer: text('页脚 (footer)', '每页页脚文字，如主办单位、版权信息。'),
    contact: text('联系方式 (contact)', '网站联系方式，如联系电话、邮箱。'),
    baseUrl: ref('httpUrl', '网站地址 (base URL)', '网站发布地址（http(s)），用于生成绝对链接。'),
    identifier: text('网站标识码 (site identifier)', '政府网站标识码。'),
    icp: text('ICP 备案号 (ICP licence)', 'ICP 备案号，如“蜀ICP备XXXXXXXX号”。'),
    psb: text('公安机关备案号 (PSB filing)', '公安机关互联网站安全备案号。'),
    internalFlowcharts: bool(
      '公开内部流程图 (publish internal flowcharts)',
      '是否公开内部流程图；false 时网站只发布外部流程图。',
      { default: DEFAULTS.internalFlowcharts },
    ),
    upstreamPage: bool(
      '公开上级目录对照页 (publish the upstream coverage page)',
      '是否在公开网站上发布与上级目录的对照情况（upstream.html）：每个上级目录适用于本级的事项中已实施、不适用、未实施的数目和事项，本清单关联、一致、有差异和本级独有的事项数目；只含公开信息。',
      { default: DEFAULTS.upstreamPage },
    ),
    departmentOrder: enumField(
      DEPARTMENT_ORDER,
      '部门排列顺序 (department order)',
      '网站首页、部门索引和开放数据中部门的排列顺序。',
      { default: DEFAULTS.departmentOrder },
    ),
  },
);

const upstreamList = object(
  '上级目录 (upstream list)',
  '一份上级清单（或通用目录）：清单文件夹，或开放数据 catalogue.json。',
  {
    id: ref('slug', '目录标识 (id)', '上级目录标识；事项的 upstream.list 引用它。'),
    name: nonEmptyText('目录名称 (name)', '上级目录名称，如“某某省政务服务事项基本目录”。'),
    source: nonEmptyText('目录位置 (source)', '上级目录的位置，相对清单根目录：一个清单文件夹，或开放数据文件 catalogue.json。'),
    sha256: {
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      title: '校验值 (sha256)',
      description: '上级目录文件的 SHA-256（64 位小写十六进制）；只用于文件，不用于文件夹。',
    },
    previous: nonEmptyText('上次核对的版本 (previous)', '上次核对时上级目录的位置（文件夹或文件），用于发现上级目录的变化。'),
    notApplicable: list(
      object(
        '不适用事项 (not applicable)',
        '本级不实施的上级事项及理由。',
        {
          code: nonEmptyText('事项编码 (code)', '上级目录中的事项编码。'),
          reason: nonEmptyText('理由 (reason)', '本级不实施的理由，如“本县无港口”。'),
        },
        ['code', 'reason'],
      ),
      '不适用事项 (not applicable)',
      '上级目录中本级不实施的事项。',
    ),
  },
  ['id', 'name', 'source'],
);

const CATALOGUE: Schema = object(
  '权力清单 (catalogue)',
  '清单根目录的 powercat.yaml：整份权力清单（权责清单）的名称、区划、层级、编码规则与检查设置。每份清单恰好一个。',
  {
    kind: kindField('Catalogue', '权力清单'),
    id: ref('slug', '清单标识 (catalogue id)', '清单标识，小写字母、数字与连字符。'),
    name: nonEmptyText('清单名称 (catalogue name)', '清单名称，如“广安区人民政府工作部门权责清单”。'),
    formatVersion: {
      type: 'integer',
      enum: [...FORMAT_VERSIONS],
      default: DEFAULTS.formatVersion,
      title: '格式版本 (format version)',
      description: `本清单遵循的格式约定版本（${FORMAT_VERSIONS.join('、')}），不写为 1；powercat init 写 2。版本 2 的字段不写版本号也可以使用，只有规则 guide-materials 依据这里声明的版本。`,
    },
    region: object(
      '行政区划 (region)',
      '清单所属行政区划 (GB/T 2260)。',
      {
        code: {
          type: 'string',
          pattern: '^(\\d{6}|\\d{12})$',
          title: '区划代码 (region code)',
          description: '6 位行政区划代码 (GB/T 2260)，如 511602；或 12 位统计用区划代码（6 位代码再加 6 位），如 511602001000。写成带引号的字符串。',
        },
        name: nonEmptyText('区划名称 (region name)', '行政区划名称，如“四川省广安市广安区”。'),
      },
      ['code', 'name'],
    ),
    level: integerEnumField(EXERCISE_LEVEL, '行使层级 (exercise level)', '本清单的行使层级 (GB/T 39046 A.2)。'),
    codeProfile: enumField(CODE_PROFILE, '编码规则 (code profile)', '权力编码的校验方式（规则 code-format）。', {
      default: DEFAULTS.codeProfile,
    }),
    codePattern: nonEmptyText(
      '编码正则 (code pattern)',
      'codeProfile 为 pattern 时，权力编码须匹配的正则表达式（JavaScript 语法）。',
    ),
    lang: enumField(LANGUAGE, '语言 (language)', '检查信息与公开网站的默认语言；命令行 --lang 优先。'),
    rules: {
      type: 'object',
      title: '规则设置 (rules)',
      description: '按规则 id 覆盖默认级别：off / warn / error，或 {level, options}。',
      additionalProperties: ruleSetting,
    },
    allow: object('已知例外 (allow)', '已知例外：真实存在但未通过校验的编码。', {
      uscc: list(
        nonEmptyText('统一社会信用代码 (USCC)', '一个例外的统一社会信用代码。'),
        '允许的信用代码 (allowed USCCs)',
        '校验位不正确但真实存在的统一社会信用代码，uscc-invalid 不再报告。',
      ),
    }),
    site,
    exclude: list(
      nonEmptyText('排除路径 (glob)', '一个 glob 路径模式，相对清单根目录，如 drafts/**。'),
      '排除路径 (exclude)',
      '不读取的文件路径模式 (glob)。',
    ),
    upstream: list(upstreamList, '上级目录 (upstream)', '本清单须与之保持一致的上级清单或通用目录（三级四同）。'),
    calendar: object(
      '办公日历 (calendar)',
      '在国家法定节假日与调休安排之外，本地另行放假或补班的日期，供 powercat audit 计算工作日。',
      {
        holidays: list(ref('date', '放假日期 (holiday)', '本地另行放假的日期。'), '本地放假日 (holidays)', '本地另行放假（不计工作日）的日期。', { uniqueItems: true }),
        workdays: list(ref('date', '补班日期 (workday)', '本地另行上班的日期。'), '本地补班日 (workdays)', '本地另行上班（计为工作日）的日期。', { uniqueItems: true }),
      },
    ),
  },
  ['kind', 'id', 'name'],
);

// ---------------------------------------------------------------------------------------------
// Department (实施主体 and its units)

const DEPARTMENT: Schema = object(
  '部门 (department)',
  '实施主体（行政机关、授权组织等）或其内设机构。',
  {
    kind: kindField('Department', '部门'),
    id: ref('slug', '部门标识 (department id)', '部门标识，在所有部门中唯一；事项的 department、undertaker 等引用它。'),
    name: nonEmptyText('部门名称 (department name)', '部门全称，如“广安市广安区市场监督管理局”。'),
    uscc: nonEmptyText(
      '统一社会信用代码 (USCC)',
      '18 位统一社会信用代码 (GB 32100)；写成带引号的字符串。由规则 uscc-invalid / uscc-case 校验。',
    ),
    orgCode: nonEmptyText(
      '组织机构代码 (organisation code)',
      '9 位组织机构代码 (GB 11714)：8 位本体代码加 1 位校验码，校验码前可有连字符；没有统一社会信用代码的机构使用。由规则 orgcode-invalid 校验。',
    ),
    nature: enumField(DEPARTMENT_NATURE, '实施主体性质 (nature)', '实施主体性质 (GB/T 39046)。'),
    unit: bool(
      '内设机构 (internal unit)',
      'true 表示内设机构/科室：可以承办 (undertaker) 事项，不能作为实施主体 (department)。',
      { default: DEFAULTS.unit },
    ),
    parent: idRef('上级部门 (parent)', '内设机构所属的部门（或上级机关）的部门 id。'),
    posts: list(
      object(
        '岗位 (post)',
        '内部流程使用的一个岗位。',
        {
          id: ref('slug', '岗位标识 (post id)', '岗位标识，内部流程环节的 actor 与风险点的 owner 引用它。'),
          name: nonEmptyText('岗位名称 (post name)', '岗位名称，如“窗口受理人员”“分管领导”。'),
          head: bool('主要领导 (head)', 'true 表示主要领导（一把手），供 power-concentration 检查。'),
        },
        ['id', 'name'],
      ),
      '岗位 (posts)',
      '本部门的岗位列表，供内部流程使用。',
    ),
    contact: ref('departmentContact', '联系方式 (contact)', '部门的咨询电话、监督电话与地址。'),
  },
  ['kind', 'id', 'name'],
);

// ---------------------------------------------------------------------------------------------
// Power (one item of the list)

const handlingItems = ref('handlingItems', '业务办理项 (handling items)', '业务办理项（新设、变更、延续、注销……）。');

const guide = object(
  '办事指南 (service guide)',
  '申请人需要知道的办事信息 (GB/T 39046)；各项均可选。',
  {
    conditions: list(nonEmptyText('受理条件 (condition)', '一条受理条件。'), '受理条件 (conditions)', '受理条件列表。'),
    materials: list(
      object(
        '申请材料 (material)',
        '一项申请材料。',
        {
          name: nonEmptyText('材料名称 (name)', '申请材料名称，如“食品经营许可申请书”。'),
          form: enumField(MATERIAL_FORM, '材料形式 (form)', '提交的形式。'),
          copies: { type: 'integer', minimum: 1, title: '份数 (copies)', description: '需要提交的份数，至少 1。' },
          required: bool('是否必需 (required)', 'false 表示容缺或视情形提交的材料；默认必需。', { default: true }),
          source: text('材料来源 (source)', '材料来源，如“申请人自备”“政府部门核发”。'),
          note: text('备注 (note)', '填写说明等。'),
          sample: ref('httpUrl', '样表 (sample)', '空白表格或示范文本的网址（http(s)）。'),
        },
        ['name'],
      ),
      '申请材料 (materials)',
      '申请材料清单；需要办结时限的事项应当填写（规则 guide-materials）。',
    ),
    place: text('办理地点 (place)', '办理地点；不写时为实施主体的地址。'),
    hours: text('办理时间 (hours)', '办理时间，如“工作日 9:00–12:00，13:30–17:00”。'),
    url: ref('httpUrl', '办事指南网址 (guide URL)', '网上办事指南的地址（http(s)）。'),
    visits: {
      type: 'integer',
      minimum: 0,
      maximum: MAX_VISITS,
      title: '到现场次数 (visits)',
      description: `申请人须到办理现场的次数（跑动次数），0–${MAX_VISITS}；0 表示零跑动。`,
    },
    onlineDepth: integerEnumField(ONLINE_DEPTH, '网上办理深度 (online depth)', '网上可以办到哪一步。'),
    results: list(
      object(
        '办理结果 (result)',
        '一项办理结果。',
        { name: nonEmptyText('结果名称 (name)', '办理结果，如“食品经营许可证”。'), kind: enumField(RESULT_KIND, '结果类型 (kind)', '办理结果的类型。') },
        ['name'],
      ),
      '办理结果 (results)',
      '办理结果列表。',
    ),
    quantityLimit: text('数量限制 (quantity limit)', '数量限制，如“无”。'),
    intermediaries: list(
      object('中介服务 (intermediary)', '一项中介服务。', { name: nonEmptyText('中介服务名称 (name)', '中介服务名称。'), basis: text('设定依据 (basis)', '中介服务的设定依据。') }, ['name']),
      '中介服务 (intermediaries)',
      '办理需要的中介服务。',
    ),
    specialProcedures: list(
      object(
        '特别程序 (special procedure)',
        '一项特别程序（听证、检验、专家评审……），其时间不计入办结时限。',
        {
          name: nonEmptyText('程序名称 (name)', '特别程序名称，如“听证”。'),
          limit: ref('limit', '程序时限 (limit)', '特别程序的时限。'),
          note: text('说明 (note)', '特别程序的说明。'),
        },
        ['name'],
      ),
      '特别程序 (special procedures)',
      '特别程序列表；其时间不计入办结时限。',
    ),
  },
);

const historyEntry = object(
  '调整记录 (change)',
  '一次动态调整：日期、类型、依据文件。',
  {
    date: ref('date', '调整日期 (date)', '调整生效的日期。'),
    action: enumField(HISTORY_ACTION, '调整类型 (action)', '调整的类型。'),
    basis: text('调整依据 (basis)', '调整依据：文件名称和文号（规则 history-basis）。'),
    from: list(nonEmptyText('原编码 (code)', '调整前的一个事项编码。'), '原编码 (from)', '合并、拆分、更名、编码调整前的事项编码（规则 history-consistency）。'),
    note: text('说明 (note)', '调整说明。'),
  },
  ['date', 'action'],
);

// Power fields in FORMAT.md order; the disclosure policy (src/format/power-fields.ts) names the
// same fields, so a field without a policy does not compile.
const POWER_PROPERTIES = {
  kind: kindField('Power', '权力事项'),
  code: nonEmptyText(
    '权力编码 (power code)',
    '权力事项编码，全清单唯一（含子项编码）。按 codeProfile 校验；写成带引号的字符串。',
  ),
  name: nonEmptyText('权力名称 (power name)', '权力事项名称。'),
  type: enumField(POWER_TYPE, '权力类型 (power type)', '权力类型 (GB/T 39046 附录 A.1)，括号内为国家类型代码。'),
  department: idRef('实施主体 (department)', '实施主体的部门 id：恰好一个不是内设机构的部门。'),
  level: list(
    integerEnumField(EXERCISE_LEVEL, '行使层级 (level)', '一个行使层级 (GB/T 39046 A.2)。'),
    '行使层级 (level)',
    '本事项的行使层级，与清单的层级不同时填写，如清单标注“（县级行使）”的事项写 [4]。',
    { uniqueItems: true, minItems: 1 },
  ),
  timeLimit: ref(
    'timeLimit',
    '办结时限 (time limit)',
    '法定与承诺办结时限。行政许可、行政给付、行政确认、公共服务事项必须填写。',
  ),
  undertaker: idRef('承办机构 (undertaker)', '承办机构的部门 id：实施主体的内设机构（其 parent 为实施主体）。'),
  jointWith: list(
    idRef('共同实施部门 (joint department)', '一个共同实施部门的部门 id。'),
    '共同实施部门 (joint with)',
    '依法共同行使本权力的部门 id 列表。',
  ),
  source: object(
    '权力来源 (source)',
    '权力来源：法定本级行使、上级下放、授权或委托。',
    {
      kind: enumField(SOURCE_KIND, '来源方式 (source kind)', '权力来源方式 (GB/T 39046)。'),
      from: text('来源机关 (from)', '下放、授权或委托本权力的部门 id 或机关名称。'),
      basis: text('来源依据 (source basis)', '下放、授权或委托的文件依据。'),
    },
    ['kind'],
  ),
  basis: ref('basis', '实施依据 (basis)', '实施依据（设定依据）列表；规则 basis-required 要求至少一条。'),
  subItems: list(
    object(
      '子项 (sub-item)',
      '权力事项的一个子项。',
      {
        code: nonEmptyText(
          '子项编码 (sub-item code)',
          '子项编码，全清单唯一。国家编码规则下与父项前 9 位相同，末 3 位为 001–999（父项以 00Y 结尾）。',
        ),
        name: nonEmptyText('子项名称 (sub-item name)', '子项名称。'),
        basis: ref('basis', '子项依据 (sub-item basis)', '子项自己的实施依据。'),
        timeLimit: ref('timeLimit', '子项时限 (sub-item time limit)', '子项自己的法定与承诺办结时限。'),
        note: text('备注 (note)', '子项备注。'),
        handlingItems,
      },
      ['code', 'name'],
    ),
    '子项 (sub-items)',
    '权力事项的子项列表。',
  ),
  handlingItems,
  fees: list(
    object(
      '收费项目 (fee)',
      '一项收费：名称、标准与依据。',
      {
        name: nonEmptyText('收费名称 (fee name)', '收费项目名称。'),
        standard: nonEmptyText('收费标准 (standard)', '收费标准，如“每件 50 元”。'),
        basis: nonEmptyText('收费依据 (fee basis)', '收费依据文件。'),
      },
      ['name', 'standard', 'basis'],
    ),
    '收费 (fees)',
    '收费项目列表；空列表 [] 表示不收费，不填表示未说明。',
  ),
  serviceObjects: list(
    enumField(SERVICE_OBJECT, '服务对象 (service object)', '一类服务对象 (GB/T 39046 A.4)。'),
    '服务对象 (service objects)',
    '服务对象列表 (GB/T 39046 A.4)。',
    { uniqueItems: true },
  ),
  handling: list(
    enumField(HANDLING_FORM, '办理形式 (handling form)', '一种办理形式 (GB/T 39046 A.5)。'),
    '办理形式 (handling)',
    '办理形式列表 (GB/T 39046 A.5)。',
    { uniqueItems: true },
  ),
  online: object('网上办理 (online)', '网上办理入口。', {
    url: ref('httpUrl', '网办地址 (online URL)', '网上办理入口地址（http(s)）。'),
  }, ['url']),
  guide,
  responsibilities: list(
    object(
      '责任事项 (responsibility)',
      '一个环节的责任事项。',
      {
        stage: nonEmptyText('责任环节 (stage)', '责任环节，自由文字，如“受理”“审查”“决定”“送达”“事后监管”。'),
        text: nonEmptyText('责任内容 (text)', '本环节的责任事项内容。'),
        basis: text('责任依据 (basis)', '责任事项依据。'),
      },
      ['stage', 'text'],
    ),
    '责任事项 (responsibilities)',
    '责任事项列表；规则 responsibility-required 要求至少一条。',
  ),
  accountability: list(
    object(
      '追责情形 (accountability)',
      '一种追责情形及其依据。',
      {
        text: nonEmptyText('追责情形 (text)', '应当追责的情形，如“对符合法定条件的申请不予受理的”。'),
        basis: text('追责依据 (basis)', '追责依据，如“《中华人民共和国行政许可法》第七十二条”。'),
      },
      ['text'],
    ),
    '追责情形 (accountability)',
    '追责情形列表；规则 accountability-required 要求至少一条。',
  ),
  discretion: text(
    '裁量基准 (discretion)',
    '处罚的行为、种类、幅度 / 行政裁量基准。行政处罚缺少时规则 penalty-discretion 提示。',
  ),
  process: object('运行流程 (process)', '外部流程（面向公众）与内部流程（机关内部）。', {
    external: ref('processEntry', '外部流程 (external process)', '外部流程图：内联 {steps} 或 {use: 外部流程模板 id}。'),
    internal: ref('processEntry', '内部流程 (internal process)', '内部流程图：内联 {steps} 或 {use: 内部流程模板 id}；环节 actor 为岗位 id。'),
  }),
  risks: list(
    object(
      '廉政风险点 (risk)',
      '一个流程环节上的廉政风险点。',
      {
        step: nonEmptyText('风险环节 (step)', '风险所在环节的 id，须是本事项某个流程中的环节（规则 risk-controls）。'),
        level: enumField(RISK_LEVEL, '风险等级 (risk level)', '廉政风险等级。'),
        points: list(nonEmptyText('风险点 (point)', '一个风险点描述。'), '风险点 (points)', '风险点描述列表。'),
        controls: list(
          nonEmptyText('防控措施 (control)', '一条防控措施。'),
          '防控措施 (controls)',
          '防控措施列表；高风险必须填写（规则 risk-controls）。',
        ),
        owner: idRef('责任岗位 (owner)', '负责防控的岗位 id。'),
      },
      ['step', 'level'],
    ),
    '廉政风险点 (risks)',
    '廉政风险防控：各环节的风险点、等级、防控措施与责任岗位。',
  ),
  disclosure: object(
    '公开属性 (disclosure)',
    '公开是原则，不公开是例外。不公开整个事项或不公开个别字段，都须写明理由 reason 与依据 basis（规则 disclosure-exception）。',
    {
      public: bool(
        '是否公开 (public)',
        'false 表示整个事项不公开：网站只显示编码、名称、类型、实施主体及不公开的理由与依据。',
        { default: DEFAULTS.public },
      ),
      withhold: list(
        {
          type: 'string',
          enum: [...WITHHOLDABLE_FIELDS],
          title: '不公开字段 (withheld field)',
          description:
            '一个不公开的字段名。process 表示内外流程都不公开；externalProcess / internalProcess 只不公开外部 / 内部流程图。编码、名称、类型、实施主体总是公开。取值：' +
            WITHHOLDABLE_FIELDS.map((field) => `${field} ${withheldLabel(field).zh}`).join('；') +
            '。',
        },
        '不公开字段 (withhold)',
        '单独不公开的字段，如 risks、discretion、internalProcess；网页上注明“本项不予公开”。',
        { uniqueItems: true },
      ),
      reason: text('不公开理由 (reason)', '不公开（整体或部分）的理由。'),
      basis: text('不公开依据 (basis)', '不公开的依据，如《政府信息公开条例》条款。'),
    },
  ),
  status: enumField(POWER_STATUS, '事项状态 (status)', '事项状态。', { default: DEFAULTS.status }),
  abolishedOn: ref('date', '取消日期 (abolished on)', '事项取消日期；状态为 abolished 时必填（规则 status-abolished）。'),
  reason: text('取消理由 (reason)', '事项取消理由；状态为 abolished 时必填（规则 status-abolished）。'),
  contact: ref('powerContact', '联系方式 (contact)', '本事项的咨询电话与监督电话，覆盖部门的设置。'),
  effective: ref('date', '生效日期 (effective)', '事项生效日期。'),
  note: text('备注 (note)', '备注。'),
  history: list(historyEntry, '调整记录 (history)', '本事项列入清单以来的每次调整，按日期先后排列（FORMAT §5）。'),
  supersedes: list(
    nonEmptyText('原事项编码 (code)', '被本事项取代的一个编码。'),
    '取代的编码 (supersedes)',
    '本事项取代的原事项编码（合并、拆分、更名、编码调整）；原编码在公开网站上仍可访问，并指向本事项。',
    { uniqueItems: true },
  ),
  upstream: object(
    '上级目录事项 (upstream item)',
    '本事项实施的上级目录事项（三级四同，FORMAT §6）。',
    {
      code: nonEmptyText('上级事项编码 (code)', '上级目录中该事项的编码。'),
      list: idRef('上级目录 (list)', 'powercat.yaml 中 upstream 的 id；只有一个上级目录时可不写。'),
    },
    ['code'],
  ),
} satisfies Record<keyof typeof POWER_FIELDS, Schema>;

const POWER: Schema = object(
  '权力事项 (power)',
  '权力清单的一个事项（职权）：编码、名称、类型、实施主体、依据、时限、流程、责任与追责等。',
  POWER_PROPERTIES,
  ['kind', 'code', 'name', 'type', 'department'],
  {
    allOf: [
      {
        if: {
          properties: { type: { enum: [...TIME_LIMIT_REQUIRED_TYPES] } },
          required: ['type'],
        },
        // `properties` names timeLimit here too: ajv's strictRequired wants each required key
        // declared beside it (allOf is compiled before the sibling `properties`).
        then: {
          properties: {
            timeLimit: {
              title: '办结时限 (time limit)',
              description: '行政许可、行政给付、行政确认、公共服务事项必须填写办结时限。',
            },
          },
          required: ['timeLimit'],
        },
      },
    ],
  },
);

// ---------------------------------------------------------------------------------------------
// Process (reusable template)

const PROCESS: Schema = object(
  '流程模板 (process template)',
  '可复用的流程模板：外部流程图（面向公众）或内部流程图（机关内部），由事项的 process.external / process.internal 以 {use: id} 引用。',
  {
    kind: kindField('Process', '流程模板'),
    id: ref('slug', '流程标识 (process id)', '流程模板标识，在所有流程模板中唯一。'),
    name: nonEmptyText('流程名称 (process name)', '流程模板名称，如“行政许可一般程序”。'),
    view: enumField(PROCESS_VIEW, '流程视图 (view)', '模板的视图；引用处的键（external / internal）须与之一致。'),
    steps: stepsProperty(),
  },
  ['kind', 'id', 'name', 'view', 'steps'],
);

/** Schema body of each kind (no `$schema`, `$id` or `$defs`). */
export const KIND_SCHEMAS: Readonly<Record<Kind, Schema>> = {
  Catalogue: CATALOGUE,
  Department: DEPARTMENT,
  Power: POWER,
  Process: PROCESS,
};
