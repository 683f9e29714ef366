// ISO dates and periods as a reader says them: `2025-03` → `March 2025`.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025` → `2025`; `2025-03` → `March 2025`; `2025-03-14` → `14 March 2025`; a range `A/B` → `A – B`. Unknown shapes are returned as given. */
export function formatPeriod(iso: string): string {
  const s = iso.trim();
  if (s.includes('/')) {
    const [a, b] = s.split('/', 2);
    return `${formatPeriod(a)} – ${formatPeriod(b)}`;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(s);
  if (!m) return s;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return s;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A sortable time for an ISO date or period (its start), NaN when unreadable. */
export function periodTime(iso: string | undefined): number {
  if (!iso) return NaN;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}
