// The content script: when Crosscheck is on for this site, read the page once into a text model
// and send it to the background, which runs the engine and keeps the tab's report. Nothing is
// painted yet (highlights come later); the only trace in the page is the `data-cx-ready`
// attribute on <html> while Crosscheck is on here, removed when it is switched off.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleMessages, MAX_TEXT_LENGTH, sendToBackground, type BackgroundToContent } from '../../lib/messaging/index';
import type { Analysis } from '../../lib/model';
import { findMainRoot, readPageMeta, readPageText, type PageText } from '../../lib/dom/page-text';
import { getSettings, isEnabledFor, watchSettings, type Settings } from '../../lib/settings/index';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});

const READY_ATTR = 'data-cx-ready';

interface PageState {
  pageText: PageText;
  analysis: Analysis;
}

async function run(ctx: ContentScriptContext): Promise<void> {
  let current: PageState | null = null;
  let on = false;
  let seq = 0;

  const report = async (): Promise<boolean> => {
    const mine = ++seq;
    // Let the page finish its own work before we read it.
    await new Promise<void>((resolve) => {
      const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
      if (ric) ric(() => resolve(), { timeout: 1000 });
      else setTimeout(resolve, 0);
    });
    if (ctx.isInvalid || mine !== seq || !on) return false;
    const root = findMainRoot(document);
    const pageText = readPageText(document, root);
    const meta = readPageMeta(document, root);
    if (pageText.text.length > MAX_TEXT_LENGTH) {
      console.info(`[crosscheck] this page's text is too large to analyse (${pageText.text.length} characters)`);
      return false;
    }
    try {
      const { analysis } = await sendToBackground('page:report', { meta, text: pageText.text, blocks: pageText.blocks });
      if (ctx.isInvalid || mine !== seq || !on) return false;
      current = { pageText, analysis };
      document.documentElement.setAttribute(READY_ATTR, '');
      return true;
    } catch (error) {
      console.warn('[crosscheck] the page could not be analysed:', error instanceof Error ? error.message : error);
      return false;
    }
  };

  const switchOff = async (): Promise<void> => {
    seq++;
    const had = current !== null || document.documentElement.hasAttribute(READY_ATTR);
    current = null;
    document.documentElement.removeAttribute(READY_ATTR);
    if (had) await sendToBackground('page:clear', { url: location.href }).catch(() => undefined);
  };

  const apply = async (settings: Settings): Promise<void> => {
    const next = isEnabledFor(settings, location.href);
    if (next === on) return;
    on = next;
    if (on) await report();
    else await switchOff();
  };

  const signal = ctx.signal;
  watchSettings((s) => void apply(s), signal);
  handleMessages<BackgroundToContent>(
    { 'page:rescan': async () => ({ reported: on ? await report() : false }) },
    { signal },
  );
  // Back from the bfcache, or a single-page app moved to another article: read again.
  ctx.addEventListener(window, 'pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && on) void report();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (on) ctx.setTimeout(() => void report(), 500);
  });
  ctx.onInvalidated(() => document.documentElement.removeAttribute(READY_ATTR));

  await apply(await getSettings());
}

/** For a later issue (highlights): the last analysis and the text model it refers to. */
export type { PageState };
