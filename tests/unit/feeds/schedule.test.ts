import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_LIMITS, dueFeeds, feedStatusView, newFeedState, nextAlarmDelay, type FeedState } from '../../../lib/feeds/poller';
import { FEED_SUGGESTIONS, permissionPatterns } from '../../../lib/feeds/suggestions';
import { parseFeed } from '../../../lib/feeds/parse';

const at = (url: string, nextDue: number): FeedState => ({ ...newFeedState(url, 0), nextDue });

describe('scheduling', () => {
  it('nextAlarmDelay: time until the earliest due feed, 0 when overdue, undefined with no feeds', () => {
    expect(nextAlarmDelay([], 1000)).toBeUndefined();
    expect(nextAlarmDelay([at('https://a.example/f', 5000), at('https://b.example/f', 3000)], 1000)).toBe(2000);
    expect(nextAlarmDelay([at('https://a.example/f', 500)], 1000)).toBe(0);
  });

  it('dueFeeds: only feeds due now, most overdue first', () => {
    const feeds = [at('https://a.example/f', 900), at('https://b.example/f', 2000), at('https://c.example/f', 100)];
    expect(dueFeeds(feeds, 1000).map((f) => f.url)).toEqual(['https://c.example/f', 'https://a.example/f']);
  });

  it('backoffDelay doubles from the retry base, is capped, and jitters within ±25 %', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, DEFAULT_LIMITS, mid))).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(backoffDelay(40, DEFAULT_LIMITS, mid)).toBe(DEFAULT_LIMITS.maxBackoffMs);
    expect(backoffDelay(1, DEFAULT_LIMITS, () => 0)).toBe(0.75 * 5 * 60_000);
    expect(backoffDelay(1, DEFAULT_LIMITS, () => 1)).toBe(1.25 * 5 * 60_000);
    expect(backoffDelay(40, DEFAULT_LIMITS, () => 1)).toBe(DEFAULT_LIMITS.maxBackoffMs);
  });

  it('a new feed is pending and due at once', () => {
    expect(newFeedState('https://a.example/feed', 42)).toEqual({ url: 'https://a.example/feed', nextDue: 42, failures: 0, status: 'pending', message: 'waiting for the first check', seenIds: [] });
  });
});

describe('feed suggestions', () => {
  it('are distinct https feeds with a name, a site and article origins', () => {
    expect(FEED_SUGGESTIONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FEED_SUGGESTIONS.map((s) => s.url)).size).toBe(FEED_SUGGESTIONS.length);
    for (const s of FEED_SUGGESTIONS) {
      expect(new URL(s.url).protocol).toBe('https:');
      expect(s.name && s.site && s.note).toBeTruthy();
      for (const o of s.articleOrigins) expect(new URL(o).origin).toBe(o);
    }
  });

  it('none is enabled by default (the list carries no enabled flag) and it cannot be mutated', () => {
    expect(FEED_SUGGESTIONS.some((s) => 'enabled' in s)).toBe(false);
    expect(Object.isFrozen(FEED_SUGGESTIONS)).toBe(true);
  });

  it('permissionPatterns: the feed host and article hosts as match patterns, deduplicated', () => {
    const bbc = FEED_SUGGESTIONS.find((s) => s.url.includes('bbci'))!;
    expect(permissionPatterns(bbc.url, bbc.articleOrigins)).toEqual(['https://feeds.bbci.co.uk/*', 'https://www.bbc.com/*', 'https://www.bbc.co.uk/*']);
    expect(permissionPatterns('https://a.example/feed', ['https://a.example', 'not a url', 'ftp://x.example'])).toEqual(['https://a.example/*']);
    expect(permissionPatterns('http://127.0.0.1:8080')).toEqual(['http://127.0.0.1/*']);
  });

  it('a suggested URL that answers with an HTML page gets a readable status, not a crash', () => {
    expect(parseFeed('<!doctype html><html><body>moved</body></html>', FEED_SUGGESTIONS[0].url)).toMatchObject({ ok: false, error: { kind: 'html' } });
  });
});

describe('feedStatusView', () => {
  it.each([
    [{ status: 'ok' as const, message: 'checked: 2 new items', nextDue: 3_600_000 }, { tone: 'ok', label: 'OK', next: 'next check in 60 min' }],
    [{ status: 'ok' as const, message: 'x', nextDue: 0, missingOrigins: ['https://a.example'] }, { tone: 'warn', label: 'OK', next: 'next check due now' }],
    [{ status: 'not-modified' as const, message: 'no change', nextDue: 7_200_000 }, { tone: 'ok', label: 'No change', next: 'next check in 2 h' }],
    [{ status: 'error' as const, message: 'timed out', nextDue: 3 * 86_400_000 }, { tone: 'error', label: 'Error', detail: 'timed out', next: 'next check in 3 days' }],
    [{ status: 'needs-permission' as const, message: 'grant access', nextDue: 30_000 }, { tone: 'warn', label: 'Needs permission', next: 'next check in less than a minute' }],
    [{ status: 'pending' as const, message: 'waiting for the first check', nextDue: -5 }, { tone: 'idle', label: 'Waiting', next: 'next check due now' }],
  ])('%j', (over, view) => {
    expect(feedStatusView({ ...newFeedState('https://a.example/f', 0), ...over }, 0)).toMatchObject(view);
  });
});
