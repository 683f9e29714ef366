// Polling one feed: conditional GET, parse, fetch each new item's page, hand it to `ingest`.
// Pure over its injected dependencies (fetch, clock, randomness, permission check, ingest), so
// the background wires it to browser.alarms / permissions / the library, and the tests to local
// servers. `pollFeed` never throws and never mutates its input: it returns the next state and a
// report of what happened to each item, which the options page shows as the feed's status.
//
// Cheap by construction: 304 Not Modified (ETag / Last-Modified) means no parsing and no
// article fetches; at most `itemsPerRun` new items per poll; every body is size-bounded; ids
// already seen are skipped without any request. Errors back off exponentially with jitter.

import { parseFeed, type FeedItem } from './parse';
import { boundedFetch, originOf, type FetchLike } from './http';
import { fetchArticle } from './article';

export type FeedStatus = 'ok' | 'error' | 'pending' | 'not-modified' | 'needs-permission';

export interface FeedState {
  url: string;
  /** Feed title, once known. */
  title?: string;
  etag?: string;
  lastModified?: string;
  /** Epoch ms of the last poll attempt, if any. */
  lastChecked?: number;
  /** Epoch ms when the next poll is due. */
  nextDue: number;
  /** Consecutive failed polls (drives the backoff). */
  failures: number;
  status: FeedStatus;
  /** The sentence shown beside the feed in options. */
  message: string;
  /** Item ids already handled, newest first, bounded by limits.seenIdsMax. */
  seenIds: string[];
  /** Origins whose permission is missing (for a "grant access" button). */
  missingOrigins?: string[];
}

/** What `ingest` receives: one article with its feed as provenance. */
export interface FeedArticle {
  url: string;
  title: string;
  text: string;
  /** ISO date or timestamp (page metadata first, then the feed item's date). */
  published?: string;
  outlet?: string;
  lang?: string;
  /** Where the text came from: the article page, or the feed's own summary when the page could not be read. */
  from: 'page' | 'summary';
  feed: { url: string; title?: string; itemId: string };
}

export type IngestOutcome = 'added' | 'updated' | 'skipped';

export interface IngestResult {
  outcome: IngestOutcome;
  /** Why (e.g. "not war coverage", "already in the library"). */
  reason?: string;
}

export interface PollLimits {
  /** Bytes per feed body. */
  feedBytes: number;
  /** Bytes per article page. */
  articleBytes: number;
  /** New items handled per poll (the rest wait for the next one). */
  itemsPerRun: number;
  feedTimeoutMs: number;
  articleTimeoutMs: number;
  /** Regular polling interval. */
  intervalMs: number;
  /** First retry delay after an error; doubles per consecutive failure. */
  retryBaseMs: number;
  maxBackoffMs: number;
  seenIdsMax: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: PollLimits = {
  feedBytes: 2 * 1024 * 1024,
  articleBytes: 3 * 1024 * 1024,
  itemsPerRun: 10,
  feedTimeoutMs: 15_000,
  articleTimeoutMs: 20_000,
  intervalMs: 60 * 60_000,
  retryBaseMs: 5 * 60_000,
  maxBackoffMs: 24 * 60 * 60_000,
  seenIdsMax: 500,
  maxRedirects: 5,
};

export interface PollDeps {
  fetch: FetchLike;
  now: () => number;
  /** 0..1; injected so the jitter is testable. Defaults to Math.random. */
  random?: () => number;
  hasPermission: (origin: string) => boolean | Promise<boolean>;
  ingest: (article: FeedArticle) => Promise<IngestResult>;
  limits?: Partial<PollLimits>;
  signal?: AbortSignal;
}

export type ItemOutcome = IngestOutcome | 'failed' | 'deferred';

export interface ItemReport {
  id: string;
  url?: string;
  title: string;
  outcome: ItemOutcome;
  reason?: string;
  from?: 'page' | 'summary';
}

export interface PollReport {
  status: FeedStatus;
  message: string;
  items: ItemReport[];
  /** New items left for the next poll because of itemsPerRun. */
  remaining: number;
}

export interface PollResult {
  state: FeedState;
  report: PollReport;
}

/** A state for a feed the person just added: due now, nothing seen. */
export function newFeedState(url: string, now: number): FeedState {
  return { url, nextDue: now, failures: 0, status: 'pending', message: 'waiting for the first check', seenIds: [] };
}

/** Delay after `failures` consecutive errors: base·2^(n-1), capped, with ±25 % jitter. */
export function backoffDelay(failures: number, limits: PollLimits, random: () => number): number {
  const raw = Math.min(limits.maxBackoffMs, limits.retryBaseMs * 2 ** Math.max(0, Math.min(30, failures - 1)));
  const jitter = 0.75 + 0.5 * Math.min(1, Math.max(0, random()));
  return Math.round(Math.min(limits.maxBackoffMs, raw * jitter));
}

/** Milliseconds until the earliest due feed (0 when one is overdue); undefined with no feeds. */
export function nextAlarmDelay(states: readonly FeedState[], now: number): number | undefined {
  let min: number | undefined;
  for (const s of states) {
    min = min === undefined ? s.nextDue : Math.min(min, s.nextDue);
  }
  return min === undefined ? undefined : Math.max(0, min - now);
}

/** The feeds due at `now`, most overdue first. */
export function dueFeeds(states: readonly FeedState[], now: number): FeedState[] {
  return states.filter((s) => s.nextDue <= now).sort((a, b) => a.nextDue - b.nextDue);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function timeOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export async function pollFeed(state: FeedState, deps: PollDeps): Promise<PollResult> {
  try {
    return await pollUnsafe(state, deps);
  } catch (error) {
    // A bug here must not take the background down nor lose the feed's state.
    const limits = { ...DEFAULT_LIMITS, ...deps.limits };
    const now = safeNow(deps);
    const failures = state.failures + 1;
    const message = `internal error while checking: ${error instanceof Error ? error.message : String(error)}`;
    return {
      state: { ...state, lastChecked: now, failures, status: 'error', message, nextDue: now + backoffDelay(failures, limits, deps.random ?? Math.random) },
      report: { status: 'error', message, items: [], remaining: 0 },
    };
  }
}

function safeNow(deps: PollDeps): number {
  try {
    return deps.now();
  } catch {
    return Date.now();
  }
}

async function pollUnsafe(state: FeedState, deps: PollDeps): Promise<PollResult> {
  const limits: PollLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const random = deps.random ?? Math.random;
  const now = deps.now();
  if (deps.signal?.aborted) return { state: { ...state }, report: { status: state.status, message: state.message, items: [], remaining: 0 } };
  const base: FeedState = { ...state, lastChecked: now, seenIds: [...state.seenIds] };
  delete base.missingOrigins;

  const errorResult = (message: string, retryAfterMs?: number): PollResult => {
    const failures = state.failures + 1;
    const delay = Math.max(backoffDelay(failures, limits, random), retryAfterMs ?? 0);
    const shown = `${message}; ${failures > 1 ? `failed ${failures} times in a row, ` : ''}next try ${timeOf(now + delay)}`;
    return {
      state: { ...base, failures, status: 'error', message: shown, nextDue: now + delay },
      report: { status: 'error', message: shown, items: [], remaining: 0 },
    };
  };

  const feedOrigin = originOf(state.url);
  if (!feedOrigin) return errorResult(`not a web address: ${state.url}`);

  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  const got = await boundedFetch(state.url, {
    fetch: deps.fetch,
    hasPermission: deps.hasPermission,
    timeoutMs: limits.feedTimeoutMs,
    maxBytes: limits.feedBytes,
    headers,
    maxRedirects: limits.maxRedirects,
    signal: deps.signal,
    now: deps.now,
  });
  if (!got.ok) {
    const e = got.error;
    if (e.kind === 'permission') {
      const message = `${e.message}: grant access to check this feed`;
      return {
        state: { ...base, status: 'needs-permission', message, missingOrigins: e.url ? [e.url] : [], nextDue: now + limits.intervalMs },
        report: { status: 'needs-permission', message, items: [], remaining: 0 },
      };
    }
    if (e.kind === 'aborted') {
      return { state: { ...state }, report: { status: state.status, message: state.message, items: [], remaining: 0 } };
    }
    const prefix = e.kind === 'timeout' ? 'timed out' : e.kind === 'too-large' ? 'feed too large' : e.kind === 'network' ? 'offline or unreachable' : 'could not fetch the feed';
    return errorResult(`${prefix}: ${e.message}`, e.retryAfterMs);
  }

  const res = got.res;
  if (res.status === 304) {
    const message = `no change since the last check (${timeOf(now)})`;
    return {
      state: { ...base, failures: 0, status: 'not-modified', message, nextDue: now + limits.intervalMs },
      report: { status: 'not-modified', message, items: [], remaining: 0 },
    };
  }

  const parsed = parseFeed(res.text, res.url, { maxItems: Math.max(limits.seenIdsMax, 50) });
  if (!parsed.ok) return errorResult(parsed.error.message);
  const feed = parsed.feed;
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;

  const seen = new Set(state.seenIds);
  const fresh = feed.items.filter((i) => !seen.has(i.id));
  const reports: ItemReport[] = [];
  const newlySeen: string[] = [];
  const missing = new Set<string>();
  let handled = 0;
  let remaining = 0;

  for (const item of fresh) {
    if (deps.signal?.aborted) break;
    const itemOrigin = item.url ? originOf(item.url) : undefined;
    if (itemOrigin && !(await deps.hasPermission(itemOrigin))) {
      // Not fetched, not marked seen: it is picked up once the person grants the site.
      missing.add(itemOrigin);
      reports.push({ id: item.id, url: item.url, title: item.title, outcome: 'deferred', reason: `no permission to read ${itemOrigin}` });
      continue;
    }
    if (handled >= limits.itemsPerRun) {
      remaining++;
      continue;
    }
    handled++;
    const report = await handleItem(item, feed.title || state.title, state.url, deps, limits);
    reports.push(report);
    if (report.outcome !== 'failed') newlySeen.push(item.id);
  }

  const seenIds = [...newlySeen, ...state.seenIds.filter((id) => !newlySeen.includes(id))].slice(0, limits.seenIdsMax);
  const count = (o: ItemOutcome) => reports.filter((r) => r.outcome === o).length;
  const parts: string[] = [];
  if (count('added')) parts.push(`${count('added')} added`);
  if (count('updated')) parts.push(`${count('updated')} updated`);
  if (count('skipped')) parts.push(`${count('skipped')} skipped`);
  if (count('failed')) parts.push(`${count('failed')} could not be read`);
  if (missing.size) parts.push(`${plural(count('deferred'), 'item')} waiting for permission to read ${[...missing].join(', ')}`);
  if (remaining) parts.push(`${remaining} more next time`);
  const message = `checked ${timeOf(now)}: ${fresh.length ? plural(fresh.length, 'new item') : 'no new items'}${parts.length ? ' — ' + parts.join(', ') : ''}`;

  const next: FeedState = {
    ...base,
    title: feed.title || state.title,
    etag,
    lastModified,
    failures: 0,
    status: 'ok',
    message,
    seenIds,
    // Items left over because of itemsPerRun come soon, not after a full interval.
    nextDue: now + (remaining ? Math.min(limits.intervalMs, limits.retryBaseMs) : limits.intervalMs),
  };
  if (!etag) delete next.etag;
  if (!lastModified) delete next.lastModified;
  if (missing.size) next.missingOrigins = [...missing];
  return { state: next, report: { status: 'ok', message, items: reports, remaining } };
}

async function handleItem(item: FeedItem, feedTitle: string | undefined, feedUrl: string, deps: PollDeps, limits: PollLimits): Promise<ItemReport> {
  const head = { id: item.id, url: item.url, title: item.title };
  let article: FeedArticle | undefined;
  let pageReason: string | undefined;
  const provenance = { url: feedUrl, title: feedTitle, itemId: item.id };
  if (item.url) {
    const got = await fetchArticle(item.url, {
      fetch: deps.fetch,
      hasPermission: deps.hasPermission,
      timeoutMs: limits.articleTimeoutMs,
      maxBytes: limits.articleBytes,
      signal: deps.signal,
    });
    if (got.ok) {
      const a = got.article;
      article = {
        url: a.url,
        title: a.title || item.title,
        text: a.text,
        published: a.published ?? item.published,
        outlet: a.outlet,
        lang: a.lang,
        from: 'page',
        feed: provenance,
      };
    } else pageReason = got.reason;
  } else pageReason = 'the item has no link';

  if (!article) {
    if (!item.summary.trim()) {
      return { ...head, outcome: 'skipped', reason: `${pageReason} and the feed gives no summary` };
    }
    const text = item.title && !item.summary.startsWith(item.title) ? `${item.title}\n\n${item.summary}` : item.summary;
    article = { url: item.url ?? feedUrl, title: item.title, text, published: item.published, from: 'summary', feed: provenance };
    if (item.url) {
      try {
        article.outlet = new URL(item.url).hostname.replace(/^www\./, '');
      } catch {
        /* none */
      }
    }
  }
  try {
    const result = await deps.ingest(article);
    const reason = article.from === 'summary' ? [result.reason, `from the feed summary (${pageReason})`].filter(Boolean).join('; ') : result.reason;
    const r: ItemReport = { ...head, outcome: result.outcome, from: article.from };
    if (reason) r.reason = reason;
    return r;
  } catch (error) {
    return { ...head, outcome: 'failed', reason: `the library refused it (${error instanceof Error ? error.message : String(error)})` };
  }
}

export type FeedUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * What the person typed in options → a feed address: trims, adds https:// to a bare host,
 * accepts only http(s), drops the fragment. `feed://` and `feed:https://` (old browser schemes)
 * are read as https.
 */
export function normalizeFeedUrl(input: string): FeedUrlResult {
  let s = input.trim();
  if (!s) return { ok: false, message: 'enter the address of a feed' };
  s = s.replace(/^feed:(\/\/)?(?=https?:)/i, '').replace(/^feed:\/\//i, 'https://');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s}`;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { ok: false, message: `"${input.trim().slice(0, 100)}" is not a web address` };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, message: `only http and https feeds can be read (not ${u.protocol})` };
  if (!u.hostname.includes('.') && u.hostname !== 'localhost' && !/^\[|^\d+\.\d+\.\d+\.\d+$/.test(u.hostname)) return { ok: false, message: `"${u.hostname}" is not a full site name` };
  u.hash = '';
  return { ok: true, url: u.href };
}

/**
 * One alarm tick: polls the due feeds one after another (at most `maxFeeds`), and returns every
 * state, updated or not, in the original order. Never throws.
 */
export async function pollDueFeeds(states: readonly FeedState[], deps: PollDeps, maxFeeds = 5): Promise<{ states: FeedState[]; reports: Map<string, PollReport> }> {
  const now = safeNow(deps);
  const due = dueFeeds(states, now).slice(0, maxFeeds);
  const updated = new Map<string, FeedState>();
  const reports = new Map<string, PollReport>();
  for (const s of due) {
    if (deps.signal?.aborted) break;
    const r = await pollFeed(s, deps);
    updated.set(s.url, r.state);
    reports.set(s.url, r.report);
  }
  return { states: states.map((s) => updated.get(s.url) ?? s), reports };
}

export interface FeedStatusView {
  tone: 'ok' | 'warn' | 'error' | 'idle';
  /** A word or two: `OK`, `No change`, `Error`, `Needs permission`, `Waiting`. */
  label: string;
  /** The feed's last message. */
  detail: string;
  /** `next check in 55 min`, `next check due now`. */
  next: string;
}

function inWords(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  const min = Math.round(ms / 60_000);
  if (min < 90) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 36) return `${h} h`;
  return `${Math.round(h / 24)} days`;
}

/** What the options page shows beside a feed. */
export function feedStatusView(state: FeedState, now: number): FeedStatusView {
  const wait = state.nextDue - now;
  const next = wait <= 0 ? 'next check due now' : `next check in ${inWords(wait)}`;
  const by: Record<FeedStatus, [FeedStatusView['tone'], string]> = {
    ok: ['ok', 'OK'],
    'not-modified': ['ok', 'No change'],
    error: ['error', 'Error'],
    'needs-permission': ['warn', 'Needs permission'],
    pending: ['idle', 'Waiting'],
  };
  const [tone, label] = by[state.status] ?? ['idle', state.status];
  return { tone: state.status === 'ok' && state.missingOrigins?.length ? 'warn' : tone, label, detail: state.message, next };
}

export interface ProbeOk {
  ok: true;
  /** The feed's address (the discovered one when the person gave a web page). */
  feedUrl: string;
  title: string;
  format: string;
  itemCount: number;
  /** Origins the items link to, most used first: ask permission for these when adding the feed. */
  articleOrigins: string[];
  /** The first few items, to show the person what they are adding. */
  sample: FeedItem[];
}

export interface ProbeFail {
  ok: false;
  message: string;
  /** A feed address named by the HTML page given, when it could not be read directly. */
  discovered?: string;
  /** The origin lacking permission, when that is the problem. */
  missingOrigin?: string;
}

/**
 * For the options page, when a feed is added: fetch it once (nothing is ingested), follow the
 * feed link of a web page given instead of a feed (if that site is allowed), and list the sites
 * its articles live on so their permission can be asked for.
 */
export async function probeFeed(url: string, deps: Pick<PollDeps, 'fetch' | 'hasPermission' | 'limits' | 'signal'>): Promise<ProbeOk | ProbeFail> {
  const limits: PollLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const normal = normalizeFeedUrl(url);
  if (!normal.ok) return { ok: false, message: normal.message };
  let target = normal.url;
  for (let attempt = 0; attempt < 2; attempt++) {
    const got = await boundedFetch(target, { fetch: deps.fetch, hasPermission: deps.hasPermission, timeoutMs: limits.feedTimeoutMs, maxBytes: limits.feedBytes, maxRedirects: limits.maxRedirects, signal: deps.signal });
    if (!got.ok) {
      const out: ProbeFail = { ok: false, message: got.error.message };
      if (got.error.kind === 'permission' && got.error.url) out.missingOrigin = got.error.url;
      if (attempt > 0) out.discovered = target;
      return out;
    }
    const parsed = parseFeed(got.res.text, got.res.url, { maxItems: limits.seenIdsMax });
    if (!parsed.ok) {
      if (parsed.error.discovered && attempt === 0) {
        target = parsed.error.discovered;
        continue;
      }
      return { ok: false, message: parsed.error.message, discovered: parsed.error.discovered };
    }
    const counts = new Map<string, number>();
    for (const item of parsed.feed.items) {
      const o = item.url ? originOf(item.url) : undefined;
      if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    return {
      ok: true,
      feedUrl: target,
      title: parsed.feed.title,
      format: parsed.feed.format,
      itemCount: parsed.feed.items.length,
      articleOrigins: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o),
      sample: parsed.feed.items.slice(0, 5),
    };
  }
  return { ok: false, message: 'no feed found' };
}
