import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedDate, type FeedItem } from '../../../lib/feeds/parse';
import { htmlToText, xmlFieldText } from '../../../lib/feeds/text';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

function itemsOf(body: string, url: string): FeedItem[] {
  const r = parseFeed(body, url);
  if (!r.ok) throw new Error(`expected a feed, got ${r.error.kind}: ${r.error.message}`);
  return r.feed.items;
}

describe('parseFeed: valid feeds', () => {
  it('RSS 2.0: CDATA titles, escaped HTML, relative links, RFC 822 dates, permalink guids, missing links', () => {
    const r = parseFeed(fixture('rss2-front.xml'), 'https://news.example.org/feed.xml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.format).toBe('rss2');
    expect(r.feed.title).toBe('Front Line Notes & Dispatches');
    expect(r.feed.homeUrl).toBe('https://news.example.org/');
    expect(r.feed.items).toEqual([
      {
        id: 'fln-1001',
        url: 'https://news.example.org/2024/11/pokrovsk-line',
        title: 'Fighting near Pokrovsk: brigade holds the line',
        published: '2024-11-12T06:30:00.000Z',
        summary: 'Defenders east of Pokrovsk repelled 14 assaults on Monday & Tuesday.',
      },
      {
        id: 'https://news.example.org/2024/11/kupiansk-crossing',
        url: 'https://news.example.org/2024/11/kupiansk-crossing',
        title: 'Kupiansk: river crossing under drone fire',
        published: '2024-11-11T17:05:00.000Z',
        summary: 'Crews ferry supplies across the Oskil at night.',
      },
      {
        id: 'https://news.example.org/2024/11/guid-only',
        url: 'https://news.example.org/2024/11/guid-only',
        title: 'Item with a permalink guid and no link',
        published: '2024-11-10T06:00:00.000Z',
        summary: 'Short text — with a numeric reference ’s and a space.',
      },
      expect.objectContaining({ title: 'Item without any link', summary: 'Nothing to open, only this summary.' }),
    ]);
    const last = r.feed.items[3];
    expect(last.url).toBeUndefined();
    expect(last.id).toMatch(/^h:[0-9a-f]+$/);
    // The digest id is stable, so a re-poll recognises the same item.
    expect(itemsOf(fixture('rss2-front.xml'), 'https://news.example.org/feed.xml')[3].id).toBe(last.id);
  });

  it('RSS 1.0 / RDF with a byte-order mark, dc:date and items beside the channel', () => {
    const items = itemsOf(fixture('rss1-bom.rdf'), 'https://rdf.example.net/index.rdf');
    expect(items.map((i) => [i.url, i.title, i.published])).toEqual([
      ['https://rdf.example.net/bulletin/sudzha-0815', 'Sudzha bulletin, 15 August', '2024-08-15T18:00:00.000Z'],
      ['https://rdf.example.net/bulletin/sudzha-0816', 'Sudzha bulletin, 16 August', '2024-08-16T00:00:00.000Z'],
    ]);
    expect(parseFeed(fixture('rss1-bom.rdf'), 'https://rdf.example.net/index.rdf')).toMatchObject({ ok: true, feed: { format: 'rss1', title: 'Oblast Bulletin' } });
  });

  it('Atom 1.0: xml:base, alternate links over enclosures, html and xhtml text constructs, updated as fallback date', () => {
    const r = parseFeed(fixture('atom-front.xml'), 'https://atom.example.com/feed.atom');
    expect(r).toMatchObject({ ok: true, feed: { format: 'atom', title: 'Sector Watch', homeUrl: 'https://atom.example.com/' } });
    expect(itemsOf(fixture('atom-front.xml'), 'https://atom.example.com/feed.atom')).toEqual([
      {
        id: 'tag:atom.example.com,2025:kursk-salient',
        url: 'https://atom.example.com/blog/posts/kursk-salient',
        title: 'Kursk salient shrinks again',
        published: '2025-03-13T18:45:00.000Z',
        summary: 'The salient is now under 100 square kilometres.',
      },
      {
        id: 'tag:atom.example.com,2025:updated-only',
        url: 'https://atom.example.com/elsewhere/updated-only',
        title: 'Only updated, no published',
        published: '2025-03-12T08:00:00.000Z',
        summary: 'Content instead of a summary.',
      },
    ]);
  });

  it('JSON Feed 1.1: relative url, external_url, numeric id, non-object items and duplicate ids dropped', () => {
    const r = parseFeed(fixture('jsonfeed.json'), 'https://json.example.info/feed.json');
    expect(r).toMatchObject({ ok: true, feed: { format: 'json', title: 'Axis Daily', homeUrl: 'https://json.example.info/' } });
    expect(itemsOf(fixture('jsonfeed.json'), 'https://json.example.info/feed.json')).toEqual([
      {
        id: '2025-01-20-kupiansk',
        url: 'https://json.example.info/daily/2025-01-20-kupiansk',
        title: 'Kupiansk & the Oskil bridgeheads',
        published: '2025-01-20T12:00:00.000Z',
        summary: 'Two bridgeheads remain contested.',
      },
      {
        id: '42',
        url: 'https://other.example.com/report',
        title: 'Numeric id, external link',
        published: '2025-01-19T12:00:00.000Z',
        summary: 'A report hosted elsewhere.',
      },
    ]);
  });

  it('JSON Feed 1.0 is accepted too', () => {
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Old', items: [{ id: 'a', url: 'https://x.example/a', content_text: 'plain\n text' }] });
    expect(itemsOf(body, 'https://x.example/feed.json')).toEqual([{ id: 'a', url: 'https://x.example/a', title: '', summary: 'plain text' }]);
  });

  it('sniffs the body, so a feed served as text/html or with leading whitespace still parses', () => {
    expect(itemsOf('\n\n   ' + fixture('rss2-front.xml'), 'https://news.example.org/feed.xml')).toHaveLength(4);
  });

  it('drops javascript: and other non-web links instead of offering them', () => {
    const body = `<rss version="2.0"><channel><title>t</title><item><title>x</title><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>`;
    expect(itemsOf(body, 'https://a.example/feed')[0]).toEqual({ id: 'g', title: 'x', summary: '' });
  });

  it('does not expand nested DOCTYPE entities (billion laughs) nor fetch external DTDs', () => {
    let dtd = '<!DOCTYPE rss [<!ENTITY a0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    dtd += ']>';
    const body = `<?xml version="1.0"?>${dtd}<rss version="2.0"><channel><title>&a9;</title><item><title>&a9;</title><guid>&a9;</guid><link>/x</link></item></channel></rss>`;
    const r = parseFeed(body, 'https://a.example/f');
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.feed).length).toBeLessThan(2000);
    const external = parseFeed('<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss version="2.0"><channel><title>x</title></channel></rss>', 'https://a.example/f');
    expect(external).toEqual({ ok: true, feed: { format: 'rss2', title: 'x', homeUrl: undefined, items: [] } });
  });

  it('bounds the number of items returned', () => {
    const many = `<rss version="2.0"><channel><title>t</title>${Array.from({ length: 50 }, (_, i) => `<item><title>n${i}</title><link>/p/${i}</link></item>`).join('')}</channel></rss>`;
    const r = parseFeed(many, 'https://a.example/feed', { maxItems: 5 });
    expect(r.ok && r.feed.items.map((i) => i.title)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });
});

describe('parseFeed: bodies that are not feeds give a typed error, never a throw', () => {
  const cases: [string, string, string, RegExp][] = [
    ['empty body', '', 'empty', /empty response/],
    ['whitespace only', '  \n\t ', 'empty', /empty response/],
    ['an HTML page advertising its feed', fixture('page.html'), 'html', /web page, not a feed; the page names a feed at https:\/\/news\.example\.org\/feed\.xml/],
    ['an HTML page without a feed link', '<html><body>Hello</body></html>', 'html', /web page, not a feed \(no RSS/],
    ['unclosed XML', fixture('malformed.xml'), 'malformed', /not well-formed XML \(line \d+, column \d+/],
    ['XML that is a sitemap', fixture('not-a-feed.xml'), 'not-a-feed', /root element is <sitemap>/],
    ['truncated JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', 'malformed', /not valid JSON/],
    ['JSON without a version', '{"items": []}', 'not-a-feed', /not a JSON Feed/],
    ['JSON Feed without items', '{"version": "https://jsonfeed.org/version/1.1"}', 'malformed', /no "items" list/],
    ['a JSON array', '[1,2,3]', 'not-a-feed', /not a JSON Feed/],
    ['plain text', 'Service unavailable, try later', 'not-a-feed', /neither XML nor JSON/],
    ['an RSS root without a channel', '<rss version="2.0"><foo/></rss>', 'not-a-feed', /no <channel>/],
    ['binary noise', '\u0000\u0001\u0002PNG', 'not-a-feed', /neither XML nor JSON/],
  ];
  it.each(cases)('%s', (_name, body, kind, message) => {
    let result: ReturnType<typeof parseFeed> | undefined;
    expect(() => (result = parseFeed(body, 'https://news.example.org/feed.xml'))).not.toThrow();
    expect(result).toMatchObject({ ok: false, error: { kind } });
    if (result && !result.ok) expect(result.error.message).toMatch(message);
  });

  it('reports the discovered feed URL as data, for an "use this feed instead" button', () => {
    const r = parseFeed(fixture('page.html'), 'https://news.example.org/');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'html', discovered: 'https://news.example.org/feed.xml' }) });
  });
});

describe('dates and text', () => {
  it.each([
    ['Tue, 12 Nov 2024 08:30:00 +0200', '2024-11-12T06:30:00.000Z'],
    ['Mon, 11 Nov 2024 17:05:00 GMT', '2024-11-11T17:05:00.000Z'],
    ['11 Nov 2024 17:05 EST', '2024-11-11T22:05:00.000Z'],
    ['Fri, 11 Nov 2024 17:05:00 GMT', '2024-11-11T17:05:00.000Z'], // wrong weekday
    ['2025-03-13T19:45:00+01:00', '2025-03-13T18:45:00.000Z'],
    ['2025-03-13', '2025-03-13T00:00:00.000Z'],
    ['yesterday', undefined],
    ['', undefined],
    ['0001-01-01T00:00:00Z', undefined],
  ])('parseFeedDate(%j)', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    ['&lt;p&gt;a &amp;amp; b&lt;/p&gt;', 'a & b'],
    ['<![CDATA[<p>one</p><p>two</p>]]>', 'one two'],
    ['plain &amp; simple', 'plain & simple'],
    ['distance &lt; 5 km', 'distance < 5 km'],
    ['&amp;lt;b&amp;gt; shown literally', '<b> shown literally'],
    ['<![CDATA[unterminated', 'unterminated'],
  ])('xmlFieldText(%j)', (raw, text) => {
    expect(xmlFieldText(raw)).toBe(text);
  });

  it('htmlToText drops scripts, styles and comments', () => {
    expect(htmlToText('<style>p{}</style><p>a</p><!-- note --><script>x<y</script><br>b')).toBe('a b');
  });
});
