// RSI mean reversion: the JavaScript twin of strategies/RsiReversion.cs (same parameters, same orders).
// Buy when RSI(period) closes below `oversold`, sell when it closes above `exit`.
// Position size: `quantity` shares, or an equal share of equity per symbol when quantity is 0.
// Parameters: period (14), oversold (30), exit (55), quantity (0).

let oversold, exit, quantity;
const rsi = new Map();

function onStart() {
  const period = strategy.param("period", 14);
  oversold = strategy.param("oversold", 30);
  exit = strategy.param("exit", 55);
  quantity = strategy.param("quantity", 0);
  for (const symbol of strategy.symbols) rsi.set(symbol, ta.rsi(period));
  strategy.setWarmUp(period + 1);
}

function onBar(bar) {
  const indicator = rsi.get(bar.symbol);
  indicator.update(bar.close);
  if (strategy.isWarmingUp || !indicator.isReady) return;

  const position = strategy.position(bar.symbol);
  if (position.isFlat && indicator.value < oversold && strategy.openOrders(bar.symbol).length === 0) {
    if (quantity > 0) strategy.buy(bar.symbol, quantity, "oversold");
    else strategy.setHoldings(bar.symbol, 1 / strategy.symbols.length, "oversold");
  } else if (position.isLong && indicator.value > exit) {
    strategy.liquidate(bar.symbol, "reverted");
  }
}
