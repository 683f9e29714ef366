// The visual check page: an article painted by the highlighter (CSS Custom Highlight API), hover
// cards on it, a legend; the side panel (panel.tsx) beside it in an iframe, as the extension's
// own page would be. Bundled by render.mjs with esbuild.
import { render } from 'preact';
import { createHighlighter, marksFromAnalysis, type MarkInput, type MarkKind } from '../../lib/dom/highlighter';
import { cardDataFor, mountHoverCards } from '../../components/HoverCard';
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

const marks = marksFromAnalysis(analysis, rangeOf);

const mode = new URLSearchParams(location.search).get('mode') === 'fallback' ? 'fallback' : 'auto';
const highlighter = createHighlighter({ doc: document, mode });
const log: string[] = [];

const cards = mountHoverCards({
  doc: document,
  highlighter,
  resolve: (mark) => cardDataFor(mark, analysis, links, (i) => (i === 0 ? [SOURCES[0]] : [])),
  mapSrc: MAP,
  shadowMode: new URLSearchParams(location.search).get('shadow') === 'open' ? 'open' : 'closed',
  onOpenInPanel: (i) => {
    log.push(`open-panel:${i}`);
    const frame = document.getElementById('panel') as HTMLIFrameElement;
    frame.contentWindow?.postMessage({ selectClaim: i }, location.origin);
  },
});

render(<Legend />, document.getElementById('legend')!);

const ready = highlighter.paint(marks);
(window as unknown as { __cx: unknown }).__cx = { highlighter, cards, ready, log, marks: marks.length };

// A 10,000-word page for the slicing check: paragraphs of our own generated wording, marks on
// every claim, place and unit in them, painted by the same highlighter (replacing the demo's).
const PHRASES = [
  'Shelling continued overnight near Pokrovsk, where the 47th Mechanized Brigade reported about 120 soldiers wounded.',
  'Officials in Kursk Oblast said at least 14 drones were shot down before dawn and nearly 300 people lost power.',
  'Analysts counted more than 40 vehicles destroyed along the road to Sudzha over the past week.',
  'A spokesman said the unit had held the line for 11 days despite losing 3 tanks to glide bombs.',
];
(window as unknown as { __cxBig: unknown }).__cxBig = async (words: number) => {
  const section = document.createElement('section');
  section.id = 'big';
  let count = 0;
  const paras: Text[] = [];
  while (count < words) {
    const p = document.createElement('p');
    const parts: string[] = [];
    for (let i = 0; i < 6; i++) parts.push(PHRASES[(count + i) % PHRASES.length]);
    p.textContent = parts.join(' ');
    count += p.textContent.split(/\s+/).length;
    section.appendChild(p);
    paras.push(p.firstChild as Text);
  }
  document.querySelector('article')!.appendChild(section);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // let the new article lay out and render before measuring anything
  document.body.getBoundingClientRect();
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, 300));
  const pats: Array<[MarkKind, RegExp]> = [
    ['claim', /about 120 soldiers|at least 14 drones|nearly 300 people|more than 40 vehicles|11 days|3 tanks/g],
    ['place', /Pokrovsk|Kursk Oblast|Sudzha/g],
    ['unit', /47th Mechanized Brigade/g],
  ];
  const big: MarkInput[] = [];
  paras.forEach((t, pi) => {
    for (const [kind, re] of pats) {
      for (const m of t.data.matchAll(re)) {
        const s = m.index!;
        const e = s + m[0].length;
        big.push({ kind, id: `${kind}:big:${pi}:${s}`, range: () => {
          const r = document.createRange();
          r.setStart(t, s);
          r.setEnd(t, e);
          return r;
        } });
      }
    }
  });
  const longtasks: number[] = [];
  const po = new PerformanceObserver((l) => longtasks.push(...l.getEntries().map((e) => e.duration)));
  po.observe({ type: 'longtask' });
  // a baseline window of the same length without our work: what the loaded machine does anyway
  await new Promise((r) => setTimeout(r, 400));
  await frame();
  po.takeRecords();
  const baseline = longtasks.splice(0);
  const t0 = performance.now();
  const res = await highlighter.paint(big);
  const ms = performance.now() - t0;
  // let the browser render the highlights: that work is ours too
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)));
  po.disconnect();
  return { words: count, marks: big.length, painted: res.painted, slices: res.slices, longestSliceMs: res.longestSliceMs, ms, longtasks, baseline };
};
