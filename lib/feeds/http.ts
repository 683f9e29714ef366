// One bounded HTTP GET, for feeds, article pages and the search API. Everything is injected
// (fetch, the permission check), nothing throws: every failure is a FetchFailure a person can
// read in the feed's status line.
//
// - Timeout: an AbortController fires after `timeoutMs` and also cuts a body still streaming.
// - Size: Content-Length over the limit is refused before reading; otherwise the stream is read
//   chunk by chunk and cancelled as soon as it passes `maxBytes`.
// - Redirects: followed by hand (redirect: 'manual'), so the permission of every hop's origin is
//   checked BEFORE anything is requested from it. Where the platform hides the Location header
//   (an extension service worker gets an opaque redirect), the request is repeated with
//   redirect: 'follow' and the final origin is checked before a byte of the body is read.
// - Decoding: charset from Content-Type, else from the XML declaration or <meta charset>, else UTF-8.

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type FetchFailureKind = 'permission' | 'timeout' | 'network' | 'too-large' | 'http' | 'redirect' | 'aborted' | 'bad-url';

export interface FetchFailure {
  kind: FetchFailureKind;
  message: string;
  status?: number;
  /** The URL (or origin) the failure concerns, e.g. the origin lacking permission. */
  url?: string;
  /** From a Retry-After header on 429 / 503. */
  retryAfterMs?: number;
}

export interface FetchedBody {
  /** Final URL after redirects. */
  url: string;
  status: number;
  headers: Headers;
  /** Lower-cased media type without parameters (`text/html`), '' when absent. */
  mediaType: string;
  text: string;
  bytes: number;
}

export type FetchResult = { ok: true; res: FetchedBody } | { ok: false; error: FetchFailure };

export interface BoundedFetchOptions {
  fetch: FetchLike;
  hasPermission: (origin: string) => boolean | Promise<boolean>;
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string>;
  maxRedirects?: number;
  /** Outer cancellation (the extension is shutting the poll down). */
  signal?: AbortSignal;
  /** Called with the response head; returning a string stops before the body is read (reason). */
  acceptHead?: (mediaType: string, status: number) => string | undefined;
  now?: () => number;
}

const fail = (kind: FetchFailureKind, message: string, extra: Partial<FetchFailure> = {}): FetchResult => ({
  ok: false,
  error: { kind, message, ...extra },
});

export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

function retryAfter(h: string | null, now: number): number | undefined {
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return Number(h.trim()) * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export async function boundedFetch(url: string, opts: BoundedFetchOptions): Promise<FetchResult> {
  if (opts.signal?.aborted) return fail('aborted', 'cancelled', { url });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    return await run(url, opts, controller.signal, () => timedOut);
  } catch (error) {
    if (timedOut) return fail('timeout', `no complete answer within ${Math.round(opts.timeoutMs / 1000)} s`, { url });
    if (opts.signal?.aborted) return fail('aborted', 'cancelled', { url });
    return fail('network', `could not connect (${error instanceof Error ? error.message : String(error)})`, { url });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function run(start: string, opts: BoundedFetchOptions, signal: AbortSignal, timedOut: () => boolean): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  let url = start;
  const now = opts.now ?? Date.now;
  for (let hop = 0; ; hop++) {
    const origin = originOf(url);
    if (!origin) return fail('bad-url', `not a web address: ${url}`, { url });
    if (!(await opts.hasPermission(origin))) {
      return fail('permission', hop === 0 ? `no permission to read ${origin}` : `redirected to ${origin}, which has no permission`, { url: origin });
    }
    let res = await opts.fetch(url, { headers: opts.headers, redirect: 'manual', signal, credentials: 'omit' });
    if (res.type === 'opaqueredirect') {
      // The Location is hidden from us: let the platform follow, then check where it ended.
      res = await opts.fetch(url, { headers: opts.headers, redirect: 'follow', signal, credentials: 'omit' });
      const finalOrigin = originOf(res.url || url);
      if (!finalOrigin || !(await opts.hasPermission(finalOrigin))) {
        void res.body?.cancel().catch(() => {});
        return fail('permission', `redirected to ${finalOrigin ?? res.url}, which has no permission`, { url: finalOrigin ?? res.url });
      }
      url = res.url || url;
    } else if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const location = res.headers.get('location');
      void res.body?.cancel().catch(() => {});
      if (!location) return fail('redirect', `HTTP ${res.status} redirect without a Location`, { status: res.status, url });
      if (hop >= maxRedirects) return fail('redirect', `more than ${maxRedirects} redirects`, { url });
      try {
        url = new URL(location, url).href;
      } catch {
        return fail('redirect', `redirect to an invalid address (${location.slice(0, 100)})`, { url });
      }
      continue;
    }
    return readBody(res, url, opts, signal, timedOut, now);
  }
}

async function readBody(res: Response, url: string, opts: BoundedFetchOptions, signal: AbortSignal, timedOut: () => boolean, now: () => number): Promise<FetchResult> {
  const contentType = res.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (res.status === 304) return { ok: true, res: { url, status: 304, headers: res.headers, mediaType, text: '', bytes: 0 } };
  if (res.status < 200 || res.status >= 300) {
    void res.body?.cancel().catch(() => {});
    const extra: Partial<FetchFailure> = { status: res.status, url };
    if (res.status === 429 || res.status === 503) extra.retryAfterMs = retryAfter(res.headers.get('retry-after'), now());
    const what = res.status === 404 ? 'not found' : res.status === 410 ? 'gone' : res.status === 401 || res.status === 403 ? 'access refused' : res.status === 429 ? 'too many requests' : res.status >= 500 ? 'server error' : 'unexpected answer';
    return fail('http', `HTTP ${res.status} (${what})`, extra);
  }
  const refused = opts.acceptHead?.(mediaType, res.status);
  if (refused) {
    void res.body?.cancel().catch(() => {});
    return fail('http', refused, { status: res.status, url });
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    void res.body?.cancel().catch(() => {});
    return fail('too-large', `the response is ${formatBytes(declared)}; the limit is ${formatBytes(opts.maxBytes)}`, { url });
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      if (signal.aborted) {
        void reader.cancel().catch(() => {});
        throw new Error(timedOut() ? 'timeout' : 'aborted');
      }
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > opts.maxBytes) {
        void reader.cancel().catch(() => {});
        return fail('too-large', `the response passed the limit of ${formatBytes(opts.maxBytes)}; reading stopped`, { url });
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, res: { url, status: res.status, headers: res.headers, mediaType, text: decode(bytes, contentType), bytes: total } };
}

/** Bytes to text: charset from the header, else sniffed from the first kilobyte, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string): string {
  let label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    label = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
