// Sample data for the component tests and the visual check page: an article paragraph of our
// own writing, its analysis (offsets found in the text, so they always match) and the links a
// library of three other sources would give. Not engine output: a fixture for the views.
import type { Analysis, Claim, ClaimLinks, Mention, PlaceEntity, SourceMeta, UnitEntity } from '../../lib/model';

export const ARTICLE_TITLE = 'Kursk salient shrinks as Ukrainian units pull back toward Sudzha';
export const ARTICLE_URL = 'https://news.example/world/kursk-salient-shrinks';

export const ARTICLE_TEXT =
  'Ukrainian forces have lost nearly 500 square miles of the ground they held in Kursk Oblast since early March, ' +
  'according to Pasi Paroinen, an analyst who tracks the front from open-source footage. ' +
  'The 47th Mechanized Brigade said it had held its positions near Sudzha for 11 days under constant glide-bomb attack, ' +
  'while Russia’s defence ministry claimed that more than 1,300 Ukrainian soldiers were killed or wounded in the region last week. ' +
  'Further south, near Pokrovsk, the 155th Naval Infantry Brigade lost at least 41 vehicles in a failed assault, ' +
  'Ukraine’s General Staff said, putting total Russian losses since February 2022 at 880,000 troops.';

function mention(text: string, surface: string, from = 0): Mention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`sample: "${surface}" not in the article`);
  return { text: surface, start, end: start + surface.length };
}

function claim(text: string, surface: string, rest: Omit<Claim, 'text' | 'start' | 'end'>): Claim {
  return { ...mention(text, surface), ...rest };
}

export function sampleAnalysis(text = ARTICLE_TEXT): Analysis {
  const units: UnitEntity[] = [
    { name: '47th Mechanized Brigade', side: 'ua', mentions: [mention(text, '47th Mechanized Brigade')] },
    { name: '155th Naval Infantry Brigade', side: 'ru', mentions: [mention(text, '155th Naval Infantry Brigade')] },
  ];
  const places: PlaceEntity[] = [
    { name: 'Kursk Oblast', lat: 51.5, lon: 36.3, country: 'RU', kind: 'region', mentions: [mention(text, 'Kursk Oblast')] },
    { name: 'Sudzha', lat: 51.198, lon: 35.273, country: 'RU', kind: 'settlement', admin: 'Kursk Oblast', mentions: [mention(text, 'Sudzha')] },
    { name: 'Pokrovsk', lat: 48.282, lon: 37.181, country: 'UA', kind: 'settlement', admin: 'Donetsk Oblast', mentions: [mention(text, 'Pokrovsk')] },
  ];
  const claims: Claim[] = [
    claim(text, 'nearly 500 square miles', {
      value: 500, low: 450, high: 500, approx: 'nearly', unit: 'km2', canonicalValue: 1294.995, category: 'territory',
      side: 'ua', where: 'Kursk Oblast', when: '2025-03', attribution: 'Pasi Paroinen',
    }),
    claim(text, '11 days', { value: 11, low: 11, high: 11, approx: 'exact', unit: 'day', canonicalValue: 11, category: 'duration', side: 'ua', where: 'Sudzha', attribution: '47th Mechanized Brigade' }),
    claim(text, 'more than 1,300 Ukrainian soldiers', {
      value: 1300, low: 1300, high: 1560, approx: 'over', unit: 'person', canonicalValue: 1300, category: 'casualties',
      measure: 'killedOrWounded', side: 'ua', where: 'Kursk Oblast', when: '2025-03', attribution: 'Russian Ministry of Defence',
    }),
    claim(text, 'at least 41 vehicles', {
      value: 41, low: 41, high: 61.5, approx: 'atLeast', unit: 'vehicle', canonicalValue: 41, category: 'equipment',
      side: 'ru', where: 'Pokrovsk', when: '2025-03', attribution: 'General Staff of Ukraine',
    }),
    claim(text, '880,000 troops', {
      value: 880000, low: 880000, high: 880000, approx: 'exact', unit: 'person', canonicalValue: 880000, category: 'casualties',
      measure: 'losses', side: 'ru', when: '2025-03', attribution: 'General Staff of Ukraine',
    }),
  ];
  return {
    warCoverage: {
      isWarCoverage: true,
      score: 0.97,
      reasons: [
        '+ fighting and forces: forces, brigade, assault, soldiers',
        '+ casualty count: 1,300 Ukrainian soldiers were killed or wounded',
        '+ military units named: 47th Mechanized Brigade, 155th Naval Infantry Brigade',
        '+ places named: 3',
      ],
    },
    units,
    places,
    claims,
  };
}

export const SOURCES: SourceMeta[] = [
  { id: 'https://wire.example/kursk-map', doc: 'https://wire.example/kursk-map', url: 'https://wire.example/kursk-map', outlet: 'Wire Example', title: 'Mapping the Kursk retreat', published: '2025-03-18' },
  { id: 'https://daily.example/kursk', doc: 'https://daily.example/kursk', url: 'https://daily.example/kursk', outlet: 'Daily Example', title: 'Analyst: Ukraine has given up most of its Kursk foothold', published: '2025-03-19' },
  { id: 'https://ministry.example/briefing', doc: 'https://ministry.example/briefing', url: 'https://ministry.example/briefing', outlet: 'Ministry Example', title: 'Weekly briefing on the Kursk operation', published: '2025-03-16' },
  { id: 'https://monitor.example/losses-nov', doc: 'https://monitor.example/losses-nov', url: 'https://monitor.example/losses-nov', outlet: 'Monitor Example', title: 'Russian losses pass 740,000, Kyiv says', published: '2024-11-20' },
  { id: 'https://monitor.example/losses-jan', doc: 'https://monitor.example/losses-jan', url: 'https://monitor.example/losses-jan', outlet: 'Monitor Example', title: 'General Staff: 820,000 Russian troops lost', published: '2025-01-25' },
];

export function sampleLinks(a: Analysis = sampleAnalysis()): ClaimLinks[] {
  const [area, , kia, , losses] = a.claims;
  const ref = (c: Claim) => ({ doc: ARTICLE_URL, text: c.text, start: c.start, end: c.end });
  return [
    {
      claim: 0,
      relations: [
        {
          a: ref(area), b: { doc: SOURCES[0].id, text: '1,171 square kilometres', start: 210, end: 233 }, relation: 'corroborates', independent: true,
          reason: 'same figure: 1,171 km² ≈ 452 sq mi, inside 450–500 sq mi', source: SOURCES[0],
          claim: { text: '1,171 square kilometres', start: 210, end: 233, value: 1171, low: 1171, high: 1171, approx: 'exact', unit: 'km2', canonicalValue: 1171, category: 'territory', side: 'ua', where: 'Kursk Oblast', when: '2025-03' },
        },
        {
          a: ref(area), b: { doc: SOURCES[1].id, text: 'almost 500 square miles', start: 88, end: 111 }, relation: 'corroborates', independent: false,
          reason: 'same figure from the same claimant (Pasi Paroinen)', source: SOURCES[1],
        },
      ],
      independentSources: 1,
      reports: 2,
    },
    {
      claim: 2,
      relations: [
        {
          a: ref(kia), b: { doc: SOURCES[2].id, text: 'about 400 servicemen', start: 40, end: 60 }, relation: 'conflicts', independent: true,
          reason: 'same week, same side: 360–440 vs more than 1,300', source: SOURCES[2],
        },
      ],
      independentSources: 0,
      reports: 0,
    },
    {
      claim: 4,
      relations: [
        {
          a: ref(losses), b: { doc: SOURCES[3].id, text: '740,000 troops', start: 12, end: 26 }, relation: 'updates', independent: true,
          reason: 'same series (Russian losses per the General Staff), earlier date', source: SOURCES[3],
          claim: { text: '740,000 troops', start: 12, end: 26, value: 740000, low: 740000, high: 740000, approx: 'exact', unit: 'person', canonicalValue: 740000, category: 'casualties', measure: 'losses', side: 'ru', when: '2024-11', attribution: 'General Staff of Ukraine' },
        },
        {
          a: ref(losses), b: { doc: SOURCES[4].id, text: '820,000 Russian troops', start: 0, end: 22 }, relation: 'updates', independent: true,
          reason: 'same series, earlier date', source: SOURCES[4],
          claim: { text: '820,000 Russian troops', start: 0, end: 22, value: 820000, low: 820000, high: 820000, approx: 'exact', unit: 'person', canonicalValue: 820000, category: 'casualties', measure: 'losses', side: 'ru', when: '2025-01', attribution: 'General Staff of Ukraine' },
        },
      ],
      independentSources: 0,
      reports: 0,
    },
  ];
}

/** Two hand-made boxes (clockwise rings, as d3-geo wants) so tests need no map file. */
export const TINY_SHAPES = {
  type: 'FeatureCollection' as const,
  features: [
    { type: 'Feature' as const, id: 'UA', properties: { name: 'Ukraine' }, geometry: { type: 'Polygon' as const, coordinates: [[[22, 44], [22, 52], [40, 52], [40, 44], [22, 44]]] } },
    { type: 'Feature' as const, id: 'RU', properties: { name: 'Russia' }, geometry: { type: 'Polygon' as const, coordinates: [[[34, 50], [34, 60], [60, 60], [60, 50], [34, 50]]] } },
  ],
};
