// Follows pages that change after load (live blogs, infinite scroll, single-page apps) with one
// batched MutationObserver on the article root plus navigation events, and calls `onChange`
// at most once per `debounceMs` (default 400 ms) with what happened since the last call.
//
// Our own marks (`cx-mark`, `cx-card-host`, anything `cx-`) are ignored, so painting in the
// fallback path does not wake the watcher. A burst of mutations is coalesced; a long burst
// still flushes after `maxWaitMs` (default 2000 ms) so a live blog that never stops updating
// is still followed.

export interface WatchChange {
  /** Text or elements were added or changed under the root. */
  mutated: boolean;
  /** The URL changed (history navigation, pushState, Navigation API). */
  navigated: boolean;
  /** Mutation records coalesced into this change. */
  records: number;
  url: string;
}

export interface WatcherOptions {
  root: Node;
  onChange: (change: WatchChange) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  signal?: AbortSignal;
  /** Window for navigation events (default root's document's window). */
  win?: Window;
}

export interface Watcher {
  /** Deliver pending changes now. */
  flush(): void;
  /**
   * Run `fn` (synchronous DOM changes of our own, e.g. the highlighter's fallback splitting text
   * nodes) without it counting as a page change.
   */
  ignoring(fn: () => void): void;
  stop(): void;
}

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).localName.startsWith('cx-')) return true;
  }
  return false;
}

function recordMatters(r: MutationRecord): boolean {
  if (isOurs(r.target)) return false;
  if (r.type === 'characterData') return true;
  if (r.type === 'childList') {
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    // our own wrapping and unwrapping only moves cx- elements and the text inside them
    return nodes.some((n) => !(n.nodeType === 1 && (n as Element).localName.startsWith('cx-')) && !(n.nodeType === 3 && isOurs(n.parentNode)));
  }
  return false;
}

export function createWatcher(opts: WatcherOptions): Watcher {
  const doc = opts.root.ownerDocument ?? (opts.root as Document);
  const win = opts.win ?? doc.defaultView ?? undefined;
  const debounceMs = opts.debounceMs ?? 400;
  const maxWaitMs = opts.maxWaitMs ?? 2000;
  const ac = new AbortController();
  let stopped = false;
  let pending: WatchChange | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let lastUrl = win?.location.href ?? '';

  function schedule(): void {
    const t = Date.now();
    if (!firstAt) firstAt = t;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, maxWaitMs - (t - firstAt)));
    timer = setTimeout(flush, wait);
  }

  function note(part: Partial<WatchChange>): void {
    if (stopped) return;
    pending ??= { mutated: false, navigated: false, records: 0, url: win?.location.href ?? '' };
    pending.mutated ||= Boolean(part.mutated);
    pending.navigated ||= Boolean(part.navigated);
    pending.records += part.records ?? 0;
    schedule();
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    firstAt = 0;
    if (!pending || stopped) return;
    const change = pending;
    change.url = win?.location.href ?? change.url;
    pending = null;
    opts.onChange(change);
  }

  const MO = (win as unknown as { MutationObserver?: typeof MutationObserver } | undefined)?.MutationObserver ?? MutationObserver;
  const observer = new MO((records: MutationRecord[]) => {
    const n = records.filter(recordMatters).length;
    if (n) note({ mutated: true, records: n });
    // without the Navigation API (Firefox), an SPA's pushState shows up as DOM changes
    checkUrl();
  });
  observer.observe(opts.root, { childList: true, subtree: true, characterData: true });

  function checkUrl(): void {
    const url = win?.location.href ?? '';
    if (url !== lastUrl) {
      lastUrl = url;
      note({ navigated: true });
    }
  }
  if (win) {
    win.addEventListener('popstate', checkUrl, { signal: ac.signal });
    win.addEventListener('hashchange', checkUrl, { signal: ac.signal });
    const nav = (win as unknown as { navigation?: EventTarget }).navigation;
    // navigatesuccess fires after the URL changed (pushState/replaceState included)
    nav?.addEventListener?.('navigatesuccess', checkUrl, { signal: ac.signal });
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    pending = null;
    ac.abort();
  }
  opts.signal?.addEventListener('abort', stop, { once: true });

  function ignoring(fn: () => void): void {
    const earlier = observer.takeRecords().filter(recordMatters).length;
    try {
      fn();
    } finally {
      observer.takeRecords();
      if (earlier) note({ mutated: true, records: earlier });
    }
  }

  return { flush, stop, ignoring };
}
