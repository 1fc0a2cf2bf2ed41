/**
 * The part of the page script that runs only in the editor's timeline panel: it keeps the scope, the filters
 * and the scroll position with `setState`, brings them back after a new render or a reload, and posts a
 * `reveal` when an entry or a link is clicked and a `scope` when the switch is. It follows PAGE_SCRIPT in the
 * same nonce'd script element, whose filter listeners it drives by dispatching `change`.
 */
import { MESSAGE_TYPES } from './messages';

export const WEBVIEW_SCRIPT = `
(() => {
  'use strict';
  const vscode = acquireVsCodeApi();
  const initial = JSON.parse(document.documentElement.dataset.state);
  const byId = (id) => document.getElementById(id);
  const text = byId('filter-text');
  const actor = byId('filter-actor');
  const publications = byId('filter-documents');

  let touched = false;
  for (const kind of ['wheel', 'keydown', 'pointerdown', 'touchstart']) window.addEventListener(kind, () => (touched = true), { once: true, passive: true });
  const saved = vscode.getState();
  const view = saved && typeof saved.view === 'object' && saved.view;
  if (view) {
    if (typeof view.text === 'string') text.value = view.text;
    if (typeof view.actor === 'string' && Array.from(actor.options).some((option) => option.value === view.actor)) actor.value = view.actor;
    if (typeof view.publications === 'boolean') publications.checked = view.publications;
    actor.dispatchEvent(new Event('change'));
    if (saved.scope === initial.scope && saved.uri === initial.uri && typeof view.scrollY === 'number') scrollBack(view.scrollY, 20);
  }

  // Dates off screen have an estimated height until drawn, and the browser keeps what is on screen in place as
  // they are drawn: scroll back again for a few frames, unless the person starts scrolling first.
  function scrollBack(y, frames) {
    if (touched) return;
    if (Math.abs(window.scrollY - y) > 1) window.scrollTo(0, y);
    if (frames > 0) requestAnimationFrame(() => scrollBack(y, frames - 1));
  }

  const save = () => {
    const state = { scope: initial.scope, view: { text: text.value, actor: actor.value, publications: publications.checked, scrollY: Math.round(window.scrollY) } };
    if (typeof initial.uri === 'string') state.uri = initial.uri;
    vscode.setState(state);
  };
  save();
  text.addEventListener('input', save);
  actor.addEventListener('change', save);
  publications.addEventListener('change', save);
  let scrolled;
  window.addEventListener('scroll', () => {
    clearTimeout(scrolled);
    scrolled = setTimeout(save, 150);
  }, { passive: true });

  const reveal = (place) => vscode.postMessage({ type: ${JSON.stringify(MESSAGE_TYPES.reveal)}, file: place.dataset.file, line: Number(place.dataset.line) });
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const scope = target.closest('button[data-scope]');
    if (scope) {
      if (scope.getAttribute('aria-pressed') !== 'true') vscode.postMessage({ type: ${JSON.stringify(MESSAGE_TYPES.scope)}, scope: scope.dataset.scope });
      return;
    }
    const link = target.closest('a[data-file]');
    if (link) {
      // VS Code's own listener on the window would follow the link; this click is handled here.
      event.preventDefault();
      event.stopPropagation();
      reveal(link);
      return;
    }
    const entry = target.closest('.entry[data-file]');
    if (entry && !target.closest('a, button, input, select, label') && String(window.getSelection()) === '') reveal(entry);
  });
  document.addEventListener('keydown', (event) => {
    const entry = event.target instanceof Element && event.target.matches('.entry[data-file]') ? event.target : null;
    if (entry && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      reveal(entry);
    }
  });
})();
`;
