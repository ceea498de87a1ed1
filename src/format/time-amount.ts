import type { Words } from '../core/messages.js';
import { TIME_UNIT, type TimeUnit } from './vocabulary.js';

/** `7 个工作日` / `7 working days`: an amount of a time unit as it reads in each language. */
export function timeAmount(value: number, unit: TimeUnit): Words {
  const { count } = TIME_UNIT[unit];
  return { zh: `${value} ${count.zh}`, en: `${value} ${value === 1 ? count.en[0] : count.en[1]}` };
}
