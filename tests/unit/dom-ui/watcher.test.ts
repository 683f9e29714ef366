// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWatcher, type WatchChange } from '../../../lib/dom/watcher';
import { createHighlighter } from '../../../lib/dom/highlighter';
import { rangeAt } from './helpers';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The debounce runs on timers: tests that only need the watcher's own timers run them on fake
// ones (a loaded machine delays real timers unevenly); the highlighter test keeps real timers.
const fake = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('watcher', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a burst of mutations into one change', async () => {
    fake();
    document.body.innerHTML = '<main id="live"><p>First update.</p></main>';
    const root = document.getElementById('live')!;
    const changes: WatchChange[] = [];
    const w = createWatcher({ root, onChange: (c) => changes.push(c), debounceMs: 30 });
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: shelling reported.`;
      root.appendChild(p);
    }
    (root.firstChild!.firstChild as Text).data = 'First update, corrected.';
    await advance(80);
    expect(changes.length).toBe(1);
    expect(changes[0].mutated).toBe(true);
    expect(changes[0].navigated).toBe(false);
    expect(changes[0].records).toBeGreaterThanOrEqual(21);
    w.stop();
    root.appendChild(document.createElement('p'));
    await advance(60);
    expect(changes.length).toBe(1);
  });

  it('a steady stream still flushes after maxWait', async () => {
    fake();
    document.body.innerHTML = '<main id="live"></main>';
    const root = document.getElementById('live')!;
    const changes: WatchChange[] = [];
    const w = createWatcher({ root, onChange: (c) => changes.push(c), debounceMs: 40, maxWaitMs: 100 });
    for (let i = 0; i < 12; i++) {
      root.appendChild(document.createElement('p'));
      await advance(20);
    }
    // 240 ms of mutations every 20 ms: the 40 ms debounce never ends, maxWait (100 ms) flushes twice
    expect(changes.length).toBe(2);
    w.stop();
  });

  it('ignores the highlighter wrapping and unwrapping its own cx-mark elements', async () => {
    document.body.innerHTML = '<main id="a"><p id="p">Fighting near Pokrovsk continued.</p></main>';
    const root = document.getElementById('a')!;
    const p = document.getElementById('p')!;
    const changes: WatchChange[] = [];
    const w = createWatcher({ root, onChange: (c) => changes.push(c), debounceMs: 20 });
    const h = createHighlighter({ doc: document, mode: 'fallback', recheckMs: 0, wrapMutation: (fn) => w.ignoring(fn) });
    await h.paint([{ kind: 'place', id: 'x', range: rangeAt(p, 14, 22) }]);
    expect(root.querySelector('cx-mark')).not.toBeNull();
    h.clear();
    await wait(150);
    expect(changes).toEqual([]);
    // while a page change next to ours is still seen
    p.append(' More later.');
    await wait(150);
    expect(changes.length).toBe(1);
    w.stop();
    h.destroy();
  });

  it('reports navigation and stops on abort', async () => {
    fake();
    document.body.innerHTML = '<main id="a"></main>';
    const ac = new AbortController();
    const changes: WatchChange[] = [];
    createWatcher({ root: document.getElementById('a')!, onChange: (c) => changes.push(c), debounceMs: 10, signal: ac.signal });
    history.pushState({}, '', '#/story-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await advance(40);
    expect(changes.length).toBe(1);
    expect(changes[0].navigated).toBe(true);
    expect(changes[0].url).toContain('#/story-2');
    ac.abort();
    history.pushState({}, '', '#/story-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await advance(40);
    expect(changes.length).toBe(1);
  });
});
