// Feed parsing without a DOM (a Chrome MV3 service worker has no DOMParser): RSS 2.0 (and 0.9x),
// RSS 1.0 / RDF, Atom 1.0 and JSON Feed 1.0 / 1.1. XML goes through fast-xml-parser, JSON through
// JSON.parse. The format is sniffed from the body, never trusted from the Content-Type (servers
// send feeds as text/html, text/plain or application/octet-stream). Every way a body can fail to
// be a feed becomes a FeedParseError value; parseFeed never throws.
//
// Item fields: id (guid / id / link / a digest of title and date), url resolved against the
// item's base (the feed URL, or Atom's alternate link), title and summary as plain text (CDATA,
// escaped HTML and inline XHTML all read), published as an ISO timestamp when the date parses
// (RFC 822 and ISO 8601 forms both do).

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText, xmlFieldText } from './text';

export interface FeedItem {
  /** Stable identity within the feed, used to never ingest an item twice. */
  id: string;
  /** Absolute http(s) URL of the item's page, when the feed gives one. */
  url?: string;
  title: string;
  /** ISO 8601 timestamp (UTC), when the feed dates the item and the date parses. */
  published?: string;
  /** Plain-text summary or content from the feed (may be empty). */
  summary: string;
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to (channel link / Atom alternate / JSON home_page_url). */
  homeUrl?: string;
  items: FeedItem[];
}

export type FeedErrorKind = 'empty' | 'html' | 'malformed' | 'not-a-feed';

export interface FeedParseError {
  kind: FeedErrorKind;
  /** A sentence a person can act on. */
  message: string;
  /** For an HTML page that advertises a feed (<link rel="alternate" type="application/rss+xml">). */
  discovered?: string;
}

export type ParseResult = { ok: true; feed: ParsedFeed } | { ok: false; error: FeedParseError };

export interface ParseOptions {
  /** Upper bound on items returned (the newest come first in almost every feed). */
  maxItems?: number;
}

const fail = (kind: FeedErrorKind, message: string, discovered?: string): ParseResult => ({
  ok: false,
  error: discovered ? { kind, message, discovered } : { kind, message },
});

const TEXT_FIELDS = ['title', 'description', 'summary', 'content', 'content:encoded', 'subtitle'];

let parser: XMLParser | undefined;
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    stopNodes: TEXT_FIELDS.map((f) => `*.${f}`),
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
  });
  return parser;
}

/** Parses a feed body. `feedUrl` is the URL it was fetched from (the final one after redirects). */
export function parseFeed(body: string, feedUrl: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(body, feedUrl, options.maxItems ?? 200);
  } catch (error) {
    return fail('malformed', `the feed could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseUnsafe(body: string, feedUrl: string, maxItems: number): ParseResult {
  let text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  text = text.trimStart();
  if (!text.trim()) return fail('empty', 'the address returned an empty response, not a feed');
  if (text[0] === '{' || text[0] === '[') return parseJsonFeed(text, feedUrl, maxItems);
  if (text[0] !== '<') return fail('not-a-feed', 'the address returned text that is neither XML nor JSON, so not a feed');
  const head = text.slice(0, 2048);
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head) || (!/^<\?xml/i.test(head) && /<(head|body)[\s>]/i.test(head))) {
    const discovered = discoverFeedLink(text, feedUrl);
    return fail(
      'html',
      discovered
        ? `this address is a web page, not a feed; the page names a feed at ${discovered}`
        : 'this address is a web page, not a feed (no RSS, Atom or JSON Feed found)',
      discovered,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const e = valid.err;
    return fail('malformed', `the feed is not well-formed XML (line ${e.line}, column ${e.col}: ${e.msg})`);
  }
  const doc = xmlParser().parse(text) as Record<string, unknown>;
  const rootName = Object.keys(doc).find((k) => k !== '?xml' && !k.startsWith('#') && !k.startsWith('?'));
  if (!rootName) return fail('not-a-feed', 'the XML document has no root element');
  const root = doc[rootName];
  const local = rootName.replace(/^.*:/, '');
  if (local === 'rss' && isObj(root)) return parseRss(root, feedUrl, maxItems, 'rss2');
  if (local === 'RDF' && isObj(root)) return parseRss(root, feedUrl, maxItems, 'rss1');
  if (local === 'feed' && isObj(root)) return parseAtom(root, feedUrl, maxItems);
  if (local === 'feed' || local === 'rss' || local === 'RDF') return fail('not-a-feed', `the <${rootName}> element is empty`);
  return fail('not-a-feed', `this is XML but not a feed (its root element is <${rootName}>, not <rss>, <rdf:RDF> or <feed>)`);
}

// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The text of a parsed node: a string, or an element with attributes and '#text'. */
function nodeText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isObj(v) && v['#text'] !== undefined) return nodeText(v['#text']);
  return '';
}

/** A stop-node field (title, description, ...) as plain text. */
function fieldText(v: unknown): string {
  const first = Array.isArray(v) ? v[0] : v;
  return xmlFieldText(nodeText(first));
}

function resolveUrl(href: string | undefined, base: string): string | undefined {
  const h = href?.trim();
  if (!h) return undefined;
  try {
    const u = new URL(h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 822 (`Tue, 03 Sep 2024 10:00:00 GMT`, `+0300`, `EST`) or ISO 8601 → ISO UTC. */
export function parseFeedDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let t = Date.parse(v);
  if (Number.isNaN(t)) {
    // RFC 822 with a weekday that does not match, or a trailing comment: retry without the weekday.
    const m = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2}\s+[A-Za-z]{3,9}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*([A-Za-z]{1,5}|[+-]\d{4})?/.exec(v);
    if (m) t = Date.parse(`${m[1]} ${m[2] ?? 'GMT'}`);
  }
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return y < 1990 || y > 2200 ? undefined : d.toISOString();
}

function hashId(s: string): string {
  // FNV-1a, 32 bits: identity for items with neither guid nor link.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `h:${h.toString(16)}`;
}

function finish(format: FeedFormat, title: string, homeUrl: string | undefined, raw: FeedItem[], maxItems: number): ParseResult {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of raw) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
    if (items.length >= maxItems) break;
  }
  return { ok: true, feed: { format, title, homeUrl, items } };
}

function makeItem(fields: { guid?: string; url?: string; title: string; published?: string; summary: string }): FeedItem | undefined {
  if (!fields.title && !fields.url && !fields.summary) return undefined;
  const id = fields.guid?.trim() || fields.url || hashId(`${fields.title}\u0000${fields.published ?? ''}\u0000${fields.summary.slice(0, 200)}`);
  const item: FeedItem = { id, title: fields.title, summary: fields.summary };
  if (fields.url) item.url = fields.url;
  if (fields.published) item.published = fields.published;
  return item;
}

function parseRss(root: Obj, feedUrl: string, maxItems: number, format: 'rss2' | 'rss1'): ParseResult {
  const channel = isObj(root.channel) ? root.channel : Array.isArray(root.channel) && isObj(root.channel[0]) ? (root.channel[0] as Obj) : undefined;
  if (!channel) return fail('not-a-feed', format === 'rss1' ? 'the RDF document has no <channel>' : 'the RSS document has no <channel>');
  const homeUrl = resolveUrl(arr(channel.link).map(nodeText).find(Boolean), feedUrl);
  // RSS 2.0 puts items inside <channel>; RSS 1.0 puts them beside it.
  const rawItems = [...arr(channel.item), ...arr(root.item)];
  const items: FeedItem[] = [];
  for (const node of rawItems) {
    if (!isObj(node)) continue;
    const links = arr(node.link).map(nodeText).filter(Boolean);
    const guidNode = node.guid;
    const guid = nodeText(guidNode) || (isObj(node) ? String(node['@_rdf:about'] ?? '') : '');
    const permalink = isObj(guidNode) ? guidNode['@_isPermaLink'] !== 'false' : typeof guidNode === 'string';
    let url = resolveUrl(links[0], feedUrl);
    // A permalink guid counts only when absolute (many feeds put bare ids in <guid> without isPermaLink).
    if (!url && guid && permalink && /^https?:\/\//i.test(guid)) url = resolveUrl(guid, feedUrl);
    if (!url && typeof node['@_rdf:about'] === 'string') url = resolveUrl(node['@_rdf:about'], feedUrl);
    const encoded = fieldText(node['content:encoded']);
    const description = fieldText(node.description);
    const item = makeItem({
      guid,
      url,
      title: fieldText(node.title),
      published: parseFeedDate(nodeText(node.pubDate) || nodeText(node['dc:date']) || nodeText(node['atom:updated'])),
      summary: description || encoded,
    });
    if (item) items.push(item);
  }
  return finish(format, fieldText(channel.title), homeUrl, items, maxItems);
}

function atomLink(node: Obj, base: string): string | undefined {
  const links = arr(node.link).filter(isObj);
  const pick = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate' && (!l['@_type'] || /html/i.test(String(l['@_type'])))) ?? links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
  const href = pick ? String(pick['@_href'] ?? '') : '';
  return resolveUrl(href, typeof node['@_xml:base'] === 'string' ? new URL(String(node['@_xml:base']), base).href : base);
}

function parseAtom(root: Obj, feedUrl: string, maxItems: number): ParseResult {
  let base = feedUrl;
  if (typeof root['@_xml:base'] === 'string') {
    try {
      base = new URL(root['@_xml:base'], feedUrl).href;
    } catch {
      /* keep the feed URL */
    }
  }
  const homeUrl = atomLink(root, base);
  const items: FeedItem[] = [];
  for (const node of arr(root.entry)) {
    if (!isObj(node)) continue;
    const item = makeItem({
      guid: nodeText(node.id),
      url: atomLink(node, base),
      title: fieldText(node.title),
      published: parseFeedDate(nodeText(node.published) || nodeText(node.updated) || nodeText(node['dc:date'])),
      summary: fieldText(node.summary) || fieldText(node.content),
    });
    if (item) items.push(item);
  }
  return finish('atom', fieldText(root.title), homeUrl, items, maxItems);
}

function parseJsonFeed(text: string, feedUrl: string, maxItems: number): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('malformed', `the feed is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObj(data)) return fail('not-a-feed', 'this is JSON but not a JSON Feed (expected an object with "version" and "items")');
  const version = typeof data.version === 'string' ? data.version : '';
  if (!/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(version)) {
    return fail('not-a-feed', version ? `unsupported JSON Feed version ${JSON.stringify(version)}` : 'this is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")');
  }
  if (!Array.isArray(data.items)) return fail('malformed', 'the JSON Feed has no "items" list');
  const base = feedUrl;
  const items: FeedItem[] = [];
  for (const node of data.items) {
    if (!isObj(node)) continue;
    const str = (k: string) => (typeof node[k] === 'string' ? (node[k] as string) : typeof node[k] === 'number' ? String(node[k]) : '');
    const url = resolveUrl(str('url'), base) ?? resolveUrl(str('external_url'), base);
    const item = makeItem({
      guid: str('id'),
      url,
      title: htmlToText(str('title')),
      published: parseFeedDate(str('date_published') || str('date_modified')),
      summary: str('summary').trim() || str('content_text').replace(/\s+/g, ' ').trim() || htmlToText(str('content_html')),
    });
    if (item) items.push(item);
  }
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  return finish('json', title, resolveUrl(typeof data.home_page_url === 'string' ? data.home_page_url : undefined, feedUrl), items, maxItems);
}

/** `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href>` in an HTML page. */
export function discoverFeedLink(html: string, pageUrl: string): string | undefined {
  const re = /<link\b([^<>]{0,1000})>/gi;
  for (const m of html.slice(0, 200_000).matchAll(re)) {
    const attrs = m[1];
    if (!/\brel\s*=\s*["']?[^"'>]*\balternate\b/i.test(attrs)) continue;
    if (!/\btype\s*=\s*["']?application\/(rss\+xml|atom\+xml|feed\+json|json)/i.test(attrs)) continue;
    const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    const url = resolveUrl(href?.[2] ?? href?.[3] ?? href?.[4], pageUrl);
    if (url) return url;
  }
  return undefined;
}
