// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { geoMercator } from 'd3-geo';
import { PlaceMap, layoutLabels, loadShapes, toShapes } from '../../../components/PlaceMap';
import { Timeline, niceCeil } from '../../../components/Timeline';
import { Legend } from '../../../components/Legend';
import { TINY_SHAPES } from '../../visual/sample-data';

const WORLD = join(process.cwd(), 'public', 'map', 'world-110m.json');

describe('map shapes', () => {
  it.skipIf(!existsSync(WORLD))('the bundled world topology converts to country features with names', () => {
    const shapes = toShapes(JSON.parse(readFileSync(WORLD, 'utf8')));
    expect(shapes.features.length).toBe(177);
    const names = shapes.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'Sudan', 'Israel']));
  });

  it('rejects what is neither TopoJSON nor GeoJSON', () => {
    expect(() => toShapes({ type: 'Nope' } as never)).toThrow(/TopoJSON or a GeoJSON/);
  });

  it('loads a URL once and reports a failed load', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(TINY_SHAPES), { status: 200 }));
    const a = await loadShapes('/map/test-a.json', fetchFn as unknown as typeof fetch);
    const b = await loadShapes('/map/test-a.json', fetchFn as unknown as typeof fetch);
    expect(a).toBe(b);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const missing = vi.fn(async () => new Response('no', { status: 404 }));
    await expect(loadShapes('/map/missing.json', missing as unknown as typeof fetch)).rejects.toThrow(/404/);
  });

  it('places labels so they do not overlap, inside the map', () => {
    const proj = geoMercator().fitExtent([[6, 6], [314, 194]], { type: 'MultiPoint', coordinates: [[33, 49], [39, 53]] });
    const places = [
      { name: 'Kursk Oblast', lat: 51.5, lon: 36.3 },
      { name: 'Sudzha', lat: 51.2, lon: 35.27 },
      { name: 'Kursk', lat: 51.73, lon: 36.19 },
    ];
    const laid = layoutLabels(places, (p) => proj(p) as [number, number], 320, 200);
    expect(laid.length).toBe(3);
    const boxes = laid.map((l) => {
      const w = 6.6 * l.p.name.length;
      return l.anchor === 'start' ? [l.lx, l.ly - 11, l.lx + w, l.ly + 2] : [l.lx - w, l.ly - 11, l.lx, l.ly + 2];
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]).toBe(false);
      }
  });

  it('draws nothing without places and says it is loading before the shapes arrive', async () => {
    const root = document.createElement('div');
    act(() => render(<PlaceMap places={[]} topology={TINY_SHAPES} />, root));
    expect(root.innerHTML).toBe('');
    let resolve!: (r: Response) => void;
    const pending = new Promise<Response>((r) => (resolve = r));
    vi.stubGlobal('fetch', vi.fn(() => pending));
    act(() => render(<PlaceMap places={[{ name: 'Sumy', lat: 50.9, lon: 34.8 }]} src="/map/slow.json" />, root));
    expect(root.querySelector('svg')!.getAttribute('data-loaded')).toBe('no');
    expect(root.textContent).toContain('loading map');
    await act(async () => {
      resolve(new Response(JSON.stringify(TINY_SHAPES)));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(root.querySelector('svg')!.getAttribute('data-loaded')).toBe('yes');
    expect(root.querySelectorAll('.cx-land').length).toBe(2);
    vi.unstubAllGlobals();
  });
});

describe('timeline and legend', () => {
  it.each([[950000, 1000000], [1, 1], [1.2, 2], [2300, 2500], [4100, 5000], [0, 1], [87, 100]])('niceCeil(%s) = %s', (v, out) => expect(niceCeil(v)).toBe(out));

  it('needs two points; labels each point and the claimant', () => {
    const root = document.createElement('div');
    act(() => render(<Timeline title="t" series={[{ label: 'A', points: [{ date: '2025-01', value: 5 }] }]} />, root));
    expect(root.innerHTML).toBe('');
    act(() => render(<Timeline title="Losses" unit="people" series={[
      { label: 'General Staff', points: [{ date: '2024-11', value: 740000 }, { date: '2025-03', value: 880000 }] },
      { label: 'Mediazona', points: [{ date: '2025-02', value: 95000 }] },
    ]} />, root));
    expect(Array.from(root.querySelectorAll('.cx-point-label')).map((t) => t.textContent)).toEqual(['740,000', '880,000', '95,000']);
    expect(Array.from(root.querySelectorAll('.cx-series-label')).map((t) => t.textContent)).toEqual(['General Staff', 'Mediazona']);
    // different line styles, not colour alone
    const dashes = Array.from(root.querySelectorAll('[data-series] > path')).map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(2);
  });

  it('the legend names the three styles in words', () => {
    const root = document.createElement('div');
    act(() => render(<Legend />, root));
    expect(Array.from(root.querySelectorAll('li')).map((l) => l.textContent)).toEqual([
      'Military unitsolid underline, blue',
      'Placedotted underline, magenta',
      'Numeric claimdouble underline, amber tint',
    ]);
    expect(root.querySelector('style')!.textContent).toContain('underline dotted');
  });
});
