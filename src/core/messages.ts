export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type LocalizedText = Record<Lang, string>;
export type MessageData = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
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
