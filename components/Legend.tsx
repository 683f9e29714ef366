// The three mark styles, as they look on the page, with words for what each line means.
import { LEGEND_CSS, THEME_CSS } from './styles-base';

export interface LegendProps {
  /** Inject the legend's own CSS (off when the surrounding view already has PANEL_CSS). */
  styles?: boolean;
  /** Show the line style in words too (default true). */
  describe?: boolean;
  /** Force a theme (default follows prefers-color-scheme). */
  theme?: 'light' | 'dark';
}

const ITEMS = [
  { kind: 'unit', label: 'Military unit', how: 'solid underline, blue' },
  { kind: 'place', label: 'Place', how: 'dotted underline, magenta' },
  { kind: 'claim', label: 'Numeric claim', how: 'double underline, amber tint' },
] as const;

export function Legend({ styles = true, describe = true, theme }: LegendProps) {
  return (
    <div class="cx-theme" data-theme={theme}>
      {styles && <style>{THEME_CSS + LEGEND_CSS}</style>}
      <ul class="cx-legend" aria-label="Highlight legend">
        {ITEMS.map((it) => (
          <li key={it.kind} data-kind={it.kind}>
            <span class={`cx-sample cx-sample-${it.kind}`}>{it.label}</span>
            {describe && <span class="cx-how">{it.how}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
