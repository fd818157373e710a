// The Tidings web page: one state in the URL, shared filters, five views.
import { showError } from './api.js';
import { CAMEO_ROOTS, PLOVER_TYPES } from './codes.js';
import { ArticleView } from './article.js';
import { showQuotes, showSearch } from './lists.js';
import { EventMap } from './map.js';
import { Network } from './network.js';
import * as State from './state.js';
import { Timeline } from './timeline.js';

const VIEWS = ['map', 'network', 'quotes', 'search', 'article'];
let state = State.read();

const form = document.getElementById('filters');
const rootSelect = document.getElementById('f-root');
for (const [code, name] of Object.entries(CAMEO_ROOTS)) {
  const o = document.createElement('option');
  o.value = code;
  o.textContent = `${code} ${name}`;
  rootSelect.append(o);
}
const ploverSelect = document.getElementById('f-plover');
for (const type of PLOVER_TYPES) {
  const o = document.createElement('option');
  o.value = type;
  o.textContent = type.toUpperCase();
  ploverSelect.append(o);
}

const openArticle = (article, event) => change({ view: 'article', article, event, quote: undefined }, true);
const openQuote = (article, quote) => change({ view: 'article', article, quote, event: undefined }, true);
const map = new EventMap(openArticle);
const timeline = new Timeline((from, to) => change({ from, to }, true));
const network = new Network(actor => change({ actor, view: 'map' }, true));
const article = new ArticleView();
/** What each view last showed, so that switching tabs does not ask again. */
const shown = {};

/** Merges changes into the state, writes the URL and redraws what changed. */
function change(changes, push) {
  state = { ...state, ...changes };
  for (const k of Object.keys(state)) if (!state[k]) delete state[k];
  State.write(state, push);
  render().catch(showError);
}

function fillForm() {
  for (const key of State.FILTERS) {
    const input = form.elements[key];
    if (input) input.value = state[key] || '';
  }
  document.getElementById('timeline-by').value = state.by || 'quadclass';
  document.getElementById('q-speaker').value = state.speaker || '';
  document.getElementById('q-code').value = state.code || '';
  document.getElementById('s-q').value = state.q || '';
  document.getElementById('s-kind').value = state.kind || '';
  const filters = State.eventFilters(state);
  for (const format of ['csv', 'gdelt', 'parquet']) {
    const p = new URLSearchParams(filters);
    p.set('format', format);
    document.getElementById('x-' + format).href = '/api/export?' + p;
  }
}

async function render() {
  document.getElementById('error').hidden = true;
  fillForm();
  for (const v of VIEWS) {
    const selected = v === state.view;
    document.getElementById('view-' + v).hidden = !selected;
    const tab = document.getElementById('tab-' + v);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  const filters = State.eventFilters(state).toString();
  const key = view => {
    switch (view) {
      case 'map': return filters + '|' + (state.by || 'quadclass');
      case 'network': return filters;
      case 'quotes': return `${state.speaker}|${state.code}|${state.q}`;
      case 'search': return `${state.q}|${state.kind}|${state.from}|${state.to}`;
      default: return `${state.article}|${state.event}|${state.quote}`;
    }
  };
  const view = state.view;
  if (shown[view] === key(view)) {
    if (view === 'map') map.resize();
    if (view === 'network') network.resize();
    return;
  }
  shown[view] = key(view);
  const params = State.eventFilters(state);
  document.body.dataset.loading = view;
  try {
    switch (view) {
      case 'map':
        map.resize();
        await Promise.all([map.show(params), timeline.show(params, state.by || 'quadclass')]);
        break;
      case 'network': await network.show(params); break;
      case 'quotes': await showQuotes(state, openQuote); break;
      case 'search': await showSearch(state, openQuote); break;
      default:
        if (state.article) await article.show(state.article, state.event, state.quote);
    }
  } catch (error) {
    delete shown[view];
    throw error;
  } finally {
    delete document.body.dataset.loading;
    // when the first view was drawn, ms after navigation began (read by the tests, which print it)
    if (!document.body.dataset.firstView) document.body.dataset.firstView = String(Math.round(performance.now()));
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const changes = {};
  for (const key of State.FILTERS) changes[key] = form.elements[key].value.trim();
  if (changes.country) changes.country = changes.country.toUpperCase();
  if (changes.q && state.view !== 'quotes') changes.view = 'search';
  change(changes, true);
});
document.getElementById('f-clear').addEventListener('click', () => {
  const cleared = {};
  for (const key of State.FILTERS) cleared[key] = undefined;
  change(cleared, true);
});
document.getElementById('timeline-by').addEventListener('change', e => change({ by: e.target.value }, true));
document.getElementById('timeline-reset').addEventListener('click', () => change({ from: undefined, to: undefined }, true));
document.getElementById('quotes-form').addEventListener('submit', e => {
  e.preventDefault();
  change({ speaker: document.getElementById('q-speaker').value.trim(),
    code: document.getElementById('q-code').value.trim().toUpperCase() }, true);
});
document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  change({ q: document.getElementById('s-q').value.trim(), kind: document.getElementById('s-kind').value }, true);
});
const tabs = document.getElementById('tabs');
tabs.addEventListener('click', e => {
  const v = e.target.closest('[data-view]')?.dataset.view;
  if (v) change({ view: v }, true);
});
tabs.addEventListener('keydown', e => {
  const i = VIEWS.indexOf(state.view);
  const next = e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + VIEWS.length - 1) % VIEWS.length : -1;
  if (next >= 0) {
    change({ view: VIEWS[next] }, true);
    document.getElementById('tab-' + VIEWS[next]).focus();
  }
});
window.addEventListener('popstate', () => {
  state = State.read();
  render().catch(showError);
});

map.drawBorders().catch(showError);
render().catch(showError);
