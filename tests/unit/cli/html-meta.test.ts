import { describe, expect, it } from 'vitest';
import { htmlMeta, isoDate } from '../../../lib/html/meta';

describe('htmlMeta', () => {
  it('reads the publication date from JSON-LD when there is no article meta tag', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Strikes on Odesa port","datePublished":"2024-07-19T05:10:00+03:00","publisher":{"@type":"Organization","name":"Harbour Times"}}]}</script></head><body></body></html>`;
    expect(htmlMeta(html)).toMatchObject({ date: '2024-07-19', title: 'Strikes on Odesa port', outlet: 'Harbour Times' });
  });

  it('falls back to <time datetime> and to the canonical host for the outlet', () => {
    const html = `<html lang="de"><head><title>Lage an der Front &amp; im Hinterland</title><link href="https://www.zeitung.example/a/1" rel="canonical"></head><body><time datetime="2025-01-03">3. Januar</time></body></html>`;
    expect(htmlMeta(html)).toEqual({
      title: 'Lage an der Front & im Hinterland',
      url: 'https://www.zeitung.example/a/1',
      outlet: 'zeitung.example',
      date: '2025-01-03',
      language: 'de',
    });
  });

  it('survives broken JSON-LD and pages without any metadata', () => {
    expect(htmlMeta('<script type="application/ld+json">{not json</script><p>text</p>')).toEqual({
      title: undefined,
      url: undefined,
      outlet: undefined,
      date: undefined,
      language: undefined,
    });
  });

  it('stays fast on pathological markup (no backtracking blow-up)', () => {
    const junk = '<meta ' + 'a='.repeat(50_000) + '<'.repeat(50_000);
    expect(htmlMeta(junk).date).toBeUndefined();
  });
});

describe('isoDate', () => {
  it.each([
    ['2025-03-14T09:00:00Z', '2025-03-14'],
    ['March 14, 2025', '2025-03-14'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
