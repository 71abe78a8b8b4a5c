// Small DOM helpers: elements are built with textContent only (no innerHTML), so API text can never inject markup.

/** The element with `id`; throws when the page lacks it (a broken build, not a runtime condition). */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`dashboard element #${id} is missing`);
  return element;
}

/** Creates an element with properties (className, textContent, dataset entries via `data`) and children. */
export function el(tag, props = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (name === 'data') Object.assign(element.dataset, value);
    else if (name === 'className' || name === 'textContent' || name === 'title' || name === 'type' || name === 'disabled') element[name] = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) element.append(child);
  return element;
}

/** A table cell with text; `className` for alignment or sign colour. */
export function td(text, className, testId) {
  return el('td', { className, textContent: text, 'data-testid': testId });
}

/** Sets text only when it changed (keeps selection and avoids needless layout). */
export function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

/** Replaces a tbody's rows, or shows one row saying `emptyText` spanning `columns`. */
export function fillBody(tbody, rows, columns, emptyText) {
  if (rows.length === 0) {
    tbody.replaceChildren(el('tr', { className: 'empty-row' }, [el('td', { colspan: String(columns), textContent: emptyText })]));
  } else {
    tbody.replaceChildren(...rows);
  }
}
