// Positions, open orders and recent fills of the selected strategy (or of all).

import { byId, el, fillBody, td } from './dom.js';
import { exact, money, pnl, pnlClass, utcTime } from './format.js';

/** Renders the three detail tables from the snapshot's strategies (filtered to `selectedId` when set). */
export function renderDetails(strategies, selectedId) {
  const chosen = selectedId ? strategies.filter((s) => s.id === selectedId) : strategies;

  const positions = chosen.flatMap((s) => s.positions.map((p) => el('tr', { 'data-testid': 'position-row' }, [
    td(s.id), td(p.symbol, undefined, 'position-symbol'), td(exact(p.quantity), 'num', 'position-quantity'),
    td(exact(p.averageCost), 'num'), td(exact(p.lastPrice), 'num', 'position-last'), td(money(p.marketValue), 'num', 'position-value'),
    td(pnl(p.unrealizedPnl), `num ${pnlClass(p.unrealizedPnl)}`, 'position-unrealized'),
  ])));
  fillBody(byId('positions-body'), positions, 7, 'No open positions.');

  const orders = chosen.flatMap((s) => s.openOrders.map((o) => el('tr', { 'data-testid': 'order-row' }, [
    td(s.id), td(String(o.orderId)), td(o.symbol), td(o.side), td(o.type), td(exact(o.quantity), 'num'),
    td(exact(o.limitPrice), 'num'), td(exact(o.stopPrice), 'num'), td(exact(o.filledQuantity), 'num'), td(o.status),
  ])));
  fillBody(byId('orders-body'), orders, 10, 'No open orders.');

  const fills = chosen
    .flatMap((s) => s.recentFills.map((f) => ({ s, f })))
    .sort((a, b) => (a.f.timeUtc < b.f.timeUtc ? 1 : a.f.timeUtc > b.f.timeUtc ? -1 : b.f.fillId - a.f.fillId))
    .slice(0, 100)
    .map(({ s, f }) => el('tr', { 'data-testid': 'fill-row' }, [
      td(utcTime(f.timeUtc)), td(s.id), td(String(f.orderId)), td(f.symbol), td(f.side), td(exact(f.quantity), 'num'),
      td(exact(f.price), 'num'), td(money(f.commission), 'num'),
    ]));
  fillBody(byId('fills-body'), fills, 8, 'No fills yet.');
}
