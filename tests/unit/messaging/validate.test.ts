import { describe, expect, test } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../lib/messaging/protocol';
import { validatePageClear, validatePageReport, validateTabId } from '../../../lib/messaging/validate';

const good = {
  meta: { url: 'https://news.example/story', title: 'Story', published: '2025-03-14', lang: 'en' },
  text: 'First.\n\nSecond.',
  blocks: [
    { start: 0, end: 6 },
    { start: 8, end: 15 },
  ],
};

describe('validatePageReport', () => {
  test('a well-formed report passes, rebuilt without unknown fields', () => {
    const out = validatePageReport({ ...good, extra: 1, meta: { ...good.meta, evil: 'x' } });
    expect(out).toEqual(good);
    expect(out).not.toHaveProperty('extra');
  });

  test.each([
    ['not an object', 'hello', /report must be an object/],
    ['no meta', { ...good, meta: undefined }, /meta must be an object/],
    ['a javascript: url', { ...good, meta: { ...good.meta, url: 'javascript:alert(1)' } }, /http\(s\) or file URL/],
    ['a title that is not a string', { ...good, meta: { ...good.meta, title: 5 } }, /meta.title must be a string/],
    ['a huge title', { ...good, meta: { ...good.meta, title: 'x'.repeat(5000) } }, /meta.title is too long/],
    ['a date that is not ISO', { ...good, meta: { ...good.meta, published: 'last Tuesday' } }, /ISO date/],
    ['text that is not a string', { ...good, text: ['a'] }, /text must be a string/],
    ['blocks that are not an array', { ...good, blocks: {} }, /blocks must be an array/],
    ['a block with fractional offsets', { ...good, blocks: [{ start: 0.5, end: 2 }] }, /blocks\[0\] must be/],
    ['a block beyond the text', { ...good, blocks: [{ start: 0, end: 99 }] }, /outside the text/],
    ['blocks out of order', { ...good, blocks: [{ start: 8, end: 15 }, { start: 0, end: 6 }] }, /out of order/],
  ])('refuses %s', (_name, payload, message) => {
    expect(() => validatePageReport(payload)).toThrow(message);
  });

  test('refuses an oversize page text with a clear message', () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    expect(() => validatePageReport({ ...good, text, blocks: [] })).toThrow(/page text is too large \(2000001 characters; the limit is 2000000\)/);
  });
});

describe('small payloads', () => {
  test('page:clear needs a url string', () => {
    expect(validatePageClear({ url: 'https://a.example/' })).toEqual({ url: 'https://a.example/' });
    expect(() => validatePageClear({})).toThrow(/url must be a string/);
  });
  test('tab ids are non-negative integers', () => {
    expect(validateTabId({ tabId: 3 })).toEqual({ tabId: 3 });
    for (const bad of [{ tabId: -1 }, { tabId: '3' }, { tabId: 1.5 }, null]) expect(() => validateTabId(bad)).toThrow(/tabId/);
  });
});
