import { error } from '@sveltejs/kit';
import { countriesWithData } from '$lib/data/dataset';
import { countryStory } from '$lib/preview/content';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;
// A document: complete as HTML, so it ships no JavaScript (its links are plain page loads).
export const csr = false;

/** One page per country the dataset names, at its upper-case code (`/countries/KOR`). */
export const entries: EntryGenerator = () => countriesWithData.map((iso3) => ({ iso3 }));

export const load: PageLoad = ({ params }) => {
	if (!countriesWithData.includes(params.iso3)) {
		error(404, `No event in the atlas names the country “${params.iso3}”.`);
	}
	return { story: countryStory(params.iso3) };
};
