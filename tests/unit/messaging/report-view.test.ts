import { describe, expect, test } from 'vitest';
import { isReadableUrl, plural, shortUrl } from '../../../lib/messaging/report-view';

describe('report view helpers', () => {
  test.each([
    ['https://www.example.com/world/story?id=1#top', 'www.example.com/world/story'],
    ['https://example.com/', 'example.com'],
    ['file:///home/me/article.html', '/home/me/article.html'],
    ['not a url', 'not a url'],
  ])('shortUrl(%s)', (url, short) => expect(shortUrl(url)).toBe(short));

  test('plural', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(1200, 'character')).toBe('1,200 characters');
    expect(plural(0, 'unit')).toBe('0 units');
  });

  test('only web pages and files are readable', () => {
    expect(isReadableUrl('https://a.example/')).toBe(true);
    expect(isReadableUrl('chrome://newtab/')).toBe(false);
    expect(isReadableUrl(undefined)).toBe(false);
  });
});
