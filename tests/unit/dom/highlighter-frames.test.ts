// @vitest-environment happy-dom
// The highlighter's API path spreads range additions over frames and repaints by difference.
import { describe, expect, it } from 'vitest';
import { createHighlighter, defaultFrameBatch, type HighlightCtor, type HighlightRegistryLike, type MarkInput } from '../../../lib/dom/highlighter';

/** A stand-in for `Highlight` (a set of ranges) that logs every add and delete. */
class LoggingHighlight {
  ranges = new Set<AbstractRange>();
  priority = 0;
  static log: string[] = [];
  add(r: AbstractRange) {
    this.ranges.add(r);
    LoggingHighlight.log.push('add');
    return this;
  }
  delete(r: AbstractRange) {
    LoggingHighlight.log.push('delete');
    return this.ranges.delete(r);
  }
  clear() {
    LoggingHighlight.log.push('clear');
    this.ranges.clear();
  }
  get size() {
    return this.ranges.size;
  }
}

/** `n` paragraphs of "word0 word1 ..." and a claim mark over every word, in reading order. */
function page(words: number): { marks: (from?: number) => MarkInput[]; p: HTMLElement } {
  document.body.innerHTML = '<p id="p"></p>';
  const p = document.getElementById('p')!;
  p.textContent = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
  const node = p.firstChild as Text;
  const marks = (from = 0): MarkInput[] => {
    const out: MarkInput[] = [];
    const text = node.data;
    let at = 0;
    for (let i = 0; i < words; i++) {
      const w = `word${i}`;
      const s = text.indexOf(w, at);
      at = s + w.length;
      if (i < from) continue;
      out.push({
        kind: 'claim',
        id: `claim:${i}`,
        order: s,
        range: () => {
          const r = document.createRange();
          r.setStart(node, s);
          r.setEnd(node, s + w.length);
          return r;
        },
      });
    }
    return out;
  };
  return { marks, p };
}

function setup(frameBatch: number | undefined) {
  const registry = new Map<string, LoggingHighlight>();
  const sizesAtFrames: number[] = [];
  const h = createHighlighter({
    doc: document,
    registry: registry as unknown as HighlightRegistryLike,
    Highlight: LoggingHighlight as unknown as HighlightCtor,
    recheckMs: 0,
    frameBatch,
    yieldFn: async () => undefined,
    frameYield: async () => {
      sizesAtFrames.push(registry.get('cx-claim')?.size ?? 0);
    },
  });
  LoggingHighlight.log = [];
  return { registry, h, sizesAtFrames };
}

describe('highlighter: additions spread over frames', () => {
  it('adds at most frameBatch ranges before each frame and all of them by the end', async () => {
    const { marks } = page(250);
    const { registry, h, sizesAtFrames } = setup(100);
    const res = await h.paint(marks());
    expect(res.painted).toBe(250);
    expect(res.added).toBe(250);
    // one frame before the first batch, then one between each batch
    expect(sizesAtFrames).toEqual([0, 100, 200]);
    expect(res.frames).toBe(3);
    expect(registry.get('cx-claim')!.size).toBe(250);
    h.destroy();
  });

  it('in Chromium a long page goes in all at once (its frames walk every range anyway); other browsers get batches', async () => {
    const chromium = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
    expect(defaultFrameBatch(chromium)).toBe(Number.POSITIVE_INFINITY);
    expect(defaultFrameBatch(firefox)).toBe(150);
    const { marks } = page(1500);
    const { registry, h, sizesAtFrames } = setup(defaultFrameBatch(chromium));
    const res = await h.paint(marks());
    expect(sizesAtFrames).toEqual([]); // no frame waited for: one frame draws them all
    expect(res.frames).toBe(1);
    expect(registry.get('cx-claim')!.size).toBe(1500);
    h.destroy();
  });

  it('a short page is painted at once, without waiting for a frame', async () => {
    const { marks } = page(20);
    const { registry, h, sizesAtFrames } = setup(100);
    await h.paint(marks());
    expect(sizesAtFrames).toEqual([]);
    expect(registry.get('cx-claim')!.size).toBe(20);
    h.destroy();
  });

  it('keeps marks in reading order by their order key', async () => {
    const { marks } = page(30);
    const { h } = setup(100);
    await h.paint([...marks()].reverse());
    expect(h.marks().map((m) => m.id)).toEqual(Array.from({ length: 30 }, (_, i) => `claim:${i}`));
    h.destroy();
  });
});

describe('highlighter: a repaint changes only what changed', () => {
  it('keeps the shown ranges of marks that did not move and never empties the highlight', async () => {
    const { marks } = page(120);
    const { registry, h, sizesAtFrames } = setup(50);
    await h.paint(marks(20)); // words 20..119
    const before = new Set(registry.get('cx-claim')!.ranges);
    expect(before.size).toBe(100);
    sizesAtFrames.length = 0;
    LoggingHighlight.log = [];
    const res = await h.paint(marks()); // words 0..119: twenty new marks
    expect(res.added).toBe(20);
    expect(res.removed).toBe(0);
    expect(LoggingHighlight.log.filter((x) => x === 'add')).toHaveLength(20);
    expect(LoggingHighlight.log).not.toContain('clear');
    // the hundred ranges already shown are the same objects, still there
    const after = registry.get('cx-claim')!.ranges;
    for (const r of before) expect(after.has(r)).toBe(true);
    expect(after.size).toBe(120);
    // the marks' ids follow the new analysis
    expect(h.get('claim:0')!.range.toString()).toBe('word0');
    expect(h.get('claim:20')!.range).toSatisfy((r: Range) => before.has(r));
    h.destroy();
  });

  it('takes out the ranges of marks that are gone', async () => {
    const { marks } = page(60);
    const { registry, h } = setup(100);
    await h.paint(marks());
    const res = await h.paint(marks(40));
    expect(res.removed).toBe(40);
    expect(res.added).toBe(0);
    expect([...registry.get('cx-claim')!.ranges].map((r) => r.toString())).toEqual(Array.from({ length: 20 }, (_, i) => `word${i + 40}`));
    expect(h.get('claim:0')).toBeUndefined();
    h.destroy();
  });

  it('a paint superseded before its ranges went in leaves nothing out of the next one', async () => {
    const { marks } = page(300);
    const registry = new Map<string, LoggingHighlight>();
    let frames = 0;
    let second: Promise<unknown> | null = null;
    const h = createHighlighter({
      doc: document,
      registry: registry as unknown as HighlightRegistryLike,
      Highlight: LoggingHighlight as unknown as HighlightCtor,
      recheckMs: 0,
      frameBatch: 100,
      yieldFn: async () => undefined,
      frameYield: async () => {
        // a second paint starts while the first still has batches to add
        if (++frames === 2) second = h.paint(marks());
      },
    });
    await h.paint(marks());
    await second;
    expect(registry.get('cx-claim')!.size).toBe(300);
    h.destroy();
  });

  it('hiding a kind takes its ranges out at once; showing it puts them back', async () => {
    const { marks } = page(250);
    const { registry, h } = setup(100);
    await h.paint(marks());
    h.setKinds(['unit', 'place']);
    expect(registry.get('cx-claim')!.size).toBe(0);
    h.setKinds(['unit', 'place', 'claim']);
    // the first batch at once, the rest over the next frames
    expect(registry.get('cx-claim')!.size).toBe(100);
    await new Promise((r) => setTimeout(r, 0));
    expect(registry.get('cx-claim')!.size).toBe(250);
    // a repaint after that adds nothing again
    const res = await h.paint(marks());
    expect(res.added).toBe(0);
    h.destroy();
  });
});
