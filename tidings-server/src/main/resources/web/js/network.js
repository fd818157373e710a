// The actor network: actors as nodes, events as directed edges weighted by their count and coloured
// by QuadClass (Cytoscape.js); choosing an actor (on the graph or in the list) filters on it.
import { allEvents } from './api.js';
import { QUAD_CLASSES, QUAD_COLOURS, el } from './codes.js';

/** How many events at most the network is drawn from. */
const MAX_EVENTS = 5000;

export class Network {
  /** @param onActor called with the actor's code (or name when it has none) */
  constructor(onActor) {
    this.onActor = onActor;
    this.status = document.getElementById('network-status');
    this.list = document.getElementById('network-actors');
    this.cy = null;
  }

  async show(filters) {
    const { items, complete } = await allEvents(filters, MAX_EVENTS);
    const nodes = new Map();
    const edges = new Map();
    let drawn = 0;
    for (const { event } of items) {
      if (!event.source) continue;
      drawn++;
      const s = this.node(nodes, event.source);
      if (!event.target) continue; // an actor alone: a node without a tie
      const t = this.node(nodes, event.target);
      const id = `${s.id}>${t.id}>${event.quadClass}`;
      const edge = edges.get(id) || { id, source: s.id, target: t.id, quad: event.quadClass, count: 0 };
      edge.count++;
      edges.set(id, edge);
    }
    this.status.dataset.events = String(drawn);
    this.status.dataset.nodes = String(nodes.size);
    this.status.textContent = `${nodes.size} actors, ${edges.size} ties from ${drawn} events with a source actor`
      + (complete ? '.' : ` (the first ${MAX_EVENTS} events).`) + ' Choose an actor to filter on it.';
    this.draw([...nodes.values()], [...edges.values()]);
    this.list.replaceChildren(...[...nodes.values()].sort((a, b) => b.events - a.events).map(n => {
      const b = el('button', 'chip', `${n.label} · ${n.events}`);
      b.type = 'button';
      b.dataset.actor = n.filter;
      b.addEventListener('click', () => this.onActor(n.filter));
      return wrap(b);
    }));
  }

  node(nodes, p) {
    const id = p.code || p.name;
    const n = nodes.get(id) || { id, label: p.code ? `${p.name} (${p.code})` : p.name, filter: p.code || p.name, events: 0 };
    n.events++;
    nodes.set(id, n);
    return n;
  }

  draw(nodes, edges) {
    const elements = [
      ...nodes.map(n => ({ data: { id: n.id, label: n.label, filter: n.filter, weight: n.events } })),
      ...edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, count: e.count, colour: QUAD_COLOURS[e.quad],
        title: `${e.count} ${QUAD_CLASSES[e.quad]}` } })),
    ];
    if (this.cy) this.cy.destroy();
    this.cy = cytoscape({
      container: document.getElementById('network'),
      elements,
      layout: { name: 'concentric', concentric: node => node.data('weight'), levelWidth: () => 2, minNodeSpacing: 24, animate: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'background-color': '#4a5568',
          width: 'mapData(weight, 1, 20, 14, 44)', height: 'mapData(weight, 1, 20, 14, 44)', 'text-wrap': 'wrap', 'text-max-width': 120 } },
        { selector: 'edge', style: { width: 'mapData(count, 1, 10, 1.5, 8)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
      ],
    });
    this.cy.on('tap', 'node', event => this.onActor(event.target.data('filter')));
  }

  resize() {
    if (this.cy) {
      this.cy.resize();
      this.cy.fit();
    }
  }
}

function wrap(button) {
  const li = document.createElement('li');
  li.append(button);
  return li;
}
