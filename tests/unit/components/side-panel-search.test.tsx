// @vitest-environment happy-dom
// "Search for more sources" and "Import the demo pack" in the side panel, as a person uses them:
// the exact query is shown before anything is sent, Cancel sends nothing, results are listed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidePanelView, type PanelReport, type SearchOutcome, type SearchPreview } from '../../../components/SidePanelView';
import { ARTICLE_TITLE, ARTICLE_URL, SOURCES, TINY_SHAPES, sampleAnalysis, sampleLinks } from '../../visual/sample-data';

let root: HTMLElement;
const roots: HTMLElement[] = [];
function mount(ui: preact.ComponentChild) {
  root = document.createElement('div');
  roots.push(root);
  document.body.appendChild(root);
  act(() => render(ui, root));
  return root;
}
afterEach(() => {
  for (const r of roots.splice(0)) {
    act(() => render(null, r));
    r.remove();
  }
});

function report(over: Partial<PanelReport> = {}): PanelReport {
  const analysis = sampleAnalysis();
  return { url: ARTICLE_URL, title: ARTICLE_TITLE, analysis, links: sampleLinks(analysis), sources: SOURCES, librarySize: 5, ...over };
}

/** Lets pending promises settle and Preact re-render. */
async function settle() {
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

function buttonIn(el: Element, name: string): HTMLButtonElement {
  const b = Array.from(el.querySelectorAll('button')).find((x) => x.textContent!.trim() === name);
  if (!b) throw new Error(`no button “${name}” in: ${el.textContent}`);
  return b;
}
const hasButton = (el: Element, name: string) => Array.from(el.querySelectorAll('button')).some((x) => x.textContent!.trim() === name);

const EXPLANATION = 'Search sends the words of this one claim to the search service; nothing else.';
const onPreview = (enabled: boolean) => vi.fn(async (claim: number): Promise<SearchPreview> => ({ enabled, text: `claim ${claim} Kursk 500 square miles`, explanation: EXPLANATION }));
const OUTCOME: SearchOutcome = {
  ok: true,
  message: 'Read 2 of 3 results: 1 linked.',
  query: 'claim 0 Kursk 500 square miles',
  results: [
    { url: 'https://wire.example/kursk-area', title: 'Kursk front shrinks', status: 'linked', relations: [] },
    { url: 'https://blog.example/recipes', title: 'Soup of the day', status: 'not-war', reason: 'Not war coverage: no units or places named.', relations: [] },
    { url: 'https://slow.example/x', title: '', status: 'failed', reason: 'The page did not load in 10 s.', relations: [] },
  ],
  counts: { corroborates: 1, conflicts: 0, updates: 0, related: 0 },
  missingOrigins: [],
};

describe('Search for more sources', () => {
  it('shows the exact query and the explanation before sending, and sends only on Send', async () => {
    const preview = onPreview(true);
    const more = vi.fn(async () => OUTCOME);
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} onSearchPreview={preview} onSearchMore={more} />);
    const claim = el.querySelector('[data-claim="0"]')!;
    await act(() => buttonIn(claim, 'Search for more sources').click());
    await settle();
    expect(preview).toHaveBeenCalledWith(0);
    const box = claim.querySelector('[data-testid="search-confirm"]')!;
    expect(box.getAttribute('role')).toBe('group');
    expect(box.textContent).toContain('Send this search?');
    expect(box.querySelector('[data-testid="search-query"]')!.textContent).toBe('claim 0 Kursk 500 square miles');
    expect(box.querySelector('[data-testid="search-explanation"]')!.textContent).toBe(EXPLANATION);
    expect(more).not.toHaveBeenCalled();
    // The first action of the box gets the focus, for keyboard users.
    expect(document.activeElement?.textContent).toBe('Send');

    await act(() => buttonIn(box, 'Send').click());
    await settle();
    expect(more).toHaveBeenCalledTimes(1);
    expect(more).toHaveBeenCalledWith(0);
    const results = claim.querySelector('[data-testid="search-results"]')!;
    expect(results.closest('[aria-live="polite"]')).not.toBeNull();
    expect(results.querySelector('[data-testid="search-message"]')!.textContent).toBe('Read 2 of 3 results: 1 linked.');
    expect(results.querySelector('[data-testid="search-counts"]')!.textContent).toBe('1 corroborate · 0 conflict · 0 update · 0 related');
    const items = Array.from(results.querySelectorAll('.cx-results li'));
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['linked', 'not-war', 'failed']);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('https://wire.example/kursk-area');
    expect(items[0].textContent).toContain('Kursk front shrinks');
    expect(items[1].textContent).toContain('not war coverage');
    expect(items[1].textContent).toContain('Not war coverage: no units or places named.');
    // A result without a title is named by its site.
    expect(items[2].querySelector('a')!.textContent).toBe('slow.example');
    expect(claim.querySelector('[data-testid="search-confirm"]')).toBeNull();
  });

  it('sends nothing on Cancel or Escape and gives the button back', async () => {
    const preview = onPreview(true);
    const more = vi.fn(async () => OUTCOME);
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} onSearchPreview={preview} onSearchMore={more} />);
    const claim = el.querySelector('[data-claim="2"]')!;
    await act(() => buttonIn(claim, 'Search for more sources').click());
    await settle();
    await act(() => buttonIn(claim.querySelector('[data-testid="search-confirm"]')!, 'Cancel').click());
    await settle();
    expect(claim.querySelector('[data-testid="search-confirm"]')).toBeNull();
    expect(hasButton(claim, 'Search for more sources')).toBe(true);

    await act(() => buttonIn(claim, 'Search for more sources').click());
    await settle();
    const box = claim.querySelector('[data-testid="search-confirm"]')!;
    await act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(claim.querySelector('[data-testid="search-confirm"]')).toBeNull();
    expect(preview).toHaveBeenCalledTimes(2);
    expect(more).not.toHaveBeenCalled();
  });

  it('says search is off, offers Options and has no Send while it is off', async () => {
    const more = vi.fn(async () => OUTCOME);
    const openOptions = vi.fn();
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} onSearchPreview={onPreview(false)} onSearchMore={more} onOpenOptions={openOptions} />);
    const claim = el.querySelector('[data-claim="1"]')!;
    await act(() => buttonIn(claim, 'Search for more sources').click());
    await settle();
    const box = claim.querySelector('[data-testid="search-confirm"]')!;
    expect(box.querySelector('[data-testid="search-off"]')!.textContent).toContain('Search is off');
    expect(box.querySelector('[data-testid="search-query"]')!.textContent).toBe('claim 1 Kursk 500 square miles');
    expect(hasButton(box, 'Send')).toBe(false);
    await act(() => buttonIn(box, 'Open Options to switch search on').click());
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(more).not.toHaveBeenCalled();
  });

  it('shows why a claim cannot be searched, and errors as text', async () => {
    const preview = vi.fn(async (): Promise<SearchPreview> => ({ enabled: true, text: null, reason: 'This claim has too few words to search for.', explanation: EXPLANATION }));
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} onSearchPreview={preview} onSearchMore={vi.fn(async () => OUTCOME)} />);
    const claim = el.querySelector('[data-claim="0"]')!;
    await act(() => buttonIn(claim, 'Search for more sources').click());
    await settle();
    expect(claim.querySelector('[data-testid="search-unavailable"]')!.textContent).toBe('This claim has too few words to search for.');
    expect(hasButton(claim.querySelector('[data-testid="search-confirm"]')!, 'Send')).toBe(false);

    const failing = mount(
      <SidePanelView report={report()} mapTopology={TINY_SHAPES} onSearchPreview={onPreview(true)} onSearchMore={vi.fn(async () => Promise.reject(new Error('search is off')))} />,
    );
    const c2 = failing.querySelector('[data-claim="0"]')!;
    await act(() => buttonIn(c2, 'Search for more sources').click());
    await settle();
    await act(() => buttonIn(c2, 'Send').click());
    await settle();
    expect(c2.querySelector('[data-testid="search-error"]')!.textContent).toBe('The search failed: search is off');
    expect(hasButton(c2, 'Search again')).toBe(true);
  });

  it('shows no search button when the panel cannot search', () => {
    const el = mount(<SidePanelView report={report()} mapTopology={TINY_SHAPES} />);
    expect(el.querySelector('[data-testid="search-more"]')).toBeNull();
  });
});

describe('Import the demo pack', () => {
  it('offers the demo pack in an empty library and shows what the import did', async () => {
    let finish!: (v: { message: string }) => void;
    const importDemo = vi.fn(() => new Promise<{ message: string }>((r) => (finish = r)));
    const el = mount(<SidePanelView report={report({ links: [], librarySize: 0 })} mapTopology={TINY_SHAPES} onImportDemo={importDemo} />);
    const empty = el.querySelector('[data-empty="library-empty"]')!;
    await act(() => buttonIn(empty, 'Import the demo pack').click());
    expect(importDemo).toHaveBeenCalledTimes(1);
    const status = el.querySelector('[data-testid="demo-status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Importing the demo pack…');
    expect(buttonIn(empty, 'Import the demo pack').disabled).toBe(true);
    await act(() => finish({ message: 'Imported 6 sources from the demo pack.' }));
    await settle();
    expect(el.querySelector('[data-testid="demo-status"]')!.textContent).toBe('Imported 6 sources from the demo pack.');
    // The message stays when the report comes back with a full library.
    act(() => render(<SidePanelView report={report({ librarySize: 6 })} mapTopology={TINY_SHAPES} onImportDemo={importDemo} />, root));
    expect(el.querySelector('[data-empty="library-empty"]')).toBeNull();
    expect(el.querySelector('[data-testid="demo-status"]')!.textContent).toBe('Imported 6 sources from the demo pack.');
  });

  it('shows a failed import as text and lets the person try again', async () => {
    const importDemo = vi.fn(async () => Promise.reject(new Error('the pack is missing')));
    const el = mount(<SidePanelView report={report({ links: [], librarySize: 0 })} mapTopology={TINY_SHAPES} onImportDemo={importDemo} />);
    await act(() => buttonIn(el, 'Import the demo pack').click());
    await settle();
    expect(el.querySelector('[data-testid="demo-status"]')!.textContent).toBe('Could not import the demo pack: the pack is missing');
    expect(buttonIn(el, 'Import the demo pack').disabled).toBe(false);
  });

  it('is not offered when the library has sources', () => {
    const el = mount(<SidePanelView report={report({ links: [], librarySize: 3 })} mapTopology={TINY_SHAPES} onImportDemo={vi.fn(async () => ({ message: '' }))} />);
    expect(hasButton(el, 'Import the demo pack')).toBe(false);
  });
});
