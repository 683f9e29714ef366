// The CSS the views share (theme variables, legend, chips, map), as strings. Light and dark
// themes through CSS variables (prefers-color-scheme, or data-theme="light|dark" on a container).

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

export const CHIPS_CSS = `
.cx-chips { display: inline-flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.cx-chip { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; line-height: 18px; border: 1px solid transparent; white-space: nowrap; }
.cx-chip-corroborated { background: var(--cx-ok-bg); color: var(--cx-ok-fg); }
.cx-chip-conflicting { background: var(--cx-bad-bg); color: var(--cx-bad-fg); }
.cx-chip-updated { background: var(--cx-upd-bg); color: var(--cx-upd-fg); }
.cx-chip-unlinked { background: var(--cx-none-bg); color: var(--cx-none-fg); }
.cx-chip-related { background: var(--cx-none-bg); color: var(--cx-none-fg); }
.cx-chip [aria-hidden] { font-weight: 700; }
`;

export const MAP_CSS = `
.cx-map { display: block; width: 100%; height: auto; background: var(--cx-sea); border: 1px solid var(--cx-border); border-radius: 6px; }
.cx-map .cx-land { fill: var(--cx-land); stroke: var(--cx-land-stroke); stroke-width: 0.6; }
.cx-map .cx-dot { fill: var(--cx-dot); stroke: var(--cx-bg); stroke-width: 1.5; }
.cx-map .cx-label { font: 600 11px system-ui, sans-serif; fill: var(--cx-fg); paint-order: stroke; stroke: var(--cx-bg); stroke-width: 3px; stroke-linejoin: round; }
.cx-map-loading { color: var(--cx-muted); font-size: 12px; }
`;

