// Text fingerprints for near-duplicate detection: MinHash over word shingles.
//
// Words are folded (lower case, no diacritics), function words dropped and each word cut to a
// 5-letter stem, so light rewording (`withdrew` / `withdrawn`, `region` / `regions`) and a
// machine translation back into English keep many shingles. Shingles are pairs of neighbouring
// stems (single stems are shared by any two reports on one campaign, pairs much less); the
// signature keeps the minimum of K seeded hashes over them.
// The signature is stored in the source as base64 (K × 32 bits), never the text itself.
// similarity() estimates the Jaccard index of the two shingle sets.

export const MINHASH_K = 256;
/** Estimated Jaccard at or above which two texts are copies, rewrites or translations.
 *  Measured: a rewrite/translation pair of long real articles scores about 0.12, short rewrites
 *  0.2-0.4, independent reports on the same campaign 0.00-0.07 (shared names and stock phrases). */
export const NEAR_DUPLICATE = 0.09;
/** At or above this estimated Jaccard two texts are copies whatever their length. */
export const CLEAR_DUPLICATE = 0.15;
/** Between NEAR_DUPLICATE and CLEAR_DUPLICATE, the word pairs two texts must share to be copies:
 *  short independent reports of one event share its names and stock phrases (`Yahya Saree`,
 *  `since November 19`, `Central Command said`: a tenth of a 70-pair text), a rewrite of a long
 *  article shares dozens more. */
export const MIN_SHARED = 20;

const STOP = new Set(
  ('a an the and or but if of to in on at by for from with as into onto over under about after before ' +
    'is are was were be been being has have had do does did will would can could should may might must ' +
    'this that these those it its they them their there here he she his her we our you your i me my ' +
    'not no nor so than then too very also just only more most some such what which who whom whose ' +
    'when where while how all any both each few other own same up down out off again further once ' +
    'said says say according one two').split(' '),
);

function fold(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  const out: string[] = [];
  if (!words) return out;
  for (const w of words) {
    if (STOP.has(w) || w.length < 2) continue;
    out.push(w.length > 5 ? w.slice(0, 5) : w);
  }
  return out;
}

/** 32-bit FNV-1a of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mix of a hash with seed i (murmur3 finaliser). */
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function shingles(text: string): Set<string> {
  const w = fold(text);
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    if (i + 1 < w.length) out.add(w[i] + ' ' + w[i + 1]);
  }
  return out;
}

export function minhash(text: string, k = MINHASH_K): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (const s of shingles(text)) {
    const h = fnv(s);
    for (let i = 0; i < k; i++) {
      const v = mix(h, i);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeSignature(sig: Uint32Array): string {
  const bytes: number[] = [];
  for (const v of sig) bytes.push(v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  // joined once: a string grown by += stays a tree of hundreds of pieces (about 8x the memory of
  // the flat text) until something reads it, and a library keeps one per source
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(B64[(n >> 18) & 63], B64[(n >> 12) & 63], i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=', i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out.join('');
}

let B64_INDEX: Int16Array | undefined;

export function decodeSignature(s: string): Uint32Array | null {
  if (s.length % 4) return null;
  if (!B64_INDEX) {
    B64_INDEX = new Int16Array(128).fill(-1);
    for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;
  }
  const table = B64_INDEX;
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  const nBytes = (s.length / 4) * 3 - pad;
  if (nBytes % 4) return null;
  const bytes = new Uint8Array(nBytes + 2);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = s.charCodeAt(i + j);
      const v = ch === 61 && i + j >= s.length - pad ? 0 : ch < 128 ? table[ch] : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    bytes[o++] = (n >> 16) & 255;
    bytes[o++] = (n >> 8) & 255;
    bytes[o++] = n & 255;
  }
  const sig = new Uint32Array(nBytes / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = ((bytes[4 * i] << 24) | (bytes[4 * i + 1] << 16) | (bytes[4 * i + 2] << 8) | bytes[4 * i + 3]) >>> 0;
  return sig;
}

/** The stored fingerprint of a text. */
export function fingerprint(text: string): string {
  return encodeSignature(minhash(text));
}

const decodedCache = new Map<string, Uint32Array | null>();
function decoded(s: string): Uint32Array | null {
  let v = decodedCache.get(s);
  if (v === undefined) {
    if (decodedCache.size >= 4096) decodedCache.clear();
    decodedCache.set(s, (v = decodeSignature(s)));
  }
  return v;
}

/** Estimated Jaccard similarity of two stored fingerprints (0 when either is unusable). */
export function similarity(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const x = decoded(a);
  const y = decoded(b);
  return x && y ? signatureSimilarity(x, y) : 0;
}

/** Estimated Jaccard similarity of two decoded signatures. With `atLeast`, may stop early and
 *  return 0 once the first 64 positions show the estimate cannot plausibly reach it (under a
 *  third of it: for the near-duplicate threshold, fewer than 2 of 64 agree). */
export function signatureSimilarity(x: Uint32Array, y: Uint32Array, atLeast = 0): number {
  if (x.length !== y.length || !x.length) return 0;
  let same = 0;
  if (atLeast > 0 && x.length > 128) {
    for (let i = 0; i < 64; i++) if (x[i] === y[i] && x[i] !== 0xffffffff) same++;
    if (same < Math.max(1, Math.floor((64 * atLeast) / 3))) return 0;
    same = 0;
  }
  for (let i = 0; i < x.length; i++) if (x[i] === y[i] && x[i] !== 0xffffffff) same++;
  return same / x.length;
}

/** Estimated number of distinct shingles behind a signature: each position holds the minimum of
 *  n uniform hashes, so -ln(1 - min) is exponential with rate n and (k - 1) / Σ -ln(1 - min_i)
 *  estimates n (about 6% error at k = 256). 0 for the signature of an empty text. */
export function signatureCardinality(sig: Uint32Array): number {
  let sum = 0;
  let k = 0;
  for (const v of sig) {
    if (v === 0xffffffff) return 0;
    sum -= Math.log1p(-(v + 0.5) / 4294967296);
    k++;
  }
  return k > 1 && sum > 0 ? (k - 1) / sum : 0;
}

/** Whether two signatures are of copies, rewrites or translations: an estimated Jaccard of at least
 *  CLEAR_DUPLICATE, or at least NEAR_DUPLICATE with MIN_SHARED word pairs in common (the shared
 *  count is J / (1 + J) of the two texts' pairs together). */
export function duplicateSignatures(x: Uint32Array, y: Uint32Array): boolean {
  const j = signatureSimilarity(x, y, NEAR_DUPLICATE);
  if (j < NEAR_DUPLICATE) return false;
  if (j >= CLEAR_DUPLICATE) return true;
  return (j / (1 + j)) * (signatureCardinality(x) + signatureCardinality(y)) >= MIN_SHARED;
}
