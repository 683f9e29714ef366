// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidePanelView, seriesFor, type PanelReport } from '../../../components/SidePanelView';
import { ARTICLE_TITLE, ARTICLE_URL, SOURCES, TINY_SHAPES, sampleAnalysis, sampleLinks } from '../../visual/sample-data';

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
});

function report(over: Partial<PanelReport> = {}): PanelReport {
  const analysis = sampleAnalysis();
  return { url: ARTICLE_URL, title: ARTICLE_TITLE, analysis, links: sampleLinks(analysis), sources: SOURCES, librarySize: 5, published: '2025-03-20', outlet: 'News Example', ...over };
}

const texts = (el: Element, sel: string) => Array.from(el.querySelectorAll(sel)).map((e) => e.textContent!.trim());

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('SidePanelView', () => {
  it('shows the verdict with its reasons, landmarks and headings', () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    expect(el.querySelector('header h1')!.textContent).toBe('Crosscheck');
    expect(el.querySelector('main')).not.toBeNull();
    expect(el.querySelector('.cx-verdict-badge')!.textContent).toBe('War coverage');
    expect(texts(el, '.cx-reasons li')).toContain('for: military units named: 47th Mechanized Brigade, 155th Naval Infantry Brigade');
    expect(texts(el, 'h2')).toEqual(['Verdict', 'Claims (5)', 'Updates over time', 'Places on the map', 'Units (2)', 'Places (3)']);
  });

  it('groups claims by category with status chips in words and the counts line', () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    expect(texts(el, '[data-category] > h3')).toEqual(['Casualties (2)', 'Equipment (1)', 'Territory (1)', 'Durations (1)']);
    const area = el.querySelector('[data-claim="0"]')!;
    expect(area.querySelector('.cx-normal')!.textContent).toBe('≈ 450–500 sq mi (1,165–1,295 km²) · territory · Ukraine · Kursk Oblast · March 2025 · per Pasi Paroinen');
    expect(texts(area, '.cx-claim-head .cx-chip')).toEqual(['✓corroborated']);
    expect(area.querySelector('.cx-counts')!.textContent).toBe('2 corroborate (1 independent)');
    const kia = el.querySelector('[data-claim="2"]')!;
    expect(texts(kia, '.cx-chips .cx-chip')).toEqual(['✕conflicting']);
    expect(el.querySelector('[data-claim="1"] .cx-chip')!.textContent).toBe('○unlinked');
  });

  it('lists each relation with source, outlet, date, quote, reason, independence and a text-fragment link', () => {
    const onOpenSource = vi.fn();
    const el = mount(<SidePanelView report={report()} onOpenSource={onOpenSource} mapTopology={TINY_SHAPES} />);
    const rels = el.querySelectorAll('[data-claim="0"] .cx-relation');
    expect(rels.length).toBe(2);
    const first = rels[0];
    expect(first.querySelector('.cx-source-title')!.textContent).toBe('Mapping the Kursk retreat');
    expect(first.querySelector('.cx-meta')!.textContent).toBe('Wire Example · 18 March 2025');
    expect(first.querySelector('blockquote')!.textContent).toContain('“1,171 square kilometres”');
    expect(first.querySelector('.cx-reason')!.textContent).toBe('same figure: 1,171 km² ≈ 452 sq mi, inside 450–500 sq mi');
    expect(first.querySelector('.cx-independence')!.textContent).toBe('Independent source');
    expect(rels[1].querySelector('.cx-independence')!.textContent).toMatch(/^Not independent/);
    const a = first.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://wire.example/kursk-map#:~:text=1%2C171%20square%20kilometres');
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onOpenSource).toHaveBeenCalledWith('https://wire.example/kursk-map#:~:text=1%2C171%20square%20kilometres');
  });

  it('clicking a claim asks to scroll the page to it', () => {
    const onScrollToClaim = vi.fn();
    const el = mount(<SidePanelView report={report()} onScrollToClaim={onScrollToClaim} mapTopology={TINY_SHAPES} />);
    (el.querySelector('[data-claim="3"] .cx-quote') as HTMLButtonElement).click();
    expect(onScrollToClaim).toHaveBeenCalledWith(3);
  });

  it('searches claims with fuse.js and filters by kind, category and status', async () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    const input = el.querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.closest('label')!.textContent).toContain('Search claims, units and places');
    await type(input, 'Paroinen');
    expect(texts(el, '.cx-claim .cx-quote')).toEqual(['nearly 500 square miles']);
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Showing 1 of 5 claims, 0 of 2 units, 0 of 3 places');
    await type(input, 'Pokrovsk');
    expect(texts(el, '.cx-claim .cx-quote')).toEqual(['at least 41 vehicles']);
    expect(texts(el, '.cx-entities li > span:first-child')).toEqual(['Pokrovsk']);
    await type(input, '');
    const [kind, category, status] = Array.from(el.querySelectorAll('select')) as HTMLSelectElement[];
    await choose(status, 'updated');
    expect(texts(el, '.cx-claim .cx-quote')).toEqual(['880,000 troops']);
    await choose(status, 'all');
    await choose(category, 'casualties');
    expect(texts(el, '.cx-claim .cx-quote')).toEqual(['more than 1,300 Ukrainian soldiers', '880,000 troops']);
    await choose(category, 'all');
    await choose(kind, 'units');
    expect(el.querySelector('.cx-claim')).toBeNull();
    expect(texts(el, 'h2')).toEqual(['Verdict', 'Units (2)']);
    await choose(kind, 'all');
    await type(input, 'zzzz-nothing');
    expect(el.querySelector('[data-empty="no-match"]')).not.toBeNull();
  });

  it('draws a timeline for the updated series, by claimant, with a table for screen readers', () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    const fig = el.querySelector('.cx-timeline-figure')!;
    expect(fig.querySelector('svg')!.getAttribute('aria-label')).toBe('“880,000 troops” as reported over time: timeline, 1 claimant');
    expect(texts(fig, 'tbody tr td:nth-child(3)')).toEqual(['880,000 people', '740,000 people', '820,000 people']);
    expect(fig.querySelectorAll('[data-series] path').length).toBeGreaterThan(0);
  });

  it('maps the places and lists units and places with counts', () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    const svg = el.querySelector('svg.cx-map')!;
    expect(svg.getAttribute('aria-label')).toBe('Map of 3 places: Kursk Oblast, Sudzha, Pokrovsk');
    expect(svg.querySelectorAll('.cx-dot').length).toBe(3);
    expect(svg.querySelectorAll('.cx-land').length).toBe(2);
    expect(texts(el, '.cx-entities li')).toContain('47th Mechanized BrigadeUkraine · 1 mention');
    expect(texts(el, '.cx-entities li')).toContain('SudzhaKursk Oblast, Russia · 1 mention');
  });

  it('shows clear empty states', () => {
    const el = mount(<SidePanelView report={report({ links: [], librarySize: 0 })} />);
    expect(el.querySelector('[data-empty="library-empty"]')!.textContent).toMatch(/Your library is empty.*Sources get in as you read/);
    act(() => render(<SidePanelView report={report({ links: [], librarySize: 12 })} />, root));
    expect(el.querySelector('[data-empty="nothing-linked"]')!.textContent).toContain('none of the 12 articles in your library');
    const notWar = sampleAnalysis();
    notWar.warCoverage = { isWarCoverage: false, score: 0.12, reasons: ['- sports vocabulary: match, league'] };
    notWar.claims = [];
    notWar.units = [];
    notWar.places = [];
    act(() => render(<SidePanelView report={report({ analysis: notWar, links: [] })} />, root));
    expect(el.querySelector('.cx-verdict-badge')!.textContent).toBe('Not war coverage');
    expect(el.querySelector('[data-empty="not-war"]')).not.toBeNull();
    expect(el.querySelector('.cx-reasons li')!.textContent).toBe('against: sports vocabulary: match, league (against)');
    expect(el.querySelector('[data-empty="no-claims"]')).not.toBeNull();
    act(() => render(<SidePanelView report={null} />, root));
    expect(el.querySelector('[data-empty="no-page"]')).not.toBeNull();
  });

  it('announces how many claims are linked, and again when links arrive', () => {
    const el = mount(<SidePanelView report={report({ links: undefined })} mapTopology={TINY_SHAPES} />);
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('0 of 5 claims linked to other sources');
    act(() => render(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />, root));
    expect(status.textContent).toBe('3 of 5 claims linked to other sources');
    expect(el.querySelector('[role="status"]')).toBe(status);
  });

  it('selects and focuses the claim the hover card asked for', () => {
    const el = mount(<SidePanelView report={report()} selectedClaim={2} mapTopology={TINY_SHAPES} />);
    const li = el.querySelector('[data-claim="2"]')!;
    expect(li.hasAttribute('data-selected')).toBe(true);
    expect(document.activeElement).toBe(li);
  });

  it('timeline series join this page and its updates by claimant', () => {
    const a = sampleAnalysis();
    const s = seriesFor(a.claims[4], sampleLinks(a)[2], { published: '2025-03-20', sources: SOURCES });
    expect(s).toEqual([{ label: 'General Staff of Ukraine', points: [
      { date: '2025-03', value: 880000, source: 'this page' },
      { date: '2024-11', value: 740000, source: 'Monitor Example' },
      { date: '2025-01', value: 820000, source: 'Monitor Example' },
    ] }]);
    expect(seriesFor(a.claims[0], sampleLinks(a)[0], {})).toEqual([]);
  });
});
