// The bridge from a polled feed item to the library: analyse the article, keep it only when it
// is war coverage, and hand a source record (the pack line shape of lib/packs/format.ts, with
// the feed as provenance) to the library's put. The background builds one with its analyser and
// library and passes it to pollFeed as `ingest`.

import type { Analysis, SourceMeta } from '../model';
import type { PackSource } from '../packs/format';
import type { FeedArticle, IngestResult } from './poller';

export interface FeedIngestDeps {
  /** The engine (the caller binds the gazetteer). */
  analyze: (input: { text: string; date?: string }) => Analysis | Promise<Analysis>;
  /** Stores the source; says whether it was new or replaced an existing one with the same id. */
  put: (source: PackSource) => Promise<'added' | 'updated'>;
  /** Id for a URL; defaults to `normalizeSourceUrl`. The library's own rule should be passed here. */
  idFor?: (url: string) => string;
  /** Keep the article text in the record (default false: the library keeps meta and analysis only). */
  keepText?: boolean;
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|ito)$/i;

/** A URL as an id: lower-case host, no fragment, no tracking parameters, no default port. */
export function normalizeSourceUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.hostname = u.hostname.toLowerCase();
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    return u.href;
  } catch {
    return url;
  }
}

export function createFeedIngest(deps: FeedIngestDeps): (article: FeedArticle) => Promise<IngestResult> {
  const idFor = deps.idFor ?? normalizeSourceUrl;
  return async (article) => {
    const date = article.published?.slice(0, 10);
    const analysis = await deps.analyze({ text: article.text, date });
    if (!analysis.warCoverage.isWarCoverage) {
      return { outcome: 'skipped', reason: `not war coverage (score ${analysis.warCoverage.score.toFixed(2)})` };
    }
    const id = idFor(article.url);
    const meta: SourceMeta = { id, doc: article.url, url: article.url };
    if (article.outlet) meta.outlet = article.outlet;
    if (article.title) meta.title = article.title;
    if (date) meta.published = date;
    if (article.lang) meta.language = article.lang;
    const source: PackSource = { v: 1, meta, analysis, provenance: { kind: 'feed', feed: article.feed.url } };
    if (deps.keepText) source.text = article.text;
    const outcome = await deps.put(source);
    const claims = analysis.claims.length;
    return { outcome, reason: `${claims} claim${claims === 1 ? '' : 's'}` };
  };
}
