// Hover and keyboard access to the marks. Custom highlights have no events, so the pointer is
// hit-tested against the mark ranges (highlighter.hitTest: caret position from point, then the
// mark's boxes). A mark under the pointer for `openDelayMs` (40 ms) opens its card; leaving
// both the mark and the card closes it after `closeDelayMs`; Escape closes it; scrolling moves
// it with the mark and closes it once the mark leaves the viewport.
//
// Keyboard: `focusNextMark(+1 | -1)` moves a visible focus ring (the `cx-focus` highlight) to
// the next or previous mark in reading order, scrolls it into view and opens its card with focus
// inside the card (Escape returns focus where it was). With `hotkeys` on (default), Alt+Shift+N
// and Alt+Shift+P call it, except while the reader types in a field. Cards opened by the pointer
// never take focus.

import type { Highlighter, Mark } from './highlighter';

export type OpenVia = 'pointer' | 'keyboard';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  placement: 'above' | 'below';
  /** Set when the card must scroll to avoid covering the mark. */
  maxHeight?: number;
}

/**
 * Where a card of `card` size goes for a mark at `anchor`: below it if it fits, else above if it
 * fits, else on the roomier side with a max height, so it never covers the mark. Viewport
 * coordinates; `gap` px between mark and card; kept `margin` px inside the viewport sideways.
 */
export function placeCard(
  anchor: RectLike,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 8,
): Placement {
  const below = viewport.height - anchor.bottom - gap - margin;
  const above = anchor.top - gap - margin;
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - card.width - margin));
  if (card.height <= below) return { left, top: anchor.bottom + gap, placement: 'below' };
  if (card.height <= above) return { left, top: anchor.top - gap - card.height, placement: 'above' };
  if (below >= above) return { left, top: anchor.bottom + gap, placement: 'below', maxHeight: Math.max(0, below) };
  const h = Math.max(0, above);
  return { left, top: anchor.top - gap - h, placement: 'above', maxHeight: h };
}

/** The box of a mark's first line (where the pointer or focus is), or of the whole range. */
export function anchorRect(range: Range, x?: number, y?: number): RectLike {
  const rects = Array.from(range.getClientRects?.() ?? []);
  if (x !== undefined && y !== undefined) {
    const hit = rects.find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
    if (hit) return hit;
  }
  return rects[0] ?? range.getBoundingClientRect();
}

export interface HoverControllerOptions {
  doc: Document;
  highlighter: Pick<Highlighter, 'hitTest' | 'marks' | 'setFocus' | 'ensureRegistered'>;
  /** Show the card for a mark, placed against `anchor`. */
  open(mark: Mark, via: OpenVia, anchor: RectLike): void;
  close(): void;
  /** The card moved with the page: place it again against `anchor`. */
  reposition?(anchor: RectLike): void;
  /** True when the event target is our card (the pointer over the card keeps it open). */
  isInsideCard(target: EventTarget | null): boolean;
  openDelayMs?: number;
  closeDelayMs?: number;
  hotkeys?: boolean;
  signal?: AbortSignal;
}

export interface HoverController {
  /** Move the keyboard focus ring to the next (+1) or previous (-1) mark and open its card. */
  focusNextMark(dir?: 1 | -1): Mark | null;
  /** Open the card of a mark (keyboard: focus ring and focus in the card). */
  open(mark: Mark, via?: OpenVia): void;
  /** The mark whose card is open. */
  current(): Mark | null;
  close(): void;
  destroy(): void;
}

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true;
}

export function createHoverController(opts: HoverControllerOptions): HoverController {
  const { doc, highlighter } = opts;
  const win = doc.defaultView!;
  const openDelay = opts.openDelayMs ?? 40;
  const closeDelay = opts.closeDelayMs ?? 250;
  const ac = new AbortController();
  const signal = ac.signal;
  opts.signal?.addEventListener('abort', () => destroy(), { once: true });

  let current: Mark | null = null;
  let via: OpenVia = 'pointer';
  let focusIndex = -1;
  let returnFocus: Element | null = null;
  let px = 0;
  let py = 0;
  let overCard = false;
  let evalTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  function doOpen(mark: Mark, how: OpenVia, anchor: RectLike): void {
    clearTimeout(closeTimer);
    current = mark;
    via = how;
    opts.open(mark, how, anchor);
  }

  function close(): void {
    clearTimeout(closeTimer);
    if (!current) return;
    const wasKeyboard = via === 'keyboard';
    current = null;
    opts.close();
    if (wasKeyboard) {
      highlighter.setFocus(null);
      const el = returnFocus as HTMLElement | null;
      returnFocus = null;
      if (el && el.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
    }
  }

  function scheduleClose(): void {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!overCard) close();
    }, closeDelay);
  }

  function evaluate(): void {
    evalTimer = undefined;
    if (overCard) return;
    const hit = highlighter.hitTest(px, py);
    if (hit) {
      clearTimeout(closeTimer);
      if (hit.id !== current?.id) doOpen(hit, 'pointer', anchorRect(hit.range, px, py));
    } else if (current && via === 'pointer') {
      scheduleClose();
    }
  }

  doc.addEventListener(
    'pointermove',
    (e) => {
      px = e.clientX;
      py = e.clientY;
      overCard = opts.isInsideCard(e.target);
      if (overCard) {
        clearTimeout(closeTimer);
        return;
      }
      if (evalTimer === undefined) evalTimer = setTimeout(evaluate, openDelay);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'pointerleave',
    () => {
      overCard = false;
      if (current && via === 'pointer') scheduleClose();
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && current) {
        // a pointer evaluation still pending would open the card again at once
        clearTimeout(evalTimer);
        evalTimer = undefined;
        close();
        return;
      }
      if (opts.hotkeys !== false && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
        if (typingIn(e.target) && !opts.isInsideCard(e.target)) return;
        e.preventDefault();
        focusNextMark(e.code === 'KeyN' ? 1 : -1);
      }
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'scroll',
    () => {
      if (!current) return;
      const r = anchorRect(current.range);
      const off = r.bottom < 0 || r.top > win.innerHeight || (r.width === 0 && r.height === 0);
      if (off) close();
      else opts.reposition?.(r);
    },
    { passive: true, capture: true, signal },
  );

  function focusNextMark(dir: 1 | -1 = 1): Mark | null {
    highlighter.ensureRegistered();
    const list = highlighter.marks();
    if (!list.length) return null;
    if (focusIndex < 0 || focusIndex >= list.length || (current && list[focusIndex]?.id !== current.id && via !== 'keyboard')) {
      // start from the first mark at or below the top of the viewport
      const first = list.findIndex((m) => anchorRect(m.range).bottom >= 0);
      focusIndex = dir === 1 ? Math.max(0, first) - 1 : Math.max(0, first);
    }
    focusIndex = (focusIndex + dir + list.length) % list.length;
    const mark = list[focusIndex];
    if (via !== 'keyboard' || !current) {
      const active = doc.activeElement;
      returnFocus = active && !opts.isInsideCard(active) ? active : null;
    }
    highlighter.setFocus(mark);
    let r = anchorRect(mark.range);
    if (r.top < 0 || r.bottom > win.innerHeight) {
      win.scrollBy?.({ top: r.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
      r = anchorRect(mark.range);
    }
    doOpen(mark, 'keyboard', r);
    return mark;
  }

  function destroy(): void {
    if (signal.aborted) return;
    clearTimeout(evalTimer);
    clearTimeout(closeTimer);
    close();
    ac.abort();
  }

  function openMark(mark: Mark, how: OpenVia = 'keyboard'): void {
    if (how === 'keyboard') {
      const active = doc.activeElement;
      returnFocus = active && !opts.isInsideCard(active) ? active : null;
      highlighter.setFocus(mark);
      focusIndex = highlighter.marks().findIndex((m) => m.id === mark.id);
    }
    doOpen(mark, how, anchorRect(mark.range));
  }

  return { focusNextMark, open: openMark, current: () => current, close, destroy };
}
