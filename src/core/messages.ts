export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type LocalizedText = Record<Lang, string>;
/** A word of powercat's vocabulary in both languages (an enum value's label, a unit): shown in the message's language. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}
export type MessageValue = string | number | Words;
export type MessageData = Record<string, MessageValue>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, data: MessageData, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    const value = data[name]!;
    return typeof value === 'object' ? (lang === 'en' ? value.en : value.zh) : String(value);
  });
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** `--lang`, else the catalogue's `lang`, else LC_ALL/LANG starting with `en`, else zh-CN (FORMAT §3). */
export function chooseLang(
  flag: string | undefined,
  catalogueLang: unknown,
  env: Record<string, string | undefined>,
): Lang {
  if (flag === 'en' || flag === 'zh-CN') return flag;
  if (catalogueLang === 'en' || catalogueLang === 'zh-CN') return catalogueLang;
  const locale = env.LC_ALL || env.LANG || '';
  return locale.startsWith('en') ? 'en' : 'zh-CN';
}

/** The first sentence of a description (for one-line lists and SARIF's shortDescription). */
export function firstSentence(text: string): string {
  return /^.*?(?:。|\.(?=\s|$))/.exec(text)?.[0] ?? text;
}

/** `1 flowchart`, `2 flowcharts`: an English count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
