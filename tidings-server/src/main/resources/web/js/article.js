// The article view: the text with every stored annotation highlighted at its span (actors, places,
// times, quotes and their speakers, events' triggers, arguments and evidence sentences), what the
// clean-up left out greyed, the codes behind a highlight on hover or focus, and links from each
// event card to its words and back.
import { allEvents, get } from './api.js';
import { QUAD_CLASSES, el, party } from './codes.js';

export class ArticleView {
  constructor() {
    this.title = document.getElementById('article-title');
    this.meta = document.getElementById('article-meta');
    this.text = document.getElementById('article-text');
    this.events = document.getElementById('article-events');
    this.status = document.getElementById('article-status');
    this.detail = document.getElementById('annotation');
    this.shown = null;
  }

  /** Opens article id; marks event localId (E4) or quote quoteId (Q2) when given. */
  async show(id, localId, quoteId) {
    if (this.shown !== id) {
      const filters = new URLSearchParams({ article: id });
      const [answer, annotations, events] = await Promise.all([
        get(`/api/articles/${encodeURIComponent(id)}`),
        get(`/api/articles/${encodeURIComponent(id)}/annotations`),
        allEvents(filters, 10000),
      ]);
      this.render(answer.article, answer.quotes, annotations, events.items, id);
      this.shown = id;
    }
    if (localId) this.select(localId);
    if (quoteId) this.focusQuote(quoteId);
  }

  render(article, quotes, annotations, items, id) {
    this.title.textContent = article.title || '(no title)';
    this.meta.textContent = [article.source, article.published, article.url].filter(Boolean).join(' · ');
    const spans = [];
    let leftOut = 0;
    for (const a of annotations) {
      if (a.kind === 'SEGMENT') {
        // captions and site residue, which the coding did not read: greyed, with the reason said
        if (a.label === 'caption' || a.label === 'residue') {
          leftOut++;
          spans.push({ ...a.span, kind: 'leftout', left: `${a.span.begin}-${a.span.end}`,
            tip: `left out of the coding: ${a.label} (${a.detail})` });
        }
        continue;
      }
      spans.push({ ...a.span, kind: a.kind.toLowerCase(), tip: `${a.kind.toLowerCase()}: ${a.label} — ${a.detail}` });
    }
    const places = annotations.filter(a => a.kind === 'PLACE');
    for (const q of quotes) {
      spans.push({ ...q.span, kind: 'quote', quote: q.quoteId,
        tip: `${q.kind.toLowerCase()} quote ${q.quoteId}, said by ${q.speakerName || 'an unknown speaker'}${q.cueText ? ` (cue "${q.cueText}")` : ''}` });
      if (q.speaker) spans.push({ ...q.speaker, kind: 'speaker', tip: `speaker of ${q.quoteId}: ${q.speakerName || '?'}` });
    }
    const cards = [];
    for (const item of items) {
      const e = item.event;
      for (const m of item.mentions.filter(x => x.articleId === id)) {
        const tip = `event ${m.localId}: ${e.cameoCode} ${e.ploverType} (${QUAD_CLASSES[e.quadClass]}), ${m.modality.toLowerCase()}; `
          + `${party(e.source)} → ${party(e.target)}; ${e.place ? e.place.name + ' (' + e.place.precision.toLowerCase() + ')' : 'no place'}; `
          + `${e.day || 'undated'}; confidence ${m.confidence.toFixed(2)}`;
        spans.push({ ...m.trigger, kind: 'trigger', event: m.localId, tip });
        spans.push({ ...m.sentence, kind: 'sentence', sentenceOf: m.localId });
        for (const [role, span] of argumentSpans(e, m, places)) {
          spans.push({ ...span, kind: 'argument', arg: role, argOf: m.localId,
            tip: `${role} of event ${m.localId}: ${role === 'source' ? party(e.source) : role === 'target' ? party(e.target)
              : role === 'place' ? e.place.name : e.day || 'undated'}` });
        }
        cards.push({ e, m, tip });
      }
    }
    this.text.replaceChildren(...segments(article.text || '', spans, this));
    cards.sort((a, b) => a.m.trigger.begin - b.m.trigger.begin);
    this.events.replaceChildren(...cards.map(c => this.card(c)));
    const mentions = annotations.filter(a => a.kind !== 'SEGMENT').length;
    this.status.textContent = `${cards.length} events, ${quotes.length} quotes, ${mentions} actor, place and time mentions highlighted;`
      + ` ${leftOut} ${leftOut === 1 ? 'line' : 'lines'} left out of the coding (captions, site residue) greyed.`;
  }

  card({ e, m, tip }) {
    const li = el('li', 'card q' + e.quadClass);
    li.id = 'card-' + m.localId;
    li.dataset.event = m.localId;
    li.append(el('p', 'card-head', `${m.localId} · ${e.cameoCode} ${e.ploverType} · ${m.modality.toLowerCase()}`));
    li.append(el('p', null, `${party(e.source)} → ${party(e.target)}`));
    li.append(el('p', 'meta', `${e.day || 'undated'} · ${e.place ? e.place.name : 'no place'} · "${m.triggerText}"`));
    const go = el('button', null, 'Show in the text');
    go.type = 'button';
    go.title = tip;
    go.addEventListener('click', () => this.select(m.localId, true));
    li.append(go);
    return li;
  }

  /** Marks event localId's trigger and sentence and its card; moves focus to the trigger when asked. */
  select(localId, focus = true) {
    for (const e of this.text.querySelectorAll('.selected')) e.classList.remove('selected');
    for (const e of this.events.querySelectorAll('.selected')) e.classList.remove('selected');
    for (const role of ROLES) {
      for (const e of this.text.querySelectorAll('.arg-' + role)) e.classList.remove('arg-' + role);
      for (const e of this.text.querySelectorAll(`[data-arg-${role}~="${CSS.escape(localId)}"]`)) e.classList.add('arg-' + role);
    }
    const triggers = this.text.querySelectorAll(`[data-event~="${CSS.escape(localId)}"]`);
    for (const e of this.text.querySelectorAll(`[data-sentence~="${CSS.escape(localId)}"]`)) e.classList.add('selected');
    for (const e of triggers) e.classList.add('selected');
    const card = document.getElementById('card-' + localId);
    if (card) card.classList.add('selected');
    if (triggers.length && focus) {
      triggers[0].scrollIntoView({ block: 'center' });
      triggers[0].focus({ preventScroll: true });
    }
  }

  focusQuote(quoteId) {
    const first = this.text.querySelector(`[data-quote~="${CSS.escape(quoteId)}"]`);
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    }
  }

  explain(tips) {
    this.detail.replaceChildren(...tips.map(t => el('p', null, t)));
  }
}

/** The roles of an event's arguments, each marked in the text when its event is selected. */
const ROLES = ['source', 'target', 'place', 'date'];

/**
 * Where a report names its event's arguments: the source's and target's words and the date's time
 * expression as stored with the report; the place's words are the place mention (same GeoNames id)
 * in the report's sentence, when the place was read from that sentence.
 */
function argumentSpans(e, m, places) {
  const out = [];
  if (m.sourceSpan) out.push(['source', m.sourceSpan]);
  if (m.targetSpan) out.push(['target', m.targetSpan]);
  if (e.place && e.place.decidedBy === 'SENTENCE') {
    const p = places.find(a => a.span.begin >= m.sentence.begin && a.span.end <= m.sentence.end
      && a.detail.endsWith(' geonames:' + e.place.geonameId));
    if (p) out.push(['place', p.span]);
  }
  if (m.dateSpan) out.push(['date', m.dateSpan]);
  return out;
}

/**
 * The text cut at every span boundary: each piece is a span element carrying the kinds of every
 * annotation covering it (as classes), its offsets (data-begin, data-end) and the ids of the events
 * and quotes it belongs to.
 */
function segments(text, spans, view) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.begin)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const begin = points[i];
    const end = points[i + 1];
    const covering = spans.filter(s => s.begin <= begin && s.end >= end);
    if (!covering.length) {
      out.push(document.createTextNode(text.slice(begin, end)));
      continue;
    }
    const piece = el('span', covering.map(s => s.kind).join(' '), text.slice(begin, end));
    piece.dataset.begin = String(begin);
    piece.dataset.end = String(end);
    const events = covering.filter(s => s.event).map(s => s.event);
    const sentences = covering.filter(s => s.sentenceOf).map(s => s.sentenceOf);
    const quotes = covering.filter(s => s.quote).map(s => s.quote);
    if (events.length) piece.dataset.event = events.join(' ');
    if (sentences.length) piece.dataset.sentence = sentences.join(' ');
    if (quotes.length) piece.dataset.quote = quotes.join(' ');
    for (const role of ROLES) {
      const of = covering.filter(s => s.arg === role).map(s => s.argOf);
      if (of.length) piece.setAttribute('data-arg-' + role, of.join(' '));
    }
    const left = covering.find(s => s.left);
    if (left) {
      piece.dataset.left = left.left;
      piece.setAttribute('aria-description', left.tip);
    }
    const tips = covering.filter(s => s.tip).map(s => s.tip);
    if (tips.length) {
      piece.tabIndex = 0;
      piece.title = tips.join('\n');
      piece.addEventListener('mouseenter', () => view.explain(tips));
      piece.addEventListener('focus', () => view.explain(tips));
      if (events.length) piece.addEventListener('click', () => view.select(events[0], false));
      if (events.length) piece.addEventListener('keydown', k => { if (k.key === 'Enter') document.getElementById('card-' + events[0])?.querySelector('button')?.focus(); });
    }
    out.push(piece);
  }
  return out;
}
