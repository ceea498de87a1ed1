import { describe, expect, it } from 'vitest';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { mapSchemaErrors } from '../src/rules/schema/map-errors.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import {
  SCHEMA_IDS,
  SCHEMA_NAMES,
  buildSchemas,
  schemaFileName,
  type Schema,
  type SchemaName,
} from '../src/schema/index.js';
import { POWER_FIELDS, WITHHOLDABLE_FIELDS } from '../src/format/power-fields.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin);

const schemas = buildSchemas();

function compile(name: SchemaName) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schemas[name]);
}

const validators = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, compile(name)])) as Record<
  SchemaName,
  ReturnType<typeof compile>
>;

function errorsOf(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validators[name];
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

function expectValid(name: SchemaName, data: unknown): void {
  expect(errorsOf(name, data)).toEqual([]);
}

/** Visits every subschema with its JSON pointer and the keyword that holds it. */
function walk(node: unknown, visit: (schema: Schema, pointer: string, via: string) => void, pointer = '', via = ''): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as Schema;
  visit(schema, pointer, via);
  for (const keyword of ['properties', '$defs']) {
    const map = schema[keyword] as Record<string, unknown> | undefined;
    for (const [key, sub] of Object.entries(map ?? {})) walk(sub, visit, `${pointer}/${keyword}/${key}`, keyword);
  }
  for (const keyword of ['items', 'additionalProperties', 'if', 'then', 'else']) {
    walk(schema[keyword], visit, `${pointer}/${keyword}`, keyword);
  }
  const allOf = (schema.allOf as unknown[] | undefined) ?? [];
  allOf.forEach((sub, index) => walk(sub, visit, `${pointer}/allOf/${index}`, 'allOf'));
}

/** "中文 (english)": Chinese before the first parenthesis, English in parentheses at the end. */
const CHINESE_FIRST = /^[^()]*[\u3400-\u9fff][^()]* \(.+\)$/;

// ---------------------------------------------------------------------------------------------
// Samples

const power = {
  kind: 'Power',
  code: '000131001000',
  name: '食品生产许可',
  type: 'licensing',
  department: 'scjgj',
  undertaker: 'scjgj-spk',
  jointWith: ['nyncj'],
  timeLimit: {
    statutory: { value: 20, unit: 'workday', note: '不含现场核查时间' },
    promised: { value: 7, unit: 'workday' },
  },
  source: { kind: 'statutory' },
  basis: [{ level: 'law', title: '《中华人民共和国食品安全法》', article: '第三十五条' }],
  subItems: [{ code: '000131001001', name: '食品生产许可（新办）', timeLimit: { statutory: 'none' } }],
  fees: [],
  serviceObjects: ['enterprise'],
  handling: ['window', 'online-pc'],
  online: { url: 'https://www.sczwfw.gov.cn/' },
  responsibilities: [{ stage: '受理', text: '依法受理或不予受理申请' }],
  accountability: [{ text: '对符合法定条件的申请不予受理的', basis: '《行政许可法》第七十二条' }],
  process: {
    external: { use: 'licensing-external' },
    internal: {
      steps: [
        { id: 'start', name: '窗口受理', type: 'start', actor: 'window', function: 'handle', next: 'review', limit: { value: 1, unit: 'workday' } },
        { id: 'review', name: '科室审查', type: 'decision', actor: 'chief', function: 'review', next: [{ to: 'decide', label: '符合' }, { to: 'end', label: '不符合' }] },
        { id: 'decide', name: '分管领导审批', actor: 'deputy', function: 'decide', next: 'end' },
        { id: 'end', name: '办结', type: 'end' },
      ],
    },
  },
  risks: [{ step: 'review', level: 'high', points: ['降低审查标准'], controls: ['双人审查'], owner: 'chief' }],
  disclosure: { public: true, withhold: ['risks', 'internalProcess'], reason: '内部管理信息', basis: '《政府信息公开条例》第十六条' },
  status: 'active',
  contact: { phone: '0826-1234567', supervisionPhone: '12345' },
  effective: '2024-01-01',
  note: '示例',
};

const department = {
  kind: 'Department',
  id: 'scjgj',
  name: '广安市广安区市场监督管理局',
  uscc: '11511602MB1234567X',
  nature: 'statutory',
  unit: false,
  posts: [
    { id: 'window', name: '窗口受理人员' },
    { id: 'head', name: '局长', head: true },
  ],
  contact: { phone: '0826-1234567', supervisionPhone: '0826-7654321', address: '广安区某路 1 号' },
};

const unit = { kind: 'Department', id: 'scjgj-spk', name: '食品生产科', unit: true, parent: 'scjgj' };

const processTemplate = {
  kind: 'Process',
  id: 'licensing-external',
  name: '行政许可一般程序',
  view: 'external',
  steps: [
    { id: 'apply', name: '申请', type: 'start', actor: '申请人', next: 'accept' },
    { id: 'accept', name: '受理', actor: '窗口', duty: '材料齐全的当场受理', next: 'done' },
    { id: 'done', name: '送达', type: 'end' },
  ],
};

const catalogue = {
  kind: 'Catalogue',
  id: 'guangan-qu',
  name: '广安区人民政府工作部门权责清单',
  formatVersion: 1,
  region: { code: '511602', name: '四川省广安市广安区' },
  level: 4,
  codeProfile: 'national',
  lang: 'zh-CN',
  rules: { 'uscc-case': 'off', 'power-concentration': { level: 'error', options: { share: 0.4 } } },
  allow: { uscc: ['91350203M0001QAY9B'] },
  site: { title: '广安区权责清单', baseUrl: 'https://qd.example.gov.cn/', internalFlowcharts: false, icp: '蜀ICP备00000000号' },
  exclude: ['drafts/**'],
};

const samples: Record<Exclude<SchemaName, 'powercat'>, Record<string, unknown>> = {
  catalogue,
  department,
  power,
  process: processTemplate,
};

// ---------------------------------------------------------------------------------------------

describe('schema files', () => {
  it.each(SCHEMA_NAMES)('%s compiles in ajv strict mode with $schema and a stable $id', (name) => {
    expect(() => compile(name)).not.toThrow();
    expect(schemas[name].$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemas[name].$id).toBe(`https://powercat.dev/schemas/v1/${name}.schema.json`);
    expect(SCHEMA_IDS[name]).toBe(schemas[name].$id);
  });

  it('names files <name>.schema.json', () => {
    expect(schemaFileName('power')).toBe('power.schema.json');
    expect(schemaFileName('powercat')).toBe('powercat.schema.json');
  });

  it.each(SCHEMA_NAMES)('%s is self-contained: every $ref points into its own $defs', (name) => {
    const text = JSON.stringify(schemas[name]);
    const refs = [...text.matchAll(/"\$ref":"([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    const defs = schemas[name].$defs as Record<string, unknown>;
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/\$defs\/[^/]+$/);
      expect(defs).toHaveProperty([ref.slice('#/$defs/'.length)]);
    }
  });

  it.each(SCHEMA_NAMES)('%s carries only the defs it uses, and no oneOf/anyOf', (name) => {
    const text = JSON.stringify(schemas[name]);
    expect(text).not.toMatch(/"(oneOf|anyOf)"/);
    for (const def of Object.keys(schemas[name].$defs as object)) {
      expect(text.includes(`"#/$defs/${def}"`), def).toBe(true);
    }
  });

  it('returns fresh objects on every call', () => {
    const a = buildSchemas();
    (a.power.properties as Record<string, unknown>).code = {};
    expect(buildSchemas().power).toEqual(schemas.power);
  });
});

describe('titles and descriptions', () => {
  it.each(SCHEMA_NAMES)('%s: every property, def and root has a Chinese-first title and a description', (name) => {
    const missing: string[] = [];
    walk(schemas[name], (schema, pointer, via) => {
      // `if` subschemas are conditions, not declarations: they need no title.
      if (pointer.includes('/if')) return;
      if (via !== 'properties' && via !== '$defs' && pointer !== '') return;
      const title = schema.title;
      if (typeof title !== 'string' || !CHINESE_FIRST.test(title)) missing.push(`${pointer} title: ${String(title)}`);
      if (typeof schema.description !== 'string' || schema.description.length === 0) missing.push(`${pointer} description`);
    });
    expect(missing).toEqual([]);
  });

  it.each(SCHEMA_NAMES)('%s: every enum description names each of its values', (name) => {
    const bad: string[] = [];
    walk(schemas[name], (schema, pointer) => {
      if (!Array.isArray(schema.enum) || pointer.includes('/if')) return;
      const description = String(schema.description ?? '');
      for (const value of schema.enum) if (!description.includes(String(value))) bad.push(`${pointer}: ${String(value)}`);
    });
    expect(bad).toEqual([]);
  });

  it('closes every object except the rules map and rule options', () => {
    const open: string[] = [];
    walk(schemas.powercat, (schema, pointer) => {
      if (schema.type === 'object' && schema.additionalProperties !== false) open.push(pointer);
    });
    expect(open.sort()).toEqual([
      '', // the dispatcher: each kind schema it refers to is closed
      '/$defs/Catalogue/properties/rules',
      '/$defs/Catalogue/properties/rules/additionalProperties/else/properties/options',
      '/$defs/processEntry', // if/then/else over two closed objects
    ]);
  });
});

describe('valid documents', () => {
  it.each(Object.entries(samples))('%s sample validates against its schema and the combined one', (name, data) => {
    expectValid(name as SchemaName, data);
    expectValid('powercat', data);
  });

  it('accepts a minimal document of each kind', () => {
    expectValid('power', { kind: 'Power', code: 'X1', name: '某处罚', type: 'penalty', department: 'd' });
    expectValid('department', { kind: 'Department', id: 'd', name: '某局' });
    expectValid('catalogue', { kind: 'Catalogue', id: 'c', name: '某清单' });
    expectValid('process', { kind: 'Process', id: 'p', name: '某流程', view: 'internal', steps: [] });
  });

  it('leaves conditional requirements to rules (abolished without date, high risk without controls, no basis)', () => {
    expectValid('power', {
      kind: 'Power',
      code: 'X1',
      name: '某处罚',
      type: 'penalty',
      department: 'd',
      status: 'abolished',
      risks: [{ step: 's', level: 'high' }],
      disclosure: { public: false },
      process: { internal: { steps: [{ id: 'd1', name: '判断', type: 'decision', next: [] }] } },
    });
  });
});

describe('invalid documents', () => {
  it('reports an unknown key with keyword additionalProperties', () => {
    const errors = errorsOf('power', { ...power, cdoe: 'x' });
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'cdoe' } }),
    );
    const nested = errorsOf('department', { ...department, posts: [{ id: 'a', name: 'b', hed: true }] });
    expect(nested).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/posts/0' }));
  });

  it.each(['licensing', 'payment', 'confirmation', 'public-service'])('requires timeLimit for %s', (type) => {
    const { timeLimit: _omitted, ...rest } = power;
    const errors = errorsOf('power', { ...rest, type });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'timeLimit' } }));
  });

  it('does not require timeLimit for other types', () => {
    const { timeLimit: _omitted, ...rest } = power;
    expectValid('power', { ...rest, type: 'penalty' });
  });

  it('accepts statutory: none and rejects any other text', () => {
    expectValid('power', { ...power, timeLimit: { statutory: 'none', promised: 'none' } });
    const errors = errorsOf('power', { ...power, timeLimit: { statutory: 'nope' } });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'const', instancePath: '/timeLimit/statutory' }));
  });

  it('checks limits: positive value, known unit, no extra keys', () => {
    const at = (statutory: unknown) => errorsOf('power', { ...power, timeLimit: { statutory } });
    expect(at({ value: 0, unit: 'day' })).toContainEqual(expect.objectContaining({ keyword: 'exclusiveMinimum' }));
    expect(at({ value: 5, unit: 'week' })).toContainEqual(expect.objectContaining({ keyword: 'enum', instancePath: '/timeLimit/statutory/unit' }));
    expect(at({ value: 5 })).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'unit' } }));
    expect(at(20)).toContainEqual(expect.objectContaining({ keyword: 'type', instancePath: '/timeLimit/statutory' }));
  });

  it('reports a numeric code with keyword type', () => {
    expect(errorsOf('power', { ...power, code: 131001000 })).toContainEqual(
      expect.objectContaining({ keyword: 'type', instancePath: '/code' }),
    );
    expect(errorsOf('department', { ...department, uscc: 11511602 })).toContainEqual(
      expect.objectContaining({ keyword: 'type', instancePath: '/uscc' }),
    );
  });

  it('checks slugs, dates, URLs and region codes', () => {
    expect(errorsOf('department', { ...department, id: 'Shi_Jian' })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/id' }),
    );
    expect(errorsOf('power', { ...power, effective: '2024-13-01' })).toContainEqual(
      expect.objectContaining({ keyword: 'format', instancePath: '/effective' }),
    );
    expect(errorsOf('power', { ...power, effective: '2024-1-1' })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/effective' }),
    );
    expect(errorsOf('power', { ...power, online: { url: 'ftp://example.org/' } })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/online/url' }),
    );
    expect(errorsOf('catalogue', { ...catalogue, region: { code: '5116', name: 'x' } })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/region/code' }),
    );
    expect(errorsOf('catalogue', { ...catalogue, level: 8 })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/level' }),
    );
    expect(errorsOf('catalogue', { ...catalogue, formatVersion: 3 })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/formatVersion' }),
    );
  });

  it('checks rule settings', () => {
    expectValid('catalogue', { ...catalogue, rules: { anything: 'warn', other: { level: 'off' } } });
    expect(errorsOf('catalogue', { ...catalogue, rules: { x: 'warning' } })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/rules/x' }),
    );
    expect(errorsOf('catalogue', { ...catalogue, rules: { x: { options: {} } } })).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'level' } }),
    );
  });

  it('tells an inline process body from a template reference without oneOf', () => {
    const withProcess = (entry: unknown) => errorsOf('power', { ...power, process: { external: entry } });
    expect(withProcess({ use: 'x', steps: [] })).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'steps' } }),
    );
    expect(withProcess({ view: 'external', steps: [] })).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'view' } }),
    );
    expect(withProcess({})).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'steps' } }));
    expect(withProcess('x')).toContainEqual(expect.objectContaining({ keyword: 'type', instancePath: '/process/external' }));
  });

  it('checks step next: a step id or labelled branches', () => {
    const step = (next: unknown) =>
      errorsOf('process', { ...processTemplate, steps: [{ id: 'a', name: 'A', type: 'decision', next }] });
    expect(step([{ to: 'b' }])).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'label' } }));
    expect(step(3)).toContainEqual(expect.objectContaining({ keyword: 'type', instancePath: '/steps/0/next' }));
    expect(step('b')).toEqual([]);
  });

  it('has exactly the Power fields the disclosure policy names, in its order', () => {
    const properties = (buildSchemas().power as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties)).toEqual(Object.keys(POWER_FIELDS));
  });

  it('accepts withhold field names including internalProcess and rejects others', () => {
    expect(WITHHOLDABLE_FIELDS).toEqual(expect.arrayContaining(['risks', 'discretion', 'internalProcess', 'externalProcess', 'process']));
    expect(WITHHOLDABLE_FIELDS).not.toEqual(expect.arrayContaining(['code']));
    expect(errorsOf('power', { ...power, disclosure: { withhold: ['code'] } })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/disclosure/withhold/0' }),
    );
  });

  it('requires the fields FORMAT marks req', () => {
    const missing = (name: SchemaName, data: unknown) =>
      errorsOf(name, data)
        .filter((e) => e.keyword === 'required')
        .map((e) => (e.params as { missingProperty: string }).missingProperty)
        .sort();
    expect(missing('power', { kind: 'Power' })).toEqual(['code', 'department', 'name', 'type']);
    expect(missing('department', { kind: 'Department' })).toEqual(['id', 'name']);
    expect(missing('catalogue', { kind: 'Catalogue' })).toEqual(['id', 'name']);
    expect(missing('process', { kind: 'Process' })).toEqual(['id', 'name', 'steps', 'view']);
    expect(missing('process', { ...processTemplate, steps: [{}] })).toEqual(['id', 'name']);
  });
});

describe('defaults', () => {
  it('annotates the defaults FORMAT gives', () => {
    const c = schemas.catalogue.properties as Record<string, Schema>;
    expect(c.formatVersion?.default).toBe(1);
    expect(c.codeProfile?.default).toBe('free');
    expect(((c.site?.properties as Record<string, Schema>).internalFlowcharts)?.default).toBe(true);
    expect(((schemas.department.properties as Record<string, Schema>).unit)?.default).toBe(false);
    const p = schemas.power.properties as Record<string, Schema>;
    expect(p.status?.default).toBe('active');
    expect(((p.disclosure?.properties as Record<string, Schema>).public)?.default).toBe(true);
    const step = (schemas.process.$defs as Record<string, Schema>).step;
    expect(((step?.properties as Record<string, Schema>).type)?.default).toBe('task');
  });
});

describe('combined schema', () => {
  it.each(Object.entries(samples))('accepts a %s document', (_name, data) => {
    expectValid('powercat', data);
  });

  it('dispatches on kind: a Power checked as a Power', () => {
    expect(errorsOf('powercat', { ...power, code: 1 })).toContainEqual(
      expect.objectContaining({ keyword: 'type', instancePath: '/code' }),
    );
    expect(errorsOf('powercat', { ...department, code: 'x' })).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'code' } }),
    );
  });

  it('rejects an unknown or missing kind', () => {
    expect(errorsOf('powercat', { ...power, kind: 'Powr' })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/kind' }),
    );
    expect(errorsOf('powercat', { code: 'x' })).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'kind' } }),
    );
  });

  it('each kind schema rejects another kind', () => {
    expect(errorsOf('power', department)).toContainEqual(expect.objectContaining({ keyword: 'const', instancePath: '/kind' }));
  });
});

describe('schema findings', () => {
  it('report a keyword without a message of its own as invalid, in ajv\'s words, at the value', () => {
    const file = { path: '/c/powers/a.yaml', text: 'kind: Power\nname: 食品经营许可\n', documents: [], problems: [] };
    const doc = { file, index: 0, value: { kind: 'Power', name: '食品经营许可' }, kind: 'Power' };
    const error = { keyword: 'maxLength', instancePath: '/name', schemaPath: '#/properties/name/maxLength', params: { limit: 3 }, message: 'must NOT have more than 3 characters' };
    expect(mapSchemaErrors(doc, { errors: [error], schema: {} })).toEqual([
      { messageId: 'invalid', data: { field: 'name', detail: 'must NOT have more than 3 characters' }, target: { doc, pointer: '/name', anchor: 'value' } },
    ]);
  });
});
