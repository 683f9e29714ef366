// Sentence and paragraph numbering over the token stream, in one pass. A sentence ends at `.`,
// `!` or `?` (closing quotes and brackets after it included) followed by space and a capital,
// digit or quote, unless the word before the dot is a known abbreviation or a single letter
// (`U.S.`, `Feb.`, `Dr.`); a line break ends both the sentence and the paragraph.

import { TokKind, type Tok } from './tokens';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'no', 'nos', 'nr', 'vol', 'p', 'pp', 'fig', 'vs', 'approx', 'ca', 'est', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'mt',
  'al', 'e', 'i', 'g', 'u', 's', 'sq',
]);
/** Abbreviations that are also words: abbreviations only before a number (`No. 3`). */
const ABBREV_BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'est', 'co']);

export interface Segments {
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** Paragraph number of each token. */
  paragraph: Int32Array;
  /** First token index of each sentence. */
  sentenceStart: number[];
}

export function segment(toks: readonly Tok[]): Segments {
  const n = toks.length;
  const sentence = new Int32Array(n);
  const paragraph = new Int32Array(n);
  const sentenceStart: number[] = [0];
  let s = 0;
  let p = 0;
  let pendingEnd = false;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.k === TokKind.Break) {
      sentence[i] = s;
      paragraph[i] = p;
      s++;
      p++;
      sentenceStart.push(i + 1);
      pendingEnd = false;
      continue;
    }
    if (pendingEnd && t.k !== TokKind.Space) {
      const c = t.t.charCodeAt(0);
      const startsNew = (t.k === TokKind.Word && t.cap) || t.k === TokKind.Digits || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40;
      if (startsNew) {
        s++;
        sentenceStart.push(i);
      }
      pendingEnd = false;
    }
    sentence[i] = s;
    paragraph[i] = p;
    if (t.k === TokKind.Punct && (t.t === '.' || t.t === '!' || t.t === '?' || t.t === '\u2026')) {
      if (t.t === '.') {
        const w = toks[i - 1];
        if (w && w.k === TokKind.Word && w.e === t.s && (ABBREV.has(w.l) || w.t.length === 1)) {
          const nx = toks[i + 1]?.k === TokKind.Space ? toks[i + 2] : toks[i + 1];
          if (!ABBREV_BEFORE_NUMBER.has(w.l) || nx?.k === TokKind.Digits) continue;
        }
        if (w && w.k === TokKind.Digits && toks[i + 1]?.k === TokKind.Digits) continue;
      }
      // closing quotes and brackets stay with the sentence
      let k = i + 1;
      while (k < n && k < i + 4 && toks[k].k === TokKind.Punct && /^[”’"')\]»]$/.test(toks[k].t)) {
        sentence[k] = s;
        paragraph[k] = p;
        k++;
      }
      if (toks[k]?.k === TokKind.Space) {
        i = k - 1;
        pendingEnd = true;
      }
    }
  }
  return { sentence, paragraph, sentenceStart };
}
