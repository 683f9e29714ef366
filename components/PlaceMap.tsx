// A small offline map of places: Natural Earth country shapes (world-atlas, bundled in the
// extension's public/map/) drawn with d3-geo, a Mercator projection fitted to the places, and a
// dot (with a label when asked) per place. No tile server, nothing fetched from the network:
// the shapes come from `topology` (parsed TopoJSON or GeoJSON) or are fetched once from `src`
// (an extension URL such as browser.runtime.getURL('/map/world-110m.json')) and cached.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export type Shapes = FeatureCollection<Geometry | null>;
export type ShapesInput = Topology | Shapes;

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** Mentions on the page, shown in the label. */
  count?: number;
}

export interface PlaceMapProps {
  places: readonly MapPlace[];
  topology?: ShapesInput;
  src?: string;
  width?: number;
  height?: number;
  labels?: boolean;
  /** Accessible name (default: "Map of N places: …"). */
  label?: string;
  /** Degrees of margin around a single place. */
  span?: number;
}

/** GeoJSON countries from TopoJSON (object `countries`, else the first) or GeoJSON as given. */
export function toShapes(input: ShapesInput): Shapes {
  if ((input as Topology).type === 'Topology') {
    const topo = input as Topology;
    const key = topo.objects.countries ? 'countries' : Object.keys(topo.objects)[0];
    if (!key) throw new Error('PlaceMap: the topology has no objects');
    const fc = feature(topo, topo.objects[key] as GeometryCollection);
    return fc as unknown as Shapes;
  }
  if ((input as Shapes).type === 'FeatureCollection') return input as Shapes;
  throw new Error('PlaceMap: shapes must be TopoJSON or a GeoJSON FeatureCollection');
}

const cache = new Map<string, Promise<Shapes>>();

/** Fetch and parse the shapes at `src` once per URL. */
export function loadShapes(src: string, fetchFn: typeof fetch = fetch): Promise<Shapes> {
  let p = cache.get(src);
  if (!p) {
    p = fetchFn(src)
      .then((r) => {
        if (!r.ok) throw new Error(`PlaceMap: ${src} answered ${r.status}`);
        return r.json() as Promise<ShapesInput>;
      })
      .then(toShapes);
    p.catch(() => cache.delete(src));
    cache.set(src, p);
  }
  return p;
}

function useShapes(topology: ShapesInput | undefined, src: string | undefined): { shapes: Shapes | null; error: string | null } {
  const given = useMemo(() => (topology ? toShapes(topology) : null), [topology]);
  const [loaded, setLoaded] = useState<Shapes | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (given || !src) return;
    let live = true;
    loadShapes(src).then(
      (s) => live && setLoaded(s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [given, src]);
  return { shapes: given ?? loaded, error };
}

function labelOf(p: MapPlace): string {
  return p.count && p.count > 1 ? `${p.name} ×${p.count}` : p.name;
}

interface Laid {
  p: MapPlace;
  x: number;
  y: number;
  lx: number;
  ly: number;
  anchor: 'start' | 'end';
}

/** Dots and labels: each label takes the first spot (right, left, then shifted up or down) that overlaps no earlier label. */
export function layoutLabels(places: readonly MapPlace[], projection: (p: [number, number]) => [number, number] | null, width: number, height: number): Laid[] {
  const boxes: Array<[number, number, number, number]> = [];
  const out: Laid[] = [];
  const sorted = [...places].sort((a, b) => (b.count ?? 1) - (a.count ?? 1));
  for (const p of sorted) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const [x, y] = xy;
    const w = 6.6 * labelOf(p).length;
    const tries: Array<[number, number, 'start' | 'end']> = [];
    for (const dy of [4, 17, -9, 30, -22]) {
      tries.push([x + 8, y + dy, 'start'], [x - 8, y + dy, 'end']);
    }
    let pick = tries[0];
    for (const t of tries) {
      const [tx, ty, a] = t;
      const box: [number, number, number, number] = a === 'start' ? [tx, ty - 11, tx + w, ty + 2] : [tx - w, ty - 11, tx, ty + 2];
      const inside = box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
      const free = !boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);
      if (inside && free) {
        pick = t;
        break;
      }
    }
    const [lx, ly, anchor] = pick;
    boxes.push(anchor === 'start' ? [lx, ly - 11, lx + w, ly + 2] : [lx - w, ly - 11, lx, ly + 2]);
    out.push({ p, x, y, lx, ly, anchor });
  }
  return out;
}

export function PlaceMap({ places, topology, src, width = 320, height = 200, labels = true, label, span = 2.5 }: PlaceMapProps) {
  const { shapes, error } = useShapes(topology, src);
  const valid = places.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const name = label ?? `Map of ${valid.length} ${valid.length === 1 ? 'place' : 'places'}: ${valid.map((p) => p.name).join(', ')}`;
  // recompute only when the coordinates change, not on every new array
  const placesKey = valid.map((p) => `${p.lat},${p.lon}`).join(';');
  const projection = useMemo(() => {
    if (!valid.length) return null;
    const lons = valid.map((p) => p.lon);
    const lats = valid.map((p) => p.lat);
    const pad = Math.max(span, 0.15 * Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats)));
    const w = Math.min(...lons) - pad;
    const e = Math.max(...lons) + pad;
    const s = Math.max(-80, Math.min(...lats) - pad);
    const n = Math.min(84, Math.max(...lats) + pad);
    const box: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[w, s], [e, n], [w, n], [e, s]] };
    return geoMercator().fitExtent([[6, 6], [width - 6, height - 6]], box).clipExtent([[0, 0], [width, height]]);
  }, [placesKey, width, height, span]);
  const land = useMemo(() => {
    if (!shapes || !projection) return [];
    const path = geoPath(projection);
    return shapes.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f as GeoPermissibleObjects) ?? '' })).filter((x) => x.d);
  }, [shapes, projection]);

  if (!valid.length) return null;
  return (
    <svg class="cx-map" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={name} data-loaded={shapes ? 'yes' : 'no'}>
      <title>{name}</title>
      <g aria-hidden="true">
        {land.map((l) => (
          <path key={l.key} class="cx-land" d={l.d} />
        ))}
      </g>
      {!shapes && !error && (
        <text x={8} y={16} class="cx-label" aria-hidden="true">
          loading map…
        </text>
      )}
      <g aria-hidden="true">
        {layoutLabels(valid, projection!, width, height).map(({ p, x, y, lx, ly, anchor }) => (
          <g key={p.name} data-place={p.name}>
            <circle class="cx-dot" cx={x} cy={y} r={p.count && p.count > 2 ? 5.5 : 4.5} />
            {labels && (
              <text class="cx-label" x={lx} y={ly} text-anchor={anchor}>
                {labelOf(p)}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
