// Parses the API's JSON keeping every money, price and quantity field as the exact decimal text the server sent
// (a JavaScript number would round 0.1 + 0.2 style, and large balances lose cents).

const DECIMAL_FIELDS = new Set([
  'startingCash', 'cash', 'equity', 'realizedPnl', 'unrealizedPnl', 'positionsValue',
  'quantity', 'averageCost', 'lastPrice', 'marketValue',
  'limitPrice', 'stopPrice', 'filledQuantity', 'averageFillPrice', 'commission', 'price', 'slippage',
]);

/**
 * JSON.parse with decimal fields revived as strings. Uses the reviver's source text (JSON.parse source text access);
 * a browser without it gets the shortest round-trip text of the parsed number.
 * @param {string} text
 */
export function parseApiJson(text) {
  return JSON.parse(text, function revive(key, value, context) {
    if (typeof value === 'number' && DECIMAL_FIELDS.has(key)) {
      return context && typeof context.source === 'string' ? context.source : String(value);
    }
    return value;
  });
}
