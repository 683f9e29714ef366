// Number display for claims: grouped digits, a sensible precision for converted values, and
// "500 million" for large round amounts. Pure; no DOM.

// Made on first use, not at import: the first Intl formatter of a page's content script loads
// locale data (about 15 ms), which belongs in the hover that needs it, not in the script's start.
let grouped: Intl.NumberFormat | undefined;
const GROUPED = (): Intl.NumberFormat => (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));

/** `1165.4955` → `1,165`; `12.34` → `12.3`; `0.4047` → `0.4`; `2500000` → `2.5 million`. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e6) {
    const [div, word] = abs >= 1e12 ? [1e12, 'trillion'] : abs >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
    const scaled = n / div;
    const digits = Math.abs(scaled) >= 100 || Number.isInteger(scaled) ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
    const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    return `${fmt.format(scaled)} ${word}`;
  }
  if (abs >= 100 || Number.isInteger(n)) return GROUPED().format(n);
  const digits = abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(n);
}

/** `450, 500` → `450–500`; equal ends collapse to one number. */
export function formatInterval(low: number, high: number): string {
  const a = formatNumber(low);
  const b = formatNumber(high);
  return a === b ? a : `${a}–${b}`;
}
