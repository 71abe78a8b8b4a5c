// Regenerates talib-reference.csv: TA-Lib's own SMA(20), EMA(20) and RSI(14) over a deterministic price path.
// Usage (Node.js): npm install talib && npm rebuild talib --foreground-scripts && node generate-talib-reference.js > talib-reference.csv
// The npm package builds the TA-Lib C library from source; its default (classic) compatibility and a zero
// unstable period are what OmniAlpha's indicators follow.
'use strict';
const talib = require('talib');

// A reproducible random walk in cents (Park-Miller LCG), with a flat stretch to exercise "no movement".
function pricePath(count) {
  let seed = 20240611;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const closes = [];
  let price = 100;
  for (let i = 0; i < count; i++) {
    if (i < 150 || i >= 170) price = Math.max(1, price * (1 + (next() - 0.5) * 0.04));
    closes.push(Math.round(price * 100) / 100);
  }
  return closes;
}

function run(name, inReal, period) {
  const r = talib.execute({ name, startIdx: 0, endIdx: inReal.length - 1, inReal, optInTimePeriod: period });
  const column = new Array(inReal.length).fill('');
  r.result.outReal.forEach((v, i) => { column[r.begIndex + i] = String(v); });
  return column;
}

const closes = pricePath(400);
const sma = run('SMA', closes, 20);
const ema = run('EMA', closes, 20);
const rsi = run('RSI', closes, 14);
console.log(`# TA-Lib ${talib.version} (npm talib) reference; empty = not ready`);
console.log('close,sma20,ema20,rsi14');
closes.forEach((c, i) => console.log([c, sma[i], ema[i], rsi[i]].join(',')));
