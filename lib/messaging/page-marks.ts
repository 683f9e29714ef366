// What the page gets back from its report (PageMarks: offsets to paint) and what one hover card
// asks for (MarkDetails), both made from the tab's Analysis. Pure: the background makes them,
// the hover card and tests read them.

import type { Analysis, Mention } from '../model';
import type { MarkDetails, MarkKindName, PageMarks } from './protocol';

function flat(mentions: readonly Pick<Mention, 'start' | 'end'>[]): number[] {
  const out = new Array<number>(mentions.length * 2);
  for (let i = 0; i < mentions.length; i++) {
    out[2 * i] = mentions[i].start;
    out[2 * i + 1] = mentions[i].end;
  }
  return out;
}

/** The marks of an analysis: every unit and place mention and every claim, as offsets. */
export function pageMarks(reportId: string, analysis: Analysis): PageMarks {
  return {
    reportId,
    isWarCoverage: analysis.warCoverage.isWarCoverage,
    unitNames: analysis.units.map((u) => u.name),
    units: analysis.units.map((u) => flat(u.mentions)),
    places: analysis.places.map((p) => flat(p.mentions)),
    claims: flat(analysis.claims),
  };
}

/** What the card of unit, place or claim `index` shows; null when the analysis has no such one. */
export function markDetails(analysis: Analysis, kind: MarkKindName, index: number): MarkDetails | null {
  if (kind === 'claim') {
    const claim = analysis.claims[index];
    return claim ? { kind, index, claim } : null;
  }
  if (kind === 'place') {
    const p = analysis.places[index];
    if (!p) return null;
    const { mentions, id: _id, ...rest } = p;
    return { kind, index, place: { ...rest, mentionCount: mentions.length } };
  }
  const u = analysis.units[index];
  if (!u) return null;
  const { mentions, ...rest } = u;
  return { kind, index, unit: { ...rest, mentionCount: mentions.length } };
}
