// A Server-Sent Events parser for a fetch() body (EventSource cannot send the X-Api-Key header).

/**
 * Reads `body` (a ReadableStream of bytes) and calls `onEvent({ event, data, id })` for each complete event and
 * `onActivity()` for every chunk (heartbeat comments included). Resolves when the stream ends; rejects on a read error.
 */
export async function readEventStream(body, onEvent, onActivity) {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      onActivity();
      buffer += decoder.decode(value, { stream: true });
      buffer = dispatchComplete(buffer, onEvent);
    }
    buffer += decoder.decode();
    dispatchComplete(`${buffer}\n\n`, onEvent);
  } finally {
    reader.releaseLock();
  }
}

/** Dispatches every event terminated by a blank line and returns the unfinished rest. */
function dispatchComplete(buffer, onEvent) {
  // A CR at the very end may be the first half of a CRLF split across chunks: keep it for the next chunk.
  const held = buffer.endsWith('\r') ? '\r' : '';
  const normalized = (held ? buffer.slice(0, -1) : buffer).replace(/\r\n?/g, '\n');
  let start = 0;
  for (;;) {
    const end = normalized.indexOf('\n\n', start);
    if (end < 0) return normalized.slice(start) + held;
    const parsed = parseBlock(normalized.slice(start, end));
    if (parsed) onEvent(parsed);
    start = end + 2;
  }
}

function parseBlock(block) {
  let event = 'message';
  let id = null;
  const data = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue; // comment (heartbeat)
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }
  return data.length === 0 ? null : { event, data: data.join('\n'), id };
}
