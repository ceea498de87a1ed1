import type { Words } from '../../core/messages.js';
import { filledText, recordOf } from '../../model/read.js';

/** The nouns a message names a document by, with the fields that identify it (name, then code or id). */
const NOUNS: Readonly<Record<string, { zh: string; en: string; id: 'code' | 'id' }>> = {
  Power: { zh: '权力事项', en: 'power', id: 'code' },
  Department: { zh: '部门', en: 'department', id: 'id' },
  Process: { zh: '流程模板', en: 'process template', id: 'id' },
  Catalogue: { zh: '清单', en: 'catalogue', id: 'id' },
};

/**
 * How a message names a document: 权力事项「食品经营许可」（000131001000）, with as much of its name
 * and code as is written — never an empty 「」 — and just 权力事项 when it has neither.
 */
export function subjectOf(kind: string | undefined, value: unknown): Words {
  const noun = NOUNS[kind ?? ''] ?? { zh: '文档', en: 'document', id: 'id' };
  const record = recordOf(value);
  const name = filledText(record?.name);
  const id = filledText(record?.[noun.id]);
  return {
    zh: `${noun.zh}${name !== undefined ? `「${name}」` : ''}${id !== undefined ? `（${id}）` : ''}`,
    en: `${noun.en}${name !== undefined ? ` "${name}"` : ''}${id !== undefined ? ` (${id})` : ''}`,
  };
}

/** A power as a message names it (see subjectOf). */
export const powerSubject = (data: object): Words => subjectOf('Power', data);
