// The in-page confirmation dialog for destructive actions (stop, kill, kill all, setting HALTED).

import { byId } from './dom.js';

/**
 * Shows the dialog and resolves with { confirmed, flatten } when it closes.
 * @param {{ title: string, message: string, confirmLabel?: string, offerFlatten?: boolean, flattenDefault?: boolean }} options
 */
export function confirmAction({ title, message, confirmLabel = 'Confirm', offerFlatten = false, flattenDefault = false }) {
  const dialog = byId('confirm-dialog');
  const flatten = byId('confirm-flatten');
  byId('confirm-title').textContent = title;
  byId('confirm-message').textContent = message;
  byId('confirm-ok').textContent = confirmLabel;
  byId('confirm-flatten-row').hidden = !offerFlatten;
  flatten.checked = offerFlatten && flattenDefault;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve({ confirmed: dialog.returnValue === 'ok', flatten: offerFlatten && flatten.checked });
    }, { once: true });
    dialog.showModal();
    byId('confirm-cancel').focus(); // the safe choice has the focus
  });
}
