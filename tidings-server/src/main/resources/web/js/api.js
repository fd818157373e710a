// Calls to the Tidings API; every failure is shown to the reader, never swallowed.

/** GET path?params and its JSON; throws an Error with the API's message on a refusal. */
export async function get(path, params) {
  const query = params && params.toString() ? '?' + params : '';
  const response = await fetch(path + query, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((body && body.message) || `${path} answered ${response.status}`);
  }
  return body;
}

/** Every event matching the filters, following the cursor up to max events. */
export async function allEvents(filters, max) {
  const items = [];
  let after = null;
  do {
    const params = new URLSearchParams(filters);
    params.set('limit', '1000');
    if (after) params.set('after', after);
    const page = await get('/api/events', params);
    items.push(...page.items);
    after = page.nextCursor;
  } while (after && items.length < max);
  return { items: items.slice(0, max), complete: !after };
}

/** Shows a failure in the page's alert line. */
export function showError(error) {
  const line = document.getElementById('error');
  line.textContent = 'Something went wrong: ' + error.message;
  line.hidden = false;
}
