// Options: feeds. Adding one asks the browser for permission to read the feed's site at the
// moment of the click (permissions.request needs the click's user gesture, so it is the first
// thing the handler awaits), then checks the feed, asks for its articles' sites when they
// differ (a second click), adds it and checks it at once. Suggestions are listed, none enabled.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, type FeedView } from '../../lib/messaging/index';
import { FEED_SUGGESTIONS, permissionPatterns } from '../../lib/feeds/suggestions';
import { feedsItem } from '../../lib/background/settings';

/**
 * What the person typed → an http(s) address, synchronously (the permission request must come
 * before any await). The background normalises it fully (lib/feeds/poller normalizeFeedUrl); this
 * page does not import the feed reader, which would bring an HTML parser into it.
 */
export function typedFeedUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  let s = input.trim();
  if (!s) return { ok: false, message: 'enter the address of a feed' };
  s = s.replace(/^feed:(\/\/)?(?=https?:)/i, '').replace(/^feed:\/\//i, 'https://');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s}`;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, message: `only http and https feeds can be read (not ${u.protocol})` };
    u.hash = '';
    return { ok: true, url: u.href };
  } catch {
    return { ok: false, message: `"${input.trim().slice(0, 100)}" is not a web address` };
  }
}

/** Asks for these sites; true when granted. Call it straight from a click handler. */
function requestSites(origins: string[]): Promise<boolean> {
  if (!origins.length) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

async function missingSites(origins: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const o of origins) {
    const patterns = permissionPatterns(o);
    if (patterns.length && !(await browser.permissions.contains({ origins: patterns }).catch(() => false))) out.push(o);
  }
  return out;
}

interface Pending {
  feedUrl: string;
  title: string;
  origins: string[];
}

export function FeedsSection() {
  const [feeds, setFeeds] = useState<FeedView[] | null>(null);
  const [input, setInput] = useState('');
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = (): void => void sendToBackground('feeds:list', {}).then(setFeeds, (e: unknown) => setNote({ text: String(e), error: true }));
  useEffect(() => {
    refresh();
    const unwatch = feedsItem.watch(() => refresh());
    const timer = setInterval(refresh, 30_000); // "next check in …" stays current
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  const addAndCheck = async (feedUrl: string, title?: string): Promise<void> => {
    setFeeds(await sendToBackground('feeds:add', title ? { url: feedUrl, title } : { url: feedUrl }));
    setNote({ text: `Added ${title || feedUrl}; checking it now…` });
    const after = await sendToBackground('feeds:check', { url: feedUrl });
    setFeeds(after);
    const f = after.find((x) => x.url === feedUrl);
    setNote(f ? { text: `${f.title ?? feedUrl}: ${f.detail}`, error: f.tone === 'error' } : null);
  };

  const add = async (raw: string): Promise<void> => {
    const normal = typedFeedUrl(raw);
    if (!normal.ok) {
      setNote({ text: normal.message, error: true });
      return;
    }
    // first await of the click handler: the user gesture is still there
    const granted = await requestSites(permissionPatterns(normal.url));
    if (!granted) {
      setNote({ text: `Without access to ${new URL(normal.url).host}, Crosscheck cannot read this feed. Nothing was added.`, error: true });
      return;
    }
    setBusy(true);
    try {
      const probe = await sendToBackground('feeds:probe', { url: normal.url });
      if (!probe.ok) {
        const hint = probe.discovered ? ` The page names a feed at ${probe.discovered}: add that address instead.` : probe.missingOrigin ? ` Allow ${probe.missingOrigin} by adding its address.` : '';
        setNote({ text: `${probe.message}.${hint}`, error: true });
        return;
      }
      const missing = await missingSites(probe.articleOrigins.filter((o) => o !== new URL(probe.feedUrl).origin));
      if (missing.length) {
        setPending({ feedUrl: probe.feedUrl, title: probe.title, origins: missing });
        setNote({ text: `${probe.title || probe.feedUrl}: ${probe.itemCount} items. Its articles live on ${missing.join(', ')}; allow those sites to read them.` });
        return;
      }
      setInput('');
      await addAndCheck(probe.feedUrl, probe.title);
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const allowPending = async (p: Pending): Promise<void> => {
    const granted = await requestSites(permissionPatterns(p.origins[0], p.origins.slice(1)));
    setPending(null);
    setInput('');
    if (!granted) setNote({ text: 'Feed added without its article sites: items will use the feed\'s own summaries until you allow them.' });
    setBusy(true);
    try {
      await addAndCheck(p.feedUrl, p.title);
    } finally {
      setBusy(false);
    }
  };

  const addSuggestion = async (url: string, origins: string[], name: string): Promise<void> => {
    const granted = await requestSites(permissionPatterns(url, origins));
    if (!granted) {
      setNote({ text: `Without access to its sites, ${name} cannot be read. Nothing was added.`, error: true });
      return;
    }
    setBusy(true);
    try {
      await addAndCheck(url, name);
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const known = new Set(feeds?.map((f) => f.url));
  return (
    <section aria-labelledby="feeds-h">
      <h2 id="feeds-h">Feeds</h2>
      <p class="small muted">
        Crosscheck checks the feeds you add about once an hour, reads each new article from its own site (only sites you allow)
        and adds the war-coverage ones to your library, so the pages you read have something to be checked against.
      </p>
      {feeds && feeds.length === 0 && <p class="muted">No feeds yet.</p>}
      <ul class="feeds" data-testid="feeds">
        {feeds?.map((f) => (
          <li key={f.url} class={`feed tone-${f.tone}`}>
            <div class="feed-head">
              <span class={`badge ${f.tone}`}>{f.label}</span>
              <strong class="feed-title">{f.title || f.url}</strong>
            </div>
            <div class="small muted feed-url">{f.url}</div>
            <div class="small feed-detail">{f.detail}</div>
            <div class="small muted">{f.next}</div>
            <div class="row">
              <button disabled={busy} onClick={() => void (async () => {
                setBusy(true);
                try {
                  setFeeds(await sendToBackground('feeds:check', { url: f.url }));
                } finally {
                  setBusy(false);
                }
              })()}>Check now</button>
              {f.missingOrigins.length > 0 && (
                <button onClick={() => void requestSites(permissionPatterns(f.missingOrigins[0], f.missingOrigins.slice(1))).then(async (ok) => {
                  if (ok) setFeeds(await sendToBackground('feeds:check', { url: f.url }));
                })}>
                  Allow {f.missingOrigins.join(', ')}
                </button>
              )}
              <button onClick={() => void sendToBackground('feeds:remove', { url: f.url }).then(setFeeds)} aria-label={`Remove ${f.title || f.url}`}>Remove</button>
            </div>
          </li>
        ))}
      </ul>
      <div class="row">
        <input type="text" class="grow" value={input} placeholder="https://example.org/feed.xml" aria-label="Feed address" onInput={(e) => setInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void add(input);
          }} />
        <button class="primary" disabled={busy} onClick={() => void add(input)}>Add feed</button>
      </div>
      {pending && (
        <div class="row">
          <button class="primary" onClick={() => void allowPending(pending)}>Allow {pending.origins.length === 1 ? pending.origins[0] : `${pending.origins.length} sites`} and add</button>
          <button onClick={() => setPending(null)}>Cancel</button>
        </div>
      )}
      {busy && <p class="muted" role="status">Working…</p>}
      {note && <p class={note.error ? 'error' : 'muted'} role="status" data-testid="feeds-note">{note.text}</p>}
      <details class="suggestions">
        <summary>Suggested feeds (none is on until you add it)</summary>
        <ul class="sites">
          {FEED_SUGGESTIONS.map((s) => (
            <li key={s.url}>
              <span class="host"><strong>{s.name}</strong> <span class="small muted">— {s.note}</span></span>
              {known.has(s.url) ? <span class="small muted">added</span> : <button disabled={busy} onClick={() => void addSuggestion(s.url, s.articleOrigins, s.name)}>Add</button>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
