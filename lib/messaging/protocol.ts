// The one message protocol of Crosscheck, as maps named by direction. Each entry is
// `{ req; res }`: what the sender passes and what the handler answers. Content-script payloads
// are untrusted (a page can fake a content script only through a compromised renderer, but a
// bug can send anything): the background validates every one with the hand-written checks in
// validate.ts before acting on it.

import type { Analysis, ClaimLinks, SourceMeta } from '../model';
import type { PageMeta, TextBlock } from '../dom/page-text';

export type { PageMeta, TextBlock };

/** What the content script read from its page. */
export interface PageReport {
  meta: PageMeta;
  text: string;
  blocks: TextBlock[];
}

/** What the background keeps per tab and shows in the side panel and popup. */
export interface TabReport {
  tabId: number;
  meta: PageMeta;
  textLength: number;
  paragraphs: number;
  analysis: Analysis;
  /** Epoch ms when analysed. */
  analyzedAt: number;
  /** How long the engine took, ms. */
  analyzeMs: number;
  /** Per-claim links from the library (absent until linking ran, or when the library is off). */
  links?: ClaimLinks[];
  /** The library sources the links point to. */
  sources?: SourceMeta[];
  /** Sources in the library (0 shows how sources get in). */
  librarySize?: number;
  /** Site name of this page. */
  outlet?: string;
}

export interface ContentToBackground {
  /** The page was read: analyse it and keep the report for this tab. */
  'page:report': { req: PageReport; res: { analysis: Analysis } };
  /** Crosscheck was switched off for this page: forget its report. */
  'page:clear': { req: { url: string }; res: { cleared: boolean } };
}

export interface PanelToBackground {
  /** The report of one tab, or null when that tab has not reported. */
  'report:get': { req: { tabId: number }; res: TabReport | null };
}

/** Pushed by the background to extension pages (side panel, popup). */
export interface BackgroundToPanel {
  /** The report of this tab changed (new, replaced or cleared). */
  'report:changed': { req: { tabId: number }; res: void };
}

/** Pushed by the background to one tab's content script. */
export interface BackgroundToContent {
  /** Read the page again and report (after settings changed, for instance). */
  'page:rescan': { req: Record<string, never>; res: { reported: boolean } };
  /** The library linked this tab's claims (after the report, or when a new source came in). */
  'page:links': { req: { links: ClaimLinks[]; sources?: SourceMeta[] }; res: { painted: boolean } };
}

/** Sent by the side panel straight to the content script of the tab it shows (tabs.sendMessage). */
export interface PanelToContent {
  /** Scroll the page to claim `claim` and flash it. */
  'page:show-claim': { req: { claim: number }; res: { shown: boolean } };
}

/** Broadcast by a content script to the open side panel (runtime.sendMessage; the background ignores it). */
export interface ContentToPanel {
  /** The reader chose "open in side panel" on a claim's hover card. */
  'panel:select-claim': { req: { claim: number }; res: { selected: boolean } };
}

/** Every message travels in this envelope, so foreign messages are told apart. */
export interface Envelope<K extends string = string, P = unknown> {
  cx: 1;
  type: K;
  payload: P;
}

/** Every answer travels in this shape, so errors cross the boundary as readable text. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Texts longer than this are refused (about 2 MB of UTF-16 code units). */
export const MAX_TEXT_LENGTH = 2_000_000;
export const MAX_BLOCKS = 100_000;
export const MAX_META_STRING = 2_048;
