// Live state: the snapshot event stream, with polling every 2 s while the stream is broken, and staleness tracking.

import { parseApiJson } from './json.js';
import { readEventStream } from './sse.js';

const POLL_INTERVAL_MS = 2000;
const STREAM_RETRY_MS = 10000;
// The server sends a heartbeat comment after 15 s without a snapshot: silence beyond this means the stream is dead.
const STREAM_SILENCE_MS = 35000;
// No update for this long is shown as stale (longer than a heartbeat gap while streaming).
const STALE_STREAM_MS = 20000;
const STALE_POLL_MS = 5000;

/**
 * Keeps the dashboard's snapshot current. Calls `onSnapshot(snapshot, source)` with a LiveHostSnapshot-shaped object
 * ("stream" or "poll") and `onStatus({ mode, lastUpdate, stale })` when the connection state changes and every second.
 */
export class LiveFeed {
  constructor(api, { onSnapshot, onStatus }) {
    this.api = api;
    this.onSnapshot = onSnapshot;
    this.onStatus = onStatus;
    this.mode = 'connecting';
    this.lastUpdate = null; // Date.now() of the last snapshot or heartbeat received
    this.lastActivity = 0;
    this.running = false;
    this.streamAbort = null;
    this.pollTimer = null;
    this.retryTimer = null;
    this.tickTimer = null;
    this.hostTradingState = null;
  }

  start() {
    if (this.running) return;
    this.running = true;
    this.tickTimer = setInterval(() => this.tick(), 1000);
    this.connectStream();
  }

  stop() {
    this.running = false;
    clearInterval(this.tickTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.pollTimer);
    this.pollTimer = null;
    if (this.streamAbort) this.streamAbort.abort();
    this.streamAbort = null;
  }

  /** Fetches a fresh state now (after a command), through the polling endpoints. */
  refresh() {
    return this.pollOnce();
  }

  async connectStream() {
    if (!this.running || this.streamAbort) return;
    const abort = new AbortController();
    this.streamAbort = abort;
    this.setMode(this.mode === 'polling' ? 'polling' : 'connecting');
    try {
      const response = await this.api.openEvents(abort.signal);
      this.stopPolling();
      this.lastActivity = Date.now();
      this.setMode('live');
      await readEventStream(response.body, (event) => this.onEvent(event), () => {
        this.lastActivity = Date.now();
        this.lastUpdate = this.lastActivity;
      });
    } catch (error) {
      if (error && error.status === 401) {
        this.streamAbort = null;
        return; // the app is back at the key prompt
      }
    }
    if (this.streamAbort === abort) this.streamAbort = null;
    if (!this.running) return;
    // The stream ended or broke: poll until it can be reopened.
    this.setMode('polling');
    this.startPolling();
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connectStream(), STREAM_RETRY_MS);
  }

  onEvent(event) {
    if (event.event !== 'snapshot') return;
    let snapshot;
    try {
      snapshot = parseApiJson(event.data);
    } catch {
      return; // a torn or foreign event: the next snapshot replaces it
    }
    this.hostTradingState = snapshot.tradingState;
    this.lastUpdate = Date.now();
    this.onSnapshot(snapshot, 'stream');
  }

  startPolling() {
    if (this.pollTimer !== null || !this.running) return;
    const loop = async () => {
      await this.pollOnce().catch(() => {});
      if (this.pollTimer !== null && this.running) this.pollTimer = setTimeout(loop, POLL_INTERVAL_MS);
    };
    this.pollTimer = setTimeout(loop, 0);
  }

  stopPolling() {
    clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  /** One poll: the REST views combined into the snapshot's shape (host trading state and stats are the last known). */
  async pollOnce() {
    const [health, strategies, positions, orders, fills] = await Promise.all([
      this.api.get('/health'),
      this.api.get('/api/strategies'),
      this.api.get('/api/positions'),
      this.api.get('/api/orders?status=open'),
      this.api.get('/api/fills?limit=100'),
    ]);
    const byStrategy = (items) => {
      const map = new Map();
      for (const item of items) {
        if (!map.has(item.strategyId)) map.set(item.strategyId, []);
        map.get(item.strategyId).push(item);
      }
      return map;
    };
    const positionsOf = byStrategy(positions);
    const ordersOf = byStrategy(orders);
    const fillsOf = byStrategy(fills);
    const snapshot = {
      version: health.snapshotVersion,
      wallTimeUtc: null,
      dataTimeUtc: health.dataTimeUtc,
      tradingState: this.hostTradingState,
      stats: null,
      strategies: strategies.map((s) => ({
        ...s,
        positions: positionsOf.get(s.id) ?? [],
        openOrders: ordersOf.get(s.id) ?? [],
        recentFills: fillsOf.get(s.id) ?? [],
      })),
    };
    this.lastUpdate = Date.now();
    this.onSnapshot(snapshot, 'poll');
    this.tick();
  }

  setMode(mode) {
    this.mode = mode;
    this.tick();
  }

  tick() {
    const now = Date.now();
    if (this.mode === 'live' && this.streamAbort && now - this.lastActivity > STREAM_SILENCE_MS) {
      this.streamAbort.abort(); // connectStream falls back to polling
    }
    const limit = this.mode === 'live' ? STALE_STREAM_MS : STALE_POLL_MS;
    const stale = this.lastUpdate === null ? this.mode !== 'connecting' : now - this.lastUpdate > limit;
    this.onStatus({ mode: this.mode, lastUpdate: this.lastUpdate, stale });
  }
}
