// @vitest-environment happy-dom
// The unit card lists the library's other sources for the unit: title (a link to it), outlet and
// date, the newest few, and how many there are in all.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { cardDataFor, HoverCard } from '../../../components/HoverCard';
import type { Analysis, SourceMeta } from '../../../lib/model';

const analysis = {
  warCoverage: { isWarCoverage: true, score: 0.9, reasons: [] },
  units: [{ name: '47th Separate Mechanized Brigade', side: 'UA', mentions: [{ start: 0, end: 10, text: 'the 47th' }] }],
  places: [],
  claims: [],
} as unknown as Analysis;

const source = (i: number): SourceMeta => ({
  id: `https://news${i}.example/a`,
  doc: `https://news${i}.example/a`,
  url: `https://news${i}.example/a`,
  title: `Report ${i}`,
  outlet: `news${i}.example`,
  published: `2025-03-0${i}`,
});

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) {
    act(() => render(null, root!));
    root.remove();
  }
});

function show(sources: { total: number; sources: SourceMeta[] } | undefined): HTMLElement {
  const data = cardDataFor({ id: 'unit:0:0' }, analysis, undefined, () => sources);
  if (!data) throw new Error('no card');
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<HoverCard data={data} />, root!));
  return root;
}

describe('unit card sources', () => {
  it('shows the newest five as links with outlet and date, and the total', () => {
    const el = show({ total: 7, sources: [5, 4, 3, 2, 1].map(source) });
    expect(el.querySelector('[data-testid=unit-sources-count]')!.textContent).toBe('Also in 7 other sources in your library (newest 5):');
    const items = [...el.querySelectorAll('[data-testid=unit-sources] li')];
    expect(items.map((li) => li.textContent)).toEqual([5, 4, 3, 2, 1].map((i) => `Report ${i} (news${i}.example, ${i} March 2025)`));
    const a = items[0].querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://news5.example/a');
    expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('one source: singular, no "newest" note; a source without a web address is plain text', () => {
    const el = show({ total: 1, sources: [{ id: 'pack:1', doc: 'pack:1', title: 'From a pack', outlet: 'Wire' }] });
    expect(el.querySelector('[data-testid=unit-sources-count]')!.textContent).toBe('Also in 1 other source in your library:');
    expect(el.querySelector('[data-testid=unit-sources] a')).toBeNull();
    expect(el.querySelector('[data-testid=unit-sources] li')!.textContent).toBe('From a pack (Wire)');
  });

  it('none: says the library has no other source yet', () => {
    const el = show({ total: 0, sources: [] });
    expect(el.textContent).toContain('No other source in your library mentions it yet.');
    expect(el.querySelector('[data-testid=unit-sources]')).toBeNull();
  });
});

describe('claim card: open in side panel', () => {
  const claimAnalysis = {
    ...analysis,
    claims: [{ text: '14 assaults', start: 0, end: 11, category: 'attacks', value: { low: 14, high: 14, approx: 'exact' } }],
  } as unknown as Analysis;

  it('when the browser refuses to open the panel, the card says how to open it instead', async () => {
    const data = cardDataFor({ id: 'claim:0' }, claimAnalysis)!;
    root = document.createElement('div');
    document.body.appendChild(root);
    const asked: number[] = [];
    act(() => render(<HoverCard data={data} onOpenInPanel={async (i) => { asked.push(i); throw new Error('needs a user gesture'); }} />, root!));
    expect(root.querySelector('[data-testid=panel-refused]')).toBeNull();
    await act(async () => {
      (root!.querySelector('[data-action=open-panel]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(asked).toEqual([0]);
    expect(root.querySelector('[data-testid=panel-refused]')!.textContent).toMatch(/toolbar/);
  });

  it('when it opens, nothing more is said', async () => {
    const data = cardDataFor({ id: 'claim:0' }, claimAnalysis)!;
    root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<HoverCard data={data} onOpenInPanel={async () => undefined} />, root!));
    await act(async () => {
      (root!.querySelector('[data-action=open-panel]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[data-testid=panel-refused]')).toBeNull();
  });
});
