// Hedges: the words around a number that say how exact it is, and the interval each implies.
//
// | approx   | wording before the number                                            | interval       |
// | -------- | -------------------------------------------------------------------- | -------------- |
// | about    | about, around, approximately, roughly, some, circa, an estimated,    | [0.9v, 1.1v]   |
// |          | estimated, reportedly around; after: `or so`                         |                |
// | nearly   | nearly, almost, close to, just under, just shy of, nigh on           | [0.9v, v]      |
// | over     | over, more than, above, in excess of, upwards of, exceeding, exceeded, just| [v, 1.2v]      |
// |          | over, well over; after: `-plus`, `+`                                 |                |
// | under    | under, less than, fewer than, below                                  | [0.8v, v]      |
// | atLeast  | at least, as few as, no fewer than, no less than, a minimum of;     | [v, 1.5v]      |
// |          | after: `or more`                                                     |                |
// | atMost   | up to, within, as many as, no more than, at most, a maximum of,      | [0, v]         |
// |          | not more than                                                        |                |
// German: rund, etwa, ungefähr, zirka, schätzungsweise; fast, beinahe, nahezu, knapp; mehr als, über;
// weniger als; mindestens, wenigstens; bis zu, höchstens, maximal.
// | range    | between A and B, A to B, A-B, from A to B                            | [A, B], v=mid  |
// | vague    | dozens of, hundreds of, thousands of, tens of thousands ...          | see VAGUE      |
// | exact    | anything else                                                        | [v, v]         |
//
// The intervals follow the annotation guide (section 3). They drive corroborates versus
// conflicts, so they are bounded: an open-ended `at least` gets 1.5v as a plausible ceiling.

import type { Approx } from '../model';

export interface Hedge {
  approx: Approx;
  /** Lower-case words of the hedge, in order. */
  words: string[];
}

const TABLE: Array<[Approx, string[]]> = [
  ['about', ['about', 'around', 'approximately', 'approx', 'roughly', 'some', 'circa', 'ca', 'an estimated', 'estimated', 'an approximate', 'approximate', 'reportedly around', 'about some', 'round about', 'in the region of', 'on the order of', 'give or take', 'rund', 'etwa', 'ungefähr', 'zirka', 'schätzungsweise']],
  ['nearly', ['nearly', 'almost', 'close to', 'just under', 'just shy of', 'nigh on', 'not quite', 'just short of', 'very nearly', 'well nigh', 'fast', 'beinahe', 'nahezu', 'knapp']],
  ['over', ['over', 'more than', 'above', 'in excess of', 'upwards of', 'upward of', 'exceeding', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'surpassing', 'topped', 'tops', 'topping', 'just over', 'well over', 'just above', 'well above', 'far more than', 'slightly more than', 'a little over', 'a little more than', 'greater than', 'higher than', 'larger than', 'beyond', 'mehr als', 'über']],
  ['under', ['under', 'less than', 'fewer than', 'below', 'just below', 'well under', 'well below', 'lower than', 'weniger als']],
  ['atLeast', ['at least', 'as few as', 'no fewer than', 'no less than', 'a minimum of', 'not less than', 'not fewer than', 'at a minimum', 'mindestens', 'wenigstens']],
  ['atMost', ['up to', 'within', 'as many as', 'as much as', 'no more than', 'at most', 'a maximum of', 'not more than', 'not exceeding', 'as far as', 'as high as', 'bis zu', 'höchstens', 'maximal']],
];

/** Hedges keyed by their LAST word, each with its full word list (longest first). */
let byLast: Map<string, Hedge[]> | undefined;

function index(): Map<string, Hedge[]> {
  if (byLast) return byLast;
  const m = new Map<string, Hedge[]>();
  for (const [approx, phrases] of TABLE) {
    for (const p of phrases) {
      const words = p.split(' ');
      const last = words[words.length - 1];
      const list = m.get(last) ?? [];
      list.push({ approx, words });
      m.set(last, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  byLast = m;
  return m;
}

/**
 * Match a hedge ending right before a number. `wordsBefore` holds the lower-case words
 * preceding the number, nearest LAST (at most 5). Returns the hedge and how many words it used.
 */
export function hedgeBefore(wordsBefore: readonly string[]): { hedge: Hedge; n: number } | null {
  const n = wordsBefore.length;
  if (n === 0) return null;
  const list = index().get(wordsBefore[n - 1]);
  if (!list) return null;
  for (const h of list) {
    const k = h.words.length;
    if (k > n) continue;
    let ok = true;
    for (let x = 0; x < k; x++) {
      if (wordsBefore[n - k + x] !== h.words[x]) {
        ok = false;
        break;
      }
    }
    if (ok) return { hedge: h, n: k };
  }
  return null;
}

/**
 * hedgeBefore() over tokens: `idx` holds the indices of the `count` word tokens before the number,
 * nearest FIRST (no array of words is built).
 */
export function hedgeBeforeTokens(toks: ReadonlyArray<{ l: string }>, idx: ArrayLike<number>, count: number): { hedge: Hedge; n: number } | null {
  if (count === 0) return null;
  const list = index().get(toks[idx[0]].l);
  if (!list) return null;
  for (const h of list) {
    const k = h.words.length;
    if (k > count) continue;
    let ok = true;
    for (let x = 0; x < k; x++) {
      if (toks[idx[k - 1 - x]].l !== h.words[x]) {
        ok = false;
        break;
      }
    }
    if (ok) return { hedge: h, n: k };
  }
  return null;
}

/** The interval a hedge implies around v (stated unit). */
export function intervalFor(approx: Approx, v: number): { low: number | null; high: number | null } {
  switch (approx) {
    case 'about':
      return { low: round(v * 0.9), high: round(v * 1.1) };
    case 'nearly':
      return { low: round(v * 0.9), high: v };
    case 'over':
      return { low: v, high: round(v * 1.25) };
    case 'under':
      return { low: round(v * 0.8), high: v };
    case 'atLeast':
      return { low: v, high: round(v * 1.5) };
    case 'atMost':
      return { low: 0, high: v };
    default:
      return { low: v, high: v };
  }
}

/** Vague amounts: the words, their interval (no value). */
export const VAGUE: ReadonlyMap<string, { low: number; high: number }> = new Map(Object.entries({
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 199 },
  hundreds: { low: 100, high: 999 },
  thousands: { low: 1000, high: 9999 },
  'tens of thousands': { low: 10000, high: 99999 },
  'hundreds of thousands': { low: 100000, high: 999999 },
  millions: { low: 1e6, high: 999999999 },
  'tens of millions': { low: 1e7, high: 99999999 },
  'hundreds of millions': { low: 1e8, high: 999999999 },
  billions: { low: 1e9, high: 999999999999 },
}));

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
