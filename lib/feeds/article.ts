// Fetch an item's page and extract its main text, with no browser DOM: linkedom builds a DOM in
// plain JavaScript (it runs in an MV3 service worker as well as in Node) and @mozilla/readability
// picks the article. Metadata (date, outlet, language, canonical URL) comes from htmlMeta's
// string scan. The analysed text is the title, a blank line, then the article's blocks separated
// by blank lines, the same shape `crosscheck analyze page.html` produces.

import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlMeta } from '../cli/html-meta';
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

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'BR', 'HR',
]);
/** Elements Readability may look at before giving up on a page. */
const MAX_ELEMENTS = 20_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface MiniNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: MiniNode | null;
  nextSibling: MiniNode | null;
  tagName?: string;
}

function blockText(root: MiniNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: MiniNode, depth: number) => {
    if (depth > 200) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? '').toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, depth + 1);
        if (block) flush();
      }
    }
  };
  walk(root, 0);
  flush();
  return blocks.join('\n\n');
}

/** Main text and metadata of an HTML page; undefined when nothing readable is found. Never throws. */
export function extractArticle(html: string, url: string): ExtractedArticle | undefined {
  try {
    const meta = htmlMeta(html);
    let title = meta.title ?? '';
    let body = '';
    const { document } = parseHTML(html);
    let parsed: ReturnType<Readability['parse']> = null;
    try {
      // maxElemsToParse bounds the worst case (Readability is the slow part on huge pages);
      // past it the page's own text is used below.
      parsed = new Readability(document as unknown as Document, { charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch {
      parsed = null;
    }
    if (parsed?.content) {
      const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
      body = blockText(inner.body as unknown as MiniNode);
      title = parsed.title?.trim() || title;
    }
    if (!body) {
      const { document: again } = parseHTML(html);
      if (again.body) body = blockText(again.body as unknown as MiniNode);
    }
    if (!body.trim()) return undefined;
    title = title.replace(/\s+/g, ' ').trim();
    const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
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
