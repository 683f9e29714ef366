// The hover card: what a mark means, shown next to it in a shadow root the page cannot style.
//   claim: the normal form and the counts line, both opening the side panel at the claim;
//   place: canonical name, kind, region and country, and a dot on a small map;
//   unit:  canonical name, side, and the other sources in the library that mention it.
// `mountHoverCards` wires it to a highlighter: a `<cx-card-host>` element (position: fixed,
// shadow root with all styles inside) and the hover controller of lib/dom/hover.ts.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim, ClaimLinks, SourceMeta } from '../lib/model';
import type { CardPlace, CardUnit, MarkDetails } from '../lib/messaging/protocol';
import { markDetails } from '../lib/messaging/page-marks';
import { claimNormalForm } from '../lib/format/normal-form';
import { claimStatuses, linkCounts, relationCounts } from '../lib/format/links';
import { countryName, sideName } from '../lib/format/labels';
import { formatPeriod } from '../lib/format/dates';
import { parseMarkId, type Highlighter, type Mark } from '../lib/dom/highlighter';
import type { Analysis } from '../lib/model';
import { createHoverController, placeCard, type HoverController, type OpenVia, type RectLike } from '../lib/dom/hover';
import { PlaceMap, type ShapesInput } from './PlaceMap';
import { StatusChips } from './StatusChips';
import { CARD_CSS } from './card-styles';

export type CardData =
  | { kind: 'claim'; claim: Claim; index: number; links?: ClaimLinks }
  | { kind: 'place'; place: CardPlace }
  | { kind: 'unit'; unit: CardUnit; otherSources?: readonly SourceMeta[]; otherTotal?: number };

/** The library's sources for a unit: a list, or the newest few and how many there are in all. */
export type UnitSourcesInput = readonly SourceMeta[] | { total: number; sources: readonly SourceMeta[] };

export interface HoverCardProps {
  data: CardData;
  /** Opened from the keyboard: focus moves into the card. */
  focus?: boolean;
  /** Opens the side panel at the claim; a rejection (the browser refused) shows what to do instead. */
  onOpenInPanel?: (claimIndex: number) => void | Promise<void>;
  /** Map shapes for the place card (parsed) or their URL. */
  mapTopology?: ShapesInput;
  mapSrc?: string;
  onClose?: () => void;
  theme?: 'light' | 'dark';
}

/**
 * The card for one mark's details (the background's answer to page:card): the claim with its
 * links, the place, or the unit with the other sources that mention it (e.g. from the library).
 */
export function cardDataFromDetails(details: MarkDetails, links?: readonly ClaimLinks[], unitSources?: UnitSourcesInput): CardData {
  if (details.kind === 'claim') return { kind: 'claim', claim: details.claim, index: details.index, links: links?.find((l) => l.claim === details.index) };
  if (details.kind === 'place') return { kind: 'place', place: details.place };
  const unit = details.unit;
  if (!unitSources) return { kind: 'unit', unit, otherSources: undefined };
  if (Array.isArray(unitSources)) return { kind: 'unit', unit, otherSources: unitSources as readonly SourceMeta[] };
  const { total, sources } = unitSources as { total: number; sources: readonly SourceMeta[] };
  return { kind: 'unit', unit, otherSources: sources, otherTotal: total };
}

/**
 * The card for a mark made by `marksFromAnalysis` (or `marksFromOffsets`) over a whole analysis:
 * the claim with its links, the place, or the unit with the other sources that mention it
 * (`unitSources(unitIndex)`, e.g. from the library).
 */
export function cardDataFor(
  mark: Pick<Mark, 'id'>,
  analysis: Analysis,
  links?: readonly ClaimLinks[],
  unitSources?: (unitIndex: number) => UnitSourcesInput | undefined,
): CardData | null {
  const p = parseMarkId(mark.id);
  if (!p) return null;
  const details = markDetails(analysis, p.kind, p.index);
  if (!details) return null;
  return cardDataFromDetails(details, links, p.kind === 'unit' ? unitSources?.(p.index) : undefined);
}

const KIND_LABEL = { claim: 'Numeric claim', place: 'Place', unit: 'Military unit' } as const;

/** Said when the browser would not open the panel from the card. */
export const PANEL_FALLBACK = 'The browser did not let Crosscheck open its side panel from here. Open it from the Crosscheck button in the toolbar (or Alt+Shift+K); it shows this claim.';

function ClaimBody({ data, onOpenInPanel: open }: { data: Extract<CardData, { kind: 'claim' }>; onOpenInPanel?: (i: number) => void | Promise<void> }) {
  const counts = linkCounts(data.links);
  // the page holds the counts only (the panel lists the relations)
  const linked = Object.values(relationCounts(data.links)).some((n) => n > 0);
  const [refused, setRefused] = useState(false);
  useEffect(() => setRefused(false), [data.index]);
  // called from the click itself: opening the panel needs the user's action
  const onOpenInPanel = open
    ? (i: number): void => {
        Promise.resolve(open(i)).catch(() => setRefused(true));
      }
    : undefined;
  return (
    <>
      <p class="cx-title">“{data.claim.text}”</p>
      <p class="cx-normal" data-testid="normal-form">{claimNormalForm(data.claim)}</p>
      <StatusChips statuses={claimStatuses(data.links)} />
      <p class="cx-line" data-testid="counts">
        {onOpenInPanel && linked ? (
          <button type="button" class="cx-counts-btn" onClick={() => onOpenInPanel(data.index)}>
            {counts}
          </button>
        ) : (
          counts
        )}
      </p>
      {onOpenInPanel && (
        <div class="cx-actions">
          <button type="button" class="cx-btn" data-action="open-panel" onClick={() => onOpenInPanel(data.index)}>
            Open in side panel
          </button>
        </div>
      )}
      {refused && (
        <p class="cx-line cx-note" role="status" data-testid="panel-refused">
          {PANEL_FALLBACK}
        </p>
      )}
    </>
  );
}

function PlaceBody({ place, mapTopology, mapSrc }: { place: CardPlace; mapTopology?: ShapesInput; mapSrc?: string }) {
  const where = [place.kind && place.kind !== 'country' ? place.kind : null, place.admin, countryName(place.country)].filter(Boolean).join(' · ');
  return (
    <>
      <p class="cx-title">{place.name}</p>
      <p class="cx-line">{where}</p>
      <p class="cx-line">
        {place.lat.toFixed(2)}°, {place.lon.toFixed(2)}° · {place.mentionCount} {place.mentionCount === 1 ? 'mention' : 'mentions'} on this page
      </p>
      {(mapTopology || mapSrc) && <PlaceMap places={[place]} topology={mapTopology} src={mapSrc} width={294} height={130} labels={false} span={4} />}
    </>
  );
}

function UnitBody({ unit, otherSources, otherTotal }: { unit: CardUnit; otherSources?: readonly SourceMeta[]; otherTotal?: number }) {
  const others = otherSources ?? [];
  const total = Math.max(otherTotal ?? others.length, others.length);
  const shown = others.slice(0, 5);
  return (
    <>
      <p class="cx-title">{unit.name}</p>
      <p class="cx-line">
        {unit.side ? `Side: ${sideName(unit.side)}` : 'Side not stated'} · {unit.mentionCount} {unit.mentionCount === 1 ? 'mention' : 'mentions'} on this page
      </p>
      {total ? (
        <>
          <p class="cx-line" data-testid="unit-sources-count">
            Also in {total} other {total === 1 ? 'source' : 'sources'} in your library{total > shown.length ? ` (newest ${shown.length})` : ''}:
          </p>
          <ul class="cx-sources" data-testid="unit-sources">
            {shown.map((s) => {
              const title = s.title ?? s.url ?? s.doc;
              const where = [s.outlet, s.published ? formatPeriod(s.published) : null].filter(Boolean).join(', ');
              return (
                <li key={s.id}>
                  {s.url && /^https?:/i.test(s.url) ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {title}
                    </a>
                  ) : (
                    title
                  )}
                  {where ? <span class="cx-muted"> ({where})</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p class="cx-line">No other source in your library mentions it yet.</p>
      )}
    </>
  );
}

export function HoverCard({ data, focus, onOpenInPanel, mapTopology, mapSrc, theme }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus || !ref.current) return;
    const first = ref.current.querySelector<HTMLElement>('button');
    (first ?? ref.current).focus({ preventScroll: true });
  }, [focus, data]);
  const label = `${KIND_LABEL[data.kind]}: ${data.kind === 'claim' ? data.claim.text : data.kind === 'place' ? data.place.name : data.unit.name}`;
  return (
    <div class="cx-root cx-card" role="dialog" aria-label={label} tabIndex={-1} ref={ref} data-kind={data.kind} data-theme={theme}>
      <p class="cx-kind">
        <span class={`cx-swatch cx-swatch-${data.kind}`} aria-hidden="true" />
        {KIND_LABEL[data.kind]}
      </p>
      {data.kind === 'claim' && <ClaimBody data={data} onOpenInPanel={onOpenInPanel} />}
      {data.kind === 'place' && <PlaceBody place={data.place} mapTopology={mapTopology} mapSrc={mapSrc} />}
      {data.kind === 'unit' && <UnitBody unit={data.unit} otherSources={data.otherSources} otherTotal={data.otherTotal} />}
    </div>
  );
}

export interface MountHoverCardsOptions {
  doc?: Document;
  highlighter: Highlighter;
  /** What to show for a mark (null: no card); a promise (details asked of the background) opens
   *  the card when it resolves, if the mark is still the one hovered or focused. */
  resolve: (mark: Mark) => CardData | null | Promise<CardData | null>;
  onOpenInPanel?: (claimIndex: number) => void | Promise<void>;
  mapTopology?: ShapesInput;
  mapSrc?: string;
  /** Open delay after the pointer rests on a mark (ms, default 40). */
  openDelayMs?: number;
  closeDelayMs?: number;
  /** Alt+Shift+N / Alt+Shift+P move through the marks (default on). */
  hotkeys?: boolean;
  /** Shadow root mode (default closed). */
  shadowMode?: ShadowRootMode;
  signal?: AbortSignal;
}

export interface HoverCards {
  controller: HoverController;
  focusNextMark(dir?: 1 | -1): Mark | null;
  /** Open the card for a mark by id (e.g. the side panel asked for it). */
  show(id: string, via?: OpenVia): boolean;
  close(): void;
  /** The host element (present while a card is open) and its shadow root, for tests. */
  host(): HTMLElement | null;
  shadow(): ShadowRoot | null;
  destroy(): void;
}

export function mountHoverCards(opts: MountHoverCardsOptions): HoverCards {
  const doc = opts.doc ?? document;
  const win = doc.defaultView!;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let mount: HTMLElement | null = null;

  function ensureHost(): void {
    if (host && host.isConnected) return;
    host = doc.createElement('cx-card-host');
    host.setAttribute('style', 'position: fixed; left: 0; top: 0; z-index: 2147483647; display: block; margin: 0; padding: 0; border: 0;');
    shadow = host.attachShadow({ mode: opts.shadowMode ?? 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.appendChild(host);
  }

  // where the card goes (kept while an answer is awaited, so a scroll meanwhile moves it too)
  let anchorNow: RectLike | null = null;
  let opening = 0;

  function place(anchor: RectLike): void {
    anchorNow = anchor;
    if (!host || !mount) return;
    const card = mount.firstElementChild as HTMLElement | null;
    if (!card) return;
    card.style.maxHeight = '';
    const box = card.getBoundingClientRect();
    const p = placeCard(anchor, { width: box.width || 320, height: box.height || 160 }, { width: win.innerWidth, height: win.innerHeight });
    if (p.maxHeight !== undefined) card.style.maxHeight = `${p.maxHeight}px`;
    host.style.left = `${Math.round(p.left)}px`;
    host.style.top = `${Math.round(p.top)}px`;
    host.setAttribute('data-placement', p.placement);
  }

  function open(mark: Mark, via: OpenVia, anchor: RectLike): void {
    const mine = ++opening;
    anchorNow = anchor;
    let got: CardData | null | Promise<CardData | null>;
    try {
      got = opts.resolve(mark);
    } catch {
      return;
    }
    if (got && typeof (got as Promise<CardData | null>).then === 'function') {
      // shown when the answer comes, unless another card opened or this one closed meanwhile
      (got as Promise<CardData | null>).then(
        (data) => {
          if (mine !== opening || controller.current()?.id !== mark.id || !anchorNow) return;
          if (data) show(data, via, anchorNow);
          else hide(); // nothing to show for this mark: not the previous mark's card either
        },
        () => undefined,
      );
      return;
    }
    if (got) show(got as CardData, via, anchor);
    else hide();
  }

  function show(data: CardData, via: OpenVia, anchor: RectLike): void {
    ensureHost();
    render(
      <HoverCard data={data} focus={via === 'keyboard'} onOpenInPanel={opts.onOpenInPanel} mapTopology={opts.mapTopology} mapSrc={opts.mapSrc} />,
      mount!,
    );
    place(anchor);
    if (via === 'keyboard') {
      // focus now, not after preact's effect frame: the reader's next key goes to the card
      const card = mount!.firstElementChild as HTMLElement | null;
      (mount!.querySelector<HTMLElement>('button') ?? card)?.focus({ preventScroll: true });
    }
  }

  function close(): void {
    opening++;
    anchorNow = null;
    hide();
  }

  function hide(): void {
    if (mount) render(null, mount);
    host?.remove();
    host = null;
    shadow = null;
    mount = null;
  }

  const controller = createHoverController({
    doc,
    highlighter: opts.highlighter,
    open,
    close,
    reposition: place,
    isInsideCard: (t) => Boolean(host && t && (t === host || (t as Node).getRootNode?.() === shadow)),
    openDelayMs: opts.openDelayMs,
    closeDelayMs: opts.closeDelayMs,
    hotkeys: opts.hotkeys,
    signal: opts.signal,
  });

  return {
    controller,
    focusNextMark: (dir) => controller.focusNextMark(dir),
    show(id, via = 'keyboard') {
      const mark = opts.highlighter.get(id);
      if (!mark) return false;
      controller.open(mark, via);
      return true;
    },
    close: () => controller.close(),
    host: () => host,
    shadow: () => shadow,
    destroy() {
      controller.destroy();
      close();
    },
  };
}
