// Regenerates Reference/talib/*.csv: TA-Lib's own output for every function OmniAlpha implements, over a
// deterministic OHLCV path (ohlcv.csv). Each function runs with TA-Lib's defaults and, where listed, variants.
// Usage (Node.js 20): npm install talib && npm install-scripts approve talib && npm rebuild talib
//                     node generate-talib-golden.js        (writes into ./talib/)
// TA-Lib runs with its default (classic) compatibility and zero unstable periods, the settings OmniAlpha follows.
'use strict';
const fs = require('fs');
const path = require('path');
const talib = require('talib');

const BARS = 1200;
const out = path.join(__dirname, 'talib');
fs.mkdirSync(out, { recursive: true });

// Park-Miller LCG: reproducible anywhere, no platform math.
let seed = 20261124;
const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const round2 = x => Math.round(x * 100) / 100;

// A random walk with regime changes, gaps, a flat stretch (no movement) and hand-placed candle shapes so the
// candlestick recognizers have something to find.
function ohlcvPath(count) {
  const o = [], h = [], l = [], c = [], v = [];
  let close = 100;
  for (let i = 0; i < count; i++) {
    const drift = Math.sin(i / 60) * 0.004;
    const gap = next() < 0.05 ? (next() - 0.5) * 0.04 : 0;
    let open = close * (1 + gap + (next() - 0.5) * 0.004);
    let nextClose = open * (1 + drift + (next() - 0.5) * 0.03);
    if (i >= 300 && i < 315) { open = close; nextClose = close; }                        // flat
    if (next() < 0.06) nextClose = open * (1 + (next() - 0.5) * 0.0005);                 // doji-like
    let high = Math.max(open, nextClose) * (1 + next() * 0.015 * (next() < 0.2 ? 3 : 1));
    let low = Math.min(open, nextClose) * (1 - next() * 0.015 * (next() < 0.2 ? 3 : 1));
    if (i >= 300 && i < 310) { high = open; low = open; }
    if (next() < 0.04) { high = Math.max(open, nextClose); }                              // no upper shadow
    if (next() < 0.04) { low = Math.min(open, nextClose); }                               // no lower shadow
    o.push(round2(open)); h.push(round2(Math.max(high, open, nextClose)));
    l.push(round2(Math.min(low, open, nextClose))); c.push(round2(nextClose));
    v.push(Math.round(100000 + next() * 900000));
    close = nextClose;
  }
  return { open: o, high: h, low: l, close: c, volume: v };
}

const data = ohlcvPath(BARS);
const lines = ['open,high,low,close,volume'];
for (let i = 0; i < BARS; i++) lines.push([data.open[i], data.high[i], data.low[i], data.close[i], data.volume[i]].join(','));
fs.writeFileSync(path.join(out, 'ohlcv.csv'), `# ${BARS} deterministic bars (generate-talib-golden.js)\n` + lines.join('\n') + '\n');

// name -> list of variants (option overrides, TA-Lib option names without the optIn prefix, lowercase).
const variants = {
  SMA: [{}, { timeperiod: 5 }], EMA: [{}, { timeperiod: 5 }], WMA: [{}, { timeperiod: 9 }], DEMA: [{}], TEMA: [{}],
  TRIMA: [{}, { timeperiod: 10 }], KAMA: [{}], T3: [{}, { timeperiod: 3, vfactor: 0.5 }], MAMA: [{}, { fastlimit: 0.3, slowlimit: 0.1 }],
  HT_TRENDLINE: [{}], BBANDS: [{}, { timeperiod: 20, nbdevup: 2, nbdevdn: 1.5, matype: 1 }, { matype: 2 }, { matype: 3 }, { matype: 4 }, { matype: 5 }, { matype: 6 }, { matype: 7 }, { matype: 8 }],
  MIDPOINT: [{}], MIDPRICE: [{}], SAR: [{}, { acceleration: 0.01, maximum: 0.1 }], SAREXT: [{}, { startvalue: 0, offsetonreverse: 0.01, accelerationinitlong: 0.01, accelerationlong: 0.01, accelerationmaxlong: 0.1, accelerationinitshort: 0.03, accelerationshort: 0.03, accelerationmaxshort: 0.3 }],
  RSI: [{}, { timeperiod: 5 }], STOCH: [{}, { fastk_period: 14, slowk_period: 3, slowk_matype: 1, slowd_period: 3, slowd_matype: 1 }],
  STOCHF: [{}], STOCHRSI: [{}, { timeperiod: 14, fastk_period: 14, fastd_period: 3, fastd_matype: 1 }],
  MACD: [{}, { fastperiod: 5, slowperiod: 10, signalperiod: 4 }], MACDEXT: [{}, { fastmatype: 1, slowmatype: 1, signalmatype: 1 }], MACDFIX: [{}],
  PPO: [{}, { matype: 1 }], APO: [{}, { matype: 1 }], MOM: [{}], ROC: [{}], ROCP: [{}], ROCR: [{}], ROCR100: [{}],
  CCI: [{}, { timeperiod: 20 }], CMO: [{}], MFI: [{}], WILLR: [{}], ADX: [{}], ADXR: [{}], DX: [{}],
  PLUS_DI: [{}], MINUS_DI: [{}], PLUS_DM: [{}], MINUS_DM: [{}], AROON: [{}], AROONOSC: [{}], BOP: [{}],
  TRIX: [{}], ULTOSC: [{}], OBV: [{}], AD: [{}], ADOSC: [{}], TRANGE: [{}], ATR: [{}, { timeperiod: 5 }], NATR: [{}],
  STDDEV: [{}, { timeperiod: 20, nbdev: 2 }], VAR: [{}], LINEARREG: [{}], LINEARREG_SLOPE: [{}], LINEARREG_INTERCEPT: [{}],
  LINEARREG_ANGLE: [{}], TSF: [{}], CORREL: [{}], BETA: [{}],
  HT_DCPERIOD: [{}], HT_DCPHASE: [{}], HT_PHASOR: [{}], HT_SINE: [{}], HT_TRENDMODE: [{}],
  AVGPRICE: [{}], MEDPRICE: [{}], TYPPRICE: [{}], WCLPRICE: [{}],
};
for (const f of talib.functions) if (f.name.startsWith('CDL')) variants[f.name] = [{}];

const key = v => Object.entries(v).map(([k, x]) => `${k}=${x}`).join(';');
let files = 0;
for (const [name, list] of Object.entries(variants)) {
  const info = talib.explain(name);
  list.forEach((overrides, index) => {
    const args = { name, startIdx: 0, endIdx: BARS - 1 };
    for (const input of info.inputs) {
      if (input.type === 'price') Object.assign(args, { open: data.open, high: data.high, low: data.low, close: data.close, volume: data.volume });
      else if (input.name === 'inReal') args.inReal = data.close;
      else if (input.name === 'inReal0') args.inReal0 = data.high;  // TA-Lib's defaults for two-input functions
      else if (input.name === 'inReal1') args.inReal1 = data.low;
    }
    const options = {};
    for (const opt of info.optInputs) {
      const short = opt.name.replace(/^optIn/, '').toLowerCase();   // TA-Lib's Python names: timeperiod, fastk_period
      let value = opt.defaultValue;
      for (const [k, x] of Object.entries(overrides)) if (k === short) value = x;
      args[opt.name] = value;
      options[short] = value;
    }
    for (const k of Object.keys(overrides)) if (!(k in options)) throw new Error(`${name}: unknown option ${k}`);
    const r = talib.execute(args);
    if (r.error) throw new Error(`${name} ${JSON.stringify(overrides)}: ${r.error}`);
    const outs = info.outputs.map(o => o.name);
    const cols = outs.map(o => {
      const col = new Array(BARS).fill('');
      r.result[o].forEach((x, i) => { col[r.begIndex + i] = String(x); });
      return col;
    });
    // TA-Lib's Python output names: upperband, macdsignal, slowk; a lone real/integer output takes the function's name.
    const header = outs.map(o => {
      const n = o.replace(/^out/, '').replace(/^Real(?=.)/, '').toLowerCase();
      return n === 'real' || n === 'integer' ? name.toLowerCase() : n;
    });
    const body = [header.join(',')];
    for (let i = 0; i < BARS; i++) body.push(cols.map(c => c[i]).join(','));
    const file = `${name}${index === 0 ? '' : '_' + index}.csv`;
    fs.writeFileSync(path.join(out, file),
      `# TA-Lib ${talib.version} ${name} ${key(options)} begIndex=${r.begIndex}\n` + body.join('\n') + '\n');
    files++;
  });
}
console.error(`wrote ${files} files to ${out}`);
