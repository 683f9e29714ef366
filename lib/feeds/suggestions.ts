// Well-known feeds with regular coverage of the war in Ukraine (and of wars generally), offered
// in options as suggestions. None is enabled by default: the person picks, and the host
// permissions for the feed and its article sites are requested at that moment.
// The addresses are public feed URLs as the outlets publish them; they were not fetched from the
// build machine (it has no general network access), so the options page must show each feed's
// real status after its first check rather than assume it works.

export interface FeedSuggestion {
  name: string;
  /** The feed's own address. */
  url: string;
  /** The outlet's site, as a person would recognise it. */
  site: string;
  /** Origins the items' article pages live on (permission is requested for these too). */
  articleOrigins: string[];
  language: string;
  /** What the feed covers, in a few words. */
  note: string;
}

export const FEED_SUGGESTIONS: readonly FeedSuggestion[] = Object.freeze([
  { name: 'The Kyiv Independent', url: 'https://kyivindependent.com/rss/', site: 'kyivindependent.com', articleOrigins: ['https://kyivindependent.com'], language: 'en', note: 'Ukrainian English-language news, front-line reporting' },
  { name: 'Ukrinform — latest news', url: 'https://www.ukrinform.net/rss/block-lastnews', site: 'ukrinform.net', articleOrigins: ['https://www.ukrinform.net'], language: 'en', note: 'Ukrainian national news agency, General Staff figures' },
  { name: 'Ukrainska Pravda (English)', url: 'https://www.pravda.com.ua/eng/rss/', site: 'pravda.com.ua', articleOrigins: ['https://www.pravda.com.ua'], language: 'en', note: 'Ukrainian news site, English edition' },
  { name: 'Euromaidan Press', url: 'https://euromaidanpress.com/feed/', site: 'euromaidanpress.com', articleOrigins: ['https://euromaidanpress.com'], language: 'en', note: 'Ukrainian English-language analysis and frontline maps' },
  { name: 'The Guardian — Ukraine', url: 'https://www.theguardian.com/world/ukraine/rss', site: 'theguardian.com', articleOrigins: ['https://www.theguardian.com'], language: 'en', note: 'British daily, Ukraine tag' },
  { name: 'BBC News — World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', site: 'bbc.com', articleOrigins: ['https://www.bbc.com', 'https://www.bbc.co.uk'], language: 'en', note: 'World news, frequent war coverage' },
  { name: 'DW — all English news', url: 'https://rss.dw.com/rdf/rss-en-all', site: 'dw.com', articleOrigins: ['https://www.dw.com'], language: 'en', note: 'German international broadcaster (RSS 1.0 / RDF)' },
  { name: 'France 24 — Europe', url: 'https://www.france24.com/en/europe/rss', site: 'france24.com', articleOrigins: ['https://www.france24.com'], language: 'en', note: 'French international broadcaster, Europe section' },
  { name: 'Al Jazeera — all news', url: 'https://www.aljazeera.com/xml/rss/all.xml', site: 'aljazeera.com', articleOrigins: ['https://www.aljazeera.com'], language: 'en', note: 'Qatari broadcaster; Ukraine, Gaza, Sudan coverage' },
  { name: 'NPR — World', url: 'https://feeds.npr.org/1004/rss.xml', site: 'npr.org', articleOrigins: ['https://www.npr.org'], language: 'en', note: 'US public radio, world desk' },
  { name: 'Meduza (English)', url: 'https://meduza.io/rss/en/all', site: 'meduza.io', articleOrigins: ['https://meduza.io'], language: 'en', note: 'Independent Russian outlet in exile, English edition' },
  { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/rss/news', site: 'themoscowtimes.com', articleOrigins: ['https://www.themoscowtimes.com'], language: 'en', note: 'Independent English-language news on Russia' },
] satisfies FeedSuggestion[]);

/**
 * Match patterns to request with browser.permissions.request({ origins }) when a feed is added:
 * the feed's origin and its article origins, each as `https://host/*`, deduplicated.
 */
export function permissionPatterns(feedUrl: string, articleOrigins: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const u of [feedUrl, ...articleOrigins]) {
    try {
      const parsed = new URL(u);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') out.add(`${parsed.protocol}//${parsed.hostname}/*`);
    } catch {
      /* not a URL: nothing to request */
    }
  }
  return [...out];
}
