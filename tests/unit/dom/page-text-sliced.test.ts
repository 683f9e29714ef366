// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readPageText, readPageTextSliced } from '../../../lib/dom/page-text';

function longPage(paragraphs: number): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const parts: string[] = ['<nav>Home · World</nav><article><h1>Live: the front line</h1>'];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(`<div class="entry"><time>${i}:00</time><p>Update ${i}: shelling near <b>Kupiansk</b> wounded ${i % 9} people, <em>officials</em> said.</p><ul><li>one</li><li>two</li></ul></div>`);
  }
  parts.push('</article><footer>© Example</footer>');
  doc.body.innerHTML = parts.join('');
  return doc;
}

describe('readPageTextSliced', () => {
  test('reads exactly what readPageText reads, yielding between slices', async () => {
    const doc = longPage(400);
    const root = doc.querySelector('article')!;
    const whole = readPageText(doc, root);
    let clock = 0;
    let yields = 0;
    const sliced = await readPageTextSliced(doc, root, {
      sliceMs: 8,
      now: () => (clock += 1), // every check of the clock is 1 ms later
      yieldFn: async () => {
        yields++;
      },
    });
    expect(sliced.text).toBe(whole.text);
    expect(sliced.blocks).toEqual(whole.blocks);
    expect(sliced.segments.length).toBe(whole.segments.length);
    expect(sliced.segments.every((s, i) => s.node === whole.segments[i].node && s.start === whole.segments[i].start && s.end === whole.segments[i].end)).toBe(true);
    expect(yields).toBeGreaterThan(5);
  });

  test('a small page is read in one slice', async () => {
    const doc = longPage(2);
    let yields = 0;
    const pt = await readPageTextSliced(doc, doc.querySelector('article')!, { yieldFn: async () => void yields++ });
    expect(pt.text).toContain('Update 1: shelling near Kupiansk wounded 1 people, officials said.');
    expect(pt.text).not.toContain('Home');
    expect(yields).toBe(0);
  });
});
