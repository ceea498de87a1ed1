/*
 * Which column fills what. Fields are named by their FORMAT path (`timeLimit.promised`,
 * `guide.materials`) where the format has one, and by the importer's own names for what a list
 * says about its rows (`subItem`, `group`, `departmentCode`). The headers come from real lists
 * (DOMAIN.md §1, GB/T 39046) and from powercat's own exports (src/site/exports/columns.ts — a test
 * checks that every export column is known here). For each field, its headers in order of
 * preference: when two columns name one field, the earlier header wins.
 */

export const FIELD_HEADERS = {
  serial: ['序号', '编号序号'],
  code: ['实施编码', '权力编码', '事项编码', '项目编码', '职权编码', '基本编码', '事项代码', '权力代码', '编码', '编号'],
  name: ['权力名称', '事项名称', '项目名称', '职权名称', '权力事项名称', '行政权力名称', '权力事项', '职权事项', '名称'],
  type: ['权力类型', '事项类型', '事项类型代码', '职权类别', '职权类型', '权力分类', '权力类别', '事项类别', '类别', '类型'],
  group: ['主项', '主项名称', '主项目'],
  subItem: ['子项', '子项名称', '子项目'],
  subItemCode: ['子项编码', '子项代码'],
  department: ['实施主体', '实施主体名称', '实施机关', '行使主体', '实施部门', '部门', '部门名称', '责任主体', '责任单位'],
  departmentCode: ['实施主体统一社会信用代码', '实施主体代码', '实施主体编码', '统一社会信用代码', '组织机构代码', '信用代码'],
  undertaker: ['承办机构', '承办科室', '承办股室', '承办处室', '责任科室', '责任股室', '内设机构'],
  jointWith: ['共同实施部门', '联办部门', '共同实施主体'],
  source: ['权力来源', '来源'],
  level: ['行使层级', '行使层级代码'],
  region: ['区划代码', '行政区划代码', '区划编码'],
  'basis.setting': ['设定依据'],
  basis: ['实施依据', '法律依据', '法定依据', '职权依据', '行使依据', '法律法规依据', '依据', '设定和实施依据', '设定及实施依据'],
  'timeLimit.statutory': ['法定时限', '法定办结时限', '法定期限', '办理期限', '办理时限', '时限'],
  'timeLimit.statutory.unit': ['法定办结时限单位', '法定时限单位'],
  'timeLimit.promised': ['承诺时限', '承诺办结时限', '承诺期限'],
  'timeLimit.promised.unit': ['承诺办结时限单位', '承诺时限单位'],
  'timeLimit.immediate': ['即办件', '是否即办件', '是否即办'],
  fees: ['收费', '收费依据及标准', '收费标准及依据', '收费依据和标准', '收费(征收)依据和标准', '是否收费', '收费标准', '收费依据'],
  serviceObjects: ['服务对象'],
  handling: ['办理形式'],
  online: ['网上办理地址', '网办地址', '网上办理入口', '在线办理地址', '网上办理'],
  'guide.conditions': ['受理条件', '申请条件', '办理条件'],
  'guide.materials': ['申请材料', '申请材料目录', '材料清单', '所需材料'],
  'guide.place': ['办理地点', '受理地点', '办公地点'],
  'guide.hours': ['办理时间', '受理时间', '办公时间'],
  'guide.url': ['办事指南网址', '办事指南地址'],
  'guide.visits': ['到现场次数', '跑动次数', '到办事现场次数'],
  'guide.onlineDepth': ['网上办理深度', '网办深度'],
  'guide.results': ['办理结果', '审批结果', '结果名称'],
  'guide.quantityLimit': ['数量限制'],
  'guide.intermediaries': ['中介服务'],
  'guide.specialProcedures': ['特别程序', '特殊环节'],
  responsibilities: ['责任事项', '责任事项内容'],
  'responsibilities.basis': ['责任事项依据'],
  accountability: ['追责情形', '问责情形', '追责事项'],
  'accountability.basis': ['追责依据', '问责依据', '追责情形依据'],
  discretion: ['裁量基准', '处罚的行为、种类、幅度', '自由裁量基准', '行政裁量基准', '处罚裁量基准'],
  'contact.phone': ['咨询电话', '咨询方式', '联系电话'],
  'contact.supervisionPhone': ['监督电话', '投诉电话', '监督投诉电话', '监督投诉方式'],
  status: ['状态', '事项状态'],
  abolishedOn: ['取消日期'],
  reason: ['取消理由', '取消原因'],
  effective: ['生效日期', '施行日期'],
  note: ['备注', '说明'],
  handlingItems: ['业务办理项'],
  history: ['调整记录', '动态调整记录'],
  supersedes: ['取代的事项编码'],
  'upstream.code': ['上级目录事项编码'],
  'upstream.list': ['上级目录'],
  'disclosure.public': ['公开情况', '是否公开'],
  'disclosure.withhold': ['不予公开的内容'],
  'disclosure.reason': ['不予公开理由'],
  'disclosure.basis': ['不予公开依据'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type Field = keyof typeof FIELD_HEADERS;
/** What a map file may say of a column: a field, or `ignore` (read it as nothing). */
export type MapTarget = Field | 'ignore';
export const FIELDS = Object.keys(FIELD_HEADERS) as Field[];

export const isField = (value: unknown): value is Field => typeof value === 'string' && Object.hasOwn(FIELD_HEADERS, value);

/**
 * Fields a power reads once (a second column, or a later row of the same item, with other text
 * is reported). Every other field is a list: its columns and rows add up.
 */
export const SINGLE_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'serial', 'code', 'name', 'type', 'group', 'subItem', 'subItemCode', 'department', 'departmentCode', 'undertaker', 'source', 'level', 'region',
  'timeLimit.statutory', 'timeLimit.statutory.unit', 'timeLimit.promised', 'timeLimit.promised.unit', 'timeLimit.immediate', 'fees', 'online',
  'guide.place', 'guide.hours', 'guide.url', 'guide.visits', 'guide.onlineDepth', 'guide.quantityLimit', 'discretion', 'contact.phone',
  'contact.supervisionPhone', 'status', 'abolishedOn', 'reason', 'effective', 'note', 'disclosure.public', 'disclosure.withhold', 'disclosure.reason',
  'disclosure.basis', 'responsibilities.basis', 'accountability.basis', 'upstream.code', 'upstream.list',
]);

/**
 * A header as compared: full/half width folded (NFKC), spaces, line breaks and required-field
 * marks (*) dropped, a trailing colon dropped.
 */
function headerKey(header: string): string {
  return header.normalize('NFKC').replace(/[\s*＊]+/g, '').replace(/[:：]$/, '');
}

const BY_HEADER: ReadonlyMap<string, { field: Field; rank: number }> = new Map(
  (Object.entries(FIELD_HEADERS) as [Field, readonly string[]][]).flatMap(([field, headers]) =>
    headers.map((header, rank) => [headerKey(header), { field, rank }] as const),
  ),
);

/** The field a header names: as written, else without brackets (事项类型（代码）), else without what they hold. */
export function knownHeader(header: string): { field: Field; rank: number } | undefined {
  const key = headerKey(header);
  return BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/[()]/g, '')) ?? BY_HEADER.get(key.replace(/\([^()]*\)/g, ''));
}

export interface ColumnMapping {
  index: number;
  header: string;
  /** Undefined: not read (unknown header, `ignore` in the map file, or another column fills the field). */
  field?: Field;
  /** How the field was chosen, or why the column is not read. */
  how: 'known' | 'map' | 'ignored' | 'unknown' | 'duplicate' | 'empty';
  /** With `duplicate`: the column that fills the field. */
  shadowedBy?: number;
}

/**
 * Maps the header row: the map file first (by header as written, or by its key), then the known
 * headers. A single-valued field filled by two columns takes the better-ranked header (the map
 * file's choice beats every known header), and the other column is reported as not read.
 */
export function mapColumns(headers: readonly string[], map: ReadonlyMap<string, MapTarget>): ColumnMapping[] {
  const columns = headers.map((header, index): ColumnMapping & { rank: number } => {
    if (header.trim() === '') return { index, header, how: 'empty', rank: 0 };
    const chosen = map.get(header.trim()) ?? map.get(headerKey(header));
    if (chosen === 'ignore') return { index, header, how: 'ignored', rank: 0 };
    if (chosen !== undefined) return { index, header, field: chosen, how: 'map', rank: -1 };
    const known = knownHeader(header);
    return known ? { index, header, field: known.field, how: 'known', rank: known.rank } : { index, header, how: 'unknown', rank: 0 };
  });
  for (const column of columns) {
    if (column.field === undefined || !SINGLE_FIELDS.has(column.field)) continue;
    const best = columns.filter((c) => c.field === column.field).sort((a, b) => a.rank - b.rank || a.index - b.index)[0]!;
    if (best !== column) Object.assign(column, { how: 'duplicate', shadowedBy: best.index });
  }
  for (const column of columns) if (column.how === 'duplicate') delete column.field;
  return columns.map(({ rank: _rank, ...column }) => column);
}

/** How many of a row's cells are known headers: the header row is the first row with the most. */
export function knownHeaderCount(cells: readonly string[], map: ReadonlyMap<string, MapTarget>): number {
  return cells.filter((cell) => cell.trim() !== '' && (map.has(cell.trim()) || map.has(headerKey(cell)) || knownHeader(cell) !== undefined)).length;
}
