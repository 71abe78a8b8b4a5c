// Long-only moving-average crossover: the JavaScript twin of strategies/SmaCross.cs (same parameters, same orders).
// Buys when SMA(fast) crosses above SMA(slow) and exits when it crosses below. A cross is a change of sign of
// (fast - slow); equality is never a cross by itself.
// Parameters: fast (10), slow (30), quantity (0 = invest all cash, split equally across the run's symbols).

let fast, slow, quantity;
const states = new Map();

function onStart() {
  fast = strategy.param("fast", 10);
  slow = strategy.param("slow", 30);
  quantity = strategy.param("quantity", 0);
  if (!Number.isInteger(fast) || !Number.isInteger(slow) || fast < 1 || slow <= fast)
    throw new RangeError(`need whole numbers 1 <= fast < slow (fast=${fast}, slow=${slow})`);
  if (quantity < 0) throw new RangeError(`quantity must be >= 0 (got ${quantity})`);
  for (const symbol of strategy.symbols)
    states.set(symbol, { fast: ta.sma(fast), slow: ta.sma(slow), lastSign: 0 });
}

function onBar(bar) {
  const state = states.get(bar.symbol);
  state.fast.update(bar.close);
  state.slow.update(bar.close);
  if (!state.slow.isReady) return;

  const sign = Math.sign(state.fast.value - state.slow.value);
  if (sign === 0) return;
  const previous = state.lastSign;
  state.lastSign = sign;
  if (previous === 0 || previous === sign) return;

  const position = strategy.position(bar.symbol);
  if (sign > 0 && position.isFlat) {
    if (quantity > 0) strategy.buy(bar.symbol, quantity, "cross up");
    else strategy.setHoldings(bar.symbol, 1 / strategy.symbols.length, "cross up");
  } else if (sign < 0 && position.isLong) {
    strategy.liquidate(bar.symbol, "cross down");
  }
}
