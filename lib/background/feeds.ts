// Feeds in the background: the person's feeds and their state (lib/feeds/poller FeedState) live
// in storage.local; one alarm fires when the earliest feed is due; each run polls at most a few
// due feeds (each at most `itemsPerRun` new items), analyses their articles with the shared
// gazetteer and adds the war-coverage ones to the library. Nothing is fetched from a site
// without its host permission (browser.permissions.contains on every origin, every hop). The
// options page lists, adds, removes and checks feeds through the messages below.
//
// While the library is paused the alarm's runs are skipped (a "check now" still runs).

import { browser, type Browser } from 'wxt/browser';
import { analyze } from '../analyze';
import { createFeedIngest } from '../feeds/ingest';
import { feedStatusView, nextAlarmDelay, newFeedState, normalizeFeedUrl, pollDueFeeds, pollFeed, probeFeed, type FeedState, type PollDeps, type PollLimits } from '../feeds/poller';
import { permissionPatterns } from '../feeds/suggestions';
import type { BackgroundContext, BackgroundFeature } from '../messaging/background-service';
import type { FeedView, LibraryToBackground } from '../messaging/index';
import { validateEmpty, validateFeedUrl, validateOptionalFeedUrl, ValidationError } from '../messaging/validate';
import { sourceId, type LibraryCore } from './library';
import { feedsItem, getLibrarySettings } from './settings';

export { feedsItem };

export const FEEDS_ALARM = 'cx-feeds';
/** Due feeds polled per alarm. */
export const FEEDS_PER_RUN = 3;
/** Chrome does not fire alarms sooner than 30 s after they are set. */
const MIN_ALARM_MS = 30_000;
export const MAX_FEEDS = 100;


export async function getFeedStates(): Promise<FeedState[]> {
  const v = await feedsItem.getValue();
  return Array.isArray(v) ? v.filter((s) => s && typeof s.url === 'string' && typeof s.nextDue === 'number') : [];
}

export function feedView(s: FeedState, now: number): FeedView {
  const v = feedStatusView(s, now);
  const out: FeedView = { url: s.url, status: s.status, tone: v.tone, label: v.label, detail: v.detail, next: v.next, missingOrigins: s.missingOrigins ?? [] };
  if (s.title) out.title = s.title;
  if (s.lastChecked !== undefined) out.lastChecked = s.lastChecked;
  return out;
}

/** Whether the extension may read `origin` (an origin or a URL). */
export async function hasHostPermission(origin: string): Promise<boolean> {
  const origins = permissionPatterns(origin);
  if (!origins.length) return false;
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

export interface FeedsOptions {
  fetch?: PollDeps['fetch'];
  hasPermission?: (origin: string) => Promise<boolean>;
  limits?: Partial<PollLimits>;
  now?: () => number;
}

export function feedsFeature(core: LibraryCore, options: FeedsOptions = {}) {
  return (ctx: BackgroundContext): BackgroundFeature => {
    const now = options.now ?? Date.now;
    const fetchFn: PollDeps['fetch'] = options.fetch ?? ((input, init) => fetch(input, init));
    const hasPermission = options.hasPermission ?? hasHostPermission;
    let chain: Promise<unknown> = Promise.resolve();
    /** Feed state changes run one after another (alarm runs, adds, removes). */
    const serial = <T>(work: () => Promise<T>): Promise<T> => {
      const next = chain.then(work);
      chain = next.catch(() => undefined);
      return next;
    };

    const schedule = async (states: FeedState[]): Promise<void> => {
      const delay = nextAlarmDelay(states, now());
      try {
        if (delay === undefined) await browser.alarms.clear(FEEDS_ALARM);
        else await browser.alarms.create(FEEDS_ALARM, { when: now() + Math.max(MIN_ALARM_MS, delay) });
      } catch (error) {
        ctx.log('scheduling the feed alarm failed', error);
      }
    };

    const deps = (): PollDeps => ({
      fetch: fetchFn,
      now,
      hasPermission,
      limits: options.limits,
      signal: ctx.signal,
      ingest: createFeedIngest({
        analyze: async ({ text, date }) => analyze({ text, date }, { gazetteer: await ctx.getGazetteer(), onError: (stage, e) => ctx.log(`engine stage ${stage} failed`, e) }),
        put: (s) => core.putSource(s.meta, s.analysis, s.text),
        idFor: sourceId,
        keepText: true, // for the fingerprint; the library keeps no text
      }),
    });

    /** Polls the due feeds (or just `url`), stores their new states, relinks open tabs. */
    const run = (only?: string): Promise<FeedState[]> =>
      serial(async () => {
        const states = await getFeedStates();
        let polled: FeedState[];
        let changed = false;
        if (only) {
          const s = states.find((x) => x.url === only);
          if (!s) throw new Error(`no feed ${only}`);
          const r = await pollFeed(s, deps());
          polled = [r.state];
          changed = r.report.items.some((i) => i.outcome === 'added' || i.outcome === 'updated');
        } else {
          const r = await pollDueFeeds(states, deps(), FEEDS_PER_RUN);
          polled = r.states.filter((s) => r.reports.has(s.url));
          changed = [...r.reports.values()].some((rep) => rep.items.some((i) => i.outcome === 'added' || i.outcome === 'updated'));
        }
        // merge into what is stored now (nothing else writes during a serial run, but stay safe)
        const byUrl = new Map(polled.map((s) => [s.url, s]));
        const next = (await getFeedStates()).map((s) => byUrl.get(s.url) ?? s);
        await feedsItem.setValue(next);
        await schedule(next);
        if (changed) core.sourcesChanged();
        return next;
      });

    const onAlarm = (alarm: Browser.alarms.Alarm): void => {
      if (alarm.name !== FEEDS_ALARM) return;
      ctx.defer(async () => {
        if ((await getLibrarySettings()).paused) {
          await schedule((await getFeedStates()).map((s) => ({ ...s, nextDue: Math.max(s.nextDue, now() + 60 * 60_000) })));
          return;
        }
        await run();
      });
    };
    browser.alarms.onAlarm.addListener(onAlarm);
    ctx.signal.addEventListener('abort', () => browser.alarms.onAlarm.removeListener(onAlarm), { once: true });
    // A restarted worker keeps its alarm; a fresh install or an update sets it again.
    ctx.defer(async () => schedule(await getFeedStates()));

    const views = (states: FeedState[]): FeedView[] => states.map((s) => feedView(s, now()));
    type M = LibraryToBackground;
    return {
      pageMessages: {
        'feeds:list': { validate: validateEmpty, handle: async (): Promise<M['feeds:list']['res']> => views(await getFeedStates()) },
        'feeds:probe': {
          validate: validateFeedUrl,
          handle: async (p: { url: string }): Promise<M['feeds:probe']['res']> => {
            const r = await probeFeed(p.url, { fetch: fetchFn, hasPermission, limits: options.limits, signal: ctx.signal });
            if (!r.ok) {
              const out: M['feeds:probe']['res'] = { ok: false, message: r.message };
              if (r.missingOrigin) out.missingOrigin = r.missingOrigin;
              if (r.discovered) out.discovered = r.discovered;
              return out;
            }
            return { ok: true, feedUrl: r.feedUrl, title: r.title, itemCount: r.itemCount, articleOrigins: r.articleOrigins };
          },
        },
        'feeds:add': {
          validate: validateFeedUrl,
          handle: (p: { url: string; title?: string }) =>
            serial(async (): Promise<M['feeds:add']['res']> => {
              const n = normalizeFeedUrl(p.url);
              if (!n.ok) throw new ValidationError(n.message);
              const states = await getFeedStates();
              if (!states.some((s) => s.url === n.url)) {
                if (states.length >= MAX_FEEDS) throw new Error(`at most ${MAX_FEEDS} feeds`);
                const s = newFeedState(n.url, now());
                if (p.title) s.title = p.title;
                states.push(s);
                await feedsItem.setValue(states);
                await schedule(states);
              }
              return views(states);
            }),
        },
        'feeds:remove': {
          validate: validateFeedUrl,
          handle: (p: { url: string }) =>
            serial(async (): Promise<M['feeds:remove']['res']> => {
              const states = (await getFeedStates()).filter((s) => s.url !== p.url);
              await feedsItem.setValue(states);
              await schedule(states);
              return views(states);
            }),
        },
        'feeds:check': {
          validate: validateOptionalFeedUrl,
          handle: async (p: { url?: string }): Promise<M['feeds:check']['res']> => {
            if (!p.url) {
              // every feed due now, then one bounded run
              await serial(async () => feedsItem.setValue((await getFeedStates()).map((s) => ({ ...s, nextDue: Math.min(s.nextDue, now()) }))));
            }
            return views(await run(p.url));
          },
        },
      },
    };
  };
}
