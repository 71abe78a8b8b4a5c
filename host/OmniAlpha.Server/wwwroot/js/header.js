// The header: host trading state, data time, engine lag, snapshot version, connection and staleness.

import { byId, setText } from './dom.js';
import { lag, utcTime } from './format.js';

const MODE_TEXT = { connecting: 'connecting', live: 'live', polling: 'polling' };

/** Shows the host-wide facts of `snapshot` (stats and trading state may be null while polling: last known kept). */
export function renderHeader(snapshot) {
  const state = byId('host-trading-state');
  if (snapshot.tradingState) {
    setText(state, snapshot.tradingState);
    state.className = `badge state-${snapshot.tradingState.toLowerCase()}`;
  }
  setText(byId('data-time'), snapshot.dataTimeUtc ? `${utcTime(snapshot.dataTimeUtc)} UTC` : 'no data yet');
  if (snapshot.stats) setText(byId('engine-lag'), lag(snapshot.stats.lagSeconds));
  setText(byId('snapshot-version'), String(snapshot.version ?? '–'));
}

/** Shows the connection mode, the time of the last update and the stale banner. */
export function renderConnection({ mode, lastUpdate, stale }) {
  const status = byId('connection-status');
  const text = stale ? 'stale' : MODE_TEXT[mode] ?? mode;
  setText(status, text);
  status.className = `badge conn-${stale ? 'stale' : mode}`;
  const ageSeconds = lastUpdate === null ? null : Math.max(0, Math.round((Date.now() - lastUpdate) / 1000));
  setText(byId('last-update'), lastUpdate === null ? '–' : `${new Date(lastUpdate).toISOString().slice(11, 19)} UTC (${ageSeconds} s ago)`);
  const banner = byId('stale-banner');
  banner.hidden = !stale;
  if (stale) {
    setText(banner, lastUpdate === null
      ? 'STALE: no state received from the server yet. The numbers below may be out of date.'
      : `STALE: no update for ${ageSeconds} s (${mode === 'live' ? 'event stream silent' : 'server not answering'}). The numbers below are out of date.`);
  }
  document.body.classList.toggle('is-stale', stale);
}
