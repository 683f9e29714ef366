// @vitest-environment happy-dom
// Which article a page is: its canonical URL (<link rel=canonical>, else og:url) names it, so an
// AMP or tracking copy of an article is that article's source in the library, not another
// report that "copies" it and links to it.
import { describe, expect, test } from 'vitest';
import { readPageMeta } from '../../../lib/dom/page-text';
import { validateMeta, ValidationError } from '../../../lib/messaging/validate';
import { articleUrl, createLibraryCore, pageSourceMeta } from '../../../lib/background/library';
import { MemoryLibrary } from '../../../lib/store/library';
import type { Analysis, Claim } from '../../../lib/model';
import type { TabReport } from '../../../lib/messaging/protocol';

function page(head: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = '<p>x</p>';
  return document;
}

describe('the canonical URL of a page', () => {
  test('is read from <link rel=canonical>, else og:url, resolved against the page', () => {
    expect(readPageMeta(page('<link rel="canonical" href="https://news.example/world/story-1"><meta property="og:url" content="https://news.example/other">')).canonical).toBe('https://news.example/world/story-1');
    expect(readPageMeta(page('<meta property="og:url" content="https://news.example/world/story-2">')).canonical).toBe('https://news.example/world/story-2');
    const relative = readPageMeta(page('<link rel="canonical" href="/world/story-3">'));
    expect(relative.canonical).toBe(new URL('/world/story-3', relative.url).href);
    expect(readPageMeta(page('<link rel="canonical" href="javascript:alert(1)">')).canonical).toBeUndefined();
    expect(readPageMeta(page('<title>no canonical</title>')).canonical).toBeUndefined();
  });

  test('crosses the message boundary only as an http(s) URL', () => {
    expect(validateMeta({ url: 'https://amp.news.example/x', title: 't', canonical: 'https://news.example/x' }).canonical).toBe('https://news.example/x');
    expect(validateMeta({ url: 'https://news.example/x', title: 't' })).not.toHaveProperty('canonical');
    expect(() => validateMeta({ url: 'https://news.example/x', title: 't', canonical: 'file:///etc/passwd' })).toThrow(ValidationError);
    expect(() => validateMeta({ url: 'https://news.example/x', title: 't', canonical: 42 })).toThrow(/meta\.canonical/);
  });

  test('names the source: AMP and tracking copies of one article are one source', () => {
    const original = pageSourceMeta({ url: 'https://news.example/world/story-1', title: 'Story' });
    const amp = pageSourceMeta({ url: 'https://news-example.cdn.ampproject.org/c/s/news.example/world/story-1?amp=1', title: 'Story', canonical: 'https://news.example/world/story-1' });
    const tracked = pageSourceMeta({ url: 'https://news.example/world/story-1/amp?utm_source=x', title: 'Story', canonical: 'https://news.example/world/story-1?utm_medium=social' });
    expect(amp).toMatchObject({ id: original.id, url: 'https://news.example/world/story-1', outlet: 'news.example' });
    expect(tracked.id).toBe(original.id);
  });

  test('is ignored when it is only the site front page or not a web address', () => {
    expect(articleUrl({ url: 'https://news.example/world/story-9', canonical: 'https://news.example/' })).toBe('https://news.example/world/story-9');
    expect(articleUrl({ url: 'https://news.example/world/story-9', canonical: 'ftp://news.example/x' })).toBe('https://news.example/world/story-9');
    expect(articleUrl({ url: 'file:///home/me/saved.html', canonical: 'https://news.example/x' })).toBe('file:///home/me/saved.html');
  });
});

describe('an AMP copy read after its original', () => {
  const claim: Claim = { text: '1,200 soldiers', start: 0, end: 14, value: 1200, low: 1200, high: 1200, approx: 'exact', unit: 'person', canonicalValue: 1200, category: 'casualties', measure: 'killed', side: 'ru', where: 'Pokrovsk', when: '2024-11' };
  const analysis: Analysis = {
    warCoverage: { isWarCoverage: true, score: 1, reasons: [] },
    units: [],
    places: [{ name: 'Pokrovsk', lat: 48.3, lon: 37.2, country: 'UA', admin: 'Donetsk Oblast', mentions: [] }],
    claims: [claim],
  };
  const report = (url: string, canonical?: string): TabReport => ({ tabId: 1, meta: { url, title: 'Story', ...(canonical ? { canonical } : {}) }, textLength: 10, paragraphs: 1, analysis, analyzedAt: 0, analyzeMs: 0 });

  test('does not link to its original as another report, and updates it instead of adding one', async () => {
    const library = new MemoryLibrary();
    const core = createLibraryCore({ openLibrary: async () => library });
    const text = 'Ukraine said 1,200 Russian soldiers were killed near Pokrovsk in November.';
    await core.putSource(pageSourceMeta(report('https://news.example/world/story-1').meta), analysis, text);
    await core.putSource(pageSourceMeta(report('https://other.example/story').meta), analysis, 'An independent count near Pokrovsk also found 1,200 dead.');
    const amp = report('https://news-example.cdn.ampproject.org/c/s/news.example/world/story-1', 'https://news.example/world/story-1');
    const fields = await core.linkReport(amp, text);
    const docs = fields.links?.flatMap((l) => l.relations.map((r) => r.b.doc));
    expect(docs).toEqual(['https://other.example/story']);
    expect(await core.putSource(pageSourceMeta(amp.meta), analysis, text)).toBe('updated');
    expect((await library.count()).sources).toBe(2);
  });
});
