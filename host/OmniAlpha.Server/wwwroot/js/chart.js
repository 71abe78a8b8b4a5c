// A small SVG line chart of equity curves (no chart library): one polyline per strategy, min/max and time labels.
// One strategy is drawn in money; several are drawn as % change from each one's first sample, so a 25,000 account
// and a 100,000 account share an axis without both looking flat.

import { money, utcTime } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 240;
const PAD = { left: 86, right: 12, top: 12, bottom: 26 };
const SERIES_CLASSES = 6; // .series-0 ... .series-5 in dashboard.css

function svgEl(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Draws `series` ([{ strategyId, points: [{ timeUtc, equity }] }], equity as exact decimal text) into `svg`, and the
 * legend into `legend`. Values are plotted as numbers: pixels do not need exact cents, the labels use the exact text.
 */
export function renderEquityChart(svg, legend, series) {
  const plotted = series
    .map((s, index) => ({
      id: s.strategyId,
      index,
      points: s.points
        .map((p) => ({ t: Date.parse(p.timeUtc), v: Number(p.equity), text: p.equity }))
        .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.v)),
    }))
    .filter((s) => s.points.length > 0);
  const relative = plotted.length > 1;
  if (relative) {
    for (const s of plotted) {
      const base = s.points[0].v;
      for (const p of s.points) {
        p.v = base === 0 ? 0 : ((p.v - base) / Math.abs(base)) * 100;
        p.text = null;
      }
    }
  }
  const label = (p) => (p.text === null ? `${p.v >= 0 ? '+' : ''}${p.v.toFixed(2)} %` : money(p.text));

  svg.replaceChildren();
  legend.replaceChildren();
  if (plotted.length === 0) {
    svg.append(svgEl('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'chart-empty', 'text-anchor': 'middle', 'data-testid': 'equity-empty' },
      'No equity samples yet'));
    return;
  }

  const all = plotted.flatMap((s) => s.points);
  let tMin = Math.min(...all.map((p) => p.t));
  let tMax = Math.max(...all.map((p) => p.t));
  let vMin = Math.min(...all.map((p) => p.v));
  let vMax = Math.max(...all.map((p) => p.v));
  const minLabel = label(all.find((p) => p.v === vMin));
  const maxLabel = label(all.find((p) => p.v === vMax));
  if (tMax === tMin) { tMin -= 1; tMax += 1; }
  if (vMax === vMin) { vMin -= 1; vMax += 1; }
  const x = (t) => PAD.left + ((t - tMin) / (tMax - tMin)) * (WIDTH - PAD.left - PAD.right);
  const y = (v) => HEIGHT - PAD.bottom - ((v - vMin) / (vMax - vMin)) * (HEIGHT - PAD.top - PAD.bottom);

  svg.append(
    svgEl('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: HEIGHT - PAD.bottom, class: 'axis' }),
    svgEl('line', { x1: PAD.left, y1: HEIGHT - PAD.bottom, x2: WIDTH - PAD.right, y2: HEIGHT - PAD.bottom, class: 'axis' }),
    svgEl('text', { x: PAD.left - 6, y: PAD.top + 10, class: 'axis-label', 'text-anchor': 'end', 'data-testid': 'equity-max' }, maxLabel),
    svgEl('text', { x: PAD.left - 6, y: HEIGHT - PAD.bottom, class: 'axis-label', 'text-anchor': 'end', 'data-testid': 'equity-min' }, minLabel),
    svgEl('text', { x: PAD.left, y: HEIGHT - 8, class: 'axis-label' }, utcTime(new Date(tMin).toISOString())),
    svgEl('text', { x: WIDTH - PAD.right, y: HEIGHT - 8, class: 'axis-label', 'text-anchor': 'end' }, utcTime(new Date(tMax).toISOString())),
  );

  for (const s of plotted) {
    const cls = `series series-${s.index % SERIES_CLASSES}`;
    const attributes = { class: cls, 'data-testid': 'equity-series', 'data-strategy': s.id, 'data-points': s.points.length };
    if (s.points.length === 1) {
      svg.append(svgEl('circle', { ...attributes, cx: x(s.points[0].t), cy: y(s.points[0].v), r: 3 }));
    } else {
      const points = s.points.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
      svg.append(svgEl('polyline', { ...attributes, points }));
    }
    const swatch = document.createElement('span');
    swatch.className = `swatch series-${s.index % SERIES_CLASSES}`;
    const item = document.createElement('span');
    item.className = 'legend-item';
    item.dataset.testid = 'equity-legend-item';
    item.append(swatch, s.id);
    legend.append(item);
  }
}
