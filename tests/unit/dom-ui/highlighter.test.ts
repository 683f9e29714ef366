// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter, type HighlightCtor, type HighlightRegistryLike, type MarkInput } from '../../../lib/dom/highlighter';
import { FakeHighlight, FakeRegistry, rangeAt, textNodes } from './helpers';

const ARTICLE = `<h1>Front line</h1><p id="p1">Ukrainian forces lost <b>nearly 500</b> square miles in Kursk Oblast, said the <i>30th Mechanized Brigade</i>.</p><p id="p2">Near Sudzha, 14 assaults were repelled.<!-- note --> More later.</p>`;

function setup(): { p1: Element; p2: Element } {
  document.body.innerHTML = ARTICLE;
  return { p1: document.getElementById('p1')!, p2: document.getElementById('p2')! };
}

function find(el: Element, s: string): [number, number] {
  const i = el.textContent!.indexOf(s);
  if (i < 0) throw new Error('missing ' + s);
  return [i, i + s.length];
}

function sampleMarks(p1: Element, p2: Element): MarkInput[] {
  return [
    { kind: 'claim', id: 'claim:0', range: rangeAt(p1, ...find(p1, 'nearly 500 square miles')) },
    { kind: 'place', id: 'place:0:0', range: rangeAt(p1, ...find(p1, 'Kursk Oblast')) },
    { kind: 'unit', id: 'unit:0:0', range: rangeAt(p1, ...find(p1, '30th Mechanized Brigade')) },
    { kind: 'place', id: 'place:1:0', range: rangeAt(p2, ...find(p2, 'Sudzha')) },
    // overlapping: a claim that contains a place
    { kind: 'claim', id: 'claim:1', range: rangeAt(p2, ...find(p2, 'Sudzha, 14 assaults')) },
    // lazily made range
    { kind: 'claim', id: 'claim:2', range: () => rangeAt(p2, ...find(p2, '14 assaults')) },
    // a mark whose range cannot be made is skipped, not fatal
    { kind: 'unit', id: 'unit:9:0', range: () => null },
  ];
}

describe('highlighter, fallback path (no CSS.highlights)', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('wraps marks in cx-mark elements and restores the DOM byte for byte', async () => {
    const { p1, p2 } = setup();
    const before = document.body.innerHTML;
    const nodesBefore = textNodes(document.body);
    const dataBefore = nodesBefore.map((n) => n.data);
    const h = createHighlighter({ doc: document, mode: 'fallback', recheckMs: 0 });
    expect(h.mode).toBe('fallback');
    const res = await h.paint(sampleMarks(p1, p2));
    expect(res.painted).toBe(6);
    expect(res.skipped).toBe(1);

    const marks = Array.from(document.querySelectorAll('cx-mark'));
    const textOf = (kind: string) => marks.filter((m) => m.getAttribute('data-kind')!.split(' ').includes(kind)).map((m) => m.textContent).join('|');
    expect(textOf('unit')).toBe('30th Mechanized Brigade');
    expect(textOf('place')).toBe('Kursk Oblast|Sudzha');
    // the claim crossing <b> is split into pieces on both sides of the element boundary
    expect(textOf('claim')).toBe('nearly 500| square miles|Sudzha|, |14 assaults');
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(`<body>${ARTICLE}</body>`, 'text/html').body.textContent);
    expect(h.get('claim:0')!.range.toString()).toBe('nearly 500 square miles');
    expect(document.getElementById('cx-highlight-style') ?? document.adoptedStyleSheets.length).toBeTruthy();

    h.clear();
    expect(document.body.innerHTML).toBe(before);
    const nodesAfter = textNodes(document.body);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((n, i) => {
      expect(n).toBe(nodesBefore[i]);
      expect(n.data).toBe(dataBefore[i]);
    });
    h.destroy();
    expect(document.getElementById('cx-highlight-style')).toBeNull();
    expect(document.head.innerHTML).toBe('');
  });

  it('keeps separate adjacent text nodes separate after restoring', async () => {
    document.body.innerHTML = '<p id="x"></p>';
    const p = document.getElementById('x')!;
    const a = document.createTextNode('Pokrovsk and ');
    const b = document.createTextNode('Kostiantynivka');
    p.append(a, b);
    const h = createHighlighter({ doc: document, mode: 'fallback', recheckMs: 0 });
    await h.paint([{ kind: 'place', id: 'p', range: rangeAt(p, 4, 22) }]);
    expect(p.querySelectorAll('cx-mark').length).toBe(2);
    h.destroy();
    expect(Array.from(p.childNodes)).toEqual([a, b]);
    expect([a.data, b.data]).toEqual(['Pokrovsk and ', 'Kostiantynivka']);
  });

  it('handles ranges whose ends are element boundaries, and entities in the text', async () => {
    document.body.innerHTML = '<p id="e">Near <b>Vuhledar</b> &amp; <i>Velyka Novosilka</i>, &lt;shelling&gt; went on.</p>';
    const p = document.getElementById('e')!;
    const before = document.body.innerHTML;
    const nodes = textNodes(p);
    const h = createHighlighter({ doc: document, mode: 'fallback', recheckMs: 0 });
    const r = document.createRange();
    r.setStart(p, 1); // before <b>
    r.setEnd(p, 4); // after <i>
    await h.paint([{ kind: 'place', id: 'p', range: r }, { kind: 'claim', id: 'c', range: rangeAt(p, p.textContent!.indexOf('<shelling>'), p.textContent!.indexOf('<shelling>') + 10) }]);
    expect(Array.from(p.querySelectorAll('cx-mark[data-kind="place"]')).map((m) => m.textContent)).toEqual(['Vuhledar', ' & ', 'Velyka Novosilka']);
    expect(p.querySelector('cx-mark[data-kind="claim"]')!.textContent).toBe('<shelling>');
    h.destroy();
    expect(document.body.innerHTML).toBe(before);
    textNodes(p).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('painting again replaces the previous marks; hiding a kind unstyles it', async () => {
    const { p1, p2 } = setup();
    const before = document.body.innerHTML;
    const h = createHighlighter({ doc: document, mode: 'fallback', recheckMs: 0 });
    await h.paint(sampleMarks(p1, p2));
    // ranges made lazily: the DOM is restored before they are made
    await h.paint([{ kind: 'unit', id: 'u', range: () => rangeAt(p1, ...find(p1, 'Kursk')) }]);
    expect(Array.from(document.querySelectorAll('cx-mark')).map((m) => m.textContent)).toEqual(['Kursk']);
    h.setKinds(['claim', 'place']);
    expect(document.querySelector('cx-mark')!.getAttribute('data-kind')).toBe('');
    h.destroy();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('highlighter, CSS Custom Highlight API path (injected fake registry)', () => {
  function api() {
    const registry = new FakeRegistry();
    const { p1, p2 } = setup();
    const h = createHighlighter({
      doc: document,
      registry: registry as unknown as HighlightRegistryLike,
      Highlight: FakeHighlight as unknown as HighlightCtor,
      recheckMs: 0,
    });
    return { registry, h, p1, p2 };
  }

  it('registers one named highlight per kind and leaves the DOM alone', async () => {
    const { registry, h, p1, p2 } = api();
    const before = document.body.innerHTML;
    expect(h.mode).toBe('api');
    await h.paint(sampleMarks(p1, p2));
    expect(registry.get('cx-claim')!.size).toBe(3);
    expect(registry.get('cx-place')!.size).toBe(2);
    expect(registry.get('cx-unit')!.size).toBe(1);
    expect(registry.get('cx-claim')!.priority).toBeGreaterThan(registry.get('cx-unit')!.priority);
    expect(document.body.innerHTML).toBe(before);
    expect(h.marks().map((m) => m.id)).toEqual(['claim:0', 'place:0:0', 'unit:0:0', 'claim:1', 'place:1:0', 'claim:2']);
    h.clear();
    expect(registry.get('cx-claim')!.size).toBe(0);
    h.destroy();
    expect([...registry.keys()]).toEqual([]);
  });

  it('comes back after the page clears the registry', async () => {
    const { registry, h, p1, p2 } = api();
    registry.set('page-own', new FakeHighlight());
    await h.paint(sampleMarks(p1, p2));
    registry.clear();
    expect(h.ensureRegistered()).toBe(true);
    expect(registry.get('cx-claim')!.size).toBe(3);
    expect(h.ensureRegistered()).toBe(false);
    h.destroy();
    expect(registry.has('cx-claim')).toBe(false);
  });

  it('shows only the chosen kinds, and focus/flash use their own names', async () => {
    const { registry, h, p1, p2 } = api();
    await h.paint(sampleMarks(p1, p2));
    h.setKinds(['claim']);
    expect(registry.get('cx-place')!.size).toBe(0);
    expect(registry.get('cx-claim')!.size).toBe(3);
    h.setFocus(h.get('claim:1')!);
    expect([...registry.get('cx-focus')!.ranges][0].toString()).toBe('Sudzha, 14 assaults');
    h.setFocus(null);
    expect(registry.get('cx-focus')!.size).toBe(0);
    h.flash('claim:0', 5);
    expect(registry.get('cx-flash')!.size).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(registry.get('cx-flash')!.size).toBe(0);
    h.destroy();
  });

  it('paints in slices and yields between them', async () => {
    const registry = new FakeRegistry();
    document.body.innerHTML = '<p id="big"></p>';
    const p = document.getElementById('big')!;
    p.textContent = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    let clock = 0;
    let yields = 0;
    const h = createHighlighter({
      doc: document,
      registry: registry as unknown as HighlightRegistryLike,
      Highlight: FakeHighlight as unknown as HighlightCtor,
      recheckMs: 0,
      sliceMs: 8,
      now: () => clock,
      yieldFn: async () => {
        yields++;
      },
    });
    const text = p.textContent!;
    const marks: MarkInput[] = [];
    let at = 0;
    for (let i = 0; i < 400; i++) {
      const w = `word${i}`;
      const s = text.indexOf(w, at);
      at = s + w.length;
      // each range costs one fake millisecond to make
      marks.push({ kind: 'claim', id: `c${i}`, range: () => ((clock += 1), rangeAt(p, s, s + w.length)) });
    }
    const res = await h.paint(marks);
    expect(res.painted).toBe(400);
    expect(res.slices).toBe(50);
    expect(yields).toBe(49);
    expect(res.longestSliceMs).toBeLessThanOrEqual(8);
    h.destroy();
  });

  it('a clear() during a sliced paint stops it', async () => {
    const { registry, p1 } = api();
    let clock = 0;
    let h: ReturnType<typeof createHighlighter> | null = null;
    h = createHighlighter({
      doc: document,
      registry: registry as unknown as HighlightRegistryLike,
      Highlight: FakeHighlight as unknown as HighlightCtor,
      recheckMs: 0,
      now: () => (clock += 10),
      yieldFn: async () => h!.clear(),
    });
    await h.paint([
      { kind: 'claim', id: 'a', range: rangeAt(p1, 0, 5) },
      { kind: 'claim', id: 'b', range: rangeAt(p1, 6, 9) },
    ]);
    expect(registry.get('cx-claim')!.size).toBe(0);
    h.destroy();
  });

  it('refuses mode api when the API is missing, and auto falls back', () => {
    expect(() => createHighlighter({ doc: document, mode: 'api' })).toThrow(/not available/);
    const h = createHighlighter({ doc: document, recheckMs: 0 });
    expect(h.mode).toBe('fallback');
    h.destroy();
  });
});

describe('highlighter stylesheet', () => {
  it('as a <style> element: added once, put back if the page removes it, gone on destroy', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p id="s">Kherson</p>';
    const h = createHighlighter({ doc: document, mode: 'fallback', style: 'element', recheckMs: 0 });
    await h.paint([{ kind: 'place', id: 'p', range: () => rangeAt(document.getElementById('s')!, 0, 7) }]);
    const el = document.getElementById('cx-highlight-style')!;
    expect(el.textContent).toContain('::highlight(cx-claim)');
    expect(el.textContent).toContain('cx-mark[data-kind~="place"]');
    el.remove();
    expect(h.ensureRegistered()).toBe(true);
    expect(document.querySelectorAll('#cx-highlight-style').length).toBe(1);
    expect(h.ensureRegistered()).toBe(false);
    h.destroy();
    expect(document.getElementById('cx-highlight-style')).toBeNull();
  });
});
