/**
 * The timeline page's script: filters by actor, text and kind by toggling `hidden` on the server-rendered
 * entries (only where visibility changes), and switches between the light and dark themes. No eval, no
 * inline handlers, no network: it runs under `script-src 'nonce-...'`.
 */
export const PAGE_SCRIPT = `
(() => {
  'use strict';
  const byId = (id) => document.getElementById(id);
  const text = byId('filter-text');
  const actor = byId('filter-actor');
  const publications = byId('filter-documents');
  const counter = byId('filter-count');
  const noMatch = byId('no-match');
  const years = Array.from(document.querySelectorAll('.year'), (year) => ({
    el: year,
    days: Array.from(year.querySelectorAll('.day'), (day) => ({
      el: day,
      entries: Array.from(day.querySelectorAll('.entry'), (entry) => ({
        el: entry,
        text: (day.querySelector('.date').textContent + ' ' + entry.textContent).toLowerCase(),
        actors: entry.dataset.actors.split(' '),
        publication: entry.dataset.kind === 'document',
      })),
    })),
  }));
  const total = years.reduce((sum, year) => sum + year.days.reduce((n, day) => n + day.entries.length, 0), 0);
  const show = (el, visible) => {
    if (el.hidden === visible) el.hidden = !visible;
  };
  const count = (n) => n.toLocaleString('en-US') + (n === 1 ? ' entry' : ' entries');

  function apply() {
    const terms = text.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const who = actor.value;
    const withPublications = publications.checked;
    let shown = 0;
    for (const year of years) {
      let yearShown = false;
      for (const day of year.days) {
        let dayShown = false;
        for (const entry of day.entries) {
          const visible = (withPublications || !entry.publication) && (!who || entry.actors.includes(who)) && terms.every((term) => entry.text.includes(term));
          show(entry.el, visible);
          if (visible) shown++;
          dayShown = dayShown || visible;
        }
        show(day.el, dayShown);
        yearShown = yearShown || dayShown;
      }
      show(year.el, yearShown);
    }
    counter.textContent = shown === total ? count(total) : shown.toLocaleString('en-US') + ' of ' + count(total);
    noMatch.hidden = shown > 0;
  }

  let pending;
  text.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(apply, 120);
  });
  actor.addEventListener('change', apply);
  publications.addEventListener('change', apply);
  apply();

  const toggle = byId('theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', () => {
      const root = document.documentElement;
      const dark = root.dataset.theme !== 'dark';
      root.dataset.theme = dark ? 'dark' : 'light';
      toggle.textContent = dark ? 'Light theme' : 'Dark theme';
    });
  }
})();
`;
