// Paints units, places and claims on the page.
//
// Preferred path: the CSS Custom Highlight API. One `Highlight` per kind, registered under cx-
// names (`cx-unit`, `cx-place`, `cx-claim`, plus `cx-focus` for the keyboard focus ring and
// `cx-flash` for a claim the side panel scrolled to). The page's DOM is not touched; only a
// stylesheet is adopted. The registry is shared with the page, so `ensureRegistered()` puts our
// highlights back when a page cleared them (called on hover, on visibility change and on a slow
// timer).
//
// Fallback (no `CSS.highlights`): each text node a mark covers is split at the mark's ends and
// the pieces are wrapped in `<cx-mark data-kind="claim">`. Every split and wrap is logged, and
// `clear()` undoes the log in reverse order, so the DOM comes back byte for byte with the
// original text nodes (same node identity, same data).
//
// Painting is sliced: marks are resolved in slices of at most `sliceMs` (8 ms), and between
// slices the painter yields (scheduler.yield, else requestIdleCallback, else setTimeout). The
// browser's cost is in the next frame, not in our script. In Chromium (156) that frame's
// pre-paint grows with all the ranges the highlights hold, not with those added since the last
// frame: 1,500 ranges on a live blog cost ~16 ms of pre-paint CPU added at once, and as much in
// the last frame of 150-range batches, whose ten frames cost ~115 ms of pre-paint and ~60 ms of
// paint in all (against ~16 and ~6). So Chromium gets every range in one frame; elsewhere
// (Firefox, not measured) ranges still go in at most `frameBatch` (150) per frame. A repaint (the
// page changed) keeps the ranges of marks that did not move and only adds and removes the
// difference: a live blog's new entry costs its own marks, not all.

export type MarkKind = 'unit' | 'place' | 'claim';
export const MARK_KINDS: readonly MarkKind[] = ['unit', 'place', 'claim'];

export interface MarkInput {
  kind: MarkKind;
  /** Stable id, e.g. `claim:3`, `place:1:0` (entity 1, mention 0). */
  id: string;
  /**
   * A Range, or a function that makes it (called during the sliced paint, after the previous
   * marks were removed; null skips the mark). In the fallback, repaints must pass functions (or
   * ranges made after clear()): ranges made over our own cx-mark elements die with them.
   */
  range: Range | (() => Range | null);
  /**
   * Where the mark starts in reading order (e.g. its offset in the page text). When every mark
   * has one, marks are sorted by it instead of comparing ranges in the DOM (which walks the tree:
   * about 14 ms for 1,500 marks on a long page).
   */
  order?: number;
}

export interface Mark {
  kind: MarkKind;
  id: string;
  range: Range;
  order?: number;
}

/** The bits of `Highlight` we use (so tests can inject a fake). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  /** Present on the real API (a setlike); without it a repaint clears and adds everything. */
  delete?(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority?: number;
}
export interface HighlightRegistryLike {
  set(name: string, h: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
  has(name: string): boolean;
}
export type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

export interface HighlighterOptions {
  doc?: Document;
  /** Kinds to show (default all three). */
  kinds?: readonly MarkKind[];
  /** `auto` (default): the API when present, else the fallback. */
  mode?: 'auto' | 'api' | 'fallback';
  /** Injected registry and constructor (tests; default CSS.highlights and Highlight). */
  registry?: HighlightRegistryLike;
  Highlight?: HighlightCtor;
  /** Longest slice of painting work in ms (default 8). */
  sliceMs?: number;
  /** Yields to the event loop between slices (default: scheduler.yield / idle callback / timeout). */
  yieldFn?: () => Promise<void>;
  /** Ranges added to the highlights per frame (API path; default: all at once in Chromium, 150 elsewhere). */
  frameBatch?: number;
  /** Waits for the next frame between batches (default: requestAnimationFrame, at most 100 ms). */
  frameYield?: () => Promise<void>;
  now?: () => number;
  /** How often to check that the page has not cleared our highlights (ms, default 2000; 0 = never). */
  recheckMs?: number;
  signal?: AbortSignal;
  /**
   * How the stylesheet goes in: an adopted constructed sheet (no element in the page), a
   * `<style id="cx-highlight-style">` in the head, or `auto` (default): adopted, except in Firefox
   * where sheets adopted from a content script are unreliable.
   */
  style?: 'auto' | 'adopted' | 'element';
  /** Wraps the fallback's synchronous DOM changes, e.g. `(fn) => watcher.ignoring(fn)`. */
  wrapMutation?: (fn: () => void) => void;
}

export interface PaintResult {
  painted: number;
  skipped: number;
  slices: number;
  /** Ranges added to the highlights (API path: marks that were not already shown as they are). */
  added: number;
  /** Ranges taken out (marks of the previous paint that are gone or moved). */
  removed: number;
  /** Frames the additions were spread over. */
  frames: number;
  /** Longest slice in ms. */
  longestSliceMs: number;
}

export interface Highlighter {
  readonly mode: 'api' | 'fallback';
  /** Replace what is painted with `marks` (sliced; resolves when all are painted). */
  paint(marks: readonly MarkInput[]): Promise<PaintResult>;
  /** Remove every mark (the DOM is restored exactly in the fallback). */
  clear(): void;
  /** clear() and remove the stylesheet, highlights and listeners. */
  destroy(): void;
  /** The mark under a viewport point (smallest first: a place inside a claim wins), or null. */
  hitTest(x: number, y: number): Mark | null;
  /** Marks painted, in document order of their start. */
  marks(): readonly Mark[];
  get(id: string): Mark | undefined;
  /** Show only these kinds. */
  setKinds(kinds: readonly MarkKind[]): void;
  /** Draw the keyboard focus ring on a mark (null removes it). */
  setFocus(mark: Mark | null): void;
  /** Flash a mark for `ms` (default 1600). */
  flash(id: string, ms?: number): void;
  /** Put our highlights and stylesheet back if the page removed them; true if something was restored. */
  ensureRegistered(): boolean;
}

/** The parts of an Analysis the marks come from (structural, so lib/model stays the source of truth). */
export interface MarkSource {
  units: ReadonlyArray<{ mentions: ReadonlyArray<{ start: number; end: number }> }>;
  places: ReadonlyArray<{ mentions: ReadonlyArray<{ start: number; end: number }> }>;
  claims: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Marks for every unit mention (`unit:I:J`), place mention (`place:I:J`) and claim (`claim:I`) of
 * an analysis, with lazy ranges made by `toRange(start, end)` (offsets into the page text, e.g.
 * lib/dom/text-range.ts) during the sliced paint. Parse ids back with `parseMarkId`.
 */
export function marksFromAnalysis(a: MarkSource, toRange: (start: number, end: number) => Range | null, kinds: readonly MarkKind[] = MARK_KINDS): MarkInput[] {
  const out: MarkInput[] = [];
  const want = new Set(kinds);
  if (want.has('unit')) a.units.forEach((u, i) => u.mentions.forEach((m, j) => out.push({ kind: 'unit', id: `unit:${i}:${j}`, range: () => toRange(m.start, m.end), order: m.start })));
  if (want.has('place')) a.places.forEach((p, i) => p.mentions.forEach((m, j) => out.push({ kind: 'place', id: `place:${i}:${j}`, range: () => toRange(m.start, m.end), order: m.start })));
  if (want.has('claim')) a.claims.forEach((c, i) => out.push({ kind: 'claim', id: `claim:${i}`, range: () => toRange(c.start, c.end), order: c.start }));
  return out;
}

/** Offsets by entity, as the background answers a page's report (lib/messaging PageMarks). */
export interface MarkOffsets {
  /** Per unit: [start, end, start, end, ...] of its mentions. */
  units: readonly (readonly number[])[];
  places: readonly (readonly number[])[];
  /** [start, end] of each claim, one after the other. */
  claims: readonly number[];
}

/** The marks `marksFromAnalysis` makes (same ids, order and lazy ranges), from flat offsets. */
export function marksFromOffsets(a: MarkOffsets, toRange: (start: number, end: number) => Range | null, kinds: readonly MarkKind[] = MARK_KINDS): MarkInput[] {
  const out: MarkInput[] = [];
  const want = new Set(kinds);
  const mentions = (kind: 'unit' | 'place', list: MarkOffsets['units']): void => {
    for (let i = 0; i < list.length; i++) {
      const at = list[i];
      for (let j = 0; 2 * j + 1 < at.length; j++) {
        const start = at[2 * j];
        const end = at[2 * j + 1];
        out.push({ kind, id: `${kind}:${i}:${j}`, range: () => toRange(start, end), order: start });
      }
    }
  };
  if (want.has('unit')) mentions('unit', a.units);
  if (want.has('place')) mentions('place', a.places);
  if (want.has('claim')) {
    for (let i = 0; 2 * i + 1 < a.claims.length; i++) {
      const start = a.claims[2 * i];
      const end = a.claims[2 * i + 1];
      out.push({ kind: 'claim', id: `claim:${i}`, range: () => toRange(start, end), order: start });
    }
  }
  return out;
}

/** `claim:3` → {kind: 'claim', index: 3}; `place:1:0` → {kind: 'place', index: 1, mention: 0}; null for other ids. */
export function parseMarkId(id: string): { kind: MarkKind; index: number; mention?: number } | null {
  const m = /^(unit|place|claim):(\d+)(?::(\d+))?$/.exec(id);
  if (!m) return null;
  return { kind: m[1] as MarkKind, index: Number(m[2]), ...(m[3] !== undefined ? { mention: Number(m[3]) } : {}) };
}

export const HIGHLIGHT_NAMES = {
  unit: 'cx-unit',
  place: 'cx-place',
  claim: 'cx-claim',
  focus: 'cx-focus',
  flash: 'cx-flash',
} as const;

// Three styles that differ in line style as well as hue (blue / magenta / amber are told apart
// by the common colour-vision deficiencies) and stay readable on light and dark pages: the tints
// are translucent and the line colours mid-tone.
export const HIGHLIGHT_CSS = `
::highlight(cx-unit) { background-color: rgba(59, 130, 246, 0.16); text-decoration: underline solid rgb(37, 99, 235); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(cx-place) { background-color: rgba(192, 38, 211, 0.12); text-decoration: underline dotted rgb(192, 38, 211); text-decoration-thickness: 3px; text-underline-offset: 3px; }
::highlight(cx-claim) { background-color: rgba(245, 158, 11, 0.30); text-decoration: underline double rgb(217, 119, 6); text-decoration-thickness: 1px; text-underline-offset: 2px; }
::highlight(cx-focus) { background-color: rgba(16, 185, 129, 0.35); text-decoration: underline wavy rgb(5, 150, 105); text-decoration-thickness: 2px; }
::highlight(cx-flash) { background-color: rgba(250, 204, 21, 0.75); color: #111; }
cx-mark { all: unset; display: inline; }
cx-mark[data-kind~="unit"] { background-color: rgba(59, 130, 246, 0.16); text-decoration: underline solid rgb(37, 99, 235); text-decoration-thickness: 2px; text-underline-offset: 3px; }
cx-mark[data-kind~="place"] { background-color: rgba(192, 38, 211, 0.12); text-decoration: underline dotted rgb(192, 38, 211); text-decoration-thickness: 3px; text-underline-offset: 3px; }
cx-mark[data-kind~="claim"] { background-color: rgba(245, 158, 11, 0.30); text-decoration: underline double rgb(217, 119, 6); text-decoration-thickness: 1px; text-underline-offset: 2px; }
cx-mark[data-cx-focus] { outline: 2px solid rgb(5, 150, 105); outline-offset: 1px; }
cx-mark[data-cx-flash] { background-color: rgba(250, 204, 21, 0.75); color: #111; }
`;

const PRIORITY: Record<MarkKind, number> = { unit: 1, place: 2, claim: 3 };

/**
 * Ranges per frame when the caller does not say: all at once in Chromium (each frame's pre-paint
 * walks every range the highlights hold, so batches only add frames), 150 in other browsers.
 */
export function defaultFrameBatch(userAgent: string): number {
  return /\bChrom(e|ium)\//.test(userAgent) && !/\bFirefox\//.test(userAgent) ? Number.POSITIVE_INFINITY : 150;
}

/** Yield to the event loop: scheduler.yield when present, else an idle callback, else a timeout. */
export function defaultYield(): Promise<void> {
  const g = globalThis as unknown as {
    scheduler?: { yield?: () => Promise<void> };
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  };
  if (g.scheduler?.yield) return g.scheduler.yield();
  if (g.requestIdleCallback) return new Promise((r) => g.requestIdleCallback!(() => r(), { timeout: 50 }));
  return new Promise((r) => setTimeout(r, 0));
}

/** The next frame (requestAnimationFrame, then a task), or 100 ms when no frame comes (a hidden tab). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = (): void => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
    if (raf) raf(go);
    setTimeout(go, 100);
  });
}

function rectContains(r: DOMRect | DOMRectReadOnly, x: number, y: number): boolean {
  return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
}

function rangeLength(r: Range): number {
  return r.toString().length;
}

type Op = { t: 'split'; node: Text; added: Text } | { t: 'wrap'; el: Element };

export function createHighlighter(opts: HighlighterOptions = {}): Highlighter {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  // for our own document use the script's globals (in a Firefox content script they belong to the
  // sandbox, not the page's Xray-wrapped window); for another document, its window's
  const scope = (typeof document !== 'undefined' && doc === document ? globalThis : win) as unknown as {
    CSS?: { highlights?: HighlightRegistryLike };
    Highlight?: HighlightCtor;
  };
  const cssNs = scope.CSS;
  const HighlightCtorGlobal = scope.Highlight;
  const registry = opts.registry ?? cssNs?.highlights;
  const HL = opts.Highlight ?? HighlightCtorGlobal;
  const wantApi = opts.mode !== 'fallback' && Boolean(registry && HL);
  if (opts.mode === 'api' && !wantApi) throw new Error('createHighlighter: the CSS Custom Highlight API is not available');
  const mode: 'api' | 'fallback' = wantApi ? 'api' : 'fallback';
  const sliceMs = opts.sliceMs ?? 8;
  const yieldFn = opts.yieldFn ?? defaultYield;
  const frameBatch = Math.max(1, opts.frameBatch ?? defaultFrameBatch(win.navigator?.userAgent ?? ''));
  const frameYield = opts.frameYield ?? nextFrame;
  const now = opts.now ?? (() => (globalThis.performance?.now() ?? Date.now()));
  const mutate = (fn: () => void): void => (opts.wrapMutation ? opts.wrapMutation(fn) : fn());

  let kinds = new Set<MarkKind>(opts.kinds ?? MARK_KINDS);
  let marks: Mark[] = [];
  const byId = new Map<string, Mark>();
  // hit-testing index: marks by the text node they start in, plus those spanning several nodes
  let byNode: Map<Node, Mark[]> | null = null;
  let spanning: Mark[] = [];
  function index(): void {
    byNode = new Map();
    spanning = [];
    for (const m of marks) {
      const r = m.range;
      if (r.startContainer === r.endContainer && r.startContainer.nodeType === 3) {
        let l = byNode.get(r.startContainer);
        if (!l) byNode.set(r.startContainer, (l = []));
        l.push(m);
      } else {
        spanning.push(m);
      }
    }
  }
  let generation = 0;
  let destroyed = false;
  const ac = new AbortController();
  opts.signal?.addEventListener('abort', () => destroy(), { once: true });

  // --- stylesheet -------------------------------------------------------------------------
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  function installStyle(): boolean {
    const firefox = /\bFirefox\//.test(win.navigator?.userAgent ?? '');
    const styleMode = opts.style ?? 'auto';
    const adoptable =
      styleMode !== 'element' &&
      !(styleMode === 'auto' && firefox) &&
      'adoptedStyleSheets' in doc &&
      typeof (win as unknown as { CSSStyleSheet?: unknown }).CSSStyleSheet === 'function';
    if (adoptable) {
      try {
        if (!sheet) {
          sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
          sheet.replaceSync(HIGHLIGHT_CSS);
        }
        if (!doc.adoptedStyleSheets.includes(sheet)) {
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
          return true;
        }
        return false;
      } catch {
        sheet = null; // fall through to a <style> element
      }
    }
    if (styleEl && styleEl.isConnected) return false;
    styleEl = styleEl ?? doc.createElement('style');
    styleEl.id = 'cx-highlight-style';
    styleEl.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).appendChild(styleEl);
    return true;
  }
  function removeStyle(): void {
    if (sheet && 'adoptedStyleSheets' in doc) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    styleEl?.remove();
    sheet = null;
    styleEl = null;
  }

  // --- API path ---------------------------------------------------------------------------
  const highlights = new Map<string, HighlightLike>();
  function hl(name: string, priority: number): HighlightLike {
    let h = highlights.get(name);
    if (!h) {
      h = new HL!();
      h.priority = priority;
      highlights.set(name, h);
      registry!.set(name, h);
    }
    return h;
  }
  function registerAll(): boolean {
    let restored = false;
    for (const [name, h] of highlights) {
      if (registry!.get(name) !== h) {
        registry!.set(name, h);
        restored = true;
      }
    }
    return restored;
  }

  // --- fallback path ----------------------------------------------------------------------
  let ops: Op[] = [];
  const elementsOf = new Map<string, Element[]>();
  const elementKinds = new Map<Element, MarkKind[]>();

  function undoFallback(): void {
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i];
      if (op.t === 'wrap') {
        const el = op.el;
        const parent = el.parentNode;
        if (parent) {
          while (el.firstChild) parent.insertBefore(el.firstChild, el);
          parent.removeChild(el);
        }
      } else {
        const { node, added } = op;
        if (added.parentNode) {
          node.data += added.data;
          added.parentNode.removeChild(added);
        } else {
          node.data += added.data;
        }
      }
    }
    ops = [];
    elementsOf.clear();
    elementKinds.clear();
  }

  /** Text-node segments a range covers: [node, start, end). */
  function segments(range: Range): Array<[Text, number, number]> {
    const out: Array<[Text, number, number]> = [];
    const sc = range.startContainer;
    const ec = range.endContainer;
    if (sc === ec && sc.nodeType === 3) {
      if (range.endOffset > range.startOffset) out.push([sc as Text, range.startOffset, range.endOffset]);
      return out;
    }
    const root = range.commonAncestorContainer;
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    let n: Node | null = root.nodeType === 3 ? root : walker.nextNode();
    while (n) {
      const t = n as Text;
      if (range.intersectsNode(t)) {
        const s = t === sc ? range.startOffset : 0;
        const e = t === ec ? range.endOffset : t.length;
        if (e > s) out.push([t, s, e]);
      }
      n = walker.nextNode();
    }
    return out;
  }

  function applyFallback(resolved: Mark[]): Mark[] {
    // 1. all segments first, before any mutation (ranges would shift under us)
    const segs: Array<{ mark: Mark; node: Text; s: number; e: number }> = [];
    for (const m of resolved) for (const [node, s, e] of segments(m.range)) segs.push({ mark: m, node, s, e });
    // 2. cut each text node at every segment end, once, from the end so the original keeps the prefix
    const cuts = new Map<Text, Set<number>>();
    for (const g of segs) {
      let set = cuts.get(g.node);
      if (!set) cuts.set(g.node, (set = new Set()));
      if (g.s > 0 && g.s < g.node.length) set.add(g.s);
      if (g.e > 0 && g.e < g.node.length) set.add(g.e);
    }
    const pieces = new Map<Text, Array<[number, Text]>>();
    for (const [node, set] of cuts) {
      const offs = [...set].sort((a, b) => b - a);
      const list: Array<[number, Text]> = [];
      for (const k of offs) {
        const added = node.splitText(k);
        ops.push({ t: 'split', node, added });
        list.unshift([k, added]);
      }
      list.unshift([0, node]);
      pieces.set(node, list);
    }
    // 3. which marks cover each piece
    const cover = new Map<Text, Mark[]>();
    const order: Text[] = [];
    for (const g of segs) {
      for (const [off, piece] of pieces.get(g.node) ?? []) {
        if (off >= g.s && off < g.e) {
          let l = cover.get(piece);
          if (!l) {
            cover.set(piece, (l = []));
            order.push(piece);
          }
          if (!l.includes(g.mark)) l.push(g.mark);
        }
      }
    }
    // 4. wrap
    for (const piece of order) {
      const ms = cover.get(piece)!;
      const parent = piece.parentNode;
      if (!parent) continue;
      const el = doc.createElement('cx-mark');
      const all = [...new Set(ms.map((m) => m.kind))];
      elementKinds.set(el, all);
      el.setAttribute('data-kind', all.filter((k) => kinds.has(k)).join(' '));
      el.setAttribute('data-cx-ids', ms.map((m) => m.id).join(' '));
      parent.insertBefore(el, piece);
      el.appendChild(piece);
      ops.push({ t: 'wrap', el });
      for (const m of ms) {
        let l = elementsOf.get(m.id);
        if (!l) elementsOf.set(m.id, (l = []));
        l.push(el);
      }
    }
    // 5. fresh ranges over the wrapped pieces (the given ones may have moved)
    const out: Mark[] = [];
    for (const m of resolved) {
      const els = elementsOf.get(m.id);
      if (!els?.length) continue;
      const r = doc.createRange();
      r.setStartBefore(els[0]);
      r.setEndAfter(els[els.length - 1]);
      out.push(m.order === undefined ? { kind: m.kind, id: m.id, range: r } : { kind: m.kind, id: m.id, range: r, order: m.order });
    }
    return out;
  }

  // Ranges waiting to go into (or out of) the highlights, applied `frameBatch` per frame.
  type Pending = { mark: Mark; add: boolean };
  let pending: Pending[] = [];
  let draining: Promise<number> | null = null;
  /** Ranges that are in a kind's highlight now. */
  const shown = new Set<Range>();
  function applyPending(p: Pending): void {
    if (p.add) {
      if (!kinds.has(p.mark.kind)) return;
      hl(HIGHLIGHT_NAMES[p.mark.kind], PRIORITY[p.mark.kind]).add(p.mark.range);
      shown.add(p.mark.range);
    } else {
      highlights.get(HIGHLIGHT_NAMES[p.mark.kind])?.delete?.(p.mark.range);
      shown.delete(p.mark.range);
    }
  }
  /** Applies the first batch now and the rest one batch a frame; resolves with the frames used. */
  function drain(): Promise<number> {
    if (draining) return draining;
    const run = async (): Promise<number> => {
      let frames = 0;
      while (pending.length && !destroyed) {
        const batch = pending.splice(0, frameBatch);
        for (const p of batch) applyPending(p);
        frames++;
        if (pending.length) await frameYield();
      }
      return frames;
    };
    draining = run().finally(() => {
      draining = null;
    });
    return draining;
  }

  // --- shared -----------------------------------------------------------------------------
  function clearPainted(): void {
    generation++;
    pending = [];
    shown.clear();
    if (mode === 'api') {
      for (const h of highlights.values()) h.clear();
    } else if (ops.length) {
      mutate(undoFallback);
    }
    marks = [];
    byId.clear();
    byNode = null;
    spanning = [];
  }

  // A mark's place in the page: its kind and the live boundary points of its range (node
  // identities numbered on first sight), so a repaint can tell which marks did not move.
  const nodeIds = new WeakMap<Node, number>();
  let nextNodeId = 1;
  function nodeId(n: Node): number {
    let id = nodeIds.get(n);
    if (id === undefined) nodeIds.set(n, (id = nextNodeId++));
    return id;
  }
  function placeKey(kind: MarkKind, r: Range): string {
    return `${kind}|${nodeId(r.startContainer)}:${r.startOffset}|${nodeId(r.endContainer)}:${r.endOffset}`;
  }

  /** Reading order (by `order` when every mark has one), the bigger kind first at equal starts. */
  function sortMarks(): void {
    if (marks.every((m) => m.order !== undefined)) marks.sort((a, b) => a.order! - b.order! || PRIORITY[b.kind] - PRIORITY[a.kind]);
    else marks.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range) || (PRIORITY[b.kind] - PRIORITY[a.kind]));
  }

  async function paint(input: readonly MarkInput[]): Promise<PaintResult> {
    if (destroyed) throw new Error('highlighter destroyed');
    if (mode === 'api') {
      // what is shown stays until the new marks are known (no flicker on a repaint)
      generation++;
      pending = [];
      for (const k of MARK_KINDS) hl(HIGHLIGHT_NAMES[k], PRIORITY[k]);
    } else {
      clearPainted();
    }
    const gen = generation;
    installStyle();
    const result: PaintResult = { painted: 0, skipped: 0, slices: 0, longestSliceMs: 0, added: 0, removed: 0, frames: 0 };
    const resolved: Mark[] = [];
    let i = 0;
    while (i < input.length) {
      const t0 = now();
      while (i < input.length) {
        const m = input[i++];
        let range: Range | null = null;
        try {
          range = typeof m.range === 'function' ? m.range() : m.range;
        } catch {
          range = null;
        }
        if (!range || range.collapsed) {
          result.skipped++;
        } else {
          resolved.push(m.order === undefined ? { kind: m.kind, id: m.id, range } : { kind: m.kind, id: m.id, range, order: m.order });
        }
        if (now() - t0 >= sliceMs) break;
      }
      result.slices++;
      result.longestSliceMs = Math.max(result.longestSliceMs, now() - t0);
      if (i < input.length) {
        await yieldFn();
        if (gen !== generation || destroyed) return result; // superseded by clear() or another paint()
      }
    }
    if (mode === 'fallback') {
      const t0 = now();
      mutate(() => {
        marks = applyFallback(resolved);
      });
      for (const m of marks) byId.set(m.id, m);
      result.longestSliceMs = Math.max(result.longestSliceMs, now() - t0);
      result.slices++;
      result.added = marks.length;
    } else {
      const t0 = now();
      const canDelete = [...highlights.values()].every((h) => typeof h.delete === 'function');
      // marks of the previous paint by place; a new mark at the same place keeps the shown range
      const old = new Map<string, Mark[]>();
      if (canDelete) {
        for (const m of marks) {
          if (!shown.has(m.range)) continue; // never shown (its paint was superseded first)
          const k = placeKey(m.kind, m.range);
          const l = old.get(k);
          if (l) l.push(m);
          else old.set(k, [m]);
        }
      } else {
        for (const h of highlights.values()) h.clear();
        shown.clear();
      }
      const next: Mark[] = [];
      const adds: Pending[] = [];
      for (const m of resolved) {
        const kept = canDelete ? old.get(placeKey(m.kind, m.range))?.pop() : undefined;
        if (kept) {
          next.push({ ...m, range: kept.range });
        } else {
          next.push(m);
          adds.push({ mark: m, add: true });
        }
      }
      const removes: Pending[] = [];
      for (const l of old.values()) for (const m of l) removes.push({ mark: m, add: false });
      marks = next;
      byId.clear();
      for (const m of marks) byId.set(m.id, m);
      // removals first (a moved mark must not show twice), then additions
      pending = [...removes, ...adds];
      result.removed = removes.length;
      result.added = adds.length;
      sortMarks();
      result.longestSliceMs = Math.max(result.longestSliceMs, now() - t0);
    }
    if (mode === 'fallback') sortMarks();
    byNode = null;
    result.painted = marks.length;
    if (mode === 'api') {
      if (pending.length > frameBatch) {
        // the first batch in a task of its own, not after the diff and sort
        await frameYield();
        if (gen !== generation || destroyed) return result;
      }
      result.frames = await drain();
      if (gen !== generation || destroyed) return result;
    }
    return result;
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  function hitTest(x: number, y: number): Mark | null {
    if (!marks.length) return null;
    if (mode === 'api') ensureRegistered();
    let candidates: Mark[];
    if (mode === 'fallback') {
      const el = doc.elementFromPoint?.(x, y)?.closest?.('cx-mark');
      const ids = el?.getAttribute('data-cx-ids')?.split(' ') ?? [];
      candidates = ids.map((id) => byId.get(id)).filter((m): m is Mark => Boolean(m) && kinds.has(m!.kind));
    } else {
      const caret = caretAt(x, y);
      if (!byNode) index();
      // no caret in text (user-select: none, or no caret API): test every shown mark's boxes
      const pool = caret && caret.node.nodeType === 3 ? [...(byNode!.get(caret.node) ?? []), ...spanning] : null;
      if (!pool) {
        candidates = marks.filter((m) => {
          if (!kinds.has(m.kind)) return false;
          const b = m.range.getBoundingClientRect?.();
          if (!b || !rectContains(b, x, y)) return false;
          return Array.from(m.range.getClientRects()).some((r) => rectContains(r, x, y));
        });
        candidates.sort((a, b) => rangeLength(a.range) - rangeLength(b.range) || PRIORITY[a.kind] - PRIORITY[b.kind]);
        return candidates[0] ?? null;
      }
      candidates = pool.filter((m) => {
        if (!kinds.has(m.kind)) return false;
        try {
          return m.range.isPointInRange(caret!.node, caret!.offset);
        } catch {
          return false;
        }
      });
      // the caret sits between characters: confirm with the mark's boxes
      candidates = candidates.filter((m) => {
        const rects = m.range.getClientRects?.();
        if (!rects || rects.length === 0) return true;
        for (const r of Array.from(rects)) if (rectContains(r, x, y)) return true;
        return false;
      });
    }
    if (!candidates.length) return null;
    candidates.sort((a, b) => rangeLength(a.range) - rangeLength(b.range) || PRIORITY[a.kind] - PRIORITY[b.kind]);
    return candidates[0];
  }

  function setFocus(mark: Mark | null): void {
    if (mode === 'api') {
      const h = hl(HIGHLIGHT_NAMES.focus, 10);
      h.clear();
      if (mark) h.add(mark.range);
    } else {
      for (const el of Array.from(doc.querySelectorAll('cx-mark[data-cx-focus]'))) el.removeAttribute('data-cx-focus');
      if (mark) for (const el of elementsOf.get(mark.id) ?? []) el.setAttribute('data-cx-focus', '');
    }
  }

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  function flash(id: string, ms = 1600): void {
    const m = byId.get(id);
    if (!m) return;
    clearTimeout(flashTimer);
    if (mode === 'api') {
      const h = hl(HIGHLIGHT_NAMES.flash, 20);
      h.clear();
      h.add(m.range);
      flashTimer = setTimeout(() => h.clear(), ms);
    } else {
      const els = elementsOf.get(id) ?? [];
      for (const el of els) el.setAttribute('data-cx-flash', '');
      flashTimer = setTimeout(() => {
        for (const el of els) el.removeAttribute('data-cx-flash');
      }, ms);
    }
  }

  function ensureRegistered(): boolean {
    if (destroyed) return false;
    let restored = installStyle();
    if (mode === 'api') restored = registerAll() || restored;
    return restored;
  }

  function setKinds(next: readonly MarkKind[]): void {
    const before = kinds;
    kinds = new Set(next);
    if (mode === 'api') {
      // hidden kinds go at once; shown ones come back a batch a frame
      for (const k of MARK_KINDS) if (before.has(k) && !kinds.has(k)) highlights.get(HIGHLIGHT_NAMES[k])?.clear();
      for (const m of marks) if (!kinds.has(m.kind)) shown.delete(m.range);
      const back = marks.filter((m) => kinds.has(m.kind) && !before.has(m.kind));
      if (back.length) {
        pending.push(...back.map((mark) => ({ mark, add: true })));
        void drain();
      }
    } else {
      for (const [el, all] of elementKinds) el.setAttribute('data-kind', all.filter((k) => kinds.has(k)).join(' '));
    }
  }

  function destroy(): void {
    if (destroyed) return;
    clearPainted();
    clearTimeout(flashTimer);
    if (mode === 'api') {
      for (const [name, h] of highlights) if (registry!.get(name) === h) registry!.delete(name);
      highlights.clear();
    }
    removeStyle();
    ac.abort();
    destroyed = true;
  }

  // re-register cheaply when the page may have cleared the registry
  if (opts.recheckMs !== 0) {
    doc.addEventListener('visibilitychange', () => ensureRegistered(), { signal: ac.signal });
  }
  let recheckTimer: ReturnType<typeof setInterval> | undefined;
  const recheckMs = opts.recheckMs ?? 2000;
  function startRecheck(): void {
    if (recheckMs > 0 && recheckTimer === undefined) {
      recheckTimer = setInterval(() => {
        if (marks.length) ensureRegistered();
      }, recheckMs);
      ac.signal.addEventListener('abort', () => clearInterval(recheckTimer), { once: true });
    }
  }

  return {
    mode,
    paint: (m) => {
      startRecheck();
      return paint(m);
    },
    clear: clearPainted,
    destroy,
    hitTest,
    marks: () => marks,
    get: (id) => byId.get(id),
    setKinds,
    setFocus,
    flash,
    ensureRegistered,
  };
}
