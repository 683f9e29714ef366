// The views' CSS, as strings: the side panel and popup inject PANEL_CSS, hover cards carry
// CARD_CSS inside their shadow root. Light and dark themes through CSS variables
// (prefers-color-scheme, or data-theme="light|dark" on a container to force one).

const THEME = `
  --cx-bg: #ffffff; --cx-fg: #1b1f24; --cx-muted: #59636e; --cx-border: #d0d7de; --cx-raised: #f6f8fa;
  --cx-accent: #0a58ca; --cx-focus: #0a58ca;
  --cx-ok-bg: #dafbe1; --cx-ok-fg: #116329; --cx-bad-bg: #ffebe9; --cx-bad-fg: #a40e26;
  --cx-upd-bg: #ddf4ff; --cx-upd-fg: #0550ae; --cx-none-bg: #eaeef2; --cx-none-fg: #424a53;
  --cx-unit: rgb(37, 99, 235); --cx-unit-bg: rgba(59, 130, 246, 0.16);
  --cx-place: rgb(192, 38, 211); --cx-place-bg: rgba(192, 38, 211, 0.12);
  --cx-claim: rgb(217, 119, 6); --cx-claim-bg: rgba(245, 158, 11, 0.30);
  --cx-land: #f3f1ea; --cx-land-stroke: #9aa5b1; --cx-sea: #d9e8f3; --cx-dot: #b3127a;
`;
const DARK = `
  --cx-bg: #16191d; --cx-fg: #e6edf3; --cx-muted: #9ba6b1; --cx-border: #3a424b; --cx-raised: #20252b;
  --cx-accent: #6cb6ff; --cx-focus: #6cb6ff;
  --cx-ok-bg: #12361f; --cx-ok-fg: #7ee2a0; --cx-bad-bg: #47141b; --cx-bad-fg: #ffa3ad;
  --cx-upd-bg: #0f2d4a; --cx-upd-fg: #9ccfff; --cx-none-bg: #2b3138; --cx-none-fg: #c9d1d9;
  --cx-unit: rgb(96, 165, 250); --cx-unit-bg: rgba(96, 165, 250, 0.20);
  --cx-place: rgb(232, 121, 249); --cx-place-bg: rgba(232, 121, 249, 0.16);
  --cx-claim: rgb(251, 191, 36); --cx-claim-bg: rgba(245, 158, 11, 0.28);
  --cx-land: #2f353c; --cx-land-stroke: #66717c; --cx-sea: #141d27; --cx-dot: #ff7ac6;
`;

export const THEME_CSS = `
.cx-root, .cx-theme { ${THEME} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { .cx-root, .cx-theme { ${DARK} } }
.cx-root[data-theme="light"], .cx-theme[data-theme="light"] { ${THEME} }
.cx-root[data-theme="dark"], .cx-theme[data-theme="dark"] { ${DARK} }
`;

export const LEGEND_CSS = `
.cx-legend { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 0; padding: 0; list-style: none; font-size: 13px; color: var(--cx-fg); }
.cx-legend li { display: flex; align-items: baseline; gap: 6px; }
.cx-legend .cx-sample { padding: 0 2px; border-radius: 2px; text-underline-offset: 3px; color: var(--cx-fg); }
.cx-sample-unit { background: var(--cx-unit-bg); text-decoration: underline solid var(--cx-unit); text-decoration-thickness: 2px; }
.cx-sample-place { background: var(--cx-place-bg); text-decoration: underline dotted var(--cx-place); text-decoration-thickness: 3px; }
.cx-sample-claim { background: var(--cx-claim-bg); text-decoration: underline double var(--cx-claim); text-decoration-thickness: 1px; }
.cx-legend .cx-how { color: var(--cx-muted); }
`;

const CHIPS = `
.cx-chips { display: inline-flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.cx-chip { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; line-height: 18px; border: 1px solid transparent; white-space: nowrap; }
.cx-chip-corroborated { background: var(--cx-ok-bg); color: var(--cx-ok-fg); }
.cx-chip-conflicting { background: var(--cx-bad-bg); color: var(--cx-bad-fg); }
.cx-chip-updated { background: var(--cx-upd-bg); color: var(--cx-upd-fg); }
.cx-chip-unlinked { background: var(--cx-none-bg); color: var(--cx-none-fg); }
.cx-chip-related { background: var(--cx-none-bg); color: var(--cx-none-fg); }
.cx-chip [aria-hidden] { font-weight: 700; }
`;

const MAP = `
.cx-map { display: block; width: 100%; height: auto; background: var(--cx-sea); border: 1px solid var(--cx-border); border-radius: 6px; }
.cx-map .cx-land { fill: var(--cx-land); stroke: var(--cx-land-stroke); stroke-width: 0.6; }
.cx-map .cx-dot { fill: var(--cx-dot); stroke: var(--cx-bg); stroke-width: 1.5; }
.cx-map .cx-label { font: 600 11px system-ui, sans-serif; fill: var(--cx-fg); paint-order: stroke; stroke: var(--cx-bg); stroke-width: 3px; stroke-linejoin: round; }
.cx-map-loading { color: var(--cx-muted); font-size: 12px; }
`;

export const PANEL_CSS = `
html, body { margin: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #16191d; } }
${THEME_CSS}
${LEGEND_CSS}
${CHIPS}
${MAP}
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
.cx-footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--cx-border); }
`;

export const CARD_CSS = `
:host { all: initial; }
${THEME_CSS}
${CHIPS}
${MAP}
.cx-root { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--cx-fg); background: var(--cx-bg); border: 1px solid var(--cx-border); border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22); padding: 10px 12px; width: 320px; max-width: calc(100vw - 16px); box-sizing: border-box; overflow: auto; }
.cx-root *, .cx-root *::before, .cx-root *::after { box-sizing: border-box; }
.cx-root:focus { outline: none; }
.cx-root :focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 2px; }
.cx-kind { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--cx-muted); margin: 0 0 4px; display: flex; align-items: center; gap: 6px; }
.cx-swatch { display: inline-block; width: 18px; height: 0; border-bottom-width: 3px; border-bottom-color: currentColor; }
.cx-swatch-unit { border-bottom-style: solid; color: var(--cx-unit); }
.cx-swatch-place { border-bottom-style: dotted; color: var(--cx-place); }
.cx-swatch-claim { border-bottom-style: double; color: var(--cx-claim); height: 4px; border-bottom-width: 4px; }
.cx-title { font-size: 15px; font-weight: 700; margin: 0 0 2px; overflow-wrap: anywhere; }
.cx-normal { margin: 2px 0 6px; overflow-wrap: anywhere; }
.cx-line { margin: 2px 0; color: var(--cx-muted); }
.cx-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.cx-btn { font: inherit; font-size: 12px; font-weight: 600; cursor: pointer; border-radius: 5px; padding: 3px 10px; border: 1px solid var(--cx-border); background: var(--cx-raised); color: var(--cx-fg); }
.cx-btn:hover { border-color: var(--cx-accent); }
.cx-counts-btn { all: unset; cursor: pointer; color: var(--cx-accent); text-decoration: underline; text-underline-offset: 2px; }
.cx-counts-btn:focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 2px; }
.cx-sources { margin: 4px 0 0; padding-left: 16px; }
.cx-map { margin-top: 6px; }
`;
