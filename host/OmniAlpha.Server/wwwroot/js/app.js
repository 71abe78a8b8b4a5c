// The dashboard's entry point: key prompt, live feed, rendering and commands.

import { Api, keyStore, strategyPath } from './api.js';
import { renderEquityChart } from './chart.js';
import { confirmAction } from './dialog.js';
import { byId } from './dom.js';
import { renderConnection, renderHeader } from './header.js';
import { LiveFeed } from './live.js';
import { refreshLogs } from './logs.js';
import { renderStrategies, wireStrategies } from './strategies.js';
import { renderDetails } from './tables.js';

const EQUITY_POINTS = 300;
const EQUITY_REFRESH_MS = 2000;
const LOG_REFRESH_MS = 5000;

const state = {
  snapshot: null,
  selectedId: null,
  equityTimer: null,
  equityDirty: true,
  equityLoading: false,
  equitySeen: '',
  logTimer: null,
};

const api = new Api((error) => showPrompt(error.detail || error.title));
const feed = new LiveFeed(api, { onSnapshot, onStatus: renderConnection });

// ---- key prompt -------------------------------------------------------------------------------------------------

function showPrompt(message) {
  stopDashboard();
  keyStore.clear();
  byId('dashboard').hidden = true;
  byId('key-prompt').hidden = false;
  const error = byId('key-error');
  error.textContent = message ?? '';
  error.hidden = !message;
  const input = byId('key-input');
  input.value = '';
  input.focus();
}

async function submitKey(event) {
  event.preventDefault();
  const key = byId('key-input').value.trim();
  const error = byId('key-error');
  const submit = byId('key-submit');
  if (!key) return;
  submit.disabled = true;
  error.hidden = true;
  try {
    // Any viewer endpoint proves the key; a wrong one answers 401 with a problem document.
    await api.get('/api/strategies', { key });
    keyStore.set(key);
    startDashboard();
  } catch (failure) {
    error.textContent = failure.detail ? `${failure.title}: ${failure.detail}` : failure.message;
    error.hidden = false;
  } finally {
    submit.disabled = false;
  }
}

// ---- dashboard ---------------------------------------------------------------------------------------------------

function startDashboard() {
  byId('key-prompt').hidden = true;
  byId('dashboard').hidden = false;
  state.equityDirty = true;
  feed.start();
  refreshLogs(api);
  state.logTimer = setInterval(() => refreshLogs(api), LOG_REFRESH_MS);
  state.equityTimer = setInterval(refreshEquity, EQUITY_REFRESH_MS);
  refreshEquity();
}

function stopDashboard() {
  feed.stop();
  clearInterval(state.logTimer);
  clearInterval(state.equityTimer);
  state.snapshot = null;
}

function onSnapshot(snapshot) {
  if (state.snapshot && snapshot.version !== null && state.snapshot.version > snapshot.version) return; // older than shown
  state.snapshot = snapshot;
  if (state.selectedId && !snapshot.strategies.some((s) => s.id === state.selectedId)) state.selectedId = null;
  render();
  // The chart follows the equity the snapshot reports: fetch the curve again when any equity moved.
  const seen = snapshot.strategies.map((s) => `${s.id}=${s.equity}`).join('|');
  if (seen !== state.equitySeen) {
    state.equitySeen = seen;
    state.equityDirty = true;
  }
}

function render() {
  const snapshot = state.snapshot;
  if (!snapshot) return;
  renderHeader(snapshot);
  renderStrategies(snapshot.strategies, state.selectedId);
  renderDetails(snapshot.strategies, state.selectedId);
  byId('equity-scope').textContent = state.selectedId ? `(${state.selectedId})` : '(all strategies)';
  byId('show-all').disabled = state.selectedId === null;
}

async function refreshEquity() {
  if (!state.equityDirty || state.equityLoading || byId('dashboard').hidden) return;
  state.equityDirty = false;
  state.equityLoading = true;
  const selected = state.selectedId;
  const query = selected ? `strategy=${encodeURIComponent(selected)}&points=${EQUITY_POINTS}` : `points=${EQUITY_POINTS}`;
  try {
    const series = await api.get(`/api/equity?${query}`);
    if (selected === state.selectedId) renderEquityChart(byId('equity-chart'), byId('equity-legend'), series);
  } catch (failure) {
    if (failure && failure.status !== 401) state.equityDirty = true; // try again on the next tick
  } finally {
    state.equityLoading = false;
  }
}

function select(id) {
  state.selectedId = state.selectedId === id ? null : id;
  state.equityDirty = true;
  render();
  refreshEquity();
}

// ---- commands ----------------------------------------------------------------------------------------------------

function showError(failure) {
  byId('error-text').textContent = failure.detail ? `${failure.title}: ${failure.detail}` : (failure.message ?? String(failure));
  byId('error-banner').hidden = false;
}

function clearError() {
  byId('error-banner').hidden = true;
  byId('error-text').textContent = '';
}

async function run(call) {
  clearError();
  try {
    await call();
    await feed.refresh().catch(() => {}); // show the outcome now, not at the next event
  } catch (failure) {
    if (failure && failure.status === 401) return; // back at the prompt
    showError(failure);
  }
}

async function strategyAction(id, verb) {
  if (verb === 'stop' || verb === 'kill') {
    const kill = verb === 'kill';
    const answer = await confirmAction({
      title: kill ? `Kill ${id}?` : `Stop ${id}?`,
      message: kill
        ? `Cancels every open order of ${id} and halts it.`
        : `Stops ${id}: its open orders are canceled and it gets no more data until started again.`,
      confirmLabel: kill ? 'Kill' : 'Stop',
      offerFlatten: kill,
    });
    if (!answer.confirmed) return;
    await run(() => (kill ? api.post(strategyPath(id, 'kill'), { flatten: answer.flatten }) : api.post(strategyPath(id, 'stop'))));
    return;
  }
  await run(() => api.post(strategyPath(id, verb)));
}

async function killAll() {
  const answer = await confirmAction({
    title: 'Kill all strategies?',
    message: 'Cancels every open order of every strategy and halts them all.',
    confirmLabel: 'Kill all',
    offerFlatten: true,
  });
  if (answer.confirmed) await run(() => api.post('/api/kill', { flatten: answer.flatten }));
}

async function setHostState() {
  const value = byId('host-state-select').value;
  if (value === 'HALTED') {
    const answer = await confirmAction({
      title: 'Halt trading?',
      message: 'No strategy may send new orders until the host is set back to Active or Reducing (cancels still work).',
      confirmLabel: 'Halt',
    });
    if (!answer.confirmed) return;
  }
  await run(() => api.put('/api/trading-state', { state: value }));
}

// ---- start -------------------------------------------------------------------------------------------------------

function init() {
  byId('key-form').addEventListener('submit', submitKey);
  byId('kill-all').addEventListener('click', killAll);
  byId('host-state-apply').addEventListener('click', setHostState);
  byId('sign-out').addEventListener('click', () => showPrompt(null));
  byId('error-dismiss').addEventListener('click', clearError);
  byId('show-all').addEventListener('click', () => { if (state.selectedId) select(state.selectedId); });
  wireStrategies(strategyAction, select);
  if (keyStore.get()) startDashboard();
  else showPrompt(null);
}

init();
