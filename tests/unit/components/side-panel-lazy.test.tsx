// @vitest-environment happy-dom
// A dense page: the panel draws the first timelines at once and the others as they scroll near.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidePanelView, type PanelReport } from '../../../components/SidePanelView';
import { ARTICLE_TITLE, ARTICLE_URL, SOURCES, TINY_SHAPES, sampleAnalysis, sampleLinks } from '../../visual/sample-data';

/** An IntersectionObserver the test drives: `show(el)` scrolls an element into view. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets = new Set<Element>();
  constructor(private cb: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  static show(el: Element) {
    for (const o of FakeObserver.all) if (o.targets.has(el)) o.cb([{ target: el, isIntersecting: true }]);
  }
}

let root: HTMLElement;
function mount(ui: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(ui, root));
  return root;
}
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  FakeObserver.all = [];
  vi.unstubAllGlobals();
});

/** 100 claims, each with a series of updates (the sample's loss figure, told apart by `where`). */
function denseReport(n = 100): PanelReport {
  const a = sampleAnalysis();
  const base = a.claims[4];
  const baseLinks = sampleLinks(a)[2];
  const claims = Array.from({ length: n }, (_, i) => ({ ...base, text: `${800 + i},000 troops`, canonicalValue: (800 + i) * 1000 }));
  const links = claims.map((_, i) => ({ ...baseLinks, claim: i }));
  return { url: ARTICLE_URL, title: ARTICLE_TITLE, analysis: { ...a, claims }, links, sources: SOURCES, librarySize: 5, published: '2025-03-20', outlet: 'News Example' };
}

const label = (n: number) => `“${800 + n},000 troops” as reported over time: timeline, 1 claimant`;

describe('side panel timelines on a dense page', () => {
  it('does not draw 100 charts at first, but keeps every timeline’s table for screen readers', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const el = mount(<SidePanelView report={denseReport()} mapTopology={TINY_SHAPES} />);
    const figs = el.querySelectorAll('.cx-timeline-figure');
    expect(figs.length).toBe(100);
    expect(el.querySelectorAll('svg.cx-timeline').length).toBeLessThan(10);
    expect(figs[0].querySelector('svg')!.getAttribute('aria-label')).toBe(label(0));
    // the last one waits, its space kept, its figures readable in the table
    expect(figs[99].querySelector('svg')).toBeNull();
    expect(figs[99].querySelector('[data-pending]')).not.toBeNull();
    expect(Array.from(figs[99].querySelectorAll('tbody tr td:nth-child(3)')).map((td) => td.textContent)).toEqual(['899,000 people', '740,000 people', '820,000 people']);
  });

  it('draws a timeline when it scrolls into view, and only that one', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const el = mount(<SidePanelView report={denseReport()} mapTopology={TINY_SHAPES} />);
    const before = el.querySelectorAll('svg.cx-timeline').length;
    const fig = el.querySelectorAll('.cx-timeline-figure')[50];
    act(() => FakeObserver.show(fig));
    const svg = fig.querySelector('svg.cx-timeline')!;
    expect(svg.getAttribute('aria-label')).toBe(label(50));
    expect(svg.querySelectorAll('[data-series] path').length).toBeGreaterThan(0);
    expect(fig.querySelector('[data-pending]')).toBeNull();
    expect(el.querySelectorAll('svg.cx-timeline').length).toBe(before + 1);
    expect(el.querySelectorAll('.cx-timeline-figure')[51].querySelector('svg')).toBeNull();
  });

  it('draws them all where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const el = mount(<SidePanelView report={denseReport(12)} mapTopology={TINY_SHAPES} />);
    expect(el.querySelectorAll('svg.cx-timeline').length).toBe(12);
  });
});

describe('side panel claim rows on a dense page', () => {
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('shows the first rows at once and every row, then the sections after them, a moment later', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    root = document.createElement('div');
    document.body.appendChild(root);
    const drawn = vi.fn();
    render(<SidePanelView report={denseReport()} mapTopology={TINY_SHAPES} onRowsDrawn={drawn} />, root);
    const rows = () => root.querySelectorAll('li.cx-claim').length;
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThan(100);
    expect(root.querySelector('#cx-claims-h')!.textContent).toBe('Claims (100)');
    expect(root.querySelector('#cx-timelines-h')).toBeNull();
    await until(() => drawn.mock.calls.length > 0);
    expect(rows()).toBe(100);
    expect(Array.from(root.querySelectorAll('li.cx-claim .cx-quote')).map((b) => b.textContent)).toEqual(Array.from({ length: 100 }, (_, i) => `${800 + i},000 troops`));
    expect(root.querySelectorAll('.cx-timeline-figure').length).toBe(100);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('a new report of the page keeps its rows and brings each up to date', async () => {
    const first = denseReport();
    const el = mount(<SidePanelView report={first} mapTopology={TINY_SHAPES} />);
    expect(el.querySelectorAll('li.cx-claim').length).toBe(100);
    const counts = () => Array.from(el.querySelectorAll('li.cx-claim .cx-counts')).map((p) => p.textContent);
    const before = counts();
    // the same page linked again: claim 70 lost its links
    const again = { ...first, links: first.links!.map((l) => (l.claim === 70 ? { claim: 70, relations: [], independentSources: 0, reports: 0 } : { ...l })) };
    act(() => render(<SidePanelView report={again} mapTopology={TINY_SHAPES} />, el));
    expect(el.querySelectorAll('li.cx-claim').length).toBe(100);
    const after = counts();
    expect(after[70]).toBe('no other sources yet');
    expect(after.filter((_, i) => i !== 70)).toEqual(before.filter((_, i) => i !== 70));
  });
});
