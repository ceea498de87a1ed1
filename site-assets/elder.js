// @ts-check
// The elder-friendly mode (长者模式, 适老化): larger text and stronger contrast, from the stylesheet's
// html[data-elder="on"] rules. Loaded in <head> without `defer`, so a visitor who chose it never
// sees the page drawn small first; the button (hidden in the static HTML) is wired once the page
// is parsed. Without JavaScript nothing here runs and the page stays as written.

(() => {
  const STORAGE_KEY = 'powercat:elder';
  const root = document.documentElement;

  /** @returns {boolean} */
  function stored() {
    try {
      return localStorage.getItem(STORAGE_KEY) === 'on';
    } catch {
      return false; // storage blocked: the page as written
    }
  }

  /** @param {boolean} on */
  function store(on) {
    try {
      if (on) localStorage.setItem(STORAGE_KEY, 'on');
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered, but the page still switches.
    }
  }

  /** @param {boolean} on */
  function apply(on) {
    if (on) root.dataset.elder = 'on';
    else delete root.dataset.elder;
  }

  apply(stored());

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('elder-toggle');
    if (!toggle) return;
    const show = () => toggle.setAttribute('aria-pressed', String(root.dataset.elder === 'on'));
    toggle.addEventListener('click', () => {
      const on = root.dataset.elder !== 'on';
      apply(on);
      store(on);
      show();
    });
    show();
    toggle.hidden = false;
  });
})();
