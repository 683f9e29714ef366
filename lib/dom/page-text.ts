// Reads a page once into a plain-text model the engine can work on, keeping a map from every
// text offset back to the DOM (the Text node and the offset inside it).
//
// What it reads: the main content root (article body, <article>, <main>, or else the element
// holding the most paragraph text), skipping chrome that is not the story (nav, aside, footer,
// forms, scripts, styles), hidden elements and anything Crosscheck itself put in the page
// (cx- elements, [data-cx]). Whitespace collapses as a browser renders it; every block boundary
// (paragraph, heading, list item, <br>) becomes "\n\n" in the text, and the non-empty blocks are
// listed as `blocks`. The separators map to no DOM position: text-range.ts snaps them to the
// nearest text.
//
// What it misses: CSS-generated content, text inside shadow roots and iframes, and line breaks
// of <pre> (collapsed like any other whitespace).

export interface TextBlock {
  start: number;
  end: number;
}

/** A run of text that maps linearly onto one Text node. */
export interface TextSegment {
  /** Offset in `PageText.text`. */
  start: number;
  /** Exclusive. */
  end: number;
  node: Text;
  /** Offset in `node.data` of the character at `start`. */
  nodeStart: number;
}

export interface PageText {
  text: string;
  blocks: TextBlock[];
  /** Sorted by `start`, non-overlapping. */
  segments: TextSegment[];
  root: Element;
}

const SKIP_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'OPTION', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BR',
]);

const ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
/** A root candidate needs at least this much text, or we look further. */
const MIN_ROOT_CHARS = 200;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** True for elements a reader does not see or that are not part of the story. */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith('CX-')) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-cx')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  // In a real browser, checkVisibility also sees stylesheet rules (display: none in CSS).
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.isConnected && tag !== 'BR' && !check.call(el)) return true;
  return false;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** The element holding the story: the article body when marked up, else the densest text block. */
export function findMainRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  for (const selector of ROOT_SELECTORS) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (isSkipped(el)) continue;
      const len = textLength(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= MIN_ROOT_CHARS) return best;
  }
  // Largest text block: the parent whose <p> children hold the most text.
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + textLength(p));
  }
  let best: Element = body;
  let bestScore = MIN_ROOT_CHARS - 1;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Reads `root` (default: the main content root of `doc`) into text, blocks and an offset map. */
export function readPageText(doc: Document, root: Element = findMainRoot(doc)): PageText {
  const reader = readSteps(root);
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
  }
}

/** Nodes visited between checks of the clock in `readPageTextSliced`. */
const NODES_PER_CHECK = 64;

/**
 * The same read as `readPageText`, in slices of at most about `sliceMs` (default 8) with a yield
 * to the event loop between them, so a very long page is not read in one long task. The page may
 * change between slices; text-range.ts refuses ranges over Text nodes that changed since.
 */
export async function readPageTextSliced(
  doc: Document,
  root: Element = findMainRoot(doc),
  opts: { sliceMs?: number; yieldFn?: () => Promise<void>; now?: () => number } = {},
): Promise<PageText> {
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yieldFn = opts.yieldFn ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const reader = readSteps(root);
  let sliceStart = now();
  for (;;) {
    const step = reader.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await yieldFn();
      sliceStart = now();
    }
  }
}

/** The reader as a generator: yields every NODES_PER_CHECK nodes, returns the PageText. */
function* readSteps(root: Element): Generator<void, PageText, void> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let blockStart = -1; // offset where the current block's text began, -1 when no text yet
  let pendingSpace: { node: Text; offset: number } | null = null;

  const emit = (s: string, node: Text | null, nodeStart: number): void => {
    if (node) {
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.end === length && last.nodeStart + (last.end - last.start) === nodeStart) {
        last.end += s.length;
      } else {
        segments.push({ start: length, end: length + s.length, node, nodeStart });
      }
    }
    parts.push(s);
    length += s.length;
  };

  const breakBlock = (): void => {
    pendingSpace = null;
    if (blockStart >= 0) {
      blocks.push({ start: blockStart, end: length });
      blockStart = -1;
    }
  };

  const readText = (node: Text): void => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (isSpace(data.charCodeAt(i))) {
        if (blockStart >= 0 && !pendingSpace) pendingSpace = { node, offset: i };
        while (i < data.length && isSpace(data.charCodeAt(i))) i++;
        continue;
      }
      let j = i;
      while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
      if (blockStart < 0) {
        if (blocks.length) emit('\n\n', null, 0);
        blockStart = length;
      } else if (pendingSpace) {
        emit(' ', pendingSpace.node, pendingSpace.offset);
      }
      pendingSpace = null;
      emit(data.slice(i, j), node, i);
      i = j;
    }
  };

  // Depth first over the root's children (an explicit stack, so the walk can pause anywhere): a
  // block element breaks the text before and after its content.
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [{ next: root.firstChild, block: false }];
  let visited = 0;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) breakBlock();
      continue;
    }
    top.next = child.nextSibling;
    if (++visited % NODES_PER_CHECK === 0) yield;
    if (child.nodeType === 3) {
      readText(child as Text);
    } else if (child.nodeType === 1) {
      const e = child as Element;
      if (isSkipped(e)) continue;
      const block = BLOCK_TAGS.has(e.tagName.toUpperCase());
      if (block) breakBlock();
      stack.push({ next: e.firstChild, block });
    }
  }
  breakBlock();
  return { text: parts.join(''), blocks, segments, root };
}

export interface PageMeta {
  url: string;
  title: string;
  /** ISO date (YYYY-MM-DD) from meta tags, JSON-LD or a <time> element, when the page says. */
  published?: string;
  /** Language tag from <html lang>. */
  lang?: string;
  /** The article's own address (<link rel=canonical>, else og:url) when it names one (http(s)):
   *  an AMP or tracking copy says which article it is. */
  canonical?: string;
}

function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return m[1];
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000 || !raw.includes('datePublished')) continue;
    try {
      const stack: unknown[] = [JSON.parse(raw)];
      while (stack.length) {
        const item = stack.pop();
        if (Array.isArray(item)) stack.push(...item);
        else if (item && typeof item === 'object') {
          const rec = item as Record<string, unknown>;
          if (typeof rec.datePublished === 'string') return isoDate(rec.datePublished);
          if (rec['@graph']) stack.push(rec['@graph']);
        }
      }
    } catch {
      // A broken JSON-LD block is the page's problem; look elsewhere.
    }
  }
  return undefined;
}

/** Title, URL, publication date and language of the page, read cheaply. */
export function readPageMeta(doc: Document, root?: Element): PageMeta {
  const meta = (sel: string): string | undefined =>
    doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const title =
    meta('meta[property="og:title"]') ||
    doc.title?.trim() ||
    doc.querySelector('h1')?.textContent?.trim() ||
    '';
  const published =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(meta('meta[name="date"]')) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    jsonLdDate(doc) ??
    isoDate((root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime'));
  const lang = doc.documentElement.getAttribute('lang')?.trim() || undefined;
  const url = doc.location?.href ?? doc.URL;
  const canonical = canonicalOf(doc, url, meta('meta[property="og:url"]'));
  return { url, title, ...(published ? { published } : {}), ...(lang ? { lang } : {}), ...(canonical ? { canonical } : {}) };
}

/** <link rel=canonical> (else og:url) as an absolute http(s) URL, or undefined. */
function canonicalOf(doc: Document, base: string, ogUrl: string | undefined): string | undefined {
  for (const raw of [doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), ogUrl]) {
    if (!raw?.trim()) continue;
    try {
      const u = new URL(raw.trim(), base);
      if (/^https?:$/.test(u.protocol) && u.href.length <= 2048) return u.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}
