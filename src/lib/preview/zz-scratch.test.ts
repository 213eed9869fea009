import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { countriesWithData, events } from '$lib/data/dataset';
import { cardSvg } from './card';
import { countryCard, eventCard, homeCard } from './cards';
import { renderPng } from './render';
it('dump', () => {
	const all: [string, string][] = [
		['home', cardSvg(homeCard())],
		...events.map((e) => [`e-${e.id}`, cardSvg(eventCard(e))] as [string, string]),
		...countriesWithData.map((c) => [`c-${c}`, cardSvg(countryCard(c))] as [string, string])
	];
	let total = 0,
		max = 0;
	const t = Date.now();
	for (const [name, svg] of all) {
		const png = renderPng(svg);
		total += png.byteLength;
		max = Math.max(max, png.byteLength);
		writeFileSync(`/tmp/og/${name}.png`, png);
		writeFileSync(`/tmp/og/${name}.svg`, svg);
	}
	console.log(all.length, 'total', total, 'max', max, 'ms', Date.now() - t);
}, 120000);
