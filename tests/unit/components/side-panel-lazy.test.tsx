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
