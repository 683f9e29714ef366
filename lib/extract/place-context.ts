// Place disambiguation with the article's geographic context, after the first choice of an
// entry per candidate (lib/extract/places.ts):
//
// - Namesakes (several settlements spelled as the writer spelled the name) are ranked by
//   population, by distance to the article's confidently placed places (names with one
//   reading), by explicit region evidence next to the name ("Lyman, Donetsk Oblast",
//   "Lyman in Donetsk Oblast") and by the same place named otherwise in the text ("Lyman,
//   which Russian officials call Krasny Liman"). A far-away village no longer beats a town
//   near everything else the article names because the article's dominant region is elsewhere.
// - A bare city name is the city, also in an article that names the region after it
//   ("Kharkiv" and "Kharkiv Oblast"), once one of its bare mentions reads as a town ("bombs hit
//   Kharkiv", "districts of Kharkiv", "near Kharkiv"): one sense per article. Without such a
//   mention the article's own "Kursk region" keeps bare "Kursk" the region (an incursion "in
//   Kursk" is the oblast). "X regional", "the X offensive" or a settlement placed "in X" makes
//   it the region.
//
// Pure: reads the text and the gazetteer, changes only the `chosen` entry of candidates.
import { foldWords, type Gazetteer, type GazetteerEntry } from '../gazetteer/index';

/** What this module needs of a place candidate (places.ts's own candidate type has more). */
export interface ContextCandidate {
  /** Offsets of the mention (the end may include a suffix word such as "region"). */
  start: number;
  end: number;
  /** Gazetteer indices that the name's key reaches. */
  ids: readonly number[];
  /** "X region" / "X River" written next to the name. */
  hint?: 'region' | 'river';
  /** Written as a town (`near X`, `X City`, `the city of X`), as places.ts saw it. */
  townCue?: boolean;
  chosen?: GazetteerEntry;
  /** Set when context turned every reading down (a village said to be near a town far from all of them). */
  dropped?: boolean;
}

export interface ContextOptions<C extends ContextCandidate = ContextCandidate> {
  /** Share (0..1) of the article's country evidence for an ISO country. */
  countryShare?: (cc: string) => number;
  /** Offset where the name itself ends (before any suffix word), per candidate; defaults to `end`. */
  nameEnd?: (c: C) => number;
}

interface Point {
  lat: number;
  lon: number;
  country: string;
  /** the candidate it comes from: a name never anchors its own readings */
  from: number;
}

const RAD = Math.PI / 180;
/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const h = Math.sin(((bLat - aLat) * RAD) / 2) ** 2 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(((bLon - aLon) * RAD) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Bonus (or penalty) for a reading this far from the nearest confidently placed place of the
 * article: a near reading gains, one hundreds of kilometres from everything else loses more
 * the farther it is (about one order of magnitude of population per doubling past 300 km).
 */
export function geoScore(km: number): number {
  if (!Number.isFinite(km)) return 0;
  if (km <= 30) return 2;
  if (km <= 75) return 1.5;
  if (km <= 150) return 0.75;
  if (km <= 300) return 0;
  return -Math.min(5, 1 + 1.5 * Math.log2(km / 300));
}

const popScore = (e: GazetteerEntry): number => Math.log10(Math.max(0, e.population) + 100);
const foldCache = new Map<string, string>();
/** Lowercase words without diacritics, space-joined; memoised (names recur across articles). */
function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldWords(s).join(' ');
    if (foldCache.size >= 20000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}
const REGION_KINDS = new Set(['region', 'area']);
const ANCHOR_KINDS = new Set(['settlement', 'feature']);

/** The spellings of an entry, folded. */
function spells(e: GazetteerEntry, folded: string): 'name' | 'alias' | undefined {
  if (fold(e.name) === folded) return 'name';
  for (const a of e.aliases) if (fold(a) === folded) return 'alias';
  return undefined;
}

/**
 * Re-choose the entry of every candidate with the article's geographic context (see the file
 * comment). `cands` are in text order, each with the entry chosen so far; entries are changed
 * in place.
 */
export function refineChoices<C extends ContextCandidate>(text: string, cands: C[], g: Gazetteer, options: ContextOptions<C> = {}): void {
  if (!cands.length) return;
  const share = options.countryShare ?? (() => 0);
  const nameEnd = options.nameEnd ?? ((c: C) => c.end);
  // only names with several readings are re-chosen; the rest are read for context only
  const entries = cands.map((c) => (c.ids.length > 1 ? c.ids.map((id) => g.entry(id)) : c.ids.length ? [g.entry(c.ids[0])] : []));
  const surfaceCache: (string | undefined)[] = new Array(cands.length);
  const surface = (k: number): string => (surfaceCache[k] ??= fold(text.slice(cands[k].start, nameEnd(cands[k]))));

  // confidently placed places: names with one non-country reading (settlements and sites)
  const anchors: Point[] = [];
  const namedRegions = new Set<string>();
  const chosenBy = new Map<number, number[]>(); // entry index -> candidates whose only reading it is
  cands.forEach((c, k) => {
    const es = entries[k].filter((e) => e.kind !== 'country');
    if (c.hint === 'region' && c.chosen && REGION_KINDS.has(c.chosen.kind)) namedRegions.add(c.chosen.name);
    if (es.length !== 1) return;
    const e = es[0];
    const list = chosenBy.get(e.index);
    if (list) list.push(k);
    else chosenBy.set(e.index, [k]);
    if (ANCHOR_KINDS.has(e.kind)) anchors.push({ lat: e.lat, lon: e.lon, country: e.country, from: k });
    if (REGION_KINDS.has(e.kind) && surface(k) === fold(e.name)) namedRegions.add(e.name);
  });
  const nearest = (e: GazetteerEntry, self: number): number => {
    let best = Infinity;
    for (const a of anchors) {
      if (a.from === self) continue;
      const d = distanceKm(a.lat, a.lon, e.lat, e.lon);
      if (d < best) best = d;
    }
    return best;
  };
  /** The region written right after the name: "Lyman, Donetsk Oblast", "Lyman in Donetsk Oblast", "Lyman (Donetsk Oblast)". */
  const regionAfter = (k: number): GazetteerEntry[] => {
    const n = cands[k + 1];
    if (!n || n.start - cands[k].end > 12 || !/^\s*(?:,|\(|in|of)\s*(?:the\s+)?$/i.test(text.slice(cands[k].end, n.start))) return [];
    return entries[k + 1].filter((e) => REGION_KINDS.has(e.kind) && (n.hint === 'region' || n.chosen === e));
  };

  /** "Dnipro in Dnipropetrovsk Oblast", "Kherson, Kherson Oblast": a town placed in its own region. */
  const inItsRegion = (k: number): boolean => {
    const n = cands[k + 1];
    if (!n || n.hint !== 'region' || !n.chosen || n.start - cands[k].end > 9 || !/^\s*(?:in|,)\s*(?:the\s+)?$/i.test(text.slice(cands[k].end, n.start))) return false;
    const region = n.chosen;
    return entries[k].some((e) => e.kind === 'settlement' && e.admin === region.name && spells(e, surface(k)) !== undefined);
  };

  // bare names that some mention of the article writes as a town (one sense per article)
  const townNames = new Set<string>();
  cands.forEach((c, k) => {
    if (c.hint === 'region' || c.ids.length < 2 || !entries[k].some((e) => REGION_KINDS.has(e.kind))) return;
    const city = entries[k].some((e) => e.kind === 'settlement' && spells(e, surface(k)));
    if (city && (c.townCue || townCue(text, c.start, nameEnd(c)) || inItsRegion(k))) townNames.add(surface(k));
  });

  /**
   * A village whose every namesake lies 300 km or more from all of the article's other places,
   * in a country the article names other places of but a region it does not name: most likely
   * a village the gazetteer lacks, so no reading at all rather than a pin hundreds of
   * kilometres off. (A roundup's one village of another war keeps its reading.)
   */
  const lonely = (k: number, e: GazetteerEntry): boolean => {
    if (e.kind !== 'settlement' || e.population >= 5000 || (e.admin && namedRegions.has(e.admin))) return false;
    if (regionAfter(k).length) return false;
    let others = 0;
    let compatriots = 0;
    for (const a of anchors)
      if (a.from !== k) {
        others++;
        if (a.country === e.country) compatriots++;
      }
    return others >= 3 && compatriots >= 1 && nearest(e, k) >= 300;
  };

  /**
   * `Kurylivka near Kupiansk`: a small settlement said to be near a town named with one reading,
   * and read as a namesake more than 150 km from it, is another village (one the gazetteer lacks).
   */
  const farFromNear = (k: number, e: GazetteerEntry): boolean => {
    if (e.kind !== 'settlement' || e.population >= 20000) return false;
    const n = cands[k + 1];
    if (!n || n.start - nameEnd(cands[k]) > 24 || !NEAR_BETWEEN.test(text.slice(nameEnd(cands[k]), n.start))) return false;
    const towns = entries[k + 1].filter((x) => x.kind === 'settlement');
    if (towns.length !== 1 || entries[k + 1].some((x) => REGION_KINDS.has(x.kind))) return false;
    return distanceKm(e.lat, e.lon, towns[0].lat, towns[0].lon) > 150;
  };
  const drop = (c: C): void => {
    c.chosen = undefined;
    c.dropped = true;
  };

  const provinces = text.includes('Province');
  cands.forEach((c, k) => {
    const cur = c.chosen;
    if (!cur) return;
    // "Islamic State Sahel Province", "Islamic State West Africa Province": a group, not a place
    if (provinces && /\b(?:Islamic\s+State|ISIS|ISIL|IS)\s+$/.test(text.slice(Math.max(0, c.start - 16), c.start)) && /^\s+Province\b/.test(text.slice(nameEnd(c), nameEnd(c) + 12))) {
      c.chosen = undefined;
      return;
    }
    if (c.ids.length < 2) {
      if (lonely(k, cur)) c.chosen = undefined;
      else if (farFromNear(k, cur)) drop(c);
      return;
    }
    const folded = surface(k);

    // ---- a bare city name is the city, not the region named after it -----------------------
    if (REGION_KINDS.has(cur.kind) && c.hint !== 'region' && folded !== fold(cur.name)) {
      if (!townNames.has(folded)) return;
      const city = entries[k].find((e) => e.kind === 'settlement' && e.country === cur.country && e.admin === cur.name && spells(e, folded));
      if (city && !regionCue(text, nameEnd(c)) && !frontCue(text, nameEnd(c)) && !placedIn(text, cands, k)) c.chosen = city;
      return;
    }

    // ---- "Kharkiv regional administration": the region the city names ----------------------
    if (cur.kind === 'settlement' && c.hint !== 'region' && regionCue(text, nameEnd(c))) {
      const region = entries[k].find((e) => REGION_KINDS.has(e.kind) && e.country === cur.country && cur.admin === e.name);
      if (region) {
        c.chosen = region;
        return;
      }
    }

    // ---- namesakes: several settlements spelled so -----------------------------------------
    if (cur.kind !== 'settlement') return;
    const namesakes = entries[k].filter((e) => e.kind === 'settlement' && spells(e, folded));
    if (namesakes.length < 2) return;
    const after = regionAfter(k);
    let best: GazetteerEntry | undefined;
    let bestScore = -Infinity;
    for (const e of namesakes) {
      let s = popScore(e) + 4 * share(e.country);
      if (spells(e, folded) === 'name') s += 0.3;
      // a region the article names somewhere is weak evidence (the article may be about two)
      if (e.admin && namedRegions.has(e.admin)) s += 0.75;
      if (after.some((r) => r.name === e.admin)) s += 10;
      // the same place named otherwise in the text (an unambiguous other spelling)
      const others = chosenBy.get(e.index);
      if (others && others.some((o) => o !== k && surface(o) !== folded)) s += 6;
      s += geoScore(nearest(e, k));
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    c.chosen = best && lonely(k, best) ? undefined : best;
    if (best && c.chosen && farFromNear(k, best)) drop(c);
  });
}

/** Between a name and the town it is said to be near: `X near Y`, `X, outside Y`, `X close to the town of Y`. */
const NEAR_BETWEEN = /^\s*,?\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:town|city)\s+of\s+)?$/i;

/** "Kharkiv regional administration", "Sumy provincial council": the region, said with a word. */
function regionCue(text: string, nameEnd: number): boolean {
  return /^[\s\u00a0]+(?:regional|provincial|oblast[’']s)\b/i.test(text.slice(nameEnd, nameEnd + 24));
}

/**
 * A mention written as a town: struck or shelled ("glide bombs hit Kharkiv", "strikes on
 * Kharkiv"), its parts or people ("districts of Kharkiv", "Kharkiv's mayor"), or "X city".
 */
function townCue(text: string, start: number, nameEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:hit|hits|struck|strikes?\s+on|shelled|shelling\s+of|bombed|bombing\s+of|attacks?\s+on|near|outside|around|entered|encircled|besieged|capital|(?:road|highway|route)\s+(?:through|via)|(?:city|centre|center|outskirts|suburbs|districts?|residents|mayor|streets)\s+of)\s+(?:the\s+)?$/i.test(before)) return true;
  // "Zaporizhzhia itself was attacked": the city, as against the region around it
  return /^(?:[\u2019']s\s+(?:mayor|city|districts?|residents|streets|centre|center|suburbs|outskirts)|\s+(?:city|mayor|itself)\b)/i.test(text.slice(nameEnd, nameEnd + 24));
}

/**
 * "the Kursk push", "the Zaporizhzhia front", "the Kharkiv offensive": a name that qualifies an
 * operation or a front keeps the region reading the article gave it.
 */
function frontCue(text: string, nameEnd: number): boolean {
  return /^[\s\u00a0]+(?:push|incursion|offensive|counteroffensive|counter-offensive|operation|salient|direction|front|axis|sector|campaign|border)\b/i.test(text.slice(nameEnd, nameEnd + 24));
}

/** "Kupiansk in Kharkiv", "Kurakhove, Donetsk": a settlement of that region named just before. */
function placedIn(text: string, cands: ContextCandidate[], k: number): boolean {
  const prev = cands[k - 1];
  const region = cands[k].chosen;
  if (!prev || !region || !prev.chosen || prev.chosen.kind !== 'settlement') return false;
  if (cands[k].start - prev.end > 9 || !/^\s*(?:in|,)\s*(?:the\s+)?$/i.test(text.slice(prev.end, cands[k].start))) return false;
  return prev.chosen.admin === region.name;
}
