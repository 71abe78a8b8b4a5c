// Checks every hand-built candlestick case in HandBuiltPatternTests.cs against TA-Lib itself: the same context
// candles as CandleScript.cs, then the case's candles, TA-Lib's default parameters, and the value on the last bar.
// Usage (Node.js 20, with the talib npm package installed as for ../Reference/generate-talib-golden.js):
//   NODE_PATH=/path/to/node_modules node check-hand-built-cases.js
'use strict';
const fs = require('fs');
const path = require('path');
const talib = require('talib');

const CONTEXT = 15;
function context(name) {
  const bars = [];
  for (let i = CONTEXT; i >= 1; i--) {
    if (name === 'down') { const o = 100 + i; bars.push([o, o + 0.5, o - 1.5, o - 1]); }
    else if (name === 'up') { const o = 100 - i; bars.push([o, o + 1.5, o - 0.5, o + 1]); }
    else throw new Error('unknown context ' + name);
  }
  return bars;
}

const source = fs.readFileSync(path.join(__dirname, 'HandBuiltPatternTests.cs'), 'utf8');
const cases = [...source.matchAll(/\[InlineData\("(\w+)", "([^"]*)", (-?\d+), "(\w+)", "([^"]*)"\)\]/g)];
let failures = 0;
for (const [, name, because, expected, ctx, candles] of cases) {
  const bars = context(ctx).concat(candles.split(';').map(s => s.trim().split(/\s+/).map(Number)));
  const col = k => bars.map(b => b[k]);
  const info = talib.explain(name);
  const args = { name, startIdx: 0, endIdx: bars.length - 1, open: col(0), high: col(1), low: col(2), close: col(3) };
  for (const p of info.optInputs) args[p.name] = p.defaultValue;
  const r = talib.execute(args);
  const out = r.result.outInteger;
  const last = out.length > 0 && r.begIndex + out.length === bars.length ? out[out.length - 1] : NaN;
  const ok = last === Number(expected);
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${because}: expected ${expected}, TA-Lib ${last}`);
}
console.log(`${cases.length} cases, ${failures} disagree with TA-Lib`);
process.exit(failures === 0 && cases.length > 0 ? 0 : 1);
