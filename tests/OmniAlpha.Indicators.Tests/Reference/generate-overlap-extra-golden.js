// Regenerates the extra golden files of the overlap/volatility/statistics group, Reference/talib/NAME_xN.csv: TA-Lib's
// own output over the shared bars in talib/ohlcv.csv (made by generate-talib-golden.js) for parameter settings that
// reach TA-Lib's special paths: SAREXT start values and offsets, accelerations above their maximum, period-1 cases,
// odd and even TRIMA periods, negative and unequal BBANDS multipliers, the smallest periods.
// Usage (Node.js 20, with the talib package installed as for generate-talib-golden.js):
//   node generate-overlap-extra-golden.js        (writes into ./talib/)
'use strict';
const fs = require('fs');
const path = require('path');
const talib = require('talib');

const out = path.join(__dirname, 'talib');
const rows = fs.readFileSync(path.join(out, 'ohlcv.csv'), 'utf8').split('\n').filter(l => l && !l.startsWith('#')).slice(1);
const data = { open: [], high: [], low: [], close: [], volume: [] };
for (const row of rows) {
  const [o, h, l, c, v] = row.split(',').map(Number);
  data.open.push(o); data.high.push(h); data.low.push(l); data.close.push(c); data.volume.push(v);
}
const BARS = data.close.length;

const variants = {
  SAR: [{ acceleration: 0.3, maximum: 0.2 }, { acceleration: 0.05, maximum: 0.5 }],
  SAREXT: [
    { startvalue: 95 }, { startvalue: -105, offsetonreverse: 0.02 },
    { accelerationinitlong: 0.5, accelerationlong: 0.4, accelerationmaxlong: 0.3, accelerationinitshort: 0, accelerationshort: 0.01, accelerationmaxshort: 0.05 },
  ],
  TRIMA: [{ timeperiod: 2 }, { timeperiod: 3 }, { timeperiod: 7 }, { timeperiod: 8 }],
  WMA: [{ timeperiod: 2 }], DEMA: [{ timeperiod: 2 }], TEMA: [{ timeperiod: 7 }], KAMA: [{ timeperiod: 2 }, { timeperiod: 10 }],
  T3: [{ timeperiod: 2, vfactor: 0 }, { timeperiod: 8, vfactor: 1 }],
  BBANDS: [{ timeperiod: 2, nbdevup: 1, nbdevdn: 1 }, { timeperiod: 9, nbdevup: -1, nbdevdn: 0.5, matype: 0 }, { timeperiod: 7, nbdevup: 1, nbdevdn: 3, matype: 5 }, { timeperiod: 3, nbdevup: 2.5, nbdevdn: 1, matype: 4 }],
  MIDPOINT: [{ timeperiod: 2 }], MIDPRICE: [{ timeperiod: 2 }],
  ATR: [{ timeperiod: 1 }, { timeperiod: 2 }], NATR: [{ timeperiod: 1 }, { timeperiod: 5 }],
  STDDEV: [{ timeperiod: 2, nbdev: -1.5 }], VAR: [{ timeperiod: 1 }, { timeperiod: 12 }],
  LINEARREG: [{ timeperiod: 2 }], LINEARREG_SLOPE: [{ timeperiod: 30 }], LINEARREG_INTERCEPT: [{ timeperiod: 3 }],
  LINEARREG_ANGLE: [{ timeperiod: 5 }], TSF: [{ timeperiod: 2 }],
  CORREL: [{ timeperiod: 1 }, { timeperiod: 5 }], BETA: [{ timeperiod: 1 }, { timeperiod: 20 }],
};

const key = v => Object.entries(v).map(([k, x]) => `${k}=${x}`).join(';');
let files = 0;
for (const [name, list] of Object.entries(variants)) {
  const info = talib.explain(name);
  list.forEach((overrides, index) => {
    const args = { name, startIdx: 0, endIdx: BARS - 1 };
    for (const input of info.inputs) {
      if (input.type === 'price') Object.assign(args, data);
      else if (input.name === 'inReal') args.inReal = data.close;
      else if (input.name === 'inReal0') args.inReal0 = data.high;
      else if (input.name === 'inReal1') args.inReal1 = data.low;
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
    fs.writeFileSync(path.join(out, `${name}_x${index + 1}.csv`),
      `# TA-Lib ${talib.version} ${name} ${key(options)} begIndex=${r.begIndex}\n` + body.join('\n') + '\n');
    files++;
  });
}
console.error(`wrote ${files} files to ${out}`);
