// The strategies table: one row per strategy, updated in place (rows are keyed by id so a button being clicked is
// never replaced under the pointer by a live update).

import { byId, el, setText } from './dom.js';
import { money, pnl, pnlClass } from './format.js';

/** Which lifecycle actions make sense in each status (the server still decides: a 409 is shown if not). */
const ACTIONS = [
  { verb: 'start', label: 'Start', when: ['Stopped', 'Failed'] },
  { verb: 'stop', label: 'Stop', when: ['Starting', 'Running', 'Paused'] },
  { verb: 'pause', label: 'Pause', when: ['Running'] },
  { verb: 'resume', label: 'Resume', when: ['Paused'] },
  { verb: 'kill', label: 'Kill', when: ['Starting', 'Running', 'Paused', 'Stopped', 'Failed'] },
];

const rows = new Map(); // strategy id -> { row, cells }

function createRow(id) {
  const cell = (testId, className) => el('td', { className, 'data-testid': testId });
  const cells = {
    id: cell('strategy-id'),
    name: cell('strategy-name'),
    status: cell('strategy-status'),
    trading: cell('strategy-trading-state'),
    equity: cell('strategy-equity', 'num'),
    realized: cell('strategy-realized', 'num'),
    unrealized: cell('strategy-unrealized', 'num'),
    version: cell('strategy-script-version', 'num'),
    actions: el('td', { className: 'actions' }),
  };
  cells.buttons = {};
  for (const action of ACTIONS) {
    const button = el('button', {
      type: 'button',
      textContent: action.label,
      className: action.verb === 'kill' || action.verb === 'stop' ? 'danger small' : 'small',
      data: { action: action.verb },
      'data-testid': `action-${action.verb}`,
    });
    cells.buttons[action.verb] = button;
    cells.actions.append(button);
  }
  const row = el('tr', { data: { id }, 'data-testid': 'strategy-row', 'data-strategy-id': id }, [
    cells.id, cells.name, cells.status, cells.trading, cells.equity, cells.realized, cells.unrealized, cells.version, cells.actions,
  ]);
  return { row, cells };
}

function setSigned(cell, value) {
  setText(cell, pnl(value));
  cell.className = `num ${pnlClass(value)}`;
}

/** Renders `strategies` (in the server's order) and marks `selectedId`. */
export function renderStrategies(strategies, selectedId) {
  const tbody = byId('strategies-body');
  const seen = new Set();
  strategies.forEach((s, index) => {
    seen.add(s.id);
    let entry = rows.get(s.id);
    if (!entry) {
      entry = createRow(s.id);
      rows.set(s.id, entry);
    }
    const { row, cells } = entry;
    if (tbody.children[index] !== row) tbody.insertBefore(row, tbody.children[index] ?? null);
    setText(cells.id, s.id);
    setText(cells.name, s.name);
    cells.name.title = s.fileName ?? '';
    setText(cells.status, s.failure ? `${s.status}: ${s.failure}` : s.status);
    cells.status.className = `status-${String(s.status).toLowerCase()}`;
    cells.status.dataset.status = s.status;
    setText(cells.trading, s.tradingState);
    cells.trading.className = `state-${String(s.tradingState).toLowerCase()}`;
    setText(cells.equity, money(s.equity));
    setSigned(cells.realized, s.realizedPnl);
    setSigned(cells.unrealized, s.unrealizedPnl);
    setText(cells.version, `v${s.scriptVersion}`);
    for (const action of ACTIONS) cells.buttons[action.verb].disabled = !action.when.includes(s.status);
    row.classList.toggle('selected', s.id === selectedId);
  });
  for (const [id, { row }] of rows) {
    if (!seen.has(id)) {
      row.remove();
      rows.delete(id);
    }
  }
  byId('strategies-empty').hidden = strategies.length > 0;
}

/**
 * Wires clicks: a button calls `onAction(id, verb)`, any other click on a row calls `onSelect(id)`.
 * @param {(id: string, verb: string) => void} onAction
 * @param {(id: string) => void} onSelect
 */
export function wireStrategies(onAction, onSelect) {
  byId('strategies-body').addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-id]');
    if (!row) return;
    const button = event.target.closest('button[data-action]');
    if (button) onAction(row.dataset.id, button.dataset.action);
    else onSelect(row.dataset.id);
  });
}
