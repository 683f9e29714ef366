// "Search for more sources" (opt-in): one claim in, a GDELT DOC 2.0 article-list query out, the
// top results fetched (with permission per site), analysed and linked back to the claim.
//
// GDELT DOC 2.0 needs no key. The query is built from the claim alone (its place, the page's
// places and units, words for its measure, a date window around its `when`), and
// `describeQuery` gives the exact text shown to the person before anything is sent. Nothing
// else from the page leaves the browser. Off by default; SEARCH_EXPLANATION is the first-use text.
//
// API notes: `mode=ArtList&format=json` answers {"articles": [{url, url_mobile, title, seendate
// (20250314T093000Z), socialimage, domain, language, sourcecountry}]}, or `{}` when nothing
// matched, or a plain-text sentence when the query is refused (too short a word, too many
// requests). Dates go as YYYYMMDDHHMMSS in UTC; the service searches about the last three months.

import type { Analysis, Claim, PlaceEntity, Relation, SourceMeta, UnitEntity } from '../model';
import { boundedFetch, originOf, type FetchLike } from '../feeds/http';
import { fetchArticle, type ExtractedArticle } from '../feeds/article';

export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
/** The optional host permission to request when the person turns search on. */
export const GDELT_PERMISSION = 'https://api.gdeltproject.org/*';

export const SEARCH_EXPLANATION = [
  'Search for more sources is off until you turn it on.',
  'When you use it on a claim, Crosscheck sends a short search to the GDELT Project, a public news index that needs no account: a few place or unit names, words for what is counted (for example "killed" or "captured") and a date range. You see the exact search before it is sent. Nothing else from the page you are reading is sent, and GDELT gets no account or history of yours.',
  'Crosscheck then opens up to a handful of the articles found, from their own sites, only for sites you allow, reads them on your device and shows which of their figures agree or disagree with the claim. The articles are not added to your library unless you choose to keep them.',
].join('\n\n');

export interface SearchContext {
  /** Places of the page the claim comes from (the claim's `where` is always included first). */
  places?: readonly Pick<PlaceEntity, 'name'>[];
  units?: readonly Pick<UnitEntity, 'name'>[];
  /** Publication date of the page (ISO), the fallback when the claim has no `when`. */
  published?: string;
  /** Restrict to one language (GDELT `sourcelang:`), e.g. `english`. */
  sourceLanguage?: string;
}

export interface QueryOptions {
  maxRecords?: number;
  /** Days added before the claim's period and after it. */
  daysBefore?: number;
  daysAfter?: number;
  /** Clock for clamping the window to the present. */
  now?: number;
  endpoint?: string;
}

export interface GdeltQuery {
  /** The GDELT query string (before URL encoding). */
  query: string;
  /** Subject terms (places, units), OR-ed. */
  subjects: string[];
  /** Measure words, OR-ed. */
  measureWords: string[];
  start: Date;
  end: Date;
  maxRecords: number;
  /** The full request URL. */
  url: string;
}

export type QueryBuildResult = { ok: true; query: GdeltQuery } | { ok: false; reason: string };

const MEASURE_WORDS: Record<string, string[]> = {
  killed: ['killed', 'dead', 'died'],
  wounded: ['wounded', 'injured'],
  killedOrWounded: ['casualties', 'killed', 'wounded'],
  captured: ['captured', 'prisoners'],
  missing: ['missing'],
  losses: ['losses', 'lost'],
};
const CATEGORY_WORDS: Record<string, string[]> = {
  casualties: ['casualties', 'killed', 'wounded'],
  captured: ['captured', 'prisoners'],
  troops: ['troops', 'soldiers'],
  equipment: ['destroyed', 'lost'],
  territory: ['"square kilometers"', '"square miles"', 'territory'],
  distance: ['kilometers', 'miles'],
  cost: ['million', 'billion'],
};

/** Words for a counted thing (tank, drone, vehicle) join the measure group. */
function unitWord(unit: string): string | undefined {
  if (!unit || ['person', 'item', 'km', 'km2', 'usd', 'hour', 'day', 'month', 'year', 'percent', 'tonne'].includes(unit)) return undefined;
  return /^[a-z][a-z-]{2,30}$/.test(unit) ? `${unit}s` : undefined;
}

/** A term as GDELT wants it: quoted when it has spaces; GDELT refuses words under 3 letters. */
function term(name: string): string | undefined {
  const clean = name.replace(/["()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length < 3) return undefined;
  return /\s|-/.test(clean) ? `"${clean}"` : clean;
}

function group(terms: string[]): string {
  return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`;
}

/** `2025`, `2025-03`, `2025-03-14` → [first instant, last instant] of that period in UTC. */
export function periodOf(when: string | undefined): [Date, Date] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(when ?? '');
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return [new Date(d), new Date(d + 86_400_000 - 1000)];
  }
  if (m[2]) return [new Date(Date.UTC(y, Number(m[2]) - 1, 1)), new Date(Date.UTC(y, Number(m[2]), 1) - 1000)];
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1) - 1000)];
}

/** Date → GDELT's YYYYMMDDHHMMSS (UTC). */
export function gdeltDateTime(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function buildGdeltQuery(claim: Claim, ctx: SearchContext = {}, options: QueryOptions = {}): QueryBuildResult {
  const subjects: string[] = [];
  const add = (name: string | undefined) => {
    const t = name ? term(name) : undefined;
    if (t && !subjects.includes(t) && subjects.length < 5) subjects.push(t);
  };
  add(claim.where);
  for (const p of ctx.places ?? []) if (subjects.length < 3) add(p.name);
  for (const u of ctx.units ?? []) if (subjects.length < 5) add(u.name);
  if (!subjects.length) return { ok: false, reason: 'the claim names no place or unit to search for' };

  const words = [...(claim.measure ? MEASURE_WORDS[claim.measure] ?? [] : CATEGORY_WORDS[claim.category] ?? [])];
  const counted = unitWord(claim.unit);
  if (counted && !words.includes(counted)) words.unshift(counted);
  const measureWords = words.slice(0, 4);

  const now = options.now ?? Date.now();
  const period = periodOf(claim.when) ?? periodOf(ctx.published);
  const before = (options.daysBefore ?? 7) * 86_400_000;
  const after = (options.daysAfter ?? 14) * 86_400_000;
  let start: Date;
  let end: Date;
  if (period) {
    start = new Date(period[0].getTime() - before);
    end = new Date(Math.min(now, period[1].getTime() + after));
  } else {
    end = new Date(now);
    start = new Date(now - 30 * 86_400_000);
  }
  if (start.getTime() >= end.getTime()) return { ok: false, reason: `the claim's date (${claim.when ?? ctx.published}) is in the future` };

  const parts = [group(subjects)];
  if (measureWords.length) parts.push(group(measureWords));
  if (ctx.sourceLanguage && /^[a-z]{3,20}$/i.test(ctx.sourceLanguage)) parts.push(`sourcelang:${ctx.sourceLanguage.toLowerCase()}`);
  const query = parts.join(' ');
  const maxRecords = Math.max(1, Math.min(75, Math.round(options.maxRecords ?? 10)));
  const params = new URLSearchParams({
    query,
    mode: 'ArtList',
    format: 'json',
    maxrecords: String(maxRecords),
    startdatetime: gdeltDateTime(start),
    enddatetime: gdeltDateTime(end),
  });
  const url = `${options.endpoint ?? GDELT_ENDPOINT}?${params.toString()}`;
  return { ok: true, query: { query, subjects, measureWords, start, end, maxRecords, url } };
}

/** The exact text shown to the person before the search is sent. */
export function describeQuery(q: GdeltQuery, fetchCount = 5): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  let host = 'api.gdeltproject.org';
  try {
    host = new URL(q.url).host;
  } catch {
    /* keep the default */
  }
  return [
    `Crosscheck will send this search to the GDELT Project (${host}):`,
    `  search words: ${q.query}`,
    `  period: ${day(q.start)} to ${day(q.end)}`,
    `  asking for: up to ${q.maxRecords} article links`,
    `Full request: ${q.url}`,
    `Nothing else from this page is sent. Crosscheck then reads up to ${fetchCount} of the articles found, each from its own site and only where you allow that site.`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

export interface GdeltArticle {
  url: string;
  title: string;
  /** ISO timestamp from `seendate` (when GDELT saw it), if it parses. */
  seen?: string;
  domain?: string;
  language?: string;
  sourceCountry?: string;
}

export type ParseArtListResult = { ok: true; articles: GdeltArticle[] } | { ok: false; kind: 'refused' | 'malformed'; message: string };

/** `20250314T093000Z` → `2025-03-14T09:30:00.000Z`. */
export function parseSeenDate(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(s.trim());
  if (!m) return undefined;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export function parseArtList(body: string): ParseArtListResult {
  const text = body.replace(/^\ufeff/, '').trim();
  if (!text) return { ok: true, articles: [] };
  if (text[0] !== '{') {
    // GDELT answers refusals as a plain sentence ("Your search contained a keyword that was too short...").
    return { ok: false, kind: 'refused', message: `the search service refused the query: ${text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').slice(0, 300)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'malformed', message: `the search service sent an unreadable answer (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, kind: 'malformed', message: 'the search service sent an unexpected answer (not an object)' };
  const list = (data as Record<string, unknown>).articles;
  if (list === undefined) return { ok: true, articles: [] };
  if (!Array.isArray(list)) return { ok: false, kind: 'malformed', message: 'the search service sent an unexpected answer ("articles" is not a list)' };
  const seen = new Set<string>();
  const articles: GdeltArticle[] = [];
  for (const a of list) {
    if (typeof a !== 'object' || a === null) continue;
    const o = a as Record<string, unknown>;
    if (typeof o.url !== 'string') continue;
    let url: string;
    try {
      const u = new URL(o.url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      url = u.href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
    const item: GdeltArticle = { url, title: str('title') ?? url };
    const seenAt = parseSeenDate(o.seendate);
    if (seenAt) item.seen = seenAt;
    const domain = str('domain');
    if (domain) item.domain = domain;
    const language = str('language');
    if (language) item.language = language;
    const country = str('sourcecountry');
    if (country) item.sourceCountry = country;
    articles.push(item);
  }
  return { ok: true, articles };
}

// ---------------------------------------------------------------------------------------------

export interface SearchDeps {
  fetch: FetchLike;
  hasPermission: (origin: string) => boolean | Promise<boolean>;
  /** The engine over one found article (the caller binds the gazetteer). */
  analyze: (article: ExtractedArticle) => Analysis | Promise<Analysis>;
  /** How the claim relates to the claims of one found source (the caller binds the linker). */
  link: (claim: Claim, found: { meta: SourceMeta; analysis: Analysis }) => Relation[] | Promise<Relation[]>;
  now?: () => number;
  signal?: AbortSignal;
  limits?: Partial<SearchLimits>;
  endpoint?: string;
}

export interface SearchLimits {
  /** Links asked of GDELT. */
  maxRecords: number;
  /** Articles actually fetched and analysed. */
  fetchCount: number;
  timeoutMs: number;
  searchBytes: number;
  articleBytes: number;
}

export const SEARCH_DEFAULTS: SearchLimits = { maxRecords: 10, fetchCount: 5, timeoutMs: 20_000, searchBytes: 1024 * 1024, articleBytes: 3 * 1024 * 1024 };

export interface FoundSource {
  article: GdeltArticle;
  status: 'linked' | 'unrelated' | 'not-war' | 'skipped' | 'failed';
  reason?: string;
  meta?: SourceMeta;
  analysis?: Analysis;
  relations?: Relation[];
}

export interface SearchOutcome {
  ok: boolean;
  /** The query sent (absent when none could be built). */
  query?: GdeltQuery;
  /** One sentence for the panel. */
  message: string;
  results: FoundSource[];
  /** Relation counts over all results. */
  counts: { corroborates: number; conflicts: number; updates: number; related: number };
  /** Origins that were skipped for lack of permission (for a "allow these sites" button). */
  missingOrigins: string[];
}

const emptyCounts = () => ({ corroborates: 0, conflicts: 0, updates: 0, related: 0 });

export async function searchMoreSources(claim: Claim, ctx: SearchContext, deps: SearchDeps): Promise<SearchOutcome> {
  const limits = { ...SEARCH_DEFAULTS, ...deps.limits };
  const fail = (message: string, query?: GdeltQuery): SearchOutcome => ({ ok: false, query, message, results: [], counts: emptyCounts(), missingOrigins: [] });
  try {
    const built = buildGdeltQuery(claim, ctx, { maxRecords: limits.maxRecords, now: deps.now?.(), endpoint: deps.endpoint });
    if (!built.ok) return fail(`no search sent: ${built.reason}`);
    const q = built.query;
    const got = await boundedFetch(q.url, {
      fetch: deps.fetch,
      hasPermission: deps.hasPermission,
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.searchBytes,
      signal: deps.signal,
      headers: { accept: 'application/json' },
    });
    if (!got.ok) {
      const out = fail(got.error.kind === 'permission' ? `no search sent: ${got.error.message}` : `the search failed: ${got.error.message}`, q);
      if (got.error.kind === 'permission' && got.error.url) out.missingOrigins = [got.error.url];
      return out;
    }
    const parsed = parseArtList(got.res.text);
    if (!parsed.ok) return fail(parsed.message, q);

    const results: FoundSource[] = [];
    const counts = emptyCounts();
    const missing = new Set<string>();
    let fetched = 0;
    for (const article of parsed.articles) {
      if (deps.signal?.aborted) break;
      if (fetched >= limits.fetchCount) break;
      const origin = originOf(article.url);
      if (!origin || !(await deps.hasPermission(origin))) {
        if (origin) missing.add(origin);
        results.push({ article, status: 'skipped', reason: `no permission to read ${origin ?? article.url}` });
        continue;
      }
      fetched++;
      const page = await fetchArticle(article.url, { fetch: deps.fetch, hasPermission: deps.hasPermission, timeoutMs: limits.timeoutMs, maxBytes: limits.articleBytes, signal: deps.signal });
      if (!page.ok) {
        results.push({ article, status: 'failed', reason: page.reason });
        continue;
      }
      const meta: SourceMeta = { id: page.article.url, doc: page.article.url, url: page.article.url, title: page.article.title || article.title };
      const outlet = page.article.outlet ?? article.domain;
      if (outlet) meta.outlet = outlet;
      const published = page.article.published ?? article.seen?.slice(0, 10);
      if (published) meta.published = published;
      const lang = page.article.lang;
      if (lang) meta.language = lang;
      let analysis: Analysis;
      let relations: Relation[];
      try {
        analysis = await deps.analyze({ ...page.article, published });
        if (!analysis.warCoverage.isWarCoverage) {
          results.push({ article, status: 'not-war', reason: 'not war coverage', meta, analysis });
          continue;
        }
        relations = await deps.link(claim, { meta, analysis });
      } catch (error) {
        results.push({ article, status: 'failed', reason: `could not analyse it (${error instanceof Error ? error.message : String(error)})`, meta });
        continue;
      }
      for (const r of relations) counts[r.relation]++;
      results.push({ article, status: relations.length ? 'linked' : 'unrelated', meta, analysis, relations });
    }

    const linked = results.filter((r) => r.status === 'linked').length;
    const bits: string[] = [];
    for (const k of ['corroborates', 'conflicts', 'updates', 'related'] as const) if (counts[k]) bits.push(`${counts[k]} ${k === 'corroborates' ? 'corroborate' : k === 'conflicts' ? 'conflict' : k === 'updates' ? 'update' : 'related'}`);
    let message = parsed.articles.length
      ? `${parsed.articles.length} found, ${fetched} read, ${linked} with related figures${bits.length ? ` (${bits.join(', ')})` : ''}`
      : 'the search found no articles for this claim';
    if (missing.size) message += `; ${missing.size} site${missing.size === 1 ? '' : 's'} not read without your permission`;
    return { ok: true, query: q, message, results, counts, missingOrigins: [...missing] };
  } catch (error) {
    return fail(`the search failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
