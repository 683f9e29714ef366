// The side panel (Chrome side panel, Firefox sidebar) for the active tab: the verdict and why,
// search and filters, the claims grouped by category with their status and relations to other
// sources, timelines of updated series, a map of the places, units and places lists, the legend.
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import Fuse from 'fuse.js';
import type { Analysis, Category, Claim, ClaimLinks, PlaceEntity, SourceMeta, UnitEntity, WarCoverage } from '../lib/model';
import { claimNormalForm } from '../lib/format/normal-form';
import { claimStatuses, linkCounts, type ClaimStatus } from '../lib/format/links';
import { CATEGORY_TITLES, countryName, sideName } from '../lib/format/labels';
import { formatPeriod } from '../lib/format/dates';
import { textFragmentUrl } from '../lib/format/fragment';
import { unitDisplay } from '../lib/format/units';
import { Legend } from './Legend';
import { PlaceMap, type ShapesInput } from './PlaceMap';
import { RelationChip, StatusChips } from './StatusChips';
import { Timeline, type TimelineSeries } from './Timeline';
import { PANEL_CSS } from './styles';
import type { LibraryToBackground, PanelLinks, PanelRelation } from '../lib/messaging/protocol';

/** Every listed relation of one claim, as the background answers `links:claim`. */
export type FullLinks = LibraryToBackground['links:claim']['res'];

/** What "search for more sources" would send, as the background answers `search:preview`. */
export type SearchPreview = LibraryToBackground['search:preview']['res'];
/** What a search found, as the background answers `search:more`. */
export type SearchOutcome = LibraryToBackground['search:more']['res'];

export interface PanelReport {
  url: string;
  title?: string;
  /** Defaults to analysis.warCoverage. */
  warCoverage?: WarCoverage;
  analysis: Analysis;
  /** Per-claim links from the linker; absent while linking has not run. A claim's `relations` may
   *  be only the first few (`listed` says how many the full list has: onLoadRelations). */
  links?: readonly PanelLinks[];
  /** Sources in the library, to look up relation sources by doc id. */
  sources?: readonly SourceMeta[];
  /** Articles in the library (0 shows how sources get in). */
  librarySize?: number;
  /** Publication date of this page (ISO), the date of its own claims in timelines. */
  published?: string;
  /** Site name of this page. */
  outlet?: string;
}

export interface SidePanelViewProps {
  /** null: no page yet (a tab without content script, or still reading). */
  report: PanelReport | null;
  onScrollToClaim?: (claimIndex: number) => void;
  /** Open a source; given the URL with a text fragment. Without it links open normally. */
  onOpenSource?: (url: string) => void;
  /** Claim to show selected and focused (the hover card's "open in side panel"). */
  selectedClaim?: number;
  mapTopology?: ShapesInput;
  mapSrc?: string;
  /** Force a theme (default follows prefers-color-scheme). */
  theme?: 'light' | 'dark';
  /** Highlighting is off for this page (shown in the verdict). */
  highlightsOff?: boolean;
  /** The exact query "search for more sources" would send for a claim; without it no search button. */
  onSearchPreview?: (claimIndex: number) => Promise<SearchPreview>;
  /** Sends that search (after the person confirmed it) and reads the results. */
  onSearchMore?: (claimIndex: number) => Promise<SearchOutcome>;
  /** Opens the options page (where search is switched on). */
  onOpenOptions?: () => void;
  /** Imports the demo pack into an empty library; resolves with its one-sentence message. */
  onImportDemo?: () => Promise<{ message: string }>;
  /** Every listed relation of a claim whose report carries only the first few ("show all"). */
  onLoadRelations?: (claimIndex: number) => Promise<FullLinks>;
  /** Called once every claim row of the report is drawn (they are drawn a screenful first, then
   *  the rest a chunk per frame) and the sections after them are there. */
  onRowsDrawn?: () => void;
}

type KindFilter = 'all' | 'claims' | 'units' | 'places';
type StatusFilter = 'all' | ClaimStatus;

const CATEGORY_ORDER: Category[] = ['casualties', 'captured', 'troops', 'equipment', 'territory', 'distance', 'duration', 'cost', 'other'];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function sourceOf(r: { b: { doc: string }; source?: SourceMeta }, sources: readonly SourceMeta[] | undefined): SourceMeta | undefined {
  return r.source ?? (sources ? sourceIndex(sources).get(r.b.doc) : undefined);
}

/** A sources table by id and doc: for each key the first source with that id or doc (what a
 *  search of the table in order finds). Made once per table. */
const sourceIndexes = new WeakMap<readonly SourceMeta[], Map<string, SourceMeta>>();
function sourceIndex(sources: readonly SourceMeta[]): Map<string, SourceMeta> {
  let m = sourceIndexes.get(sources);
  if (!m) {
    m = new Map();
    for (const s of sources) {
      if (!m.has(s.id)) m.set(s.id, s);
      if (!m.has(s.doc)) m.set(s.doc, s);
    }
    sourceIndexes.set(sources, m);
  }
  return m;
}

function Verdict({ wc, highlightsOff }: { wc: WarCoverage; highlightsOff?: boolean }) {
  return (
    <section aria-labelledby="cx-verdict-h">
      <h2 id="cx-verdict-h">Verdict</h2>
      <p class={`cx-verdict ${wc.isWarCoverage ? 'cx-verdict-yes' : 'cx-verdict-no'}`} data-testid="verdict">
        <span class="cx-verdict-badge">{wc.isWarCoverage ? 'War coverage' : 'Not war coverage'}</span>
        <span class="cx-meta">score {wc.score.toFixed(2)}</span>
        {highlightsOff && <span class="cx-meta">· highlights off</span>}
      </p>
      {wc.reasons.length > 0 && (
        <>
          <p class="cx-meta" style="margin:0">Why:</p>
          <ul class="cx-reasons">
            {wc.reasons.map((r) => {
              const against = /^[-−]\s/.test(r);
              return (
                <li key={r} class={against ? 'cx-against' : undefined}>
                  <span class="cx-sr-only">{against ? 'against: ' : 'for: '}</span>
                  {r.replace(/^[+\-−]\s/, '')}
                  {against && <span aria-hidden="true"> (against)</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** A claim's links as lib/format/links counts them (it reads only the counts and each relation's
 *  kind, which a PanelLinks has as a ClaimLinks does). */
const counted = (l: PanelLinks | undefined): ClaimLinks | undefined => l as ClaimLinks | undefined;

/** The other claim of a relation as claimNormalForm reads it (a PanelRelation's figures with
 *  its `b`'s text and offsets). */
const otherClaim = (r: PanelRelation): Claim | undefined => (r.claim ? { ...r.claim, text: r.b.text, start: r.b.start, end: r.b.end } : undefined);

function RelationItem({ r, sources, onOpenSource }: { r: PanelRelation; sources?: readonly SourceMeta[]; onOpenSource?: (url: string) => void }) {
  const src = sourceOf(r, sources);
  const url = src?.url ?? (/^https?:/.test(r.b.doc) ? r.b.doc : undefined);
  const href = url ? textFragmentUrl(url, r.b.text) : undefined;
  const title = src?.title ?? src?.outlet ?? (url ? hostOf(url) : r.b.doc);
  const meta = [src?.outlet, src?.published ? formatPeriod(src.published) : undefined].filter(Boolean).join(' · ');
  return (
    <li class="cx-relation" data-relation={r.relation}>
      <div class="cx-relation-head">
        <RelationChip relation={r.relation} />
        {href ? (
          <a
            class="cx-source-title"
            href={href}
            target="_blank"
            rel="noreferrer noopener"
            onClick={(e) => {
              if (onOpenSource) {
                e.preventDefault();
                onOpenSource(href);
              }
            }}
          >
            {title}
          </a>
        ) : (
          <span class="cx-source-title">{title}</span>
        )}
        {meta && <span class="cx-meta">{meta}</span>}
      </div>
      <blockquote>“{r.b.text}”{r.claim ? <span class="cx-meta"> — {claimNormalForm(otherClaim(r)!)}</span> : null}</blockquote>
      <p class="cx-reason">{r.reason}</p>
      <p class="cx-independence">{r.independent ? 'Independent source' : 'Not independent: a copy of this report or the same claimant'}</p>
    </li>
  );
}

interface ClaimItemProps {
  claim: Claim;
  index: number;
  links?: PanelLinks;
  onLoadRelations?: (i: number) => Promise<FullLinks>;
  sources?: readonly SourceMeta[];
  selected: boolean;
  onScrollToClaim?: (i: number) => void;
  onOpenSource?: (url: string) => void;
  onSearchPreview?: (i: number) => Promise<SearchPreview>;
  onSearchMore?: (i: number) => Promise<SearchOutcome>;
  onOpenOptions?: () => void;
  /** What the row shows, as one string (rowKey): a row whose key, selection and handlers are
   *  unchanged is not drawn again when a new report (a relink, a reload) comes in. */
  rowKey: string;
}

/** What a claim row shows of a report: the claim, its links and the sources of its relations. */
function rowKey(claim: Claim, links: PanelLinks | undefined, sources: readonly SourceMeta[] | undefined): string {
  return JSON.stringify([claim, links ?? null, links?.relations.map((r) => sourceOf(r, sources) ?? null) ?? null]);
}

const sameRow = (a: ClaimItemProps, b: ClaimItemProps): boolean =>
  a.rowKey === b.rowKey &&
  a.selected === b.selected &&
  a.onLoadRelations === b.onLoadRelations &&
  a.onScrollToClaim === b.onScrollToClaim &&
  a.onOpenSource === b.onOpenSource &&
  a.onSearchPreview === b.onSearchPreview &&
  a.onSearchMore === b.onSearchMore &&
  a.onOpenOptions === b.onOpenOptions;

/** A claim row, drawn again only when what it shows changed, and (`fresh` false) not before its
 *  turn: a new report of the page brings the rows up to date a chunk per frame, the first ones first. */
class ClaimRow extends Component<ClaimItemProps & { fresh: boolean }> {
  private drawn: ClaimItemProps | undefined;
  override shouldComponentUpdate(next: ClaimItemProps & { fresh: boolean }): boolean {
    if (!this.drawn) return true;
    if (!next.fresh && next.selected === this.drawn.selected) return false;
    return !sameRow(this.drawn, next);
  }
  override render() {
    const { fresh, ...row } = this.props;
    void fresh;
    this.drawn = row;
    return <ClaimItem {...row} />;
  }
}

function ClaimItem(props: ClaimItemProps) {
  const { claim, index, links, selected } = props;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected && ref.current) {
      ref.current.scrollIntoView?.({ block: 'center' });
      ref.current.focus({ preventScroll: true });
    }
  }, [selected]);
  const headingId = `cx-claim-${index}`;
  const [all, setAll] = useState<{ step: 'idle' } | { step: 'loading' } | { step: 'open'; full: FullLinks } | { step: 'error'; message: string }>({ step: 'idle' });
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);
  // a new report (relinked) starts from its own first relations
  // (kept as it is when idle already, so mounting does not render every claim a second time)
  useEffect(() => setAll((s) => (s.step === 'idle' ? s : { step: 'idle' })), [links]);
  const hidden = links?.listed !== undefined ? links.listed - links.relations.length : 0;
  const shown = all.step === 'open' ? all.full.relations : (links?.relations ?? []);
  const shownSources = all.step === 'open' ? [...all.full.sources, ...(props.sources ?? [])] : props.sources;
  const loadAll = () => {
    if (!props.onLoadRelations) return;
    setAll({ step: 'loading' });
    props.onLoadRelations(index).then(
      (full) => live.current && setAll({ step: 'open', full }),
      (e: unknown) => live.current && setAll({ step: 'error', message: `Could not load the other relations: ${errorText(e)}` }),
    );
  };
  const listId = `cx-relations-${index}`;
  return (
    <li class="cx-claim" ref={ref} tabIndex={-1} aria-labelledby={headingId} data-claim={index} data-selected={selected ? '' : undefined}>
      <div class="cx-claim-head">
        <h4 id={headingId} style="margin:0;font-size:14px">
          <button type="button" class="cx-quote" onClick={() => props.onScrollToClaim?.(index)} title="Show on the page">
            {claim.text}
          </button>
        </h4>
        <StatusChips statuses={claimStatuses(counted(links))} />
      </div>
      <p class="cx-normal">{claimNormalForm(claim)}</p>
      <p class="cx-counts">{linkCounts(counted(links))}</p>
      {shown.length > 0 && (
        <ul class="cx-relations" id={listId} aria-label={`Other sources for “${claim.text}”`}>
          {shown.map((r, i) => (
            <RelationItem key={i} r={r} sources={shownSources} onOpenSource={props.onOpenSource} />
          ))}
        </ul>
      )}
      {hidden > 0 && props.onLoadRelations && (
        <div class="cx-more" data-testid="relations-more" aria-busy={all.step === 'loading' ? 'true' : 'false'}>
          <button
            type="button"
            class="cx-btn cx-small"
            aria-controls={listId}
            aria-expanded={all.step === 'open' ? 'true' : 'false'}
            disabled={all.step === 'loading'}
            onClick={() => (all.step === 'open' ? setAll({ step: 'idle' }) : loadAll())}
          >
            {all.step === 'open' ? 'Show fewer' : all.step === 'loading' ? 'Loading…' : `Show ${hidden} more ${hidden === 1 ? 'relation' : 'relations'}`}
          </button>
          {all.step === 'error' && <p class="cx-error" role="alert">{all.message}</p>}
        </div>
      )}
      {props.onSearchPreview && props.onSearchMore && (
        <SearchMore
          claimText={claim.text}
          index={index}
          onPreview={props.onSearchPreview}
          onSend={props.onSearchMore}
          onOpenOptions={props.onOpenOptions}
          onOpenSource={props.onOpenSource}
        />
      )}
    </li>
  );
}

type SearchState =
  | { step: 'idle' }
  | { step: 'previewing' }
  | { step: 'confirm'; preview: SearchPreview }
  | { step: 'sending'; query: string }
  | { step: 'done'; outcome: SearchOutcome }
  | { step: 'error'; message: string };

const RESULT_STATUS: Record<SearchOutcome['results'][number]['status'], string> = {
  linked: 'linked',
  unrelated: 'no matching figure',
  'not-war': 'not war coverage',
  skipped: 'skipped',
  failed: 'could not be read',
};

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * "Search for more sources" for one claim: shows the exact query and what search sends, and
 * sends it only when the person confirms; then lists what was found and how it links.
 */
function SearchMore(props: {
  claimText: string;
  index: number;
  onPreview: (i: number) => Promise<SearchPreview>;
  onSend: (i: number) => Promise<SearchOutcome>;
  onOpenOptions?: () => void;
  onOpenSource?: (url: string) => void;
}) {
  const { index } = props;
  const [state, setState] = useState<SearchState>({ step: 'idle' });
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);
  const set = (s: SearchState) => live.current && setState(s);
  const boxRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.step === 'confirm') boxRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [state.step]);

  const preview = () => {
    set({ step: 'previewing' });
    props.onPreview(index).then(
      (p) => set({ step: 'confirm', preview: p }),
      (e: unknown) => set({ step: 'error', message: `Could not prepare the search: ${errorText(e)}` }),
    );
  };
  const send = (query: string) => {
    set({ step: 'sending', query });
    props.onSend(index).then(
      (o) => set({ step: 'done', outcome: o }),
      (e: unknown) => set({ step: 'error', message: `The search failed: ${errorText(e)}` }),
    );
  };
  const cancel = () => {
    set({ step: 'idle' });
    setTimeout(() => startRef.current?.focus(), 0);
  };
  const busy = state.step === 'previewing' || state.step === 'sending';
  const regionId = `cx-search-${index}`;

  return (
    <div class="cx-search-more" data-testid="search-more" aria-busy={busy ? 'true' : 'false'}>
      {state.step !== 'confirm' && (
        <button
          type="button"
          class="cx-btn cx-small"
          ref={startRef}
          disabled={busy}
          aria-describedby={regionId}
          onClick={preview}
        >
          {state.step === 'done' || state.step === 'error' ? 'Search again' : 'Search for more sources'}
        </button>
      )}
      <div id={regionId} class="cx-search-live" role="status" aria-live="polite">
        {state.step === 'previewing' && <p class="cx-meta">Preparing the search…</p>}
        {state.step === 'sending' && <p class="cx-meta">Searching for “{state.query}” and reading the results…</p>}
        {state.step === 'error' && <p class="cx-error" data-testid="search-error">{state.message}</p>}
        {state.step === 'done' && <SearchResults outcome={state.outcome} onOpenSource={props.onOpenSource} onOpenOptions={props.onOpenOptions} />}
      </div>
      {state.step === 'confirm' && (
        <div
          class="cx-confirm"
          ref={boxRef}
          role="group"
          aria-label={`Search for more sources for “${props.claimText}”`}
          data-testid="search-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          {state.preview.text === null ? (
            <p data-testid="search-unavailable">{state.preview.reason}</p>
          ) : !state.preview.enabled ? (
            <>
              <p data-testid="search-off">Search is off. It sends nothing until you switch it on in Options.</p>
              <p class="cx-meta">It would search for:</p>
              <p class="cx-query" data-testid="search-query">{state.preview.text}</p>
            </>
          ) : (
            <>
              <p class="cx-confirm-q"><strong>Send this search?</strong></p>
              <p class="cx-query" data-testid="search-query">{state.preview.text}</p>
            </>
          )}
          <p class="cx-meta" data-testid="search-explanation">{state.preview.explanation}</p>
          <div class="cx-confirm-actions">
            {state.preview.enabled && state.preview.text !== null && (
              <button type="button" class="cx-btn" onClick={() => send(state.preview.text!)}>
                Send
              </button>
            )}
            {!state.preview.enabled && props.onOpenOptions && (
              <button type="button" class="cx-btn" onClick={() => props.onOpenOptions?.()}>
                Open Options to switch search on
              </button>
            )}
            <button type="button" class="cx-btn" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function SearchResults({ outcome, onOpenSource, onOpenOptions }: { outcome: SearchOutcome; onOpenSource?: (url: string) => void; onOpenOptions?: () => void }) {
  const c = outcome.counts;
  return (
    <div class="cx-search-results" data-testid="search-results">
      <p class={outcome.ok ? undefined : 'cx-error'} data-testid="search-message">{outcome.message}</p>
      {outcome.query && <p class="cx-meta">Searched for: {outcome.query}</p>}
      {outcome.ok && (
        <p class="cx-meta" data-testid="search-counts">
          {c.corroborates} corroborate · {c.conflicts} conflict · {c.updates} update · {c.related} related
        </p>
      )}
      {outcome.missingOrigins.length > 0 && (
        <p class="cx-meta" data-testid="search-missing">
          Not allowed to read: {outcome.missingOrigins.join(', ')}
          {onOpenOptions && (
            <>
              {' '}
              <button type="button" class="cx-linkbtn" onClick={onOpenOptions}>Grant access in Options</button>
            </>
          )}
        </p>
      )}
      {outcome.results.length > 0 && (
        <ul class="cx-results" aria-label="Search results">
          {outcome.results.map((r) => (
            <li key={r.url} data-status={r.status}>
              <a
                class="cx-source-title"
                href={r.url}
                target="_blank"
                rel="noreferrer noopener"
                onClick={(e) => {
                  if (onOpenSource) {
                    e.preventDefault();
                    onOpenSource(r.url);
                  }
                }}
              >
                {r.title || hostOf(r.url)}
              </a>{' '}
              <span class="cx-meta">
                {hostOf(r.url)} · <span class="cx-result-status">{RESULT_STATUS[r.status]}</span>
                {r.relations.length > 0 ? ` · ${r.relations.map((x) => x.relation).join(', ')}` : ''}
              </span>
              {r.reason && <p class="cx-reason">{r.reason}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type DemoState = { busy: boolean; message?: string; error?: string };

/** "Import the demo pack" for an empty library (its outcome is shown by DemoStatus). */
function DemoImport({ state, onStart }: { state: DemoState; onStart: () => void }) {
  if (state.message) return null;
  return (
    <div class="cx-demo">
      <button type="button" class="cx-btn" disabled={state.busy} aria-busy={state.busy ? 'true' : 'false'} onClick={onStart}>
        Import the demo pack
      </button>
    </div>
  );
}

/** Claim rows drawn in the first render (about two screenfuls of the panel), and drawn after each
 *  frame until all are there (then the timelines, map, units and places after them). */
const FIRST_ROWS = 12;
const MORE_ROWS = 24;
/** How long a report without links yet keeps to its first rows (its links usually come first). */
const UNLINKED_WAIT_MS = 1000;

/** A timeline drawn again only when its props change (not for each chunk of claim rows). */
const TimelineFigure = memo(Timeline);

/** Timelines drawn on the first render; later ones wait until they scroll near the viewport. */
const EAGER_TIMELINES = 2;

/** Series of updates for a claim: this page's value and each update's, by claimant. */
export function seriesFor(claim: Claim, links: PanelLinks | undefined, report: Pick<PanelReport, 'published' | 'outlet' | 'sources'>): TimelineSeries[] {
  // a cut list carries the full list's figures (series); a whole one has them in its relations
  const ups =
    links?.series?.map((p) => ({ relation: p.relation, b: { doc: p.doc }, claim: { attribution: p.attribution, when: p.when, canonicalValue: p.value } })) ??
    links?.relations.filter((r) => r.relation === 'updates' || r.relation === 'corroborates') ??
    [];
  if (!ups.some((r) => r.relation === 'updates')) return [];
  const by = new Map<string, TimelineSeries>();
  const add = (label: string, date: string | undefined, value: number | null, source?: string) => {
    if (!date || value === null) return;
    let s = by.get(label);
    if (!s) by.set(label, (s = { label, points: [] }));
    if (!s.points.some((p) => p.date === date && p.value === value)) s.points.push({ date, value, source });
  };
  add(claim.attribution ?? report.outlet ?? 'this page', claim.when ?? report.published, claim.canonicalValue, report.outlet ?? 'this page');
  for (const r of ups) {
    const src = sourceOf(r, report.sources);
    const c = r.claim;
    if (!c) continue;
    add(c.attribution ?? src?.outlet ?? 'other source', c.when ?? src?.published, c.canonicalValue, src?.outlet ?? src?.title);
  }
  return [...by.values()];
}

function EmptyState({ children, kind }: { children: preact.ComponentChildren; kind: string }) {
  return (
    <div class="cx-empty" data-empty={kind}>
      {children}
    </div>
  );
}

function includesCI(hay: string | undefined, needle: string): boolean {
  return Boolean(hay && hay.toLowerCase().includes(needle.toLowerCase()));
}

export function SidePanelView(props: SidePanelViewProps) {
  const { report } = props;
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [category, setCategory] = useState<'all' | Category>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  // Kept here, not in the empty state: the import fills the library and the empty state goes.
  const [demo, setDemo] = useState<DemoState>({ busy: false });
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const startDemo = () => {
    if (!props.onImportDemo || demo.busy) return;
    setDemo({ busy: true });
    props.onImportDemo().then(
      (r) => mounted.current && setDemo({ busy: false, message: r.message }),
      (e: unknown) => mounted.current && setDemo({ busy: false, error: `Could not import the demo pack: ${errorText(e)}` }),
    );
  };

  const claims = report?.analysis.claims ?? [];
  const linksByClaim = useMemo(() => {
    const m = new Map<number, PanelLinks>();
    for (const l of report?.links ?? []) m.set(l.claim, l);
    return m;
  }, [report?.links]);

  // the search index is built when the person first searches, not when the report comes in
  const fuse = useMemo(() => {
    let made: Fuse<{ i: number; text: string; where: string; attribution: string; normal: string }> | undefined;
    return () =>
      (made ??= new Fuse(
        claims.map((c, i) => ({ i, text: c.text, where: c.where ?? '', attribution: c.attribution ?? '', normal: claimNormalForm(c) })),
        { keys: ['text', 'where', 'attribution', 'normal'], threshold: 0.34, ignoreLocation: true },
      ));
  }, [claims]);

  const q = query.trim();
  const claimHits = useMemo(() => {
    let idx = q ? fuse().search(q).map((r) => r.item.i) : claims.map((_, i) => i);
    if (category !== 'all') idx = idx.filter((i) => claims[i].category === category);
    if (status !== 'all') idx = idx.filter((i) => claimStatuses(counted(linksByClaim.get(i))).includes(status));
    return new Set(idx);
  }, [fuse, q, claims, category, status, linksByClaim]);

  const byCategory = useMemo(() => {
    const m = new Map<Category, { c: Claim; i: number }[]>();
    claims.forEach((c, i) => {
      let list = m.get(c.category);
      if (!list) m.set(c.category, (list = []));
      list.push({ c, i });
    });
    return m;
  }, [claims]);
  const rowKeys = useMemo(() => claims.map((c, i) => rowKey(c, linksByClaim.get(i), report?.sources)), [claims, linksByClaim, report?.sources]);

  // Claim rows in the order they are listed (by category). A screenful is drawn at first and a
  // chunk more after each frame (each run of the effect below), so a page of a hundred claims shows
  // its first ones at once; the timelines, map, units and places follow the last row. A new report
  // of the same page keeps its rows and brings them up to date the same way, the first ones first.
  // The selected claim is always drawn, and up to date.
  const listed = useMemo(() => CATEGORY_ORDER.flatMap((cat) => (byCategory.get(cat) ?? []).filter(({ i }) => claimHits.has(i)).map(({ i }) => i)), [byCategory, claimHits]);
  const pageKey = report ? `${report.url}\u0000${claims.length}` : '';
  const [drawn, setDrawn] = useState<{ page: string; report: PanelReport | null; fresh: number; mounted: number; tail: PanelReport | null }>({ page: '', report: null, fresh: 0, mounted: 0, tail: null });
  const samePage = drawn.page === pageKey;
  const selectedAt = props.selectedClaim === undefined ? -1 : listed.indexOf(props.selectedClaim);
  const fresh = Math.max(samePage && drawn.report === report ? drawn.fresh : FIRST_ROWS, selectedAt + 1);
  const rowsMounted = Math.max(samePage ? drawn.mounted : 0, fresh);
  const rowsDrawn = !(kind === 'all' || kind === 'claims') || fresh >= listed.length;
  // the report the sections after the rows show: this one once its rows are drawn
  const tail = rowsDrawn ? report : samePage ? drawn.tail : null;
  useEffect(() => {
    if (!report) return;
    if (!rowsDrawn) {
      const more = () => setDrawn({ page: pageKey, report, fresh: fresh + MORE_ROWS, mounted: Math.max(rowsMounted, fresh + MORE_ROWS), tail });
      // A report still being linked (no links yet: they usually follow within a moment) keeps
      // to its first rows for a while, so the rest are drawn once, with their links, and the
      // panel does not draw them while the background links the page.
      if (report.links !== undefined) more();
      else {
        const t = setTimeout(more, UNLINKED_WAIT_MS);
        return () => clearTimeout(t);
      }
    } else {
      if (drawn.page !== pageKey || drawn.report !== report || drawn.tail !== report || drawn.fresh !== fresh || drawn.mounted !== rowsMounted) setDrawn({ page: pageKey, report, fresh, mounted: rowsMounted, tail: report });
      props.onRowsDrawn?.();
    }
  }, [report, pageKey, fresh, rowsMounted, rowsDrawn, props.onRowsDrawn]);
  const rowPos = useMemo(() => new Map(listed.map((i, n) => [i, n])), [listed]);

  // derived once per report (the one the sections after the rows show), not on every keystroke
  const timelines = useMemo(() => {
    if (!tail) return [];
    const byClaim = new Map<number, PanelLinks>();
    for (const l of tail.links ?? []) byClaim.set(l.claim, l);
    return tail.analysis.claims
      .map((c, i) => ({ c, i, series: seriesFor(c, byClaim.get(i), tail) }))
      .filter((t) => t.series.reduce((n, s) => n + s.points.length, 0) >= 2);
  }, [tail?.analysis.claims, tail?.links, tail?.published, tail?.outlet, tail?.sources]);
  const linkedCount = useMemo(() => new Set((report?.links ?? []).filter((l) => l.relations.length > 0).map((l) => l.claim)).size, [report?.links]);

  if (!report) {
    return (
      <div class="cx-root" data-theme={props.theme}>
        <style>{PANEL_CSS}</style>
        <main>
          <h1>Crosscheck</h1>
          <EmptyState kind="no-page">
            <p>No page to show. Open an article in this tab; Crosscheck reads it when it has loaded.</p>
          </EmptyState>
        </main>
      </div>
    );
  }

  const wc = report.warCoverage ?? report.analysis.warCoverage;
  const { units, places } = report.analysis;
  const unitHits = units.filter((u) => !q || includesCI(u.name, q));
  const placeHits = places.filter((p) => !q || includesCI(p.name, q) || includesCI(p.admin, q));
  const showClaims = kind === 'all' || kind === 'claims';
  const showUnits = (kind === 'all' || kind === 'units') && category === 'all' && status === 'all';
  const showPlaces = (kind === 'all' || kind === 'places') && category === 'all' && status === 'all';
  const categories = CATEGORY_ORDER.filter((c) => claims.some((cl) => cl.category === c));
  const anyLinked = linkedCount > 0;
  const filtering = q !== '' || kind !== 'all' || category !== 'all' || status !== 'all';

  const summary = `Showing ${claimHits.size} of ${claims.length} claims, ${unitHits.length} of ${units.length} units, ${placeHits.length} of ${places.length} places`;

  return (
    <div class="cx-root" data-theme={props.theme}>
      <style>{PANEL_CSS}</style>
      <header>
        <h1>Crosscheck</h1>
        <p class="cx-page">
          {report.title ? <strong>{report.title}</strong> : null}
          {report.title ? ' · ' : ''}
          {hostOf(report.url)}
        </p>
      </header>
      <main>
        <Verdict wc={wc} highlightsOff={props.highlightsOff} />
        {!wc.isWarCoverage && (
          <EmptyState kind="not-war">
            <p>This page does not read as war coverage, so nothing is highlighted by default.</p>
            <p>If it is, choose “Highlight anyway” at the top of this panel: the site is then switched on and highlighted.</p>
          </EmptyState>
        )}

        {(claims.length > 0 || units.length > 0 || places.length > 0) && (
          <form class="cx-filters" role="search" aria-label="Search and filter" onSubmit={(e) => e.preventDefault()}>
            <label class="cx-search">
              Search claims, units and places
              <input type="search" value={query} placeholder="e.g. Kursk, Gerasimov, tanks" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </label>
            <label>
              Kind
              <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as KindFilter)}>
                <option value="all">all</option>
                <option value="claims">claims</option>
                <option value="units">units</option>
                <option value="places">places</option>
              </select>
            </label>
            <label>
              Category
              <select value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as 'all' | Category)}>
                <option value="all">all</option>
                {categories.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_TITLES[c].toLowerCase()}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as StatusFilter)}>
                <option value="all">all</option>
                <option value="corroborated">corroborated</option>
                <option value="conflicting">conflicting</option>
                <option value="updated">updated</option>
                <option value="unlinked">unlinked</option>
              </select>
            </label>
          </form>
        )}
        <p class="cx-status-line" role="status" aria-live="polite">
          {filtering ? summary : claims.length ? `${linkedCount} of ${claims.length} claims linked to other sources` : ''}
        </p>

        {showClaims && (
          <section aria-labelledby="cx-claims-h">
            <h2 id="cx-claims-h">Claims ({claims.length})</h2>
            {props.onImportDemo && (
              <p role="status" aria-live="polite" data-testid="demo-status" class={demo.error ? 'cx-error' : 'cx-meta'}>
                {demo.busy ? 'Importing the demo pack…' : (demo.error ?? demo.message ?? '')}
              </p>
            )}
            {claims.length === 0 ? (
              <EmptyState kind="no-claims">
                <p>No numeric claims found on this page.</p>
              </EmptyState>
            ) : (
              <>
                {!anyLinked &&
                  (report.librarySize === 0 ? (
                    <EmptyState kind="library-empty">
                      <p>Your library is empty, so there is nothing to compare with yet.</p>
                      <p>Sources get in as you read: every war-coverage article you open with Crosscheck on is analysed and kept (figures and quotes, not the full text), and feeds you add in Options are read too. Read a second report on the same story and its claims will link here.</p>
                      {props.onImportDemo && (
                        <>
                          <p>Or try it now with the demo pack: a few sample reports shipped with Crosscheck.</p>
                          <DemoImport state={demo} onStart={startDemo} />
                        </>
                      )}
                    </EmptyState>
                  ) : (
                    <EmptyState kind="nothing-linked">
                      <p>Nothing linked yet: {report.librarySize ? `none of the ${report.librarySize} articles in your library` : 'no other source in your library'} reports these figures.</p>
                    </EmptyState>
                  ))}
                {claimHits.size === 0 && (
                  <EmptyState kind="no-match">
                    <p>No claim matches the search and filters.</p>
                  </EmptyState>
                )}
                {CATEGORY_ORDER.map((cat) => {
                  const items = (byCategory.get(cat) ?? []).filter(({ i }) => claimHits.has(i));
                  if (!items.length) return null;
                  const drawnItems = items.filter(({ i }) => rowPos.get(i)! < rowsMounted);
                  if (!drawnItems.length) return null;
                  return (
                    <section key={cat} aria-labelledby={`cx-cat-${cat}`} data-category={cat}>
                      <h3 id={`cx-cat-${cat}`}>
                        {CATEGORY_TITLES[cat]} <span class="cx-count">({items.length})</span>
                      </h3>
                      <ul class="cx-claims">
                        {drawnItems.map(({ c, i }) => (
                          <ClaimRow
                            key={i}
                            rowKey={rowKeys[i]}
                            fresh={rowPos.get(i)! < fresh}
                            claim={c}
                            index={i}
                            links={linksByClaim.get(i)}
                            onLoadRelations={props.onLoadRelations}
                            sources={report.sources}
                            selected={props.selectedClaim === i}
                            onScrollToClaim={props.onScrollToClaim}
                            onOpenSource={props.onOpenSource}
                            onSearchPreview={props.onSearchPreview}
                            onSearchMore={props.onSearchMore}
                            onOpenOptions={props.onOpenOptions}
                          />
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </>
            )}
          </section>
        )}

        {tail && showClaims && timelines.length > 0 && (
          <section aria-labelledby="cx-timelines-h">
            <h2 id="cx-timelines-h">Updates over time</h2>
            {timelines.map(({ c, i, series }, n) => (
              // the first few are drawn at once; the rest as they scroll near (a dense page has dozens)
              <TimelineFigure key={i} title={`“${c.text}” as reported over time`} unit={unitDisplay(c.unit, 2).suffix.trim()} series={series} lazy={n >= EAGER_TIMELINES} />
            ))}
          </section>
        )}

        {tail && showPlaces && places.length > 0 && (
          <section aria-labelledby="cx-map-h">
            <h2 id="cx-map-h">Places on the map</h2>
            <PlaceMap
              places={placeHits.map((p) => ({ name: p.name, lat: p.lat, lon: p.lon, count: p.mentions.length }))}
              topology={props.mapTopology}
              src={props.mapSrc}
              width={340}
              height={220}
            />
          </section>
        )}

        {tail && showUnits && (
          <section aria-labelledby="cx-units-h">
            <h2 id="cx-units-h">Units ({units.length})</h2>
            {units.length === 0 ? (
              <EmptyState kind="no-units">
                <p>No military units named on this page.</p>
              </EmptyState>
            ) : (
              <EntityList items={unitHits} render={(u: UnitEntity) => [u.name, u.side ? sideName(u.side) : '']} />
            )}
          </section>
        )}
        {tail && showPlaces && (
          <section aria-labelledby="cx-places-h">
            <h2 id="cx-places-h">Places ({places.length})</h2>
            {places.length === 0 ? (
              <EmptyState kind="no-places">
                <p>No places named on this page.</p>
              </EmptyState>
            ) : (
              <EntityList items={placeHits} render={(p: PlaceEntity) => [p.name, [p.admin, countryName(p.country)].filter(Boolean).join(', ')]} />
            )}
          </section>
        )}
      </main>
      <footer class="cx-footer" aria-label="Legend">
        <Legend styles={false} />
      </footer>
    </div>
  );
}

function EntityList<T extends { mentions: readonly unknown[] }>({ items, render }: { items: readonly T[]; render: (t: T) => [string, string] }) {
  const sorted = [...items].sort((a, b) => b.mentions.length - a.mentions.length);
  return (
    <ul class="cx-entities">
      {sorted.map((it) => {
        const [name, meta] = render(it);
        return (
          <li key={name}>
            <span>{name}</span>
            <span class="cx-meta">
              {meta}
              {meta ? ' · ' : ''}
              <span class="cx-count">
                {it.mentions.length} {it.mentions.length === 1 ? 'mention' : 'mentions'}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
