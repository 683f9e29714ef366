// Fetch an item's page and extract its main text with no browser DOM, through lib/html/readable.ts
// (the same reader as `crosscheck analyze page.html`, so a feed item and a file give one text):
// linkedom builds a DOM in plain JavaScript, which runs in an MV3 service worker as well as in
// Node, Readability picks the article, and htmlMeta's string scan gives date, outlet, language.

import { readableHtml } from '../html/readable';
import { boundedFetch, type FetchFailure, type FetchLike } from './http';

export interface ExtractedArticle {
  url: string;
  title: string;
  /** Main text: title, blank line, blocks separated by blank lines. */
  text: string;
  /** ISO date (YYYY-MM-DD) from the page's metadata. */
  published?: string;
  outlet?: string;
  lang?: string;
}

export type ArticleFailureKind = FetchFailure['kind'] | 'not-html' | 'no-text';

export type ArticleResult = { ok: true; article: ExtractedArticle } | { ok: false; kind: ArticleFailureKind; reason: string };

export interface ArticleDeps {
  fetch: FetchLike;
  hasPermission: (origin: string) => boolean | Promise<boolean>;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export const ARTICLE_DEFAULTS = { timeoutMs: 20_000, maxBytes: 3 * 1024 * 1024 };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

export async function fetchArticle(url: string, deps: ArticleDeps): Promise<ArticleResult> {
  const got = await boundedFetch(url, {
    fetch: deps.fetch,
    hasPermission: deps.hasPermission,
    timeoutMs: deps.timeoutMs ?? ARTICLE_DEFAULTS.timeoutMs,
    maxBytes: deps.maxBytes ?? ARTICLE_DEFAULTS.maxBytes,
    signal: deps.signal,
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    acceptHead: (mediaType) => (HTML_TYPES.has(mediaType) ? undefined : `not an HTML page (${mediaType})`),
  });
  if (!got.ok) {
    const kind: ArticleFailureKind = got.error.message.startsWith('not an HTML page') ? 'not-html' : got.error.kind;
    return { ok: false, kind, reason: got.error.message };
  }
  const article = extractArticle(got.res.text, got.res.url);
  if (!article) return { ok: false, kind: 'no-text', reason: 'the page has no readable article text' };
  return { ok: true, article };
}

/** Elements Readability may look at before giving up on a page. */
const MAX_ELEMENTS = 20_000;

/** Main text and metadata of an HTML page; undefined when nothing readable is found. Never throws. */
export function extractArticle(html: string, url: string): ExtractedArticle | undefined {
  try {
    const { meta, title, text } = readableHtml(html, { maxElements: MAX_ELEMENTS });
    if (!text) return undefined;
    let outlet = meta.outlet;
    if (!outlet) {
      try {
        outlet = new URL(url).hostname.replace(/^www\./, '');
      } catch {
        /* keep none */
      }
    }
    const article: ExtractedArticle = { url, title, text };
    if (meta.date) article.published = meta.date;
    if (outlet) article.outlet = outlet;
    if (meta.language) article.lang = meta.language;
    return article;
  } catch {
    return undefined;
  }
}
