import { chooseLang, type Lang } from '../core/messages.js';
import { catalogueLangOf } from '../load/catalogue-lang.js';

/** The language of a command's own lines: --lang, else the catalogue's (read again: it may change while watching), else the environment's. */
export function commandLang(dir: string, flag: string | undefined): Lang {
  let catalogueLang: unknown;
  try {
    catalogueLang = catalogueLangOf(dir);
  } catch {
    catalogueLang = undefined; // unreadable: the environment's language then
  }
  return chooseLang(flag, catalogueLang, process.env);
}
