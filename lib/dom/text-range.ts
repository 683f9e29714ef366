// Maps [start, end) offsets of a PageText back to DOM positions and Ranges. Offsets that fall on
// a block separator ("\n\n") or a collapsed space snap inward to the nearest mapped text. A
// range whose Text nodes left the document or changed length since reading is refused (null):
// the page changed, and painting it would mark the wrong words.

import type { PageText, TextSegment } from './page-text';

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Index of the first segment whose end is after `offset`, or segments.length. */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment starting before `offset`, or -1. */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** DOM position of the character at `offset` (for a range start). */
export function startPosition(pt: PageText, offset: number): DomPosition | null {
  const i = firstEndingAfter(pt.segments, offset);
  const seg = pt.segments[i];
  if (!seg) return null;
  return { node: seg.node, offset: seg.nodeStart + Math.max(0, offset - seg.start) };
}

/** DOM position just after the character at `offset - 1` (for a range end). */
export function endPosition(pt: PageText, offset: number): DomPosition | null {
  const i = lastStartingBefore(pt.segments, offset);
  const seg = pt.segments[i];
  if (!seg) return null;
  return { node: seg.node, offset: seg.nodeStart + Math.min(seg.end - seg.start, offset - seg.start) };
}

/** The DOM Range covering text [start, end), or null when it cannot be mapped faithfully. */
export function rangeFor(pt: PageText, start: number, end: number): Range | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > pt.text.length || end <= start) {
    return null;
  }
  const a = startPosition(pt, start);
  const b = endPosition(pt, end);
  if (!a || !b) return null;
  for (const p of [a, b]) {
    if (!p.node.isConnected || p.offset > p.node.data.length) return null;
  }
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (range.collapsed) return null;
  return range;
}
