// @ts-check
// The English UI toggle. Pages are written in Chinese, with the English of powercat's own labels
// beside them: `data-en` on an element whose whole text is a label, `data-en-<attribute>` beside
// a translated attribute (src/site/i18n.ts). The catalogue's data is never translated, so
// <html lang="zh-CN"> stays and only swapped elements are marked lang="en".

const STORAGE_KEY = 'powercat:ui';
/** i18n.ts TRANSLATED_ATTRIBUTES. */
const ATTRIBUTES = ['aria-label', 'placeholder', 'data-label'];

/** @typedef {'zh' | 'en'} UiLang */

/** @returns {UiLang} */
function storedLang() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh'; // storage blocked (privacy mode, file:// in some browsers): Chinese, as written
  }
}

/** @param {UiLang} lang */
function storeLang(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the page still switches.
  }
}

/** @param {UiLang} lang */
function applyLang(lang) {
  const en = lang === 'en';
  for (const el of document.querySelectorAll('[data-en]')) {
    if (!(el instanceof HTMLElement)) continue;
    el.dataset.zh ??= el.textContent ?? '';
    el.textContent = en ? (el.dataset.en ?? '') : el.dataset.zh;
    if (en) el.lang = 'en';
    else el.removeAttribute('lang');
  }
  for (const name of ATTRIBUTES) {
    for (const el of document.querySelectorAll(`[data-en-${name}]`)) {
      if (!el.hasAttribute(`data-zh-${name}`)) el.setAttribute(`data-zh-${name}`, el.getAttribute(name) ?? '');
      el.setAttribute(name, el.getAttribute(`data-${lang}-${name}`) ?? '');
    }
  }
  document.documentElement.dataset.ui = lang;
  document.dispatchEvent(new Event('powercat:ui-lang'));
}

const toggle = document.getElementById('ui-lang-toggle');
/** The button names the language it switches to, in that language. */
function labelToggle() {
  if (!toggle) return;
  const en = document.documentElement.dataset.ui === 'en';
  toggle.textContent = en ? '中文' : 'English';
  toggle.lang = en ? 'zh-CN' : 'en';
}

// Pages load this script before their own (assets/search.js), which then find data-ui already set.
applyLang(storedLang());
labelToggle();

if (toggle) {
  toggle.addEventListener('click', () => {
    const next = document.documentElement.dataset.ui === 'en' ? 'zh' : 'en';
    applyLang(next);
    labelToggle();
    storeLang(next);
  });
  toggle.hidden = false;
}
