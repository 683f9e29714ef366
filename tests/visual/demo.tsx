// The visual check page: an article painted by the highlighter (CSS Custom Highlight API), hover
// cards on it, a legend; the side panel (panel.tsx) beside it in an iframe, as the extension's
// own page would be. Bundled by render.mjs with esbuild.
import { render } from 'preact';
import { createHighlighter, type MarkInput, type MarkKind } from '../../lib/dom/highlighter';
import { mountHoverCards, type CardData } from '../../components/HoverCard';
import { Legend } from '../../components/Legend';
import { ARTICLE_TEXT, SOURCES, sampleAnalysis, sampleLinks } from './sample-data';

const analysis = sampleAnalysis();
const links = sampleLinks(analysis);
const MAP = '/map/world-110m.json';

const para = document.getElementById('article-text')!;
para.textContent = ARTICLE_TEXT;
const textNode = para.firstChild as Text;

function rangeOf(start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(textNode, start);
  r.setEnd(textNode, end);
  return r;
}

const marks: MarkInput[] = [];
analysis.units.forEach((u, i) => u.mentions.forEach((m, j) => marks.push({ kind: 'unit', id: `unit:${i}:${j}`, range: () => rangeOf(m.start, m.end) })));
analysis.places.forEach((p, i) => p.mentions.forEach((m, j) => marks.push({ kind: 'place', id: `place:${i}:${j}`, range: () => rangeOf(m.start, m.end) })));
analysis.claims.forEach((c, i) => marks.push({ kind: 'claim', id: `claim:${i}`, range: () => rangeOf(c.start, c.end) }));

const highlighter = createHighlighter({ doc: document });
const log: string[] = [];

function resolve(mark: { kind: MarkKind; id: string }): CardData | null {
  const [, a] = mark.id.split(':').map(Number);
  if (mark.kind === 'claim') return { kind: 'claim', claim: analysis.claims[a], index: a, links: links.find((l) => l.claim === a) };
  if (mark.kind === 'place') return { kind: 'place', place: analysis.places[a] };
  return { kind: 'unit', unit: analysis.units[a], otherSources: a === 0 ? [SOURCES[0]] : [] };
}

const cards = mountHoverCards({
  doc: document,
  highlighter,
  resolve,
  mapSrc: MAP,
  onOpenInPanel: (i) => {
    log.push(`open-panel:${i}`);
    const frame = document.getElementById('panel') as HTMLIFrameElement;
    frame.contentWindow?.postMessage({ selectClaim: i }, location.origin);
  },
});

render(<Legend />, document.getElementById('legend')!);

const ready = highlighter.paint(marks);
(window as unknown as { __cx: unknown }).__cx = { highlighter, cards, ready, log, marks: marks.length };
