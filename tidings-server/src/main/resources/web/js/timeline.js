// The timeline: events per day (/api/timeline) as stacked bars, split by QuadClass, PLOVER type or
// CAMEO root; dragging across it (a brush) sets the date filter.
import { get } from './api.js';
import { CAMEO_ROOTS, QUAD_CLASSES, colourOf } from './codes.js';

export class Timeline {
  /** @param onRange called with (from, to) days when the reader brushes a range */
  constructor(onRange) {
    this.onRange = onRange;
    this.canvas = document.getElementById('timeline');
    this.brush = document.getElementById('brush');
    this.status = document.getElementById('timeline-status');
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    this.listenForBrush();
  }

  /** Shows the daily counts for filters (URLSearchParams) split by by. */
  async show(filters, by) {
    const params = new URLSearchParams(filters);
    params.set('by', by);
    const answer = await get('/api/timeline', params);
    const days = spanOfDays(filters.get('from') || answer.counts[0]?.day, filters.get('to') || answer.counts.at(-1)?.day);
    const keys = [...new Set(answer.counts.map(c => c.key))].sort();
    const index = new Map(days.map((d, i) => [d, i]));
    const datasets = keys.map(key => ({
      label: labelOf(by, key),
      data: new Array(days.length).fill(0),
      backgroundColor: colourOf(key),
    }));
    let total = 0;
    for (const c of answer.counts) {
      const i = index.get(c.day);
      if (i !== undefined) {
        datasets[keys.indexOf(c.key)].data[i] += c.events;
        total += c.events;
      }
    }
    this.days = days;
    this.chart.data.labels = days;
    this.chart.data.datasets = datasets;
    this.chart.update();
    const peak = Math.max(0, ...days.map((d, i) => datasets.reduce((s, ds) => s + ds.data[i], 0)));
    this.status.dataset.total = String(total);
    this.status.textContent = days.length
      ? `${total} dated events from ${days[0]} to ${days.at(-1)}; busiest day: ${peak}. Drag across the chart to choose dates.`
      : 'No dated events match the filters.';
  }

  listenForBrush() {
    let start = null;
    const dayAt = x => {
      const i = this.chart.scales.x.getValueForPixel(x);
      return this.days[Math.min(this.days.length - 1, Math.max(0, Math.round(i)))];
    };
    const xOf = event => event.clientX - this.canvas.getBoundingClientRect().left;
    this.canvas.addEventListener('pointerdown', event => {
      if (!this.days || !this.days.length) return;
      start = xOf(event);
      this.canvas.setPointerCapture(event.pointerId);
      this.drawBrush(start, start);
    });
    this.canvas.addEventListener('pointermove', event => {
      if (start !== null) this.drawBrush(start, xOf(event));
    });
    this.canvas.addEventListener('pointerup', event => {
      if (start === null) return;
      const end = xOf(event);
      const a = dayAt(Math.min(start, end));
      const b = dayAt(Math.max(start, end));
      start = null;
      this.brush.hidden = true;
      this.onRange(a, b);
    });
  }

  drawBrush(a, b) {
    this.brush.hidden = false;
    this.brush.style.left = Math.min(a, b) + 'px';
    this.brush.style.width = Math.max(2, Math.abs(b - a)) + 'px';
  }
}

function labelOf(by, key) {
  if (by === 'quadclass') return `${key} ${QUAD_CLASSES[key]}`;
  if (by === 'root') return `${key} ${CAMEO_ROOTS[key] || ''}`;
  return key;
}

/** Every day from first to last (yyyy-mm-dd), at most ten years; empty when either is missing. */
function spanOfDays(first, last) {
  if (!first || !last) return [];
  const days = [];
  const d = new Date(first + 'T00:00:00Z');
  const end = new Date(last + 'T00:00:00Z');
  while (d <= end && days.length < 3660) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}
