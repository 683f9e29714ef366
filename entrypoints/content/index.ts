// The content script: when Crosscheck is on for this site, read the page into a text model and
// send it to the background, which runs the engine and keeps the tab's report. On war coverage
// (or on a site the person switched on explicitly) the answer is painted: units, places and
// claims as CSS Custom Highlights (no change to the DOM), hover cards in a shadow root, and the
// side panel can scroll the page to a claim. Pages that change after load are followed by one
// batched watcher on the article root. Switching Crosscheck off for the site removes every
// trace: the DOM is left exactly as it was.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import {
  handleMessages,
  MAX_TEXT_LENGTH,
  MAX_UNIT_NAMES,
  sendToBackground,
  type BackgroundToContent,
  type ContentToPanel,
  type Envelope,
  type MarkDetails,
  type MarkKindName,
  type PageMarks,
  type PanelToContent,
  type UnitSources,
} from '../../lib/messaging/index';
import { validateClaimIndex, validateLinksPush } from '../../lib/messaging/validate';
import type { ClaimLinks, SourceMeta } from '../../lib/model';
import { findMainRoot, readPageMeta, readPageTextSliced, type PageText } from '../../lib/dom/page-text';
import { rangeFor } from '../../lib/dom/text-range';
import { createHighlighter, defaultYield, marksFromOffsets, parseMarkId, type Highlighter, type MarkKind } from '../../lib/dom/highlighter';
import { createWatcher, type Watcher } from '../../lib/dom/watcher';
import { cardDataFromDetails, mountHoverCards, type CardData, type HoverCards } from '../../components/HoverCard';
import { getSettings, isEnabledFor, siteKey, watchSettings, type Settings } from '../../lib/settings/index';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});

const READY_ATTR = 'data-cx-ready';

/** Timing marks of the content script's own work (read by scripts/bench-page.mjs). */
const MARK = { read: 'cx-read', readSlice: 'cx-read-slice', paint: 'cx-paint', painted: 'cx-painted' } as const;

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // an old browser without measure options: timings are only for the benchmark
  }
}

function kindsOf(settings: Settings): MarkKind[] {
  const out: MarkKind[] = [];
  if (settings.kinds.units) out.push('unit');
  if (settings.kinds.places) out.push('place');
  if (settings.kinds.claims) out.push('claim');
  return out;
}

/** Highlights go on war coverage, or on any page of a site the person switched on explicitly. */
function wantsPaint(settings: Settings, marks: PageMarks): boolean {
  return marks.isWarCoverage || settings.sites[siteKey(location.href)] === true;
}

interface PageState {
  pageText: PageText;
  /** What the background answered the report: offsets to paint (a card asks for its details). */
  marks: PageMarks;
  links?: ClaimLinks[];
  sources?: SourceMeta[];
  /** The library's other sources for each unit of the page, by unit name (asked after painting). */
  units?: Map<string, UnitSources>;
  /** Cards' details asked of the background for this report, by `kind:index` (kept across the
   *  copies of this state that links and unit sources make). */
  details: Map<string, MarkDetails>;
  asking: Map<string, Promise<MarkDetails | null>>;
}

/** What is painted on the page; `ac.abort()` takes all of it away. */
interface Painting {
  ac: AbortController;
  hl: Highlighter;
  cards: HoverCards;
}

function idle(): Promise<void> {
  return new Promise<void>((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

async function run(ctx: ContentScriptContext): Promise<void> {
  let current: PageState | null = null;
  let painting: Painting | null = null;
  let watcher: Watcher | null = null;
  let watched: Element | null = null;
  let settings: Settings | null = null;
  let on = false;
  let seq = 0;
  /** Reports the background answered page:card with null for (read again once each). */
  const lostReport = new Set<string>();

  const unpaint = (): void => {
    painting?.ac.abort();
    painting = null;
  };

  const unwatch = (): void => {
    watcher?.stop();
    watcher = null;
    watched = null;
  };

  /** Follows the article root that was read (a new root after an SPA swapped it). */
  const watch = (root: Element): void => {
    if (watcher && watched === root && root.isConnected) return;
    unwatch();
    watched = root;
    watcher = createWatcher({ root, onChange: () => void report(), signal: ctx.signal });
  };

  const openInPanel = async (claim: number): Promise<void> => {
    // First, still inside the click: the background opens the panel (the browser wants a user action).
    const opening = sendToBackground('panel:open', { claim });
    const envelope: Envelope<keyof ContentToPanel, ContentToPanel['panel:select-claim']['req']> = {
      cx: 1,
      type: 'panel:select-claim',
      payload: { claim },
    };
    // Reaches a side panel that is open already; with none open there is nobody to answer.
    browser.runtime.sendMessage(envelope).catch(() => undefined);
    await opening;
  };

  /** A card from details, with the links and unit sources the page holds now. */
  const cardOf = (state: PageState, d: MarkDetails): CardData => {
    const now = current && current.marks === state.marks ? current : state;
    return cardDataFromDetails(d, now.links, d.kind === 'unit' ? now.units?.get(d.unit.name) : undefined);
  };

  /** Asks the background (once per mark and report) what a mark's card shows. */
  const askDetails = (state: PageState, kind: MarkKindName, index: number, key: string): Promise<MarkDetails | null> => {
    let asking = state.asking.get(key);
    if (!asking) {
      asking = sendToBackground('page:card', { reportId: state.marks.reportId, kind, index })
        .then((d) => {
          if (d) state.details.set(key, d);
          else if (current?.marks === state.marks && !lostReport.has(state.marks.reportId)) {
            // The background no longer holds the report these marks index (it restarted and its
            // session store could not keep it): read the page again, once, for a fresh one.
            lostReport.add(state.marks.reportId);
            console.info('[crosscheck] the background no longer has this page\'s report; reading the page again');
            void report();
          }
          return d;
        })
        .catch((error: unknown) => {
          console.info('[crosscheck] the card could not be loaded:', error instanceof Error ? error.message : error);
          return null;
        })
        .finally(() => state.asking.delete(key));
      state.asking.set(key, asking);
    }
    return asking;
  };

  /** The card of a mark: at once when its details are here, else when the background answers. */
  const cardFor = (mark: { id: string }): CardData | null | Promise<CardData | null> => {
    const state = current;
    const p = parseMarkId(mark.id);
    if (!state || !p) return null;
    const key = `${p.kind}:${p.index}`;
    const known = state.details.get(key);
    if (known) return cardOf(state, known);
    return askDetails(state, p.kind, p.index, key).then((d) => (d ? cardOf(state, d) : null));
  };

  const paint = async (state: PageState, mine: number): Promise<void> => {
    if (!settings || !wantsPaint(settings, state.marks)) {
      unpaint();
      return;
    }
    if (!painting) {
      const ac = new AbortController();
      ctx.signal.addEventListener('abort', () => ac.abort(), { once: true, signal: ac.signal });
      const hl = createHighlighter({
        kinds: kindsOf(settings),
        signal: ac.signal,
        wrapMutation: (fn) => (watcher ? watcher.ignoring(fn) : fn()),
      });
      const cards = mountHoverCards({
        highlighter: hl,
        resolve: cardFor,
        onOpenInPanel: openInPanel,
        mapSrc: browser.runtime.getURL('/map/world-110m.json' as never),
        signal: ac.signal,
      });
      ac.signal.addEventListener('abort', () => {
        cards.destroy();
        hl.destroy();
      }, { once: true });
      painting = { ac, hl, cards };
    }
    // The answer was unpacked in this task; painting starts in the next one.
    await defaultYield();
    if (mine !== seq || !painting) return;
    const t0 = performance.now();
    const { pageText } = state;
    const result = await painting.hl.paint(marksFromOffsets(state.marks, (s, e) => rangeFor(pageText, s, e)));
    if (mine === seq) {
      measure(MARK.paint, t0);
      performance.mark(MARK.painted, {
        detail: { painted: result.painted, slices: result.slices, longestSliceMs: result.longestSliceMs, added: result.added, removed: result.removed, frames: result.frames },
      });
    }
  };

  /** Asks the background which other sources mention the page's units (for the unit cards). */
  const loadUnitSources = async (state: PageState): Promise<void> => {
    const names = [...new Set(state.marks.unitNames)].slice(0, MAX_UNIT_NAMES);
    if (!names.length) return;
    try {
      const { units } = await sendToBackground('units:sources', { names });
      if (current?.marks !== state.marks) return; // the page was read again meanwhile
      const map = new Map(units.map((u) => [u.name, u]));
      if (current) current = { ...current, units: map };
    } catch (error) {
      console.info('[crosscheck] the library could not be asked about units:', error instanceof Error ? error.message : error);
    }
  };

  const report = async (): Promise<boolean> => {
    const mine = ++seq;
    // Let the page finish its own work before we read it.
    await idle();
    if (ctx.isInvalid || mine !== seq || !on) return false;
    // Read in slices (a live blog of tens of thousands of words is not one long task); the
    // longest slice is left in a timing mark for the benchmark.
    const t0 = performance.now();
    let sliceStart = t0;
    let longestSlice = 0;
    const pause = async (): Promise<void> => {
      longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
      await defaultYield();
      sliceStart = performance.now();
    };
    // Finding the root reads the text of every candidate: its own slice.
    const root = findMainRoot(document);
    await pause();
    if (ctx.isInvalid || mine !== seq || !on) return false;
    const pageText = await readPageTextSliced(document, root, { yieldFn: pause });
    if (ctx.isInvalid || mine !== seq || !on) return false;
    const meta = readPageMeta(document, root);
    watch(root);
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    measure(MARK.read, t0);
    performance.mark(MARK.readSlice, { detail: { longestSliceMs: longestSlice } });
    // Sending copies the whole text: not in the same task as the last slice of reading.
    await defaultYield();
    if (ctx.isInvalid || mine !== seq || !on) return false;
    if (pageText.text.length > MAX_TEXT_LENGTH) {
      console.info(`[crosscheck] this page's text is too large to analyse (${pageText.text.length} characters)`);
      return false;
    }
    try {
      const answer = await sendToBackground('page:report', { meta, text: pageText.text, blocks: pageText.blocks });
      if (ctx.isInvalid || mine !== seq || !on) return false;
      // The background may send the library's links along with the marks, or push them later.
      const extra = answer as { links?: ClaimLinks[]; sources?: SourceMeta[] };
      current = { pageText, marks: answer.marks, links: extra.links, sources: extra.sources, details: new Map(), asking: new Map() };
      document.documentElement.setAttribute(READY_ATTR, '');
      const state = current;
      await paint(state, mine);
      if (painting && mine === seq) void loadUnitSources(state);
      return true;
    } catch (error) {
      console.warn('[crosscheck] the page could not be analysed:', error instanceof Error ? error.message : error);
      return false;
    }
  };

  const switchOff = async (): Promise<void> => {
    seq++;
    unwatch();
    unpaint();
    const had = current !== null || document.documentElement.hasAttribute(READY_ATTR);
    current = null;
    document.documentElement.removeAttribute(READY_ATTR);
    if (had) await sendToBackground('page:clear', { url: location.href }).catch(() => undefined);
  };

  const apply = async (next: Settings): Promise<void> => {
    const before = settings;
    settings = next;
    const nowOn = isEnabledFor(next, location.href);
    if (nowOn !== on) {
      on = nowOn;
      if (on) await report();
      else await switchOff();
      return;
    }
    if (!on || !current) return;
    // Same on/off: the kinds shown or the explicit site switch may have changed.
    if (painting && before && kindsOf(before).join() !== kindsOf(next).join()) painting.hl.setKinds(kindsOf(next));
    if (Boolean(painting) !== wantsPaint(next, current.marks)) await paint(current, seq);
  };

  const showClaim = (claim: number): boolean => {
    const id = `claim:${claim}`;
    const mark = painting?.hl.get(id);
    if (!painting || !mark) return false;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const el = mark.range.startContainer.parentElement;
    const hl = painting.hl;
    // Flash once the page stopped scrolling, so the reader sees it (scrollend, or soon anyway).
    let done = false;
    const flash = (): void => {
      if (done) return;
      done = true;
      hl.flash(id);
    };
    const box = mark.range.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) {
      flash();
    } else {
      window.addEventListener('scrollend', flash, { once: true, signal: painting.ac.signal });
      ctx.setTimeout(flash, 900);
      el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
    return true;
  };

  const signal = ctx.signal;
  watchSettings((s) => void apply(s), signal);
  handleMessages<BackgroundToContent>(
    {
      'page:rescan': async () => ({ reported: on ? await report() : false }),
      'page:links': async ({ links, sources }) => {
        if (!current) return { painted: false };
        current = { ...current, links, ...(sources ? { sources } : {}) };
        // new links usually mean the library changed: ask about the units again
        if (painting) void loadUnitSources(current);
        return { painted: painting !== null };
      },
    },
    {
      signal,
      accept: (type, payload, sender) => {
        if (sender.id !== browser.runtime.id) throw new Error('not from Crosscheck');
        return type === 'page:links' ? validateLinksPush(payload) : payload;
      },
    },
  );
  handleMessages<PanelToContent>(
    { 'page:show-claim': ({ claim }) => ({ shown: showClaim(claim) }) },
    {
      signal,
      accept: (_type, payload, sender) => {
        if (sender.id !== browser.runtime.id) throw new Error('not from Crosscheck');
        return validateClaimIndex(payload);
      },
    },
  );
  // Back from the bfcache, or a single-page app moved to another article: read again.
  ctx.addEventListener(window, 'pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && on) void report();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (on) ctx.setTimeout(() => void report(), 500);
  });
  ctx.onInvalidated(() => {
    unwatch();
    unpaint();
    document.documentElement.removeAttribute(READY_ATTR);
  });

  await apply(await getSettings());
}

/** The last analysis and the text model it refers to. */
export type { PageState };
