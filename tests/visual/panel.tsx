// The side panel alone, as its own document (the extension's sidepanel.html would be the same).
import { render } from 'preact';
import { SidePanelView } from '../../components/SidePanelView';
import { PopupView } from '../../components/PopupView';
import { ARTICLE_TITLE, ARTICLE_URL, SOURCES, sampleAnalysis, sampleLinks } from './sample-data';

const analysis = sampleAnalysis();
const links = sampleLinks(analysis);
const log: string[] = [];
const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;

function show(selected?: number) {
  if (params.get('view') === 'popup') {
    render(
      <PopupView site="news.example" enabled={true} warCoverage={analysis.warCoverage}
        counts={{ claims: analysis.claims.length, units: analysis.units.length, places: analysis.places.length, linked: links.length }}
        onToggleSite={(on) => log.push(`toggle:${on}`)} onOpenPanel={() => log.push('open-panel')} />,
      root,
    );
    return;
  }
  const empty = params.get('state');
  if (empty === 'not-war') {
    analysis.warCoverage = { isWarCoverage: false, score: 0.18, reasons: ['- sports context: league, match, transfer window', '+ war vocabulary density: 0.4 per 100 words'] };
    analysis.claims = [];
    analysis.units = [];
    analysis.places = [];
  }
  const report =
    empty === 'none'
      ? null
      : {
          url: ARTICLE_URL, title: ARTICLE_TITLE, analysis,
          links: empty === 'library-empty' ? [] : links,
          sources: SOURCES,
          librarySize: empty === 'library-empty' ? 0 : SOURCES.length,
          published: '2025-03-20', outlet: 'News Example',
        };
  render(
    <SidePanelView
      report={report}
      mapSrc="/map/world-110m.json"
      selectedClaim={selected}
      onScrollToClaim={(i) => log.push(`scroll:${i}`)}
      onOpenSource={(url) => log.push(`source:${url}`)}
    />,
    root,
  );
}
const real = params.get('src');
if (real) {
  // an analysis from the CLI (`crosscheck analyze --json`), for looking at real engine output
  fetch(real)
    .then((r) => r.json())
    .then((json) => {
      const a = Array.isArray(json) ? json[0] : json;
      render(<SidePanelView report={{ url: 'https://example.org/real', title: params.get('title') ?? 'Real engine output', analysis: a, links: [], librarySize: 0 }} mapSrc="/map/world-110m.json" />, root);
    });
} else {
  show();
}
window.addEventListener('message', (e) => {
  if (e.origin === location.origin && typeof e.data?.selectClaim === 'number') show(e.data.selectClaim);
});
(window as unknown as { __cx: unknown }).__cx = { log };
