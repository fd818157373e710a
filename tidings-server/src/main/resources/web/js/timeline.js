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
        datasets: { bar: { barPercentage: 1, categoryPercentage: 0.9 } },
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
    const first = filters.get('from') || answer.counts[0]?.day;
    const last = filters.get('to') || answer.counts.at(-1)?.day;
    const unit = unitFor(first, last);
    const buckets = bucketsOf(first, last, unit);
    const keys = [...new Set(answer.counts.map(c => c.key))].sort();
    const index = new Map(buckets.map((b, i) => [b, i]));
    const datasets = keys.map(key => ({
      label: labelOf(by, key),
      data: new Array(buckets.length).fill(0),
      backgroundColor: colourOf(key),
    }));
    let total = 0;
    for (const c of answer.counts) {
      const i = index.get(bucketOf(c.day, unit));
      if (i !== undefined) {
        datasets[keys.indexOf(c.key)].data[i] += c.events;
        total += c.events;
      }
    }
    const days = buckets;
    this.days = days;
    this.unit = unit;
    this.chart.data.labels = days;
    this.chart.data.datasets = datasets;
    this.chart.update();
    const peak = Math.max(0, ...days.map((d, i) => datasets.reduce((s, ds) => s + ds.data[i], 0)));
    this.status.dataset.total = String(total);
    this.status.textContent = days.length
      ? `${total} dated events from ${first} to ${last}, per ${unit}${unit === 'day' ? '' : ' (the range is too long to show each day)'};`
        + ` busiest ${unit}: ${peak}. Drag across the chart to choose dates.`
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
      this.onRange(firstDayOf(a), lastDayOf(b));
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

/** Days when the range is at most 400 days, months up to 15 years, else years. */
function unitFor(first, last) {
  if (!first || !last) return 'day';
  const days = (Date.parse(last) - Date.parse(first)) / 86400000;
  return days <= 400 ? 'day' : days <= 15 * 366 ? 'month' : 'year';
}

/** The bucket a day (yyyy-mm-dd) falls in: the day itself, yyyy-mm or yyyy. */
function bucketOf(day, unit) {
  return unit === 'day' ? day : unit === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/** Every bucket from first's to last's, in order; empty when either day is missing. */
function bucketsOf(first, last, unit) {
  if (!first || !last) return [];
  const out = [];
  const d = new Date(first + 'T00:00:00Z');
  if (unit !== 'day') d.setUTCDate(1);
  if (unit === 'year') d.setUTCMonth(0);
  const end = bucketOf(last, unit);
  for (;;) {
    const b = bucketOf(d.toISOString().slice(0, 10), unit);
    if (b > end) break;
    out.push(b);
    if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return out;
}

/** The first day of a bucket. */
function firstDayOf(bucket) {
  return bucket.length === 10 ? bucket : bucket.length === 7 ? bucket + '-01' : bucket + '-01-01';
}

/** The last day of a bucket. */
function lastDayOf(bucket) {
  if (bucket.length === 10) return bucket;
  if (bucket.length === 4) return bucket + '-12-31';
  const [y, m] = bucket.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
