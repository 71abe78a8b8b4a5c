// The log tail (GET /api/logs): the server's last lines, already redacted by the server.

import { byId, el } from './dom.js';
import { utcTime } from './format.js';

const LINES = 200;

/** Fetches and shows the tail; keeps the view scrolled to the end when it was there. */
export async function refreshLogs(api) {
  const list = byId('log-tail');
  const error = byId('log-error');
  let entries;
  try {
    entries = await api.get(`/api/logs?lines=${LINES}`);
  } catch (failure) {
    if (failure && failure.status === 401) return;
    error.textContent = `Log tail unavailable: ${failure.message}`;
    error.hidden = false;
    return;
  }
  error.hidden = true;
  const atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
  list.replaceChildren(...entries.map((e) => el('li', { className: `log-${String(e.level).toLowerCase()}`, 'data-testid': 'log-line' }, [
    el('span', { className: 'log-time', textContent: utcTime(e.timeUtc) }),
    el('span', { className: 'log-level', textContent: e.level }),
    el('span', { className: 'log-category', textContent: e.category }),
    el('span', { className: 'log-message', textContent: e.exception ? `${e.message} (${e.exception})` : e.message }),
  ])));
  if (atEnd) list.scrollTop = list.scrollHeight;
}
