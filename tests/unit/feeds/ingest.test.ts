import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';
import { createFeedIngest, normalizeSourceUrl } from '../../../lib/feeds/ingest';
import type { FeedArticle } from '../../../lib/feeds/poller';
import type { PackSource } from '../../../lib/packs/format';

const gazetteer = loadGazetteer();
const article = (over: Partial<FeedArticle>): FeedArticle => ({
  url: 'https://news.example.org/2024/11/kupiansk?utm_source=rss#comments',
  title: 'Kupiansk: a dozen tanks lost',
  text: 'Kupiansk: a dozen tanks lost\n\nRussian units lost 12 tanks near Kupiansk in October 2024, the Ukrainian military said. Russian troops kept attacking the bridgeheads on the Oskil River.',
  published: '2024-11-04T08:00:00.000Z',
  outlet: 'Front Line Notes',
  lang: 'en',
  from: 'page',
  feed: { url: 'https://news.example.org/feed.xml', title: 'Front Line Notes', itemId: 'x1' },
  ...over,
});

describe('createFeedIngest', () => {
  it('analyses, keeps war coverage with the feed as provenance, and reports added then updated', async () => {
    const stored = new Map<string, PackSource>();
    const ingest = createFeedIngest({
      analyze: (input) => analyze(input, { gazetteer }),
      put: async (s) => {
        const had = stored.has(s.meta.id);
        stored.set(s.meta.id, s);
        return had ? 'updated' : 'added';
      },
    });
    expect(await ingest(article({}))).toEqual({ outcome: 'added', reason: '2 claims' });
    const s = stored.get('https://news.example.org/2024/11/kupiansk')!;
    expect(s.meta).toEqual({
      id: 'https://news.example.org/2024/11/kupiansk',
      doc: 'https://news.example.org/2024/11/kupiansk?utm_source=rss#comments',
      url: 'https://news.example.org/2024/11/kupiansk?utm_source=rss#comments',
      outlet: 'Front Line Notes',
      title: 'Kupiansk: a dozen tanks lost',
      published: '2024-11-04',
      language: 'en',
    });
    expect(s.provenance).toEqual({ kind: 'feed', feed: 'https://news.example.org/feed.xml' });
    expect(s.analysis.claims.find((c) => c.text === '12 tanks')).toMatchObject({ text: '12 tanks', where: 'Kupiansk', side: 'ru', when: '2024-10' });
    expect(s.text).toBeUndefined();
    expect(await ingest(article({}))).toEqual({ outcome: 'updated', reason: '2 claims' });
  });

  it('skips what is not war coverage and stores nothing', async () => {
    let puts = 0;
    const ingest = createFeedIngest({ analyze: (input) => analyze(input, { gazetteer }), put: async () => (puts++, 'added') });
    const r = await ingest(article({ title: 'Cup final', text: 'Cup final\n\nThe home side won the cup final 3-1 in front of 40,000 fans on Saturday. The coach praised a young squad.' }));
    expect(r.outcome).toBe('skipped');
    expect(r.reason).toMatch(/^not war coverage \(score \d\.\d\d\)$/);
    expect(puts).toBe(0);
  });
});

describe('normalizeSourceUrl', () => {
  it.each([
    ['https://News.Example.org/a?utm_medium=x&id=3#top', 'https://news.example.org/a?id=3'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['https://example.org/a?fbclid=1', 'https://example.org/a'],
    ['not a url', 'not a url'],
  ])('%s', (input, id) => {
    expect(normalizeSourceUrl(input)).toBe(id);
  });
});
