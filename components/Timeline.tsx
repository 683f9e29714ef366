// A timeline for a series of updates: value over date, one line per claimant. Lines differ by
// dash pattern and marker shape as well as colour; a table with the same points is there for
// screen readers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../lib/format/numbers';
import { formatPeriod, periodTime } from '../lib/format/dates';

export interface TimelinePoint {
  /** ISO date or period. */
  date: string;
  value: number;
  /** Where it was reported (outlet or title). */
  source?: string;
}

export interface TimelineSeries {
  /** Claimant (attribution) or outlet. */
  label: string;
  points: TimelinePoint[];
}

export interface TimelineProps {
  title: string;
  /** Unit after the values (`people`, `km²`). */
  unit?: string;
  series: readonly TimelineSeries[];
  width?: number;
  height?: number;
  /** Draw the chart only once its figure comes near the viewport (the caption and the table
   * for screen readers are there from the start, and the space the chart takes is kept). */
  lazy?: boolean;
}

const STYLES = [
  { stroke: 'var(--cx-claim)', dash: '', marker: 'circle' },
  { stroke: 'var(--cx-unit)', dash: '6 3', marker: 'square' },
  { stroke: 'var(--cx-place)', dash: '2 3', marker: 'triangle' },
  { stroke: 'var(--cx-muted)', dash: '8 3 2 3', marker: 'diamond' },
] as const;

function Marker({ shape, x, y, color }: { shape: string; x: number; y: number; color: string }) {
  if (shape === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} />;
  if (shape === 'triangle') return <path d={`M${x},${y - 4.5}L${x + 4.5},${y + 3.5}L${x - 4.5},${y + 3.5}Z`} fill={color} />;
  if (shape === 'diamond') return <path d={`M${x},${y - 4.5}L${x + 4.5},${y}L${x},${y + 4.5}L${x - 4.5},${y}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={3.8} fill={color} />;
}

/** A round axis maximum at or above `v`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** True once `ref`'s element is within `margin` of the viewport; at once without IntersectionObserver. */
function useNearViewport(ref: { current: Element | null }, wanted: boolean, margin = '300px'): boolean {
  const [near, setNear] = useState(!wanted || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !ref.current) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(ref.current);
    return () => io.disconnect();
  }, [near]);
  return near;
}

export function Timeline({ title, unit = '', series, width = 320, height = 170, lazy = false }: TimelineProps) {
  const figRef = useRef<HTMLElement>(null);
  const drawn = useNearViewport(figRef, lazy);
  const pts = series.flatMap((s) => s.points.filter((p) => Number.isFinite(periodTime(p.date)) && Number.isFinite(p.value)));
  if (pts.length < 2) return null;
  const times = pts.map((p) => periodTime(p.date));
  const values = pts.map((p) => p.value);
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t0 === t1) {
    t0 -= 15 * 864e5;
    t1 += 15 * 864e5;
  }
  const vMin = Math.min(0, Math.min(...values));
  const vMax = niceCeil(Math.max(...values) * 1.05);
  const dates = pts.map((p) => p.date).sort((a, b) => periodTime(a) - periodTime(b));
  const L = 12 + 6.2 * Math.max(formatNumber(vMax).length, formatNumber(vMin).length);
  const R = 10;
  const T = 18;
  const B = 34;
  const x = (t: number) => L + ((t - t0) / (t1 - t0)) * (width - L - R);
  const y = (v: number) => T + (1 - (v - vMin) / (vMax - vMin)) * (height - T - B);
  const legendY = height - 6;
  return (
    <figure ref={figRef} class="cx-timeline-figure" style="margin:0 0 12px">
      <figcaption class="cx-meta" aria-hidden="true">{title}{unit ? ` (${unit})` : ''}</figcaption>
      {drawn ? (
      <svg class="cx-timeline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: timeline, ${series.length} ${series.length === 1 ? 'claimant' : 'claimants'}`}>
        <line class="cx-axis" x1={L} y1={T} x2={L} y2={height - B} />
        <line class="cx-axis" x1={L} y1={height - B} x2={width - R} y2={height - B} />
        <text x={L - 4} y={T + 8} text-anchor="end">{formatNumber(vMax)}</text>
        <text x={L - 4} y={height - B} text-anchor="end">{formatNumber(vMin)}</text>
        <text x={L} y={height - B + 13} text-anchor="start">{formatPeriod(dates[0])}</text>
        <text x={width - R} y={height - B + 13} text-anchor="end">{formatPeriod(dates[dates.length - 1])}</text>
        {series.map((s, i) => {
          const st = STYLES[i % STYLES.length];
          const sorted = [...s.points].filter((p) => Number.isFinite(periodTime(p.date))).sort((a, b) => periodTime(a.date) - periodTime(b.date));
          const d = sorted.map((p, j) => `${j ? 'L' : 'M'}${x(periodTime(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
          const lx = L + i * ((width - L) / Math.max(1, series.length));
          return (
            <g key={s.label} data-series={s.label}>
              <path d={d} fill="none" stroke={st.stroke} stroke-width={2} stroke-dasharray={st.dash || undefined} />
              {sorted.map((p, j) => {
                const px = x(periodTime(p.date));
                const anchor = j === 0 && sorted.length > 1 ? 'start' : j === sorted.length - 1 && sorted.length > 1 ? 'end' : 'middle';
                return (
                  <g key={p.date + p.value}>
                    <Marker shape={st.marker} x={px} y={y(p.value)} color={st.stroke} />
                    <text class="cx-point-label" x={px} y={y(p.value) - 7} text-anchor={anchor}>{formatNumber(p.value)}</text>
                  </g>
                );
              })}
              <Marker shape={st.marker} x={lx + 4} y={legendY - 4} color={st.stroke} />
              <text class="cx-series-label" x={lx + 12} y={legendY}>{s.label}</text>
            </g>
          );
        })}
      </svg>
      ) : (
        <div class="cx-timeline cx-timeline-pending" data-pending="true" aria-hidden="true" style={`aspect-ratio:${width}/${height}`} />
      )}
      <div class="cx-sr-only">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr><th scope="col">Claimant</th><th scope="col">Date</th><th scope="col">Value</th><th scope="col">Source</th></tr>
        </thead>
        <tbody>
          {series.flatMap((s) =>
            s.points.map((p) => (
              <tr key={s.label + p.date + p.value}>
                <td>{s.label}</td><td>{formatPeriod(p.date)}</td><td>{formatNumber(p.value)}{unit ? ` ${unit}` : ''}</td><td>{p.source ?? ''}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
