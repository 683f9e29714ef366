// Page metadata from raw HTML: title, canonical URL, outlet, publication date, language.
// Looks at <meta property/name>, <link rel=canonical>, JSON-LD (datePublished, headline,
// publisher.name), <time datetime> and <html lang>, in that order of trust. String scanning
// only (no DOM), each pattern bounded to one tag, so it is linear on any input.

export interface HtmlMeta {
  title?: string;
  url?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD) */
  date?: string;
  language?: string;
}

const TAG = /<(meta|link|time|html|title)\b([^<>]{0,2000})>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attrs(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) out[m[1].toLowerCase()] = decodeEntities(m[3] ?? m[4] ?? m[5] ?? '');
  return out;
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d{1,7});/g, (_, d) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** `2025-03-14T09:00:00Z`, `2025-03-14`, `March 14, 2025` → `2025-03-14`. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

function jsonLd(html: string): { date?: string; title?: string; outlet?: string } {
  const out: { date?: string; title?: string; outlet?: string } = {};
  const re = /<script[^>]{0,500}application\/ld\+json[^>]{0,500}>([\s\S]*?)<\/script>/gi;
  for (const m of html.matchAll(re)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length && seen++ < 500) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (!out.date && typeof o.datePublished === 'string') out.date = isoDate(o.datePublished);
        if (!out.title && typeof o.headline === 'string') out.title = o.headline;
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (!out.outlet && pub && typeof pub.name === 'string') out.outlet = pub.name;
        for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return out;
}

export function htmlMeta(html: string): HtmlMeta {
  const meta: Record<string, string> = {};
  let canonical: string | undefined;
  let timeAttr: string | undefined;
  let lang: string | undefined;
  let titleTagAt = -1;
  for (const m of html.matchAll(TAG)) {
    const tag = m[1].toLowerCase();
    const a = attrs(m[2]);
    if (tag === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      if (key && a.content && !(key in meta)) meta[key] = a.content;
    } else if (tag === 'link' && /\bcanonical\b/i.test(a.rel ?? '') && a.href) canonical ??= a.href;
    else if (tag === 'time' && a.datetime) timeAttr ??= a.datetime;
    else if (tag === 'html' && a.lang) lang ??= a.lang;
    else if (tag === 'title' && titleTagAt < 0) titleTagAt = (m.index ?? 0) + m[0].length;
  }
  let titleTag: string | undefined;
  if (titleTagAt >= 0) {
    const end = html.indexOf('</title>', titleTagAt);
    if (end > titleTagAt && end - titleTagAt < 2000) titleTag = decodeEntities(html.slice(titleTagAt, end)).trim();
  }
  const ld = jsonLd(html);
  const date =
    isoDate(meta['article:published_time']) ??
    ld.date ??
    isoDate(meta['date'] ?? meta['dc.date'] ?? meta['pubdate'] ?? meta['publishdate'] ?? meta['parsely-pub-date'] ?? meta['sailthru.date'] ?? meta['datepublished']) ??
    isoDate(timeAttr);
  const url = meta['og:url'] ?? canonical;
  let outlet = meta['og:site_name'] ?? ld.outlet ?? meta['application-name'];
  if (!outlet && url) {
    try {
      outlet = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      /* not an absolute URL */
    }
  }
  return {
    title: meta['og:title'] ?? ld.title ?? titleTag,
    url,
    outlet,
    date,
    language: lang?.split(/[-_]/)[0].toLowerCase(),
  };
}
