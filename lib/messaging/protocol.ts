// The one message protocol of Crosscheck, as maps named by direction. Each entry is
// `{ req; res }`: what the sender passes and what the handler answers. Content-script payloads
// are untrusted (a page can fake a content script only through a compromised renderer, but a
// bug can send anything): the background validates every one with the hand-written checks in
// validate.ts before acting on it.

import type { Analysis, Claim, ClaimLinks, PlaceEntity, Relation, SourceMeta, UnitEntity } from '../model';
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
  /** Names this report (one per analysis): the page's `page:card` questions say which report
   *  their indices are into. */
  reportId?: string;
  meta: PageMeta;
  textLength: number;
  paragraphs: number;
  analysis: Analysis;
  /** Epoch ms when analysed. */
  analyzedAt: number;
  /** How long the engine took, ms. */
  analyzeMs: number;
  /** Per-claim links from the library (absent until linking ran, or when the library is off):
   *  the counts of every relation and only the first few relations of each kind (PanelLinks). */
  links?: PanelLinks[];
  /** The library sources the links point to. */
  sources?: SourceMeta[];
  /** Sources in the library (0 shows how sources get in). */
  librarySize?: number;
  /** Site name of this page. */
  outlet?: string;
}

/** A figure of one listed update or corroboration of a claim, for the panel's timeline. */
export interface SeriesPoint {
  relation: 'updates' | 'corroborates';
  /** The other source (its row in `sources`). */
  doc: string;
  value: number | null;
  when?: string;
  attribution?: string;
}

/** One claim's links as a tab's report carries them: counts and the independence count over every
 *  relation found, and only the first few relations (the strongest of each kind, independent
 *  first); `links:claim` answers the full list. */
/** The other claim of a relation as a tab's report carries it: its figures, without the text and
 *  offsets its relation's `b` already has. */
export type ClaimFigures = Omit<Claim, 'text' | 'start' | 'end'>;

/** A relation as the panel gets it (a tab's report, `links:claim`): the page's claim is the link's
 *  `claim` index (no `a`), the source is in the answer's `sources` (by `b.doc`), the other claim
 *  comes as its figures (ClaimFigures). */
export type PanelRelation = Omit<Relation, 'a' | 'source' | 'claim'> & { claim?: ClaimFigures };

export interface PanelLinks extends Omit<ClaimLinks, 'relations'> {
  relations: PanelRelation[];
  /** How many relations the full list (`links:claim`) has, when `relations` is only its first few. */
  listed?: number;
  /** With a cut list: the figures of every update and corroboration of the full list (timelines). */
  series?: SeriesPoint[];
}

/**
 * What the page is answered to its report: only what it paints. Offsets into the page text, by
 * entity, in the analysis's order (so mark ids `unit:I:J`, `place:I:J`, `claim:I` index the
 * report the side panel reads); what a hover card shows is asked for one mark at a time
 * (`page:card`). A live blog's full analysis is some 250 KB of objects; these are flat numbers.
 */
export interface PageMarks {
  /** The report these marks were made from (`TabReport.reportId`). */
  reportId: string;
  isWarCoverage: boolean;
  /** Canonical name of each unit, by unit index (the page asks the library about them). */
  unitNames: string[];
  /** Per unit, its mentions as [start, end, start, end, ...]. */
  units: number[][];
  /** Per place, its mentions as [start, end, start, end, ...]. */
  places: number[][];
  /** Every claim's [start, end], one after the other: [start0, end0, start1, end1, ...]. */
  claims: number[];
}

/** A place as its hover card shows it (no mention list: how many there are). */
export type CardPlace = Omit<PlaceEntity, 'mentions' | 'id'> & { mentionCount: number };
/** A unit as its hover card shows it. */
export type CardUnit = Omit<UnitEntity, 'mentions'> & { mentionCount: number };

/** What a hover card shows for one mark of the page's report (answer to `page:card`). */
export type MarkDetails =
  | { kind: 'claim'; index: number; claim: Claim }
  | { kind: 'place'; index: number; place: CardPlace }
  | { kind: 'unit'; index: number; unit: CardUnit };

export type MarkKindName = MarkDetails['kind'];

export interface ContentToBackground {
  /** The page was read: analyse it, keep the report for this tab and answer what to paint. */
  'page:report': { req: PageReport; res: { marks: PageMarks } };
  /** A hover card opens: the details of unit, place or claim `index` of report `reportId` (this
   *  tab's), or null when that report is not this tab's report any more. */
  'page:card': { req: { reportId: string; kind: MarkKindName; index: number }; res: MarkDetails | null };
  /** Crosscheck was switched off for this page: forget its report. */
  'page:clear': { req: { url: string }; res: { cleared: boolean } };
  /** Sources in the library (other than this page) that mention these units, for the unit card
   *  (answered by lib/background/units.ts). */
  'units:sources': { req: { names: string[] }; res: { units: UnitSources[] } };
  /** The reader chose "open in side panel" on a claim's card: open the panel (or sidebar) for
   *  this tab at that claim. Sent from the click itself, so the browser sees a user action
   *  (answered by lib/background/commands.ts). */
  'panel:open': { req: { claim: number }; res: { opened: boolean } };
}

/** The library's sources that mention one unit: the newest few and how many in all. */
export interface UnitSources {
  /** The unit's canonical name, as asked. */
  name: string;
  total: number;
  /** At most MAX_UNIT_SOURCES, newest first (by publication date, then by when stored). */
  sources: SourceMeta[];
}

/** Unit names one units:sources question may ask about, and sources answered per unit. */
export const MAX_UNIT_NAMES = 500;
/** Session-storage key prefix (+ tab id) of the claim a side panel opened by panel:open selects. */
export const PANEL_SELECT_PREFIX = 'cx-select:';
export const MAX_UNIT_SOURCES = 5;

export interface PanelToBackground {
  /** The report of one tab, or null when that tab has not reported. */
  'report:get': { req: { tabId: number }; res: TabReport | null };
}

/** What an import (library export or pack) did, for the options page. */
export interface ImportSummary {
  /** What the file was read as. */
  kind: 'library' | 'pack';
  added: SourceMeta[];
  updated: SourceMeta[];
  /** Good lines not stored (not war coverage, ...), with the reason. */
  skipped: { id: string; reason: string }[];
  /** Bad lines by 1-based line number (or source id when the library refused one). */
  errors: { line?: number; id?: string; message: string }[];
  /** One sentence. */
  message: string;
  librarySize: number;
}

/** The library's counts and switches, for the options page. */
export interface LibraryStatus {
  sources: number;
  claims: number;
  paused: boolean;
  excludedSites: string[];
}

/** One feed as the options page lists it. */
export interface FeedView {
  url: string;
  title?: string;
  status: string;
  tone: 'ok' | 'warn' | 'error' | 'idle';
  label: string;
  detail: string;
  next: string;
  lastChecked?: number;
  /** Origins whose permission is missing (a "grant access" button requests them). */
  missingOrigins: string[];
}

/** One result of "search for more sources". */
export interface SearchResultView {
  url: string;
  title: string;
  status: 'linked' | 'unrelated' | 'not-war' | 'skipped' | 'failed';
  reason?: string;
  source?: SourceMeta;
  relations: Relation[];
}

/** Messages from extension pages (options, side panel) for the library, feeds and search. */
export interface LibraryToBackground {
  'library:status': { req: Record<string, never>; res: LibraryStatus };
  /** Every listed relation of claim `claim` of the tab's page (a report carries only the first few),
   *  with their sources. */
  'links:claim': { req: { tabId: number; claim: number }; res: { claim: number; relations: PanelRelation[]; sources: SourceMeta[] } };
  /** The whole library as JSON Lines (options turns it into a download), in parts of at most a
   *  few MB: part 0 takes a snapshot, parts 1..parts-1 read the same snapshot. */
  'library:export': { req: { part?: number }; res: { jsonl: string; sources: number; part: number; parts: number } };
  /** A library export or a pack (.jsonl), or one part of one (lineOffset: its first line's place
   *  in the file, minus one): good lines stored, bad lines reported by number. */
  'library:import': { req: { text: string; name: string; lineOffset?: number }; res: ImportSummary };
  /** The demo pack shipped with the extension (packs/demo.jsonl). */
  'library:import-demo': { req: Record<string, never>; res: ImportSummary };
  /** Deletes every source; `confirm` must be the word "clear". */
  'library:clear': { req: { confirm: 'clear' }; res: { removed: number } };
  'feeds:list': { req: Record<string, never>; res: FeedView[] };
  /** Checks a feed address (the options page has asked for its permission first); nothing is ingested. */
  'feeds:probe': { req: { url: string }; res: { ok: true; feedUrl: string; title: string; itemCount: number; articleOrigins: string[] } | { ok: false; message: string; missingOrigin?: string; discovered?: string } };
  /** Adds a feed (due at once) and schedules its first check. */
  'feeds:add': { req: { url: string; title?: string }; res: FeedView[] };
  'feeds:remove': { req: { url: string }; res: FeedView[] };
  /** Checks one feed now (or every feed without `url`), bounded like an alarm run. */
  'feeds:check': { req: { url?: string }; res: FeedView[] };
  /** What search sends (SEARCH_EXPLANATION) and the host permission it needs, for the options page. */
  'search:about': { req: Record<string, never>; res: { explanation: string; permission: string; enabled: boolean } };
  /** The exact search "search for more sources" would send for claim `claim` of the tab's page. */
  'search:preview': { req: { tabId: number; claim: number }; res: { enabled: boolean; text: string; explanation: string } | { enabled: boolean; text: null; reason: string; explanation: string } };
  /** Runs the search (only when the person turned search on), reads and links the results. */
  'search:more': { req: { tabId: number; claim: number }; res: { ok: boolean; message: string; query?: string; results: SearchResultView[]; counts: { corroborates: number; conflicts: number; updates: number; related: number }; missingOrigins: string[] } };
}

/** Pushed by the background to extension pages (side panel, popup). */
export interface BackgroundToPanel {
  /** The report of this tab changed (new, replaced or cleared). `report`, when present, is the
   *  new report itself (as report:get would answer it): sent with the push that brings a page's
   *  links, so an open panel shows them without asking (the worker may be busy storing the page). */
  'report:changed': { req: { tabId: number; report?: TabReport }; res: void };
  /** The library changed (sources added, imported or cleared; feeds checked). */
  'library:changed': { req: { sources: number }; res: void };
}

/** Pushed by the background to one tab's content script. */
export interface BackgroundToContent {
  /** Read the page again and report (after settings changed, for instance). */
  'page:rescan': { req: Record<string, never>; res: { reported: boolean } };
  /** The library linked this tab's claims (after the report, or when a new source came in): per
   *  claim the counts its hover card shows (`relations` left empty; the panel lists them). */
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
/** Longest report id a page:card question may carry. */
export const MAX_REPORT_ID = 64;
/** Largest import file accepted through a message (characters). */
export const MAX_IMPORT_LENGTH = 32_000_000;
