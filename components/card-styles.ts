// The hover card's CSS, inside its shadow root.
import { CHIPS_CSS, MAP_CSS, THEME_CSS } from './styles-base';

export const CARD_CSS = `
:host { all: initial; }
${THEME_CSS}
${CHIPS_CSS}
${MAP_CSS}
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
.cx-sources li { margin: 2px 0; }
.cx-sources a { color: var(--cx-accent); }
.cx-sources a:focus-visible { outline: 2px solid var(--cx-focus); outline-offset: 1px; }
.cx-muted { color: var(--cx-muted); }
.cx-map { margin-top: 6px; }
`;
