// Regenerates Reference/talib-edge/*.csv: TA-Lib's output for the momentum and volume functions over a deliberately
// awkward path (edge-ohlcv.csv): whole-number prices with many ties (AROON's most-recent-extreme rule), bars with
// high = low and flat stretches (zero ranges in STOCH, WILLR, CCI, DX, BOP), zero and tiny volumes (MFI's "< 1" rule,
// OBV, AD), and parameter variants TA-Lib treats specially (period 1, slow < fast, unsorted ULTOSC periods).
// Not generated: TRIX with period 1 and MACD with signal period 1, where TA-Lib 1.1.6 returns misaligned or
// uninitialised values (OmniAlpha gives ROC(1) of the input and signal = macd; see the indicators' docs).
// Usage (Node.js 20, with the npm `talib` package installed as for generate-talib-golden.js):
//   node generate-talib-edge.js        (writes into ./talib-edge/)
'use strict';
const fs = require('fs');
const path = require('path');
const talib = require(process.env.TALIB_MODULE || 'talib');

const BARS = 400;
const out = path.join(__dirname, 'talib-edge');
fs.mkdirSync(out, { recursive: true });

let seed = 4242;
const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = n => Math.floor(next() * n);

function edgePath(count) {
  const o = [], h = [], l = [], c = [], v = [];
  let close = 20;
  for (let i = 0; i < count; i++) {
    let open = close + pick(3) - 1;
    let nextClose = open + pick(5) - 2;
    if (nextClose < 5) nextClose = 5;
    if (open < 5) open = 5;
    let high = Math.max(open, nextClose) + pick(2);
    let low = Math.min(open, nextClose) - pick(2);
    if (i >= 100 && i < 130) { open = nextClose = high = low = close; }            // nothing moves at all
    if (i >= 200 && i < 215) { high = low = open = nextClose; }                     // bars without range, prices move
    let volume = 1000 + pick(9000);
    if (i >= 250 && i < 280) volume = 0;                                            // no volume
    if (i >= 280 && i < 300) volume = 0.001;                                        // money flow below 1
    o.push(open); h.push(high); l.push(low); c.push(nextClose); v.push(volume);
    close = nextClose;
  }
  return { open: o, high: h, low: l, close: c, volume: v };
}

const data = edgePath(BARS);
const lines = ['open,high,low,close,volume'];
for (let i = 0; i < BARS; i++) lines.push([data.open[i], data.high[i], data.low[i], data.close[i], data.volume[i]].join(','));
fs.writeFileSync(path.join(out, 'edge-ohlcv.csv'), `# ${BARS} deterministic edge-case bars (generate-talib-edge.js)\n` + lines.join('\n') + '\n');

const variants = {
  RSI: [{ timeperiod: 2 }], CMO: [{ timeperiod: 3 }],
  STOCH: [{}, { fastk_period: 1, slowk_period: 1, slowd_period: 1 }, { fastk_period: 3, slowk_period: 2, slowk_matype: 1, slowd_period: 4, slowd_matype: 0 }],
  STOCHF: [{}, { fastk_period: 1, fastd_period: 1 }, { fastk_period: 7, fastd_period: 4, fastd_matype: 1 }],
  STOCHRSI: [{ timeperiod: 3, fastk_period: 3, fastd_period: 2 }],
  MACD: [{ fastperiod: 8, slowperiod: 4, signalperiod: 3 }, { fastperiod: 3, slowperiod: 3, signalperiod: 2 }],
  MACDEXT: [{ fastperiod: 8, fastmatype: 1, slowperiod: 4, slowmatype: 0, signalperiod: 3, signalmatype: 1 }, { fastperiod: 3, fastmatype: 0, slowperiod: 9, slowmatype: 1, signalperiod: 1, signalmatype: 0 }],
  MACDFIX: [{ signalperiod: 3 }],
  PPO: [{ fastperiod: 9, slowperiod: 4, matype: 1 }], APO: [{ fastperiod: 9, slowperiod: 4, matype: 0 }],
  MOM: [{ timeperiod: 1 }], ROC: [{ timeperiod: 1 }], ROCP: [{ timeperiod: 3 }], ROCR: [{ timeperiod: 3 }], ROCR100: [{ timeperiod: 2 }],
  CCI: [{ timeperiod: 2 }, { timeperiod: 5 }], MFI: [{ timeperiod: 3 }, { timeperiod: 14 }], WILLR: [{ timeperiod: 2 }, { timeperiod: 5 }],
  ADX: [{ timeperiod: 2 }, { timeperiod: 5 }], ADXR: [{ timeperiod: 2 }, { timeperiod: 5 }], DX: [{ timeperiod: 2 }, { timeperiod: 5 }],
  PLUS_DI: [{ timeperiod: 1 }, { timeperiod: 5 }], MINUS_DI: [{ timeperiod: 1 }, { timeperiod: 5 }],
  PLUS_DM: [{ timeperiod: 1 }, { timeperiod: 5 }], MINUS_DM: [{ timeperiod: 1 }, { timeperiod: 5 }],
  AROON: [{ timeperiod: 2 }, { timeperiod: 5 }], AROONOSC: [{ timeperiod: 2 }, { timeperiod: 5 }], BOP: [{}],
  TRIX: [{ timeperiod: 2 }, { timeperiod: 4 }], ULTOSC: [{ timeperiod1: 9, timeperiod2: 1, timeperiod3: 4 }],
  OBV: [{}], AD: [{}], ADOSC: [{ fastperiod: 6, slowperiod: 2 }],
};

// Every moving-average type in the functions that take one (TA-Lib codes 2..8: WMA, DEMA, TEMA, TRIMA, KAMA, MAMA, T3).
for (let t = 2; t <= 8; t++) {
  variants.STOCH.push({ slowk_matype: t, slowd_matype: t });
  variants.STOCHF.push({ fastk_period: 5, fastd_period: 4, fastd_matype: t });
  variants.STOCHRSI.push({ timeperiod: 6, fastk_period: 4, fastd_period: 3, fastd_matype: t });
  variants.MACDEXT.push({ fastperiod: 5, fastmatype: t, slowperiod: 12, slowmatype: (t + 1) % 9, signalperiod: 4, signalmatype: t });
  variants.APO.push({ fastperiod: 4, slowperiod: 9, matype: t });
  variants.PPO.push({ fastperiod: 4, slowperiod: 9, matype: t });
}

const key = v => Object.entries(v).map(([k, x]) => `${k}=${x}`).join(';');
let files = 0;
for (const [name, list] of Object.entries(variants)) {
  const info = talib.explain(name);
  list.forEach((overrides, index) => {
    const args = { name, startIdx: 0, endIdx: BARS - 1 };
    for (const input of info.inputs) {
      if (input.type === 'price') Object.assign(args, { open: data.open, high: data.high, low: data.low, close: data.close, volume: data.volume });
      else if (input.name === 'inReal') args.inReal = data.close;
    }
    const options = {};
    for (const opt of info.optInputs) {
      const short = opt.name.replace(/^optIn/, '').toLowerCase();
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
    const header = outs.map(o => {
      const n = o.replace(/^out/, '').replace(/^Real(?=.)/, '').toLowerCase();
      return n === 'real' || n === 'integer' ? name.toLowerCase() : n;
    });
    const body = [header.join(',')];
    for (let i = 0; i < BARS; i++) body.push(cols.map(c => c[i]).join(','));
    fs.writeFileSync(path.join(out, `${name}_edge${index}.csv`),
      `# TA-Lib ${talib.version} ${name} ${key(options)} begIndex=${r.begIndex}\n` + body.join('\n') + '\n');
    files++;
  });
}
console.error(`wrote ${files} files to ${out}`);
