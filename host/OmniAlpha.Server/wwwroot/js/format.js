// Display formatting. Decimal values arrive as exact text (see json.js) and are rounded as text, never through
// floating point, so what is shown is the server's number rounded half away from zero, like .NET's "F2".

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Rounds a decimal string to `places` fraction digits, half away from zero.
 * @param {string} text e.g. "100099.505"
 * @param {number} places
 * @returns {string} e.g. "100099.51"
 */
export function roundDecimal(text, places) {
  const match = DECIMAL.exec(String(text).trim());
  if (!match) {
    // Not plain decimal notation (e.g. an exponent from a browser without source text access): best effort.
    const n = Number(text);
    return Number.isFinite(n) ? n.toFixed(places) : String(text);
  }
  const negative = match[1] === '-';
  const fraction = (match[3] ?? '').padEnd(places + 1, '0');
  let digits = match[2] + fraction.slice(0, places);
  if (fraction.charCodeAt(places) >= 53 /* '5' */) {
    digits = incrementDigits(digits);
  }
  const intLength = digits.length - places;
  let integer = digits.slice(0, intLength).replace(/^0+(?=\d)/, '');
  const kept = digits.slice(intLength);
  const isZero = /^0*$/.test(integer + kept);
  const result = places > 0 ? `${integer}.${kept}` : integer;
  return negative && !isZero ? `-${result}` : result;
}

function incrementDigits(digits) {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i -= 1;
    } else {
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/** Groups the integer part in thousands with commas: "-1234567.50" -> "-1,234,567.50". */
function group(text) {
  const [integer, fraction] = text.split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = sign ? integer.slice(1) : integer;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? sign + grouped : `${sign}${grouped}.${fraction}`;
}

/** Money for display: two decimals, thousands grouped. Null or missing shows as an en dash. */
export function money(text) {
  if (text === null || text === undefined || text === '') return '–';
  return group(roundDecimal(text, 2));
}

/** The sign of a decimal string: 1, -1 or 0. */
export function sign(text) {
  const rounded = roundDecimal(text ?? '0', 2);
  if (/^-?0\.00$/.test(rounded) || rounded === '0') return 0;
  return rounded.startsWith('-') ? -1 : 1;
}

/** Profit or loss for display: "+101.50", "-3.20" or "0.00". */
export function pnl(text) {
  if (text === null || text === undefined) return '–';
  const shown = money(text);
  return sign(text) > 0 ? `+${shown}` : shown;
}

/** The CSS class for a P&L value's sign colour. */
export function pnlClass(text) {
  const s = sign(text);
  return s > 0 ? 'pnl-pos' : s < 0 ? 'pnl-neg' : 'pnl-zero';
}

/** A quantity or price exactly as the API gave it. */
export function exact(text) {
  return text === null || text === undefined ? '–' : String(text);
}

/** An ISO-8601 UTC time as "YYYY-MM-DD HH:MM:SS" (the API sends UTC with a Z). */
export function utcTime(iso) {
  if (!iso) return '–';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

/** Engine lag in seconds for display. */
export function lag(seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '–';
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}
