// Names of the codes the page shows, and building blocks shared by the views.

export const QUAD_CLASSES = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

/** QuadClass colours (colour-blind safe, Okabe-Ito); the CSS uses the same. */
export const QUAD_COLOURS = { 1: '#0072b2', 2: '#009e73', 3: '#e69f00', 4: '#d55e00' };

export const CAMEO_ROOTS = {
  '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate', '04': 'consult',
  '05': 'engage in diplomatic cooperation', '06': 'engage in material cooperation', '07': 'provide aid',
  '08': 'yield', '09': 'investigate', '10': 'demand', '11': 'disapprove', '12': 'reject', '13': 'threaten',
  '14': 'protest', '15': 'exhibit force posture', '16': 'reduce relations', '17': 'coerce', '18': 'assault',
  '19': 'fight', '20': 'use unconventional mass violence',
};

/** PLOVER's sixteen event types, as /api/events takes them (plover=protest). */
export const PLOVER_TYPES = ['agree', 'consult', 'support', 'concede', 'cooperate', 'aid', 'retreat', 'request',
  'accuse', 'reject', 'threaten', 'protest', 'sanction', 'mobilize', 'coerce', 'assault'];

/** A colour for any other key (PLOVER type, CAMEO root), stable for a key. */
export function colourOf(key) {
  if (QUAD_COLOURS[key]) return QUAD_COLOURS[key];
  let h = 0;
  for (const c of String(key)) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h}, 60%, 45%)`;
}

/** An element with a class and text. */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** "RUSGOV Vladimir Putin" for an event party, or "?" when there is none. */
export function party(p) {
  if (!p) return '—';
  return p.code ? `${p.name} (${p.code})` : p.name;
}

/**
 * An event card: what happened, who, where, when, how it is reported, the evidence sentence with the
 * trigger marked, and a button opening the article at it.
 */
export function eventCard(item, onOpen) {
  const e = item.event;
  const li = el('li', 'card q' + e.quadClass);
  const head = el('p', 'card-head');
  head.append(el('strong', null, `${e.cameoCode} ${e.ploverType}`), ` · ${QUAD_CLASSES[e.quadClass]} · ${e.modality.toLowerCase()}`);
  li.append(head);
  li.append(el('p', null, `${party(e.source)} → ${party(e.target)}`));
  const where = e.place ? `${e.place.name} (${e.place.precision.toLowerCase()}-level, ${e.place.decidedBy.toLowerCase().replace('_', ' ')})` : 'no place';
  li.append(el('p', 'meta', `${e.day || 'undated'} · ${where} · ${e.mentions} report${e.mentions === 1 ? '' : 's'}`));
  const m = item.mentions[0];
  if (m) {
    const s = el('p', 'evidence');
    const at = m.trigger.begin - m.sentence.begin;
    const end = m.trigger.end - m.sentence.begin;
    s.append(m.sentenceText.slice(0, at), el('mark', 'trigger', m.sentenceText.slice(at, end)), m.sentenceText.slice(end));
    li.append(s);
    const open = el('button', 'open', 'Open the article at this event');
    open.type = 'button';
    open.addEventListener('click', () => onOpen(m.articleId, m.localId));
    li.append(open);
  }
  return li;
}
