// Test helper: a Range over [start, end) of an element's text content (walks its text nodes).
export function rangeAt(root: Element, start: number, end: number): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  const r = doc.createRange();
  let pos = 0;
  let startSet = false;
  let n = walker.nextNode() as Text | null;
  while (n) {
    const len = n.data.length;
    if (!startSet && start <= pos + len) {
      r.setStart(n, start - pos);
      startSet = true;
    }
    if (startSet && end <= pos + len) {
      r.setEnd(n, end - pos);
      return r;
    }
    pos += len;
    n = walker.nextNode() as Text | null;
  }
  throw new Error(`offsets ${start}-${end} outside the text`);
}

export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** A small stand-in for the Highlight API: a Set of ranges with a priority. */
export class FakeHighlight {
  ranges = new Set<AbstractRange>();
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    for (const r of ranges) this.ranges.add(r);
  }
  add(r: AbstractRange) {
    this.ranges.add(r);
    return this;
  }
  clear() {
    this.ranges.clear();
  }
  get size() {
    return this.ranges.size;
  }
}

export class FakeRegistry extends Map<string, FakeHighlight> {}
