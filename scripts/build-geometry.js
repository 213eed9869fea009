/**
 * Builds the world map geometry once, at build time, so that the browser ships only pre-projected
 * SVG path strings and never needs d3-geo or topojson.
 *
 * Run: `node scripts/build-geometry.js` (writes src/lib/map/generated/world.ts).
 * `GEOMETRY_OUT=/some/file.ts node scripts/build-geometry.js` writes elsewhere (the tests use this
 * to check that the output is reproducible).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath, geoStream } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = resolve(root, 'src/lib/map/generated/world.ts');

/**
 * @typedef {object} Options
 * @property {number} width map width in px
 * @property {number} minWeight Visvalingam effective area (px²) below which a vertex is dropped
 * @property {number} minIsland polygons smaller than this (px², before simplification) are dropped,
 *   except a country's largest polygon
 * @property {number} smallArea a country whose largest polygon is smaller than this (px²) also gets
 *   a point symbol, since it is too small to point at
 * @property {number} grid path coordinates are rounded to multiples of 1/grid px
 */

/** @type {Options} */
export const DEFAULTS = {
	width: 960,
	minWeight: 3,
	minIsland: 0.1,
	smallArea: 16,
	grid: 2
};

const ANTARCTICA = '010';

/** @param {string} path */
function readJson(path) {
	return JSON.parse(readFileSync(require.resolve(path), 'utf8'));
}

/**
 * ISO 3166-1 alpha-3 for a world-atlas id (a zero-padded ISO numeric code).
 * @param {string | number | undefined} id
 * @returns {string | null}
 */
function alpha3(id) {
	if (id === undefined) return null;
	const code = countries.numericToAlpha3(String(id));
	if (!code) throw new Error(`world-atlas id ${id} has no ISO 3166-1 alpha-3 code`);
	return code;
}

/** @param {number} v */
const round1 = (v) => Math.round(v * 10) / 10;

/**
 * The projected rings of a geometry, after d3-geo's antimeridian clipping (Fiji and Russia cross
 * it), as arrays of [x, y] without the closing point.
 * @param {import('d3-geo').GeoProjection} projection
 * @param {import('d3-geo').GeoPermissibleObjects} object
 * @returns {number[][][]}
 */
function projectRings(projection, object) {
	/** @type {number[][][]} */
	const rings = [];
	/** @type {number[][]} */
	let ring = [];
	const sink = {
		/** @param {number} x @param {number} y */
		point(x, y) {
			ring.push([x, y]);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			if (ring.length) rings.push(ring);
			ring = [];
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {}
	};
	geoStream(object, projection.stream(sink));
	return rings;
}

/**
 * Encodes rings as a compact SVG path: coordinates snapped to a 1/grid px lattice, then written as
 * relative moves so that most numbers are one or two digits; leading zeros and separators that the
 * SVG path grammar does not need are left out.
 * @param {number[][][]} rings
 * @param {number} grid
 * @returns {string}
 */
export function encodePath(rings, grid) {
	const digits = grid === 1 ? 0 : 10 % grid === 0 ? 1 : 2;
	/** @param {number} n a coordinate in lattice units */
	const num = (n) => {
		const s = String(+(n / grid).toFixed(digits));
		return s.replace(/^(-?)0\./, '$1.');
	};
	let out = '';
	let last = '';
	/** @param {number} n */
	const push = (n) => {
		const s = num(n);
		const glued = s[0] === '-' || (s[0] === '.' && last.includes('.'));
		out += glued || last === '' ? s : ' ' + s;
		last = s;
	};
	let startX = 0;
	let startY = 0;
	let first = true;
	for (const ring of rings) {
		const pts = snapRing(ring, grid);
		if (pts.length < 3) continue;
		out += first ? 'M' : 'm';
		last = '';
		push(first ? pts[0][0] : pts[0][0] - startX);
		push(first ? pts[0][1] : pts[0][1] - startY);
		out += 'l';
		last = '';
		for (let i = 1; i < pts.length; i++) {
			push(pts[i][0] - pts[i - 1][0]);
			push(pts[i][1] - pts[i - 1][1]);
		}
		out += 'z';
		startX = pts[0][0];
		startY = pts[0][1];
		first = false;
	}
	return out;
}

/**
 * A ring on the lattice, without repeated points, collinear points or the closing point.
 * @param {number[][]} ring
 * @param {number} grid
 * @returns {number[][]}
 */
function snapRing(ring, grid) {
	/** @type {number[][]} */
	const pts = [];
	for (const [x, y] of ring) {
		const p = [Math.round(x * grid), Math.round(y * grid)];
		const q = pts[pts.length - 1];
		if (q && q[0] === p[0] && q[1] === p[1]) continue;
		pts.push(p);
	}
	while (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
	let changed = true;
	while (changed && pts.length >= 3) {
		changed = false;
		for (let i = 0; i < pts.length && pts.length >= 3; i++) {
			const a = pts[(i + pts.length - 1) % pts.length];
			const b = pts[i];
			const c = pts[(i + 1) % pts.length];
			if ((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) === 0) {
				pts.splice(i, 1);
				changed = true;
				i--;
			}
		}
	}
	return pts;
}

/** @param {number[]} a @param {number[]} b */
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * The polygons of a (Multi)Polygon feature as an array of Polygon geometries.
 * @param {any} geometry
 * @returns {import('geojson').Polygon[]}
 */
function polygons(geometry) {
	if (!geometry) return [];
	if (geometry.type === 'Polygon') return [geometry];
	if (geometry.type === 'MultiPolygon') {
		return geometry.coordinates.map((/** @type {any} */ coordinates) => ({
			type: 'Polygon',
			coordinates
		}));
	}
	throw new Error(`unexpected geometry ${geometry.type}`);
}

/**
 * Builds the source of src/lib/map/generated/world.ts.
 * @param {Partial<Options>} [overrides]
 * @returns {{ source: string, stats: Record<string, number> }}
 */
export function buildWorldModule(overrides = {}) {
	const o = { ...DEFAULTS, ...overrides };
	const version = readJson('world-atlas/package.json').version;
	const world110 = readJson('world-atlas/countries-110m.json');
	const world50 = readJson('world-atlas/countries-50m.json');

	const sphere = /** @type {const} */ ({ type: 'Sphere' });
	const projection = geoEqualEarth().fitWidth(o.width, sphere);
	const path = geoPath(projection);
	const height = Math.round(path.bounds(sphere)[1][1]);

	// Equal Earth is equal-area, so a spherical area (steradians) times scale² is an area in px²;
	// simplifying on the sphere with this weight is simplifying by on-screen area.
	const k2 = projection.scale() ** 2;
	const topology = presimplify(
		{
			...world110,
			objects: {
				countries: {
					...world110.objects.countries,
					geometries: world110.objects.countries.geometries.filter(
						(/** @type {any} */ g) => g.id !== ANTARCTICA
					)
				}
			}
		},
		sphericalTriangleArea
	);
	keepIslands(topology);
	const simplified = simplify(topology, o.minWeight / k2);

	const originals = /** @type {any[]} */ (
		/** @type {any} */ (feature(world110, world110.objects.countries)).features
	).filter((f) => f.id !== ANTARCTICA);
	const reduced = /** @type {any[]} */ (
		/** @type {any} */ (feature(simplified, simplified.objects.countries)).features
	);

	/** @type {{ id: string | null, name: string, d: string }[]} */
	const shapes = [];
	/** @type {Map<string, [number, number]>} */
	const centers = new Map();
	/** @type {Map<string, [number, number]>} */
	const symbols = new Map();
	const ids110 = new Set();
	let rings = 0;
	let droppedIslands = 0;
	let restored = 0;

	originals.forEach((original, i) => {
		const id = alpha3(original.id);
		const parts = polygons(original.geometry);
		const areas = parts.map((p) => path.area(p));
		const largest = areas.indexOf(Math.max(...areas));
		/** @type {number[][][]} */
		const projected = [];
		polygons(reduced[i].geometry).forEach((polygon, j) => {
			if (j !== largest && areas[j] < o.minIsland) return void droppedIslands++;
			let part = projectRings(projection, polygon);
			// A country must not vanish: if simplification (or snapping) collapsed its largest
			// polygon, draw that one unsimplified.
			if (j === largest && !part.some((r) => snapRing(r, o.grid).length >= 3)) {
				part = projectRings(projection, parts[j]);
				restored++;
			}
			projected.push(...part);
		});
		rings += projected.length;
		const d = encodePath(projected, o.grid);
		if (!d) throw new Error(`${original.properties.name} has no geometry left`);
		shapes.push({ id, name: original.properties.name, d });
		if (id === null) return;
		if (ids110.has(id)) throw new Error(`duplicate id ${id}`);
		ids110.add(id);
		const [x, y] = path.centroid(parts[largest]);
		centers.set(id, [round1(x), round1(y)]);
		if (areas[largest] < o.smallArea)
			symbols.set(id, /** @type {[number, number]} */ (centers.get(id)));
	});

	for (const f of /** @type {any} */ (feature(world50, world50.objects.countries)).features) {
		const id = alpha3(f.id);
		if (id === null || ids110.has(id) || id === 'ATA') continue;
		const parts = polygons(f.geometry);
		const areas = parts.map((p) => path.area(p));
		const [x, y] = path.centroid(parts[areas.indexOf(Math.max(...areas))]);
		symbols.set(id, [round1(x), round1(y)]);
		centers.set(id, [round1(x), round1(y)]);
	}

	for (const [id, [x, y]] of centers) {
		if (!(x >= 0 && x <= o.width && y >= 0 && y <= height)) {
			throw new Error(`${id} centre ${x},${y} is off the map`);
		}
	}

	const byId = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? -1 : a > b ? 1 : 0);
	shapes.sort((a, b) =>
		a.id !== null && b.id !== null
			? byId(a.id, b.id)
			: a.id !== null
				? -1
				: b.id !== null
					? 1
					: byId(a.name, b.name)
	);
	const symbolIds = [...symbols.keys()].sort(byId);
	const centerIds = [...centers.keys()].sort(byId);
	const outline = encodePath(projectRings(projection, sphere), o.grid);

	const q = (/** @type {string} */ s) => `'${s}'`;
	const list = (/** @type {string[]} */ items) => items.join(',\n');
	const lines = [
		`// Generated by scripts/build-geometry.js from world-atlas ${version} — do not edit.`,
		`// Equal Earth projection fitted to ${o.width} px wide, Antarctica left out. Coordinates are`,
		`// SVG user units (px at 1x). Run \`npm run geo\` to rebuild.`,
		'',
		`/** Width of the map in SVG user units. */`,
		`export const WIDTH = ${o.width};`,
		'',
		`/** Height of the map in SVG user units. */`,
		`export const HEIGHT = ${height};`,
		'',
		`/** SVG path of the globe's outline (the sea). */`,
		`export const outline: string = ${q(outline)};`,
		'',
		`/**`,
		` * One SVG path per drawn country, sorted by ISO 3166-1 alpha-3 code. \`id: null\` marks the`,
		` * territories without an ISO code (Kosovo, Northern Cyprus, Somaliland): draw them as "no data",`,
		` * not interactive.`,
		` */`,
		`export const shapes: readonly { id: string | null; d: string }[] = [`,
		list(shapes.map((s) => `{id:${s.id === null ? 'null' : q(s.id)},d:${q(s.d)}}`)),
		`];`,
		'',
		`/**`,
		` * Point symbols, at the centroid of the largest polygon, for countries missing from the 110m shapes`,
		` * (Singapore, Malta, Hong Kong…) or whose largest polygon there is under ${o.smallArea} px², too small to`,
		` * point at (Luxembourg, Cyprus, Brunei…). A country can have both a shape and a symbol.`,
		` */`,
		`export const smallStates: readonly { id: string; x: number; y: number }[] = [`,
		list(
			symbolIds.map((id) => {
				const [x, y] = /** @type {[number, number]} */ (symbols.get(id));
				return `{id:${q(id)},x:${x},y:${y}}`;
			})
		),
		`];`,
		'',
		`/** Label point of every drawn country: the centroid of its largest polygon (a small state's symbol). */`,
		`export const centers: Record<string, [number, number]> = {`,
		list(
			centerIds.map((id) => {
				const [x, y] = /** @type {[number, number]} */ (centers.get(id));
				return `${id}:[${x},${y}]`;
			})
		),
		`};`,
		''
	];
	const source = lines.join('\n');
	return {
		source,
		stats: {
			shapes: shapes.length,
			symbols: symbolIds.length,
			centers: centerIds.length,
			rings,
			droppedIslands,
			restored,
			pathBytes: shapes.reduce((s, x) => s + x.d.length, 0),
			raw: Buffer.byteLength(source),
			gzip: gzipSync(source, { level: 9 }).length
		}
	};
}

/**
 * Keeps at least a triangle of every island that is a single closed arc, so that simplification
 * never collapses a ring to a line (a degenerate ring can make d3-geo fill the whole sphere).
 * @param {any} topology a presimplified topology (weights in each point's third coordinate)
 */
function keepIslands(topology) {
	for (const arc of topology.arcs) {
		const n = arc.length;
		if (n < 4 || arc[0][0] !== arc[n - 1][0] || arc[0][1] !== arc[n - 1][1]) continue;
		const inner = arc
			.slice(1, n - 1)
			.sort((/** @type {number[]} */ a, /** @type {number[]} */ b) => b[2] - a[2]);
		inner[0][2] = inner[1][2] = Infinity;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const out = process.env.GEOMETRY_OUT ? resolve(process.env.GEOMETRY_OUT) : DEFAULT_OUT;
	const { source, stats } = buildWorldModule();
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, source);
	console.log(`wrote ${out}`, stats);
}
