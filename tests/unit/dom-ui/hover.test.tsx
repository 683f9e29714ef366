// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { placeCard, type RectLike } from '../../../lib/dom/hover';
import type { Highlighter, Mark } from '../../../lib/dom/highlighter';
import { HoverCard, mountHoverCards, type CardData } from '../../../components/HoverCard';
import { TINY_SHAPES, sampleAnalysis, sampleLinks } from '../../visual/sample-data';
import { rangeAt } from './helpers';
import { markDetails } from '../../../lib/messaging/page-marks';
import type { MarkDetails } from '../../../lib/messaging/protocol';

function rect(left: number, top: number, width: number, height: number): RectLike {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

describe('placeCard', () => {
  const vp = { width: 1000, height: 800 };
  const rows: Array<[string, RectLike, { width: number; height: number }, Partial<ReturnType<typeof placeCard>>]> = [
    ['room below: below, left-aligned with the mark', rect(100, 100, 80, 18), { width: 320, height: 160 }, { placement: 'below', top: 124, left: 100 }],
    ['near the bottom: above', rect(100, 700, 80, 18), { width: 320, height: 160 }, { placement: 'above', top: 534, left: 100 }],
    ['near the right edge: shifted inside the viewport', rect(900, 100, 80, 18), { width: 320, height: 160 }, { placement: 'below', left: 672 }],
    ['too tall for both sides: roomier side with a max height', rect(100, 300, 80, 18), { width: 320, height: 700 }, { placement: 'below', top: 324, maxHeight: 468 }],
  ];
  it.each(rows)('%s', (_n, anchor, card, want) => {
    const p = placeCard(anchor, card, vp);
    expect(p).toMatchObject(want);
    // never covers the mark
    const top = p.top;
    const bottom = p.top + (p.maxHeight ?? card.height);
    expect(bottom <= anchor.top || top >= anchor.bottom).toBe(true);
  });
});

const analysis = sampleAnalysis();
const links = sampleLinks(analysis);
/** What a place's or unit's card is given (the background's page:card answer). */
const placeOf = (i: number) => (markDetails(analysis, 'place', i) as Extract<MarkDetails, { kind: 'place' }>).place;
const unitOf = (i: number) => (markDetails(analysis, 'unit', i) as Extract<MarkDetails, { kind: 'unit' }>).unit;

let root: HTMLElement;
afterEach(() => {
  if (root) {
    act(() => render(null, root));
    root.remove();
  }
  document.body.innerHTML = '';
});

describe('HoverCard', () => {
  function show(data: CardData, extra: Record<string, unknown> = {}) {
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<HoverCard data={data} {...extra} />, root));
    return root;
  }

  it('claim: normal form, status and counts, opening the side panel at the claim', () => {
    const onOpenInPanel = vi.fn();
    const el = show({ kind: 'claim', claim: analysis.claims[0], index: 0, links: links[0] }, { onOpenInPanel });
    expect(el.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Numeric claim: nearly 500 square miles');
    expect(el.querySelector('[data-testid="normal-form"]')!.textContent).toBe('≈ 450–500 sq mi (1,165–1,295 km²) · territory · Ukraine · Kursk Oblast · March 2025 · per Pasi Paroinen');
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('2 corroborate (1 independent)');
    (el.querySelector('.cx-counts-btn') as HTMLButtonElement).click();
    (el.querySelector('[data-action="open-panel"]') as HTMLButtonElement).click();
    expect(onOpenInPanel.mock.calls).toEqual([[0], [0]]);
    expect(document.activeElement).not.toBe(el.querySelector('button'));
  });

  it('claim with the counts the page is pushed (no relations listed) shows the same line and opens the panel from it', async () => {
    const { countsOnly } = await import('../../../lib/messaging/background-service');
    const onOpenInPanel = vi.fn();
    const el = show({ kind: 'claim', claim: analysis.claims[0], index: 0, links: countsOnly(links[0]) }, { onOpenInPanel });
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('2 corroborate (1 independent)');
    expect(el.querySelector('.cx-chip')!.textContent).toContain('corroborated');
    (el.querySelector('.cx-counts-btn') as HTMLButtonElement).click();
    expect(onOpenInPanel.mock.calls).toEqual([[0]]);
  });

  it('claim without links says so', () => {
    const el = show({ kind: 'claim', claim: analysis.claims[1], index: 1 });
    expect(el.querySelector('[data-testid="counts"]')!.textContent).toBe('no other sources yet');
    expect(el.querySelector('.cx-chip')!.textContent).toBe('○unlinked');
  });

  it('place: name, kind, region, country and a dot on the map', () => {
    const el = show({ kind: 'place', place: placeOf(1) }, { mapTopology: TINY_SHAPES });
    expect(el.querySelector('.cx-title')!.textContent).toBe('Sudzha');
    expect(el.textContent).toContain('settlement · Kursk Oblast · Russia');
    expect(el.querySelectorAll('svg .cx-dot').length).toBe(1);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe('Map of 1 place: Sudzha');
  });

  it('unit: name, side and the other sources that mention it', () => {
    const el = show({ kind: 'unit', unit: unitOf(0), otherSources: [{ id: 's', doc: 's', title: 'Holding the line at Sudzha', outlet: 'Wire Example', published: '2025-03-02' }] });
    expect(el.querySelector('.cx-title')!.textContent).toBe('47th Mechanized Brigade');
    expect(el.textContent).toContain('Side: Ukraine');
    expect(el.querySelector('.cx-sources li')!.textContent).toBe('Holding the line at Sudzha (Wire Example, 2 March 2025)');
    const none = show({ kind: 'unit', unit: unitOf(1) });
    expect(none.textContent).toContain('No other source in your library mentions it yet.');
  });

  it('opened from the keyboard, focus goes to its first button', () => {
    const el = show({ kind: 'claim', claim: analysis.claims[0], index: 0, links: links[0] }, { focus: true, onOpenInPanel: () => {} });
    expect(document.activeElement).toBe(el.querySelector('button'));
  });
});

describe('mountHoverCards', () => {
  // A highlighter stand-in: marks over a paragraph, hit-testing by a fixed box per mark.
  function fakeHighlighter(p: Element) {
    const text = p.textContent!;
    const claimStart = text.indexOf('nearly 500 square miles');
    const placeStart = text.indexOf('Sudzha');
    const marks: Mark[] = [
      { kind: 'claim', id: 'claim:0', range: rangeAt(p, claimStart, claimStart + 23) },
      { kind: 'place', id: 'place:1:0', range: rangeAt(p, placeStart, placeStart + 6) },
    ];
    const boxes: Record<string, RectLike> = { 'claim:0': rect(100, 100, 150, 18), 'place:1:0': rect(300, 140, 50, 18) };
    const focused: Array<string | null> = [];
    const h = {
      mode: 'api',
      marks: () => marks,
      get: (id: string) => marks.find((m) => m.id === id),
      hitTest: (x: number, y: number) => marks.find((m) => {
        const b = boxes[m.id];
        return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
      }) ?? null,
      setFocus: (m: Mark | null) => focused.push(m?.id ?? null),
      ensureRegistered: () => false,
    } as unknown as Highlighter;
    return { h, focused };
  }

  function resolve(mark: Mark): CardData | null {
    if (mark.id === 'claim:0') return { kind: 'claim', claim: analysis.claims[0], index: 0, links: links[0] };
    if (mark.id === 'place:1:0') return { kind: 'place', place: placeOf(1) };
    return null;
  }

  const move = (x: number, y: number) => document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
  const key = (init: KeyboardEventInit) => document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  // the cards' open and close delays run on fake timers: a loaded machine cannot make them race the test
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  it('hovering a claim opens its card in a shadow root; leaving or Escape closes it; focus stays on the page', async () => {
    document.body.innerHTML = `<p id="p">${analysis.claims.length ? 'Ukrainian forces have lost nearly 500 square miles near Sudzha.' : ''}</p><button id="page-btn">page</button>`;
    const pageBtn = document.getElementById('page-btn')!;
    pageBtn.focus();
    const { h } = fakeHighlighter(document.getElementById('p')!);
    const onOpenInPanel = vi.fn();
    const cards = mountHoverCards({ doc: document, highlighter: h, resolve, onOpenInPanel, openDelayMs: 10, closeDelayMs: 20 });
    move(120, 105);
    await wait(30);
    const host = cards.host()!;
    expect(host.localName).toBe('cx-card-host');
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot).toBeNull(); // closed shadow root: the page cannot reach in
    const shadow = cards.shadow()!;
    expect(shadow.querySelector('[data-testid="normal-form"]')!.textContent).toContain('≈ 450–500 sq mi');
    expect(shadow.querySelector('style')!.textContent).toContain('.cx-root');
    expect(document.activeElement).toBe(pageBtn);
    expect(host.getAttribute('data-placement')).toBe('below');
    (shadow.querySelector('[data-action="open-panel"]') as HTMLButtonElement).click();
    expect(onOpenInPanel).toHaveBeenCalledWith(0);

    // move to the place: the card switches
    move(310, 145);
    await wait(30);
    expect(cards.shadow()!.querySelector('.cx-title')!.textContent).toBe('Sudzha');

    // leave: closes after the grace period
    move(600, 600);
    await wait(60);
    expect(cards.host()).toBeNull();
    expect(document.querySelector('cx-card-host')).toBeNull();

    move(120, 105);
    await wait(30);
    expect(cards.host()).not.toBeNull();
    key({ key: 'Escape' });
    expect(cards.host()).toBeNull();
    cards.destroy();
  });

  it('a card whose details come from the background opens when they arrive, unless the reader moved on', async () => {
    document.body.innerHTML = '<p id="p">Ukrainian forces have lost nearly 500 square miles near Sudzha.</p><button id="page-btn">page</button>';
    const { h } = fakeHighlighter(document.getElementById('p')!);
    // answers held back until the test lets them go, as a background round trip would be
    const waiting: Array<{ id: string; go: () => void }> = [];
    const later = (mark: Mark) => new Promise<CardData | null>((ok) => waiting.push({ id: mark.id, go: () => ok(resolve(mark)) }));
    const cards = mountHoverCards({ doc: document, highlighter: h, resolve: later, openDelayMs: 10, closeDelayMs: 20 });
    move(120, 105);
    await vi.waitFor(() => expect(waiting.map((w) => w.id)).toEqual(['claim:0']));
    expect(cards.host()).toBeNull(); // asked, not answered yet
    waiting[0].go();
    await wait(0);
    expect(cards.shadow()!.querySelector('[data-testid="normal-form"]')!.textContent).toContain('≈ 450–500 sq mi');
    expect(cards.host()!.getAttribute('data-placement')).toBe('below');

    // on to the place, and away before its answer comes: no card opens for it
    move(310, 145);
    await vi.waitFor(() => expect(waiting.map((w) => w.id)).toEqual(['claim:0', 'place:1:0']));
    move(600, 600);
    await vi.waitFor(() => expect(cards.controller.current()).toBeNull());
    expect(cards.host()).toBeNull();
    waiting[1].go();
    await wait(0);
    expect(cards.host()).toBeNull();

    // Escape while an answer is awaited: it does not open afterwards either
    move(120, 105);
    await vi.waitFor(() => expect(waiting).toHaveLength(3));
    key({ key: 'Escape' });
    waiting[2].go();
    await wait(0);
    expect(cards.host()).toBeNull();
    cards.destroy();
  });

  it('Alt+Shift+N walks the marks from the keyboard, focusing the card; Escape returns focus', async () => {
    document.body.innerHTML = '<p id="p">Ukrainian forces have lost nearly 500 square miles near Sudzha.</p><input id="field"><button id="page-btn">page</button>';
    const pageBtn = document.getElementById('page-btn')!;
    pageBtn.focus();
    const { h, focused } = fakeHighlighter(document.getElementById('p')!);
    const cards = mountHoverCards({ doc: document, highlighter: h, resolve, onOpenInPanel: () => {} });
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(focused.at(-1)).toBe('claim:0');
    const shadow = cards.shadow()!;
    // focus moved into the card: the page sees the host focused, the shadow root its first button
    expect(document.activeElement).toBe(cards.host());
    expect(shadow.activeElement).toBe(shadow.querySelector('button'));
    expect(cards.controller.current()!.id).toBe('claim:0');
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(cards.controller.current()!.id).toBe('place:1:0');
    key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    expect(cards.controller.current()!.id).toBe('claim:0');
    key({ key: 'Escape' });
    expect(cards.host()).toBeNull();
    expect(focused.at(-1)).toBe(null);
    expect(document.activeElement).toBe(pageBtn);

    // typing in a field: the hotkey is left to the page
    const field = document.getElementById('field') as HTMLInputElement;
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    expect(cards.host()).toBeNull();

    expect(cards.show('place:1:0')).toBe(true);
    expect(cards.shadow()!.querySelector('.cx-title')!.textContent).toBe('Sudzha');
    cards.destroy();
    expect(document.querySelector('cx-card-host')).toBeNull();
  });
});

describe('wiring helpers', () => {
  it('marksFromAnalysis makes lazy marks for every mention and claim; ids parse back; cards resolve', async () => {
    const { marksFromAnalysis, parseMarkId } = await import('../../../lib/dom/highlighter');
    const { cardDataFor } = await import('../../../components/HoverCard');
    const calls: Array<[number, number]> = [];
    const marks = marksFromAnalysis(analysis, (s, e) => (calls.push([s, e]), null));
    expect(marks.map((m) => m.id)).toEqual(['unit:0:0', 'unit:1:0', 'place:0:0', 'place:1:0', 'place:2:0', 'claim:0', 'claim:1', 'claim:2', 'claim:3', 'claim:4']);
    expect(calls).toEqual([]); // nothing made until painted
    (marks[5].range as () => Range | null)();
    expect(calls).toEqual([[analysis.claims[0].start, analysis.claims[0].end]]);
    expect(marksFromAnalysis(analysis, () => null, ['place']).map((m) => m.kind)).toEqual(['place', 'place', 'place']);
    expect(parseMarkId('place:2:0')).toEqual({ kind: 'place', index: 2, mention: 0 });
    expect(parseMarkId('claim:4')).toEqual({ kind: 'claim', index: 4 });
    expect(parseMarkId('other:1')).toBeNull();
    const c = cardDataFor({ id: 'claim:2' }, analysis, links);
    expect(c).toMatchObject({ kind: 'claim', index: 2, links: { claim: 2 } });
    expect(cardDataFor({ id: 'unit:1:0' }, analysis, links, () => [])).toMatchObject({ kind: 'unit', unit: { name: '155th Naval Infantry Brigade' }, otherSources: [] });
    expect(cardDataFor({ id: 'place:9:0' }, analysis)).toBeNull();
  });

  it('marksFromOffsets makes the same marks from the offsets the page is answered as marksFromAnalysis from the analysis', async () => {
    const { marksFromAnalysis, marksFromOffsets } = await import('../../../lib/dom/highlighter');
    const { pageMarks } = await import('../../../lib/messaging/page-marks');
    const offsets = pageMarks('r1', analysis);
    const ids = (marks: ReturnType<typeof marksFromAnalysis>) => marks.map(({ kind, id, order }) => ({ kind, id, order }));
    const byAnalysis: Array<[number, number]> = [];
    const byOffsets: Array<[number, number]> = [];
    const a = marksFromAnalysis(analysis, (s, e) => (byAnalysis.push([s, e]), null));
    const b = marksFromOffsets(offsets, (s, e) => (byOffsets.push([s, e]), null));
    expect(ids(b)).toEqual(ids(a));
    // each lazy range is made over the same stretch of the page text
    for (const m of a) (m.range as () => Range | null)();
    for (const m of b) (m.range as () => Range | null)();
    expect(byOffsets).toEqual(byAnalysis);
    expect(marksFromOffsets(offsets, () => null, ['claim']).map((m) => m.id)).toEqual(analysis.claims.map((_, i) => `claim:${i}`));
  });
});
