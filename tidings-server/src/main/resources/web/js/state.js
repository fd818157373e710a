// The page's state, held in the URL's query string so that a view can be shared and reloaded.

/** The filters every view shares; all but q are /api/events parameters. */
export const FILTERS = ['from', 'to', 'country', 'actor', 'root', 'plover', 'confidence', 'quadclass', 'modality', 'q'];
/** What else the URL holds: the view, the timeline's split, the open article and event, the speaker and their code. */
const OTHERS = ['view', 'by', 'article', 'event', 'quote', 'speaker', 'code', 'kind'];

/** The state read from the current URL, as a plain object of strings. */
export function read() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of [...FILTERS, ...OTHERS]) {
    const v = params.get(key);
    if (v) state[key] = v;
  }
  if (!state.view) state.view = 'map';
  return state;
}

/** Writes the state to the URL: a new history entry when push, else in place. */
export function write(state, push) {
  const params = new URLSearchParams();
  for (const key of [...FILTERS, ...OTHERS]) {
    if (state[key]) params.set(key, state[key]);
  }
  const url = location.pathname + (params.toString() ? '?' + params : '');
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

/** The /api/events filters of the state (the text filter is not one), as URLSearchParams. */
export function eventFilters(state) {
  const params = new URLSearchParams();
  for (const key of FILTERS) {
    if (key !== 'q' && state[key]) params.set(key, state[key]);
  }
  return params;
}
