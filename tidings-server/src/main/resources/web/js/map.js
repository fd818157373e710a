// The map: country borders from the bundled world-atlas TopoJSON, and one marker per grid cell
// counted by the server (/api/grid), coloured by the cell's main QuadClass and sized by its reports.
import { get } from './api.js';
import { QUAD_CLASSES, eventCard, el } from './codes.js';
import { features } from './topojson.js';

/** Below this zoom level the whole world is asked for at once (few cells); from it, the view only. */
const VIEW_ONLY_ZOOM = 4;

export class EventMap {
  /** @param onOpen called with (articleId, localId) when an event card's article is opened */
  constructor(onOpen) {
    this.onOpen = onOpen;
    this.filters = new URLSearchParams();
    this.map = L.map('map', { minZoom: 1, maxZoom: 12, worldCopyJump: false, maxBounds: [[-90, -200], [90, 200]] });
    this.map.attributionControl.addAttribution('Borders: Natural Earth via world-atlas');
    this.map.setView([25, 15], 2);
    this.cells = L.layerGroup().addTo(this.map);
    this.status = document.getElementById('map-status');
    this.cards = document.getElementById('cards');
    this.map.on('moveend', () => {
      if (this.map.getZoom() >= VIEW_ONLY_ZOOM || this.map.getZoom() !== this.shownZoom) this.refresh();
    });
  }

  /** Draws the borders once. */
  async drawBorders() {
    const topology = await get('/vendor/countries-110m.json');
    // Antarctica (ISO 3166 numeric 010) reaches the pole, which a web map cannot draw
    L.geoJSON(features(topology, 'countries').filter(f => f.id !== '010'), {
      style: { color: '#8a8f98', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map);
  }

  /** Shows the events matching filters (URLSearchParams of /api/events filters). */
  async show(filters) {
    this.filters = filters;
    this.cards.replaceChildren(el('p', 'hint', 'Choose a marker to list its events.'));
    await this.refresh();
  }

  async refresh() {
    const zoom = this.map.getZoom();
    const params = new URLSearchParams(this.filters);
    params.set('zoom', String(zoom));
    const whole = zoom < VIEW_ONLY_ZOOM;
    if (!whole) params.set('bbox', bboxOf(this.map.getBounds()));
    const grid = await get('/api/grid', params);
    this.shownZoom = zoom;
    this.cells.clearLayers();
    let placed = 0;
    let areas = 0;
    for (const cell of grid.cells) {
      placed += cell.events;
      if (cell.area) areas += cell.events;
      this.cells.addLayer(this.marker(cell, grid.cellDegrees));
    }
    this.status.dataset.placed = String(placed);
    this.status.dataset.unplaced = String(grid.unplaced);
    this.status.dataset.whole = String(whole);
    const areaNote = areas ? ` (${areas} placed at country or region level only, drawn as dashed rings)` : '';
    this.status.textContent = whole
      ? `${placed + grid.unplaced} events: ${placed} on the map${areaNote}, ${grid.unplaced} without a place.`
      : `${placed} events in this view${areaNote}.`;
  }

  marker(cell, degrees) {
    const main = [1, 2, 3, 4].reduce((best, q) => (cell.byQuadClass[q - 1] > cell.byQuadClass[best - 1] ? q : best), 1);
    const size = Math.min(64, Math.round(20 + 6 * Math.log2(1 + cell.mentions)));
    const level = cell.area ? 'country or region level' : 'place level';
    const parts = [1, 2, 3, 4].filter(q => cell.byQuadClass[q - 1] > 0)
      .map(q => `${cell.byQuadClass[q - 1]} ${QUAD_CLASSES[q]}`).join(', ');
    const title = `${cell.events} event${cell.events === 1 ? '' : 's'} near ${cell.place} (${level}), ${cell.mentions} reports: ${parts}`;
    const icon = L.divIcon({
      className: `cell q${main}${cell.area ? ' area' : ''}`,
      html: String(cell.events),
      iconSize: [size, size],
    });
    const marker = L.marker([cell.lat, cell.lon], { icon, title, alt: title, keyboard: true, riseOnHover: true });
    marker.on('add', () => {
      const e = marker.getElement();
      e.dataset.count = String(cell.events);
      e.dataset.area = String(cell.area);
      e.setAttribute('role', 'button');
      e.setAttribute('aria-label', title);
    });
    const list = () => this.list(cell, degrees, title).catch(error => this.fail(error));
    marker.on('click', list);
    // Leaflet opens only popups on Enter: a focused marker lists its events on Enter or Space
    marker.on('add', () => marker.getElement().addEventListener('keydown', k => {
      if (k.key === 'Enter' || k.key === ' ') {
        k.preventDefault();
        list();
      }
    }));
    return marker;
  }

  /** Lists the events of a cell as cards beside the map. */
  async list(cell, degrees, title) {
    const south = Math.max(-90, cell.row * degrees - 90);
    const west = Math.max(-180, cell.column * degrees - 180);
    const bbox = [south, west, Math.min(90, south + degrees), Math.min(180, west + degrees)].join(',');
    const params = new URLSearchParams(this.filters);
    params.set('bbox', bbox);
    params.set('limit', '50');
    const page = await get('/api/events', params);
    const list = el('ol', 'cards');
    for (const item of page.items) list.append(eventCard(item, this.onOpen));
    const head = el('h2', null, title);
    head.tabIndex = -1;
    this.cards.replaceChildren(head, list);
    if (page.nextCursor) this.cards.append(el('p', 'hint', 'The first 50 are listed; zoom in to see the rest.'));
    head.focus();
  }

  fail(error) {
    this.cards.replaceChildren(el('p', 'error', error.message));
  }

  /** Leaflet needs to measure again after its container was hidden. */
  resize() {
    this.map.invalidateSize();
  }
}

/** south,west,north,east of the map's view, inside the world. */
function bboxOf(bounds) {
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const r = v => Math.round(v * 1e5) / 1e5;
  return [r(clamp(bounds.getSouth(), -90, 90)), r(clamp(bounds.getWest(), -180, 180)),
    r(clamp(bounds.getNorth(), -90, 90)), r(clamp(bounds.getEast(), -180, 180))].join(',');
}
