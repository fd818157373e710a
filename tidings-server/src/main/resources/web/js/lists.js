// The quotes view (who said what, by speaker and words) and full-text search with highlighted snippets.
import { get } from './api.js';
import { el } from './codes.js';

/** Shows quotes by speaker and words; onOpen(articleId, quoteId) opens one in its article. */
export async function showQuotes(state, onOpen) {
  const params = new URLSearchParams({ limit: '200' });
  if (state.speaker) params.set('speaker', state.speaker);
  if (state.code) params.set('code', state.code);
  if (state.q) params.set('text', state.q.replaceAll('"', ''));
  const page = await get('/api/quotes', params);
  const list = document.getElementById('quotes');
  list.replaceChildren(...page.items.map(q => {
    const li = el('li', 'quote-item');
    li.append(el('strong', null, q.speakerName || 'unknown speaker'));
    if (q.speakerCode) li.append(' ', el('span', 'code', q.speakerCode));
    li.append(': ');
    li.append(el('q', null, q.text));
    const open = el('button', 'open', 'Open in the article');
    open.type = 'button';
    open.addEventListener('click', () => onOpen(q.articleId, q.quoteId));
    li.append(' ', open);
    return li;
  }));
  document.getElementById('quotes-status').textContent =
    `${page.items.length}${page.nextOffset ? '+' : ''} quotes` + (state.speaker ? ` by a speaker named like "${state.speaker}"` : '')
    + (state.code ? ` by a speaker coded ${state.code}…` : '')
    + (state.q ? ` holding "${state.q}"` : '') + '.';
}

/** Runs a full-text search and shows each hit's snippets with the matched words marked. */
export async function showSearch(state, onOpen) {
  const list = document.getElementById('hits');
  const status = document.getElementById('search-status');
  if (!state.q) {
    list.replaceChildren();
    status.textContent = 'Type words, "a phrase", a AND b, secur* in the text filter or here.';
    return;
  }
  const params = new URLSearchParams({ q: state.q, limit: '50' });
  if (state.kind) params.set('kind', state.kind);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const answer = await get('/api/search', params);
  list.replaceChildren(...answer.hits.map(hit => {
    const li = el('li', 'hit');
    const head = el('p', 'card-head');
    head.append(el('strong', null, hit.title || '(no title)'),
      ` · ${hit.kind.toLowerCase()}${hit.speaker ? ' by ' + hit.speaker : ''} · ${hit.source || ''} ${hit.day || ''}`);
    li.append(head);
    for (const s of hit.snippets) li.append(snippet(s));
    const open = el('button', 'open', 'Open the article');
    open.type = 'button';
    open.addEventListener('click', () => onOpen(hit.articleId, hit.quoteId));
    li.append(open);
    return li;
  }));
  status.textContent = `${answer.total} hits for ${state.q}.`;
}

/** A snippet with its matches (article-text offsets) marked. */
function snippet(s) {
  const p = el('p', 'snippet');
  let at = 0;
  for (const m of s.matches) {
    const begin = Math.max(at, m.begin - s.span.begin);
    const end = Math.min(s.text.length, m.end - s.span.begin);
    if (end <= begin) continue;
    p.append(s.text.slice(at, begin), el('mark', null, s.text.slice(begin, end)));
    at = end;
  }
  p.append(s.text.slice(at));
  return p;
}
