// The toolbar popup's view: on/off for this site, the verdict and counts, open the side panel,
// and the legend. State and actions come from props (the popup entrypoint owns messaging).
import type { WarCoverage } from '../lib/model';
import { Legend } from './Legend';
import { PANEL_CSS } from './styles';

export interface PopupCounts {
  claims: number;
  units: number;
  places: number;
  /** Claims with at least one relation to another source. */
  linked?: number;
}

export interface PopupViewProps {
  /** Host name of the active tab; null when the tab cannot be read (browser pages, PDFs). */
  site: string | null;
  enabled: boolean;
  warCoverage?: WarCoverage;
  counts?: PopupCounts;
  onToggleSite?: (enabled: boolean) => void;
  onOpenPanel?: () => void;
  theme?: 'light' | 'dark';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function PopupView({ site, enabled, warCoverage, counts, onToggleSite, onOpenPanel, theme }: PopupViewProps) {
  return (
    <div class="cx-root cx-popup" data-theme={theme}>
      <style>{PANEL_CSS}</style>
      <main>
        <h1>Crosscheck</h1>
        {site === null ? (
          <div class="cx-empty" data-empty="unreadable">
            <p>Crosscheck cannot read this page.</p>
          </div>
        ) : (
          <>
            <p class="cx-page">{site}</p>
            <label class="cx-toggle">
              <input type="checkbox" checked={enabled} onChange={(e) => onToggleSite?.((e.target as HTMLInputElement).checked)} />
              Highlight on this site
            </label>
            {warCoverage && (
              <p class={`cx-verdict ${warCoverage.isWarCoverage ? 'cx-verdict-yes' : 'cx-verdict-no'}`}>
                <span class="cx-verdict-badge">{warCoverage.isWarCoverage ? 'War coverage' : 'Not war coverage'}</span>
                <span class="cx-meta">score {warCoverage.score.toFixed(2)}</span>
              </p>
            )}
            {counts && (
              <p class="cx-counts" data-testid="popup-counts">
                {plural(counts.claims, 'claim', 'claims')} · {plural(counts.units, 'unit', 'units')} · {plural(counts.places, 'place', 'places')}
                {counts.linked !== undefined ? ` · ${counts.linked} linked` : ''}
              </p>
            )}
            {onOpenPanel && (
              <p>
                <button type="button" class="cx-btn" onClick={onOpenPanel}>
                  Open the side panel
                </button>
              </p>
            )}
          </>
        )}
      </main>
      <footer class="cx-footer" aria-label="Legend">
        <Legend styles={false} describe={false} />
      </footer>
    </div>
  );
}
