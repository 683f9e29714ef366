// The side panel's and popup's CSS (PANEL_CSS), as a string; shared parts in styles-base.ts,
// the hover card's in card-styles.ts (kept apart so the content script carries only its own).
import { CHIPS_CSS, LEGEND_CSS, MAP_CSS, THEME_CSS } from './styles-base';

export { CHIPS_CSS, LEGEND_CSS, MAP_CSS, THEME_CSS };
export { CARD_CSS } from './card-styles';

export const PANEL_CSS = `
html, body { margin: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #16191d; } }
${THEME_CSS}
${LEGEND_CSS}
${CHIPS_CSS}
${MAP_CSS}
.cx-root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--cx-bg); color: var(--cx-fg); padding: 12px 14px 24px; box-sizing: border-box; min-height: 100vh; }
.cx-root *, .cx-root *::before, .cx-root *::after { box-sizing: border-box; }
.cx-root h1 { font-size: 17px; margin: 0 0 2px; }
.cx-root h2 { font-size: 15px; margin: 20px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--cx-border); }
.cx-root h3 { font-size: 13px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--cx-muted); }
.cx-root a { color: var(--cx-accent); }
.cx-root :focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 2px; border-radius: 3px; }
.cx-root button { font: inherit; }
.cx-page { color: var(--cx-muted); font-size: 12px; overflow-wrap: anywhere; margin: 0; }
.cx-verdict { display: flex; align-items: center; gap: 8px; font-weight: 600; margin: 0 0 6px; }
.cx-verdict-badge { padding: 2px 8px; border-radius: 4px; font-size: 12px; }
.cx-verdict-yes .cx-verdict-badge { background: var(--cx-bad-bg); color: var(--cx-bad-fg); }
.cx-verdict-no .cx-verdict-badge { background: var(--cx-none-bg); color: var(--cx-none-fg); }
.cx-reasons { margin: 4px 0 0; padding-left: 18px; color: var(--cx-fg); font-size: 13px; }
.cx-reasons li { margin: 2px 0; }
.cx-reasons .cx-against { color: var(--cx-muted); }
.cx-filters { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px 8px; margin: 12px 0 4px; padding: 10px; background: var(--cx-raised); border: 1px solid var(--cx-border); border-radius: 6px; }
.cx-filters .cx-search { grid-column: 1 / -1; }
.cx-filters label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--cx-muted); font-weight: 600; }
.cx-filters input, .cx-filters select { font: inherit; font-size: 13px; color: var(--cx-fg); background: var(--cx-bg); border: 1px solid var(--cx-border); border-radius: 4px; padding: 4px 6px; min-width: 0; width: 100%; }
.cx-status-line { font-size: 12px; color: var(--cx-muted); margin: 4px 0 0; }
.cx-claims, .cx-relations, .cx-entities { list-style: none; margin: 0; padding: 0; }
.cx-claim { border: 1px solid var(--cx-border); border-radius: 6px; padding: 8px 10px; margin: 0 0 8px; background: var(--cx-bg); }
.cx-claim[data-selected] { border-color: var(--cx-accent); box-shadow: 0 0 0 2px var(--cx-accent) inset; }
.cx-claim-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px; }
.cx-quote { all: unset; cursor: pointer; font-weight: 600; color: var(--cx-fg); background: var(--cx-claim-bg); text-decoration: underline double var(--cx-claim); text-underline-offset: 3px; padding: 0 2px; border-radius: 2px; }
.cx-quote:focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 2px; }
.cx-normal { margin: 4px 0 2px; font-size: 13px; overflow-wrap: anywhere; }
.cx-counts { margin: 0; font-size: 12px; color: var(--cx-muted); }
.cx-relation { border-top: 1px dashed var(--cx-border); margin-top: 8px; padding-top: 6px; font-size: 13px; }
.cx-relation-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.cx-source-title { font-weight: 600; }
.cx-meta { color: var(--cx-muted); font-size: 12px; }
.cx-relation blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid var(--cx-border); color: var(--cx-fg); }
.cx-reason { margin: 2px 0; color: var(--cx-fg); }
.cx-independence { font-size: 12px; color: var(--cx-muted); margin: 2px 0 0; }
.cx-empty { margin-top: 8px; padding: 10px 12px; border: 1px dashed var(--cx-border); border-radius: 6px; color: var(--cx-fg); background: var(--cx-raised); font-size: 13px; }
.cx-empty p { margin: 0 0 4px; }
.cx-empty p:last-child { margin: 0; }
.cx-entities li { display: flex; justify-content: space-between; gap: 8px; padding: 4px 0; border-bottom: 1px solid var(--cx-border); font-size: 13px; }
.cx-entities .cx-meta { text-align: right; }
.cx-count { font-variant-numeric: tabular-nums; color: var(--cx-muted); white-space: nowrap; }
.cx-timeline { display: block; width: 100%; height: auto; }
.cx-timeline .cx-axis { stroke: var(--cx-border); }
.cx-timeline text { font: 11px system-ui, sans-serif; fill: var(--cx-muted); }
.cx-timeline .cx-series-label { fill: var(--cx-fg); font-weight: 600; }
.cx-timeline .cx-point-label { fill: var(--cx-fg); font-size: 10px; font-variant-numeric: tabular-nums; }
.cx-timeline-figure figcaption { margin: 0 0 2px; }
.cx-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.cx-popup { min-height: 0; width: 320px; padding-bottom: 12px; }
.cx-toggle { display: flex; gap: 8px; align-items: center; margin: 10px 0; font-weight: 600; }
.cx-toggle input { width: 16px; height: 16px; margin: 0; accent-color: var(--cx-accent); }
.cx-root .cx-btn { font: inherit; font-weight: 600; cursor: pointer; border-radius: 5px; padding: 4px 12px; border: 1px solid var(--cx-border); background: var(--cx-raised); color: var(--cx-fg); }
.cx-root .cx-btn:hover { border-color: var(--cx-accent); }
.cx-popup .cx-footer { margin-top: 12px; }
.cx-search-more { margin-top: 8px; }
.cx-search-live p { margin: 4px 0 0; }
.cx-root .cx-small { font-size: 12px; padding: 2px 8px; }
.cx-root .cx-btn:disabled { opacity: 0.6; cursor: progress; }
.cx-confirm { margin-top: 6px; padding: 8px 10px; border: 1px solid var(--cx-accent); border-radius: 6px; background: var(--cx-raised); font-size: 13px; }
.cx-confirm p { margin: 0 0 6px; }
.cx-query { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; padding: 4px 6px; background: var(--cx-bg); border: 1px solid var(--cx-border); border-radius: 4px; overflow-wrap: anywhere; }
.cx-confirm-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.cx-error { color: var(--cx-bad-fg); font-weight: 600; }
.cx-results { list-style: none; margin: 6px 0 0; padding: 0; font-size: 13px; }
.cx-results li { border-top: 1px dashed var(--cx-border); padding: 4px 0; }
.cx-result-status { font-weight: 600; }
.cx-root .cx-linkbtn { all: unset; cursor: pointer; color: var(--cx-accent); text-decoration: underline; }
.cx-root .cx-linkbtn:focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 2px; }
.cx-demo { margin-top: 6px; }
.cx-footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--cx-border); }
`;

