// A small typed layer over browser.runtime messaging. Senders call `sendToBackground` (content
// script and extension pages), `pushToPanels` or `pushToTab` (background); receivers register
// handler maps with `handleMessages`, torn down through an AbortSignal. Every message is an
// Envelope and every answer a Reply, so a handler's error reaches the sender as a readable
// Error instead of an undefined answer.

import { browser, type Browser } from 'wxt/browser';
import type {
  BackgroundToContent,
  BackgroundToPanel,
  ContentToBackground,
  Envelope,
  LibraryToBackground,
  PanelToBackground,
  Reply,
} from './protocol';

export * from './protocol';

export type Sender = Browser.runtime.MessageSender;

export type Handlers<P extends { [K in keyof P]: { req: unknown; res: unknown } }> = {
  [K in keyof P]?: (payload: P[K]['req'], sender: Sender) => P[K]['res'] | Promise<P[K]['res']>;
};

export function isEnvelope(v: unknown): v is Envelope {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as Envelope).cx === 1 &&
    typeof (v as Envelope).type === 'string'
  );
}

function unwrap<T>(reply: unknown, type: string): T {
  if (reply === undefined) throw new Error(`no answer to ${type}`);
  const r = reply as Reply<T>;
  if (r && r.ok === true) return r.value;
  if (r && r.ok === false) throw new Error(r.error);
  throw new Error(`malformed answer to ${type}`);
}

async function send<T>(type: string, payload: unknown, tabId?: number): Promise<T> {
  const envelope: Envelope = { cx: 1, type, payload };
  const reply = tabId === undefined
    ? await browser.runtime.sendMessage(envelope)
    : await browser.tabs.sendMessage(tabId, envelope);
  return unwrap<T>(reply, type);
}

export type AnyToBackground = ContentToBackground & PanelToBackground & LibraryToBackground;

export function sendToBackground<K extends keyof AnyToBackground>(
  type: K,
  payload: AnyToBackground[K]['req'],
): Promise<AnyToBackground[K]['res']> {
  return send(type, payload);
}

/** Tells every open extension page; resolves even when none is listening. */
export async function pushToPanels<K extends keyof BackgroundToPanel>(
  type: K,
  payload: BackgroundToPanel[K]['req'],
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ cx: 1, type, payload } satisfies Envelope);
  } catch {
    // No side panel or popup open: nobody to tell.
  }
}

export function pushToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: BackgroundToContent[K]['req'],
): Promise<BackgroundToContent[K]['res']> {
  return send(type, payload, tabId);
}

export interface HandleOptions {
  signal?: AbortSignal;
  /**
   * Checks and rebuilds the payload before the handler sees it; throws to refuse. Also decides
   * who may call: return the payload only for allowed senders.
   */
  accept?: (type: string, payload: unknown, sender: Sender) => unknown;
}

/**
 * Registers a listener answering the message types in `handlers`; other messages are left for
 * other listeners. Returns a function that removes it (also done when `signal` aborts).
 */
export function handleMessages<P extends { [K in keyof P]: { req: unknown; res: unknown } }>(handlers: Handlers<P>, options: HandleOptions = {}): () => void {
  // Answers through sendResponse and `return true` (not a returned Promise): that form works
  // with Chrome's own API, Firefox, the polyfill and WXT's fakeBrowser alike.
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply<unknown>) => void): true | undefined => {
    if (!isEnvelope(message) || !Object.prototype.hasOwnProperty.call(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof P] as
      | ((payload: unknown, sender: Sender) => unknown)
      | undefined;
    if (!handler) return undefined;
    void (async (): Promise<Reply<unknown>> => {
      try {
        const payload = options.accept ? options.accept(message.type, message.payload, sender) : message.payload;
        const value = await handler(payload, sender);
        return { ok: true, value: value === undefined ? null : value };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })().then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  const remove = (): void => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
  options.signal?.addEventListener('abort', remove, { once: true });
  return remove;
}

/** True when the sender is one of this extension's own pages (side panel, popup, options). */
export function isExtensionPage(sender: Sender): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** True when the sender is a content script of this extension running in a tab. */
export function isContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
}
