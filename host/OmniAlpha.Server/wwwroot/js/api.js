// The REST API client: sends the API key, parses exact decimals, turns problem documents (RFC 7807) into ApiError.

import { parseApiJson } from './json.js';

const KEY_STORAGE = 'omnialpha.apiKey';

/** An API call that failed: HTTP status (0 when the server could not be reached), title and detail to show. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

/** The key kept for this tab (sessionStorage: gone when the tab closes). */
export const keyStore = {
  get: () => sessionStorage.getItem(KEY_STORAGE),
  set: (key) => sessionStorage.setItem(KEY_STORAGE, key),
  clear: () => sessionStorage.removeItem(KEY_STORAGE),
};

/** Reads a failed response as an ApiError, using the problem document's title, detail and field errors. */
export async function errorFromResponse(response) {
  let title = `HTTP ${response.status}`;
  let detail = response.statusText || '';
  try {
    const text = await response.text();
    if (text) {
      const problem = JSON.parse(text);
      if (problem && typeof problem === 'object') {
        title = problem.title || title;
        detail = problem.detail || detail;
        if (problem.errors && typeof problem.errors === 'object') {
          const fields = Object.entries(problem.errors).map(([field, messages]) =>
            `${field}: ${Array.isArray(messages) ? messages.join(' ') : messages}`);
          if (fields.length > 0) detail = `${detail ? `${detail} ` : ''}${fields.join('; ')}`;
        }
      }
    }
  } catch {
    // Not JSON (e.g. a proxy's HTML page): keep the status line.
  }
  return new ApiError(response.status, title, detail);
}

/** Calls the API with the stored key; a 401 calls `onUnauthorized` (back to the key prompt) and throws. */
export class Api {
  /** @param {(error: ApiError) => void} onUnauthorized */
  constructor(onUnauthorized) {
    this.onUnauthorized = onUnauthorized;
  }

  headers(extra = {}) {
    const key = keyStore.get();
    return key ? { 'X-Api-Key': key, ...extra } : { ...extra };
  }

  /** Performs a request and returns the parsed JSON body (null for an empty one). */
  async request(method, path, body, { key, signal } = {}) {
    const headers = key ? { 'X-Api-Key': key, Accept: 'application/json' } : this.headers({ Accept: 'application/json' });
    const init = { method, headers, signal, cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      if (error && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'Network error', 'The server could not be reached.');
    }
    if (!response.ok) {
      const error = await errorFromResponse(response);
      // A key given explicitly is being tried at the prompt: the prompt shows the error itself.
      if (response.status === 401 && !key) this.onUnauthorized(error);
      throw error;
    }
    const text = await response.text();
    return text ? parseApiJson(text) : null;
  }

  get(path, options) { return this.request('GET', path, undefined, options); }
  post(path, body) { return this.request('POST', path, body ?? {}); }
  put(path, body) { return this.request('PUT', path, body); }

  /** Opens the event stream (GET /api/events) with the key header; the caller reads response.body. */
  async openEvents(signal) {
    const response = await fetch('/api/events', {
      headers: this.headers({ Accept: 'text/event-stream' }),
      cache: 'no-store',
      signal,
    });
    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401) this.onUnauthorized(error);
      throw error;
    }
    return response;
  }
}

/** The path of a strategy command: /api/strategies/{id}/{verb}. */
export function strategyPath(id, verb) {
  return `/api/strategies/${encodeURIComponent(id)}/${verb}`;
}
