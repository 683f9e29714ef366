import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMessages, isContentScript, isExtensionPage, sendToBackground, type PanelToBackground } from '../../../lib/messaging/index';

const panelSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  test('browser is the fake browser in unit tests', () => {
    expect(browser.runtime.id).toBe(fakeBrowser.runtime.id);
  });

  test('a handler answers through the envelope and the sender gets the value', async () => {
    handleMessages<PanelToBackground>({
      'report:get': ({ tabId }) => ({ tabId }) as unknown as PanelToBackground['report:get']['res'],
    });
    await expect(sendToBackground('report:get', { tabId: 7 })).resolves.toEqual({ tabId: 7 });
  });

  test("a handler's error reaches the sender as an Error with its message", async () => {
    handleMessages<PanelToBackground>({
      'report:get': () => {
        throw new Error('no such tab');
      },
    });
    await expect(sendToBackground('report:get', { tabId: 1 })).rejects.toThrow('no such tab');
  });

  test('foreign messages and unknown types are left alone', async () => {
    const controller = new AbortController();
    handleMessages<PanelToBackground>({ 'report:get': () => null }, { signal: controller.signal });
    const results = await fakeBrowser.runtime.onMessage.trigger({ hello: 1 }, panelSender, () => undefined);
    expect(results).toEqual([undefined]);
    const unknown = await fakeBrowser.runtime.onMessage.trigger({ cx: 1, type: 'nope', payload: {} }, panelSender, () => undefined);
    expect(unknown).toEqual([undefined]);
    const known = await fakeBrowser.runtime.onMessage.trigger({ cx: 1, type: 'report:get', payload: {} }, panelSender, () => undefined);
    expect(known).toEqual([true]);
  });

  test('the listener is removed when its signal aborts', async () => {
    const controller = new AbortController();
    handleMessages<PanelToBackground>({ 'report:get': () => null }, { signal: controller.signal });
    controller.abort();
    expect(await fakeBrowser.runtime.onMessage.trigger({ cx: 1, type: 'report:get', payload: { tabId: 1 } }, panelSender, () => undefined)).toEqual([]);
  });

  test('senders are told apart: extension pages versus content scripts', () => {
    expect(isExtensionPage(panelSender)).toBe(true);
    expect(isContentScript(panelSender)).toBe(false);
    const content = { id: fakeBrowser.runtime.id, url: 'https://news.example/', tab: { id: 4 } as never };
    expect(isContentScript(content)).toBe(true);
    expect(isExtensionPage(content)).toBe(false);
    expect(isExtensionPage({ id: 'other-extension', url: panelSender.url })).toBe(false);
  });
});
